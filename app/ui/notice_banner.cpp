#include "app/ui/notice_banner.h"

#include <algorithm>
#include <string>

#include "app/core/i18n/current_strings.h"
#include "app/core/ui_ids.h"
#include "app/ui/icons.h"
#include "app/ui/text.h"
#include "app/ui/theme.h"
#include "app/ui/widgets.h"

namespace kitbag::ui {
namespace {

constexpr std::size_t kShownAtMost = 3;

PillButton dismiss_button() {
  return {std::string(ui_id::kDismissNotices), tr("notices.dismiss"), Icon::None};
}

// Which notices the banner shows in full, and how tall that makes it: as many as fit in
// `max_height` (at most three, at least the first); the rest are summed up in one line.
struct Layout {
  float padding = 0;
  float icon = 0;
  float text_width = 0;
  std::size_t shown = 0;
  float height = 0;
};

float notice_height(const FrameContext& frame, const Notice& notice, float width) {
  return measure_text(frame.fonts.body, notice.title, width).y +
         measure_text(frame.fonts.small, notice.detail, width).y + frame.px(10);
}

std::string more_line(std::size_t hidden) {
  return tr_count("notices.more", static_cast<long long>(hidden));
}

Layout lay_out(const FrameContext& frame, const Notices& notices, float width, float max_height) {
  Layout l;
  l.padding = frame.px(18);
  l.icon = frame.fonts.label->FontSize;
  l.text_width =
      std::max(frame.px(120), width - 4 * l.padding - l.icon - pill_button_width(frame, dismiss_button()));
  const auto& all = notices.all();
  const float summary = measure_text(frame.fonts.small, more_line(all.size()), l.text_width).y;
  float height = 2 * l.padding;
  for (const Notice& notice : all) {
    const float next = notice_height(frame, notice, l.text_width);
    const bool more_after = l.shown + 1 < all.size();
    if (l.shown > 0 && (l.shown == kShownAtMost || height + next + (more_after ? summary : 0) > max_height))
      break;
    height += next;
    ++l.shown;
  }
  if (l.shown < all.size()) height += summary;
  l.height = std::max(height, pill_button_height(frame) + 2 * l.padding);
  return l;
}

}  // namespace

float notice_banner_height(const FrameContext& frame, const Notices& notices, float width, float max_height) {
  if (notices.empty()) return 0;
  return lay_out(frame, notices, width, max_height).height;
}

void notice_banner(FrameContext& frame, Notices& notices, const Rect& rect) {
  if (notices.empty()) return;
  const Palette& p = palette();
  const Layout l = lay_out(frame, notices, rect.width, rect.height);
  const float rounding = frame.px(18);
  frame.draw->AddRectFilled(top_left(rect), bottom_right(rect), p.notice_fill, rounding);
  frame.draw->AddRect(top_left(rect), bottom_right(rect), p.notice_edge, rounding, 0, frame.px(2));

  draw_icon(frame.draw, Icon::Info, ImVec2(rect.x + l.padding + l.icon / 2, rect.y + l.padding + l.icon / 2),
            l.icon / 2, p.ink, p.notice_fill);
  const float x = rect.x + 2 * l.padding + l.icon;
  float y = rect.y + l.padding;
  for (std::size_t i = 0; i < l.shown; ++i) {
    const Notice& notice = notices.all()[i];
    y = draw_text(frame, frame.fonts.body, notice.title, ImVec2(x, y), p.ink, l.text_width).bottom();
    y = draw_text(frame, frame.fonts.small, notice.detail, ImVec2(x, y), p.ink_soft, l.text_width).bottom() +
        frame.px(10);
  }
  if (l.shown < notices.all().size())
    draw_text(frame, frame.fonts.small, more_line(notices.all().size() - l.shown), ImVec2(x, y), p.ink_soft,
              l.text_width);

  const PillButton dismiss = dismiss_button();
  const ImVec2 button(rect.right() - l.padding - pill_button_width(frame, dismiss), rect.y + l.padding);
  if (pill_button(frame, dismiss, button)) notices.dismiss_all();
}

}  // namespace kitbag::ui
