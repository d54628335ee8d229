#include "app/ui/top_bar.h"

#include <algorithm>

#include "app/core/i18n/current_strings.h"
#include "app/core/ui_ids.h"
#include "app/ui/text.h"
#include "app/ui/theme.h"
#include "app/ui/widgets.h"

namespace kitbag::ui {

TopBar top_bar(FrameContext& frame, const Rect& area, std::string_view title, bool offer_ideas, float kept) {
  const float margin = page_margin(frame, area.width);
  const float top = area.y + margin * 0.6f;
  const float gap = frame.px(28);
  const PillButton back{std::string(ui_id::kBack), tr("nav.back"), Icon::Back};
  if (pill_button(frame, back, ImVec2(area.x + margin, top))) frame.navigator.back();

  TopBar bar;
  float end = area.right() - margin;
  if (offer_ideas) {
    PillButton ideas{std::string(ui_id::kOpenIdeas), tr("ideas.button"), Icon::Info};
    // Large text on a small window, with the screen's own action too: the picture alone.
    const float others = margin + pill_button_width(frame, back) + frame.px(12) + kept + frame.px(12) + margin;
    if (others + pill_button_width(frame, ideas) > area.width) ideas.label.clear();
    end -= pill_button_width(frame, ideas);
    bar.ideas_chosen = pill_button(frame, ideas, ImVec2(end, top));
    end -= frame.px(12);
  }
  frame.top_bar_end = end;
  end -= kept;

  // The name takes the largest type that fits beside the buttons; a long one (in Welsh, say)
  // steps down rather than running under them, and where even that cannot fit (large text on a
  // small window) it is left out: Back and the screen itself say where you are.
  const float bar_height = pill_button_height(frame);
  const float title_x = area.x + margin + pill_button_width(frame, back) + gap;
  const float room = end - gap - title_x;
  if (room > 0) {
    ImFont* font = font_that_fits({frame.fonts.title, frame.fonts.label, frame.fonts.body}, title, room, bar_height);
    const ImVec2 size = measure_text(font, title, room);
    if (size.x <= room + 0.5f && size.y <= bar_height)
      draw_text(frame, font, title, ImVec2(title_x, top + (bar_height - size.y) / 2), palette().ink, room);
  }

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
