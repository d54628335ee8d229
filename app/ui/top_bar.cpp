#include "app/ui/top_bar.h"

#include <algorithm>

#include "app/core/i18n/current_strings.h"
#include "app/core/ui_ids.h"
#include "app/ui/text.h"
#include "app/ui/theme.h"
#include "app/ui/widgets.h"

namespace kitbag::ui {

TopBar top_bar(FrameContext& frame, const Rect& area, std::string_view title, bool offer_ideas) {
  const float margin = page_margin(frame, area.width);
  const float top = area.y + margin * 0.6f;
  const float gap = frame.px(28);
  const PillButton back{std::string(ui_id::kBack), tr("nav.back"), Icon::Back};
  if (pill_button(frame, back, ImVec2(area.x + margin, top))) frame.navigator.back();

  TopBar bar;
  float end = area.right() - margin;
  if (offer_ideas) {
    const PillButton ideas{std::string(ui_id::kOpenIdeas), tr("ideas.button"), Icon::Info};
    end -= pill_button_width(frame, ideas);
    bar.ideas_chosen = pill_button(frame, ideas, ImVec2(end, top));
    end -= frame.px(12);
  }
  frame.top_bar_end = end;

  // The name takes the largest type that fits beside the buttons; a long one (in Welsh, say)
  // steps down rather than running under them.
  const float bar_height = pill_button_height(frame);
  const float title_x = area.x + margin + pill_button_width(frame, back) + gap;
  ImFont* font = font_that_fits({frame.fonts.title, frame.fonts.label, frame.fonts.body}, title,
                                std::max(end - gap - title_x, frame.px(40)), bar_height);
  const float title_y = top + (bar_height - measure_text(font, title, end - gap - title_x).y) / 2;
  draw_text(frame, font, title, ImVec2(title_x, title_y), palette().ink, std::max(end - gap - title_x, frame.px(40)));

  const float below = top + bar_height + margin * 0.5f;
  bar.below = {area.x, below, area.width, area.bottom() - below};
  return bar;
}

Rect top_bar_row(const FrameContext& frame, const Rect& below) {
  const float margin = page_margin(frame, below.width);
  const float height = pill_button_height(frame);
  const float right = frame.top_bar_end > 0 ? frame.top_bar_end : below.right() - margin;
  return {below.x + margin, below.y - margin * 0.5f - height, right - below.x - margin, height};
}

}  // namespace kitbag::ui
