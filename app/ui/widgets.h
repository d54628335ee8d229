// The building blocks every screen uses: a control (mouse, keyboard, script target in one),
// the focus ring, soft shadows and rounded pill buttons.
#pragma once

#include <string>
#include <string_view>

#include "app/ui/frame_context.h"
#include "app/ui/icons.h"

namespace kitbag::ui {

// Touch targets never smaller than this, before scaling: a child's fingertip, and WCAG's 44 px.
inline constexpr float kMinTouchTarget = 48;

struct Interaction {
  bool hovered = false;
  bool held = false;
  bool clicked = false;  // by mouse, touch, keyboard or script
  bool focus_ring = false;
};

// Makes `rect` a control with a stable `id` and the `label` people read on it.
Interaction interact(FrameContext& frame, const std::string& id, const std::string& label, const Rect& rect,
                     bool enabled = true);

void draw_focus_ring(FrameContext& frame, const Rect& rect, float rounding);
void draw_soft_shadow(FrameContext& frame, const Rect& rect, float rounding, float lift);

struct PillButton {
  std::string id;
  std::string label;
  Icon icon = Icon::None;
  bool selected = false;   // one of a set that is on (Colours or Faces): filled dark
  bool enabled = true;     // faded, and no click, when there is nothing for it to do
  bool icon_last = false;  // after the label, as an arrow for "Next" reads
  ImU32 accent = 0;        // selected: filled with this (a tool's own colour) instead of ink
};
// The width a pill button needs for its label and icon.
float pill_button_width(const FrameContext& frame, const PillButton& button);
float pill_button_height(const FrameContext& frame);
bool pill_button(FrameContext& frame, const PillButton& button, ImVec2 origin);
// The same in a given rectangle (a wide main button), its label centred.
bool pill_button(FrameContext& frame, const PillButton& button, const Rect& rect);

}  // namespace kitbag::ui
