#include "app/ui/message_box.h"

#include "app/ui/text.h"
#include "app/ui/theme.h"

namespace kitbag::ui {

Rect message_box(FrameContext& frame, std::string_view text, bool problem, ImVec2 origin, float width) {
  const Palette& p = palette();
  const float pad_x = frame.px(12);
  const float pad_y = frame.px(6);
  const ImVec2 size = measure_text(frame.fonts.body, text, width - 2 * pad_x);
  if (problem)
    frame.draw->AddRectFilled(origin, ImVec2(origin.x + size.x + 2 * pad_x, origin.y + size.y + 2 * pad_y),
                              p.notice_fill, frame.px(10));
  Rect used = draw_text(frame, frame.fonts.body, text, ImVec2(origin.x + pad_x, origin.y + pad_y), p.ink,
                        width - 2 * pad_x);
  used.height += pad_y;
  return used;
}

}  // namespace kitbag::ui
