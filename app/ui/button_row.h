// A row of pill buttons across the top of a tool: left to right, wrapping onto a second line
// on a narrow window, with any "at the end" buttons pushed to the right edge when there is room.
#pragma once

#include <span>

#include "app/ui/widgets.h"

namespace kitbag::ui {

struct RowButton {
  PillButton button;
  bool at_end = false;
};

struct RowResult {
  int clicked = -1;  // index into the buttons, or -1
  float bottom = 0;  // where the row ends, for what comes below
};

RowResult button_row(FrameContext& frame, std::span<const RowButton> buttons, const Rect& area);
// A tool's row whose last button is for grown-ups ("Your cards"): in child mode it is left out,
// and the others keep their places (and indices).
inline std::span<const RowButton> last_for_grown_ups(const FrameContext& frame,
                                                     std::span<const RowButton> buttons) {
  return frame.child_mode && !buttons.empty() ? buttons.first(buttons.size() - 1) : buttons;
}
// How tall that row would be at `width` (one line, or more where it wraps), for laying out
// what goes above a row pinned to the bottom.
float button_row_height(const FrameContext& frame, std::span<const RowButton> buttons, float width);

}  // namespace kitbag::ui
