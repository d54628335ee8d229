#include "app/ui/button_row.h"

#include <vector>

namespace kitbag::ui {

RowResult button_row(FrameContext& frame, std::span<const RowButton> buttons, const Rect& area) {
  const float gap = frame.px(12);
  const float height = pill_button_height(frame);
  std::vector<float> widths;
  float total = 0;
  for (const RowButton& b : buttons) {
    widths.push_back(pill_button_width(frame, b.button));
    total += widths.back() + (total > 0 ? gap : 0);
  }
  const bool one_line = total <= area.width;

  // Places first, then draws in the buttons' own order, which is also the Tab order.
  std::vector<ImVec2> places(buttons.size());
  float x = area.x;
  float y = area.y;
  float end_x = area.right();
  for (std::size_t i = buttons.size(); i-- > 0;) {
    if (!one_line || !buttons[i].at_end) continue;
    end_x -= widths[i];
    places[i] = ImVec2(end_x, y);
    end_x -= gap;
  }
  for (std::size_t i = 0; i < buttons.size(); ++i) {
    if (one_line && buttons[i].at_end) continue;
    if (x > area.x && x + widths[i] > area.right()) {
      x = area.x;
      y += height + gap;
    }
    places[i] = ImVec2(x, y);
    x += widths[i] + gap;
  }
  RowResult result;
  for (std::size_t i = 0; i < buttons.size(); ++i)
    if (pill_button(frame, buttons[i].button, places[i])) result.clicked = static_cast<int>(i);
  result.bottom = y + height;
  return result;
}

}  // namespace kitbag::ui
