#include "app/ui/notice_banner.h"

#include <algorithm>
#include <string>

#include "app/core/ui_ids.h"
#include "app/ui/icons.h"
#include "app/ui/text.h"
#include "app/ui/theme.h"
#include "app/ui/widgets.h"

namespace kitbag::ui {
namespace {

constexpr std::size_t kShownAtOnce = 3;

const PillButton kDismiss{std::string(ui_id::kDismissNotices), "Dismiss", Icon::None};

struct Layout {
  float padding;
  float icon;
  float text_width;
};

Layout layout(const FrameContext& frame, float width) {
  Layout l;
  l.padding = frame.px(18);
  l.icon = frame.fonts.label->FontSize;
  l.text_width = std::max(frame.px(120), width - 4 * l.padding - l.icon - pill_button_width(frame, kDismiss));
  return l;
}

std::string more_line(const Notices& notices) {
  const std::size_t hidden = notices.all().size() - kShownAtOnce;
  return "... and " + std::to_string(hidden) + " more (all are listed in the terminal output).";
}

}  // namespace

float notice_banner_height(const FrameContext& frame, const Notices& notices, float width) {
  if (notices.empty()) return 0;
  const Layout l = layout(frame, width);
  float height = 0;
  const std::size_t shown = std::min(notices.all().size(), kShownAtOnce);
  for (std::size_t i = 0; i < shown; ++i) {
    const Notice& notice = notices.all()[i];
    height += measure_text(frame.fonts.body, notice.title, l.text_width).y;
    height += measure_text(frame.fonts.small, notice.detail, l.text_width).y + frame.px(10);
  }
  if (notices.all().size() > kShownAtOnce) height += measure_text(frame.fonts.small, more_line(notices), l.text_width).y;
  return std::max(height, pill_button_height(frame)) + 2 * l.padding;
}

void notice_banner(FrameContext& frame, Notices& notices, const Rect& rect) {
  if (notices.empty()) return;
  const Palette& p = palette();
  const Layout l = layout(frame, rect.width);
  const float rounding = frame.px(18);
  frame.draw->AddRectFilled(top_left(rect), bottom_right(rect), p.notice_fill, rounding);
  frame.draw->AddRect(top_left(rect), bottom_right(rect), p.notice_edge, rounding, 0, frame.px(2));

  draw_icon(frame.draw, Icon::Info, ImVec2(rect.x + l.padding + l.icon / 2, rect.y + l.padding + l.icon / 2),
            l.icon / 2, p.ink, p.notice_fill);
  const float x = rect.x + 2 * l.padding + l.icon;
  float y = rect.y + l.padding;
  const std::size_t shown = std::min(notices.all().size(), kShownAtOnce);
  for (std::size_t i = 0; i < shown; ++i) {
    const Notice& notice = notices.all()[i];
    y = draw_text(frame, frame.fonts.body, notice.title, ImVec2(x, y), p.ink, l.text_width).bottom();
    y = draw_text(frame, frame.fonts.small, notice.detail, ImVec2(x, y), p.ink_soft, l.text_width).bottom() +
        frame.px(10);
  }
  if (notices.all().size() > kShownAtOnce)
    draw_text(frame, frame.fonts.small, more_line(notices), ImVec2(x, y), p.ink_soft, l.text_width);

  const ImVec2 button(rect.right() - l.padding - pill_button_width(frame, kDismiss), rect.y + l.padding);
  if (pill_button(frame, kDismiss, button)) notices.dismiss_all();
}

}  // namespace kitbag::ui
