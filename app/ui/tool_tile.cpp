#include "app/ui/tool_tile.h"

#include <algorithm>
#include <string>

#include "app/ui/icons.h"
#include "app/ui/text.h"
#include "app/ui/theme.h"
#include "app/ui/widgets.h"

namespace kitbag::ui {
namespace {

void coming_soon_badge(FrameContext& frame, const Rect& tile) {
  ImFont* font = frame.fonts.small;
  const char* text = "Coming soon";
  const ImVec2 size = measure_text(font, text);
  const float pad_x = frame.px(12);
  const float pad_y = frame.px(5);
  const Rect badge{tile.right() - size.x - 2 * pad_x - frame.px(14), tile.y + frame.px(14), size.x + 2 * pad_x,
                   size.y + 2 * pad_y};
  frame.draw->AddRectFilled(top_left(badge), bottom_right(badge), with_alpha(palette().surface, 0.9f),
                            badge.height / 2);
  draw_text(frame, font, text, ImVec2(badge.x + pad_x, badge.y + pad_y), palette().ink);
}

}  // namespace

bool tool_tile(FrameContext& frame, const Tool& tool, const Rect& rect) {
  const Interaction state = interact(frame, "tile:" + std::string(tool.key), std::string(tool.title), rect);
  const Palette& p = palette();
  const ToolColours colours = tool_colours(tool.id);
  const float rounding = frame.px(28);

  // Hovering lifts the tile a little; pressing sets it down.
  const float lift = state.held ? frame.px(1) : state.hovered ? frame.px(8) : frame.px(4);
  const Rect face{rect.x, rect.y + (state.held ? frame.px(2) : 0), rect.width, rect.height};
  draw_soft_shadow(frame, face, rounding, lift);
  const ImU32 fill = state.hovered && !state.held ? mix(colours.fill, p.surface, 0.18f) : colours.fill;
  frame.draw->AddRectFilled(top_left(face), bottom_right(face), fill, rounding);

  // Picture, name and hint, centred together; the hint goes first when space is short.
  const float padding = frame.px(18);
  const float disc = std::clamp(std::min(face.width, face.height) * 0.2f, frame.px(26), frame.px(80));
  const float gap = frame.px(12);
  const Rect text_box{face.x + padding, 0, face.width - 2 * padding, 0};
  const float title_height = static_cast<float>(wrap_lines(frame.fonts.label, tool.title, text_box.width).size()) *
                             frame.fonts.label->FontSize;
  const float hint_height = static_cast<float>(wrap_lines(frame.fonts.small, tool.hint, text_box.width).size()) *
                            frame.fonts.small->FontSize;
  const float without_hint = 2 * disc + gap + title_height;
  const bool show_hint = without_hint + gap / 2 + hint_height + 2 * padding <= face.height;
  const float content = show_hint ? without_hint + gap / 2 + hint_height : without_hint;
  float y = face.y + (face.height - content) / 2;

  const ImVec2 centre(face.center_x(), y + disc);
  frame.draw->AddCircleFilled(centre, disc, p.surface, 64);
  draw_icon(frame.draw, tool_icon(tool.id), centre, disc * 0.62f, colours.deep, p.surface);
  y += 2 * disc + gap;

  draw_text_centred(frame, frame.fonts.label, tool.title, {text_box.x, y, text_box.width, title_height}, p.ink);
  y += title_height + gap / 2;
  if (show_hint)
    draw_text_centred(frame, frame.fonts.small, tool.hint, {text_box.x, y, text_box.width, hint_height},
                      with_alpha(p.ink, 0.85f));

  if (!tool.screen) coming_soon_badge(frame, face);
  if (state.focus_ring) draw_focus_ring(frame, face, rounding);

  if (state.clicked && !tool.screen)
    frame.toast.show(std::string(tool.title) + " isn't ready yet. It's coming soon!", frame.now);
  return state.clicked && tool.screen.has_value();
}

}  // namespace kitbag::ui
