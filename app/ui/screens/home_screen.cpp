#include "app/ui/screens/home_screen.h"

#include <algorithm>

#include "app/core/tile_grid.h"
#include "app/core/tool_catalog.h"
#include "app/core/ui_ids.h"
#include "app/ui/text.h"
#include "app/ui/theme.h"
#include "app/ui/tool_tile.h"
#include "app/ui/widgets.h"

namespace kitbag::ui {

void HomeScreen::draw(FrameContext& frame, const Rect& area) {
  const Palette& p = palette();
  const float margin = page_margin(frame, area.width);

  // Greeting on the left, About on the right.
  const PillButton about{std::string(ui_id::kAbout), "About", Icon::Info};
  const float about_width = pill_button_width(frame, about);
  const float header_top = area.y + margin * 0.8f;
  const Rect title_used =
      draw_text(frame, frame.fonts.title, "Kitbag", ImVec2(area.x + margin, header_top), p.ink);
  const Rect subtitle_used = draw_text(frame, frame.fonts.body, "What would you like to do today?",
                                       ImVec2(area.x + margin, title_used.bottom() + frame.px(2)), p.ink_soft,
                                       area.width - 3 * margin - about_width);
  if (pill_button(frame, about, ImVec2(area.right() - margin - about_width, header_top)))
    frame.navigator.open(ScreenId::About);

  const float grid_top = subtitle_used.bottom() + margin * 0.7f;
  const Rect grid{area.x + margin, grid_top, area.width - 2 * margin, area.bottom() - margin - grid_top};
  const auto& all = tools();
  const auto tiles = lay_out_tiles(
      grid, static_cast<int>(all.size()),
      {.gap = std::clamp(area.width * 0.02f, frame.px(14), frame.px(28)), .min_width = frame.px(200)});
  for (std::size_t i = 0; i < tiles.size(); ++i) {
    if (tool_tile(frame, all[i], tiles[i]) && all[i].screen) frame.navigator.open(*all[i].screen);
  }
}

}  // namespace kitbag::ui
