#include "app/ui/toast_view.h"

#include <algorithm>

#include "app/ui/text.h"
#include "app/ui/theme.h"

namespace kitbag::ui {

void toast_view(FrameContext& frame, const Toast& toast, const Rect& area) {
  // Ask only for the frames the fade needs; while the message simply stays, draw nothing.
  const Toast::Needs needs = toast.needs(frame.now);
  if (needs.animate_until) frame.scheduler.animate_until(*needs.animate_until);
  if (needs.redraw_at) frame.scheduler.redraw_at(*needs.redraw_at);

  const auto view = toast.view(frame.now);
  if (!view) return;
  const Palette& p = palette();
  ImFont* font = frame.fonts.body;
  const float padding_x = frame.px(28);
  const float padding_y = frame.px(14);
  const float max_text = std::min(area.width * 0.8f, frame.px(760));
  const ImVec2 text = measure_text(font, view->text, max_text);
  const Rect box{area.center_x() - text.x / 2 - padding_x,
                 area.bottom() - text.y - 2 * padding_y - frame.px(28), text.x + 2 * padding_x,
                 text.y + 2 * padding_y};
  frame.draw->AddRectFilled(top_left(box), bottom_right(box), with_alpha(p.ink, 0.94f * view->opacity),
                            std::min(box.height / 2, frame.px(28)));
  const ImU32 colour = with_alpha(p.surface, view->opacity);
  draw_text(frame, font, view->text, ImVec2(box.x + padding_x, box.y + padding_y), colour, max_text);
}

}  // namespace kitbag::ui
