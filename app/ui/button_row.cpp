#include "app/ui/button_row.h"

#include <vector>

namespace kitbag::ui {

namespace {

struct RowPlaces {
  std::vector<ImVec2> places;  // each button's top-left, in the buttons' order
  float bottom = 0;
};

// Where each button goes: left to right, wrapping, "at the end" buttons pushed right when all fit.
RowPlaces place_buttons(const FrameContext& frame, std::span<const RowButton> buttons, const Rect& area) {
  const float gap = frame.px(12);
  const float height = pill_button_height(frame);
  std::vector<float> widths;
  float total = 0;
  for (const RowButton& b : buttons) {
    widths.push_back(pill_button_width(frame, b.button));
    total += widths.back() + (total > 0 ? gap : 0);
  }
  const bool one_line = total <= area.width;

  RowPlaces row;
  row.places.resize(buttons.size());
  float x = area.x;
  float y = area.y;
  float end_x = area.right();
  for (std::size_t i = buttons.size(); i-- > 0;) {
    if (!one_line || !buttons[i].at_end) continue;
    end_x -= widths[i];
    row.places[i] = ImVec2(end_x, y);
    end_x -= gap;
  }
  for (std::size_t i = 0; i < buttons.size(); ++i) {
    if (one_line && buttons[i].at_end) continue;
    if (x > area.x && x + widths[i] > area.right()) {
      x = area.x;
      y += height + gap;
    }
    row.places[i] = ImVec2(x, y);
    x += widths[i] + gap;
  }
  row.bottom = y + height;
  return row;
}

}  // namespace

RowResult button_row(FrameContext& frame, std::span<const RowButton> buttons, const Rect& area) {
  // Places first, then draws in the buttons' own order, which is also the Tab order.
  const RowPlaces row = place_buttons(frame, buttons, area);
  RowResult result;
  for (std::size_t i = 0; i < buttons.size(); ++i)
    if (pill_button(frame, buttons[i].button, row.places[i])) result.clicked = static_cast<int>(i);
  result.bottom = row.bottom;
  return result;
}

float button_row_height(const FrameContext& frame, std::span<const RowButton> buttons, float width) {
  return place_buttons(frame, buttons, {0, 0, width, 0}).bottom;
}

}  // namespace kitbag::ui
