// The warm look: colours for the page, text, focus and each tool, and ImGui's style set to match.
#pragma once

#include <imgui.h>

#include "app/core/preferences.h"
#include "app/core/rect.h"
#include "app/core/tool_catalog.h"

namespace kitbag::ui {

// The page colour as 0xRRGGBB, for the window to clear to.
inline constexpr unsigned kPageRgb = 0xFBF1E3;

struct Palette {
  ImU32 page;        // the cream background
  ImU32 page_shape;  // soft shapes drawn on the page
  ImU32 surface;     // cards and buttons
  ImU32 surface_hover;
  ImU32 ink;         // main text: dark warm brown, high contrast on every fill below
  ImU32 ink_soft;    // secondary text
  ImU32 focus_ring;  // deep blue, unlike any fill, so focus is never told by colour alone
  ImU32 shadow;
  ImU32 notice_fill;  // a calm amber for problems worth knowing about
  ImU32 notice_edge;
  // High contrast: raised things (tiles, cards, buttons) get a crisp ink outline in place of a
  // soft shadow, so their edges never depend on telling two pale colours apart.
  bool outlined = false;
};

struct ToolColours {
  ImU32 fill;  // the tile
  ImU32 deep;  // the picture on it
};

// The colours in use: warm; calm (stone and slate, for older children and teenagers, who find a
// nursery palette off-putting); or high contrast (black on white, outlined), which wins.
enum class Look { Warm, Calm, HighContrast };
const Palette& palette();
void use_look(Look look);
Look current_look();
Look look_for(const Preferences& preferences);
ToolColours tool_colours(ToolId tool);
ImU32 with_alpha(ImU32 colour, float alpha);
ImU32 mix(ImU32 a, ImU32 b, float t);

// Rounded, borderless, no ImGui debug look; sizes multiplied by `scale`.
void apply_theme(ImGuiStyle& style, float scale);

// Large, soft shapes behind everything, so a page feels warm rather than blank; a look other
// than the warm one (whose colour a window clears to) also fills the page.
void draw_page_background(ImDrawList* draw, const Rect& viewport);

}  // namespace kitbag::ui
