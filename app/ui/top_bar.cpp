#include "app/ui/top_bar.h"

#include <algorithm>

#include "app/core/ui_ids.h"
#include "app/ui/text.h"
#include "app/ui/theme.h"
#include "app/ui/widgets.h"

namespace kitbag::ui {

Rect top_bar(FrameContext& frame, const Rect& area, std::string_view title) {
  const float margin = page_margin(frame, area.width);
  const float top = area.y + margin * 0.6f;
  const PillButton back{std::string(ui_id::kBack), "Back", Icon::Back};
  if (pill_button(frame, back, ImVec2(area.x + margin, top))) frame.navigator.back();

  const float bar_height = pill_button_height(frame);
  const float title_x = area.x + margin + pill_button_width(frame, back) + frame.px(28);
  const float title_y = top + (bar_height - frame.fonts.title->FontSize) / 2;
  draw_text(frame, frame.fonts.title, title, ImVec2(title_x, title_y), palette().ink);

  const float below = top + bar_height + margin * 0.5f;
  return {area.x, below, area.width, area.bottom() - below};
}

Rect top_bar_row(const FrameContext& frame, const Rect& below) {
  const float margin = page_margin(frame, below.width);
  const float height = pill_button_height(frame);
  return {below.x + margin, below.y - margin * 0.5f - height, below.width - 2 * margin, height};
}

}  // namespace kitbag::ui
