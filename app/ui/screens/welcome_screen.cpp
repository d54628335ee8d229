#include "app/ui/screens/welcome_screen.h"

#include <algorithm>

#include "app/core/i18n/current_strings.h"
#include "app/core/tool_catalog.h"
#include "app/core/ui_ids.h"
#include "app/ui/icons.h"
#include "app/ui/scroll_area.h"
#include "app/ui/text.h"
#include "app/ui/theme.h"
#include "app/ui/widgets.h"

namespace kitbag::ui {
namespace {

// A tool's row: its picture in a disc at the left, its name and what it is for beside it.
struct RowLayout {
  float padding;
  float disc;        // the picture's radius
  float text_width;  // beside the disc
};

RowLayout row_layout(const FrameContext& frame, float width) {
  const float padding = frame.px(16);
  const float disc = frame.px(30);
  return {padding, disc, width - 3 * padding - 2 * disc};
}

// How tall a tool's row must be for its words at `width`.
float tool_row_height(const FrameContext& frame, const Tool& tool, float width) {
  const RowLayout layout = row_layout(frame, width);
  const float words = measure_text(frame.fonts.label, tool_name(tool), layout.text_width).y + frame.px(4) +
                      measure_text(frame.fonts.small, tool_idea(tool, "for"), layout.text_width).y;
  return std::max(words, 2 * layout.disc) + 2 * layout.padding;
}

// One tool on its own colour; the whole row opens it. Returns true when chosen.
bool tool_row(FrameContext& frame, const Tool& tool, const Rect& row) {
  const Palette& p = palette();
  const ToolColours colours = tool_colours(tool.id);
  const Interaction state = interact(frame, ui_id::welcome_tool(tool.key), tool_name(tool), row);
  const float rounding = frame.px(22);
  draw_soft_shadow(frame, row, rounding, state.hovered ? frame.px(6) : frame.px(3));
  frame.draw->AddRectFilled(top_left(row), bottom_right(row),
                            state.hovered ? mix(colours.fill, p.surface, 0.18f) : colours.fill, rounding);
  const RowLayout layout = row_layout(frame, row.width);
  const ImVec2 centre(row.x + layout.padding + layout.disc, row.y + layout.padding + layout.disc);
  frame.draw->AddCircleFilled(centre, layout.disc, p.surface, 48);
  draw_icon(frame.draw, tool_icon(tool.id), centre, layout.disc * 0.62f, colours.deep, p.surface);
  const float text_x = centre.x + layout.disc + layout.padding;
  const Rect name = draw_text(frame, frame.fonts.label, tool_name(tool), ImVec2(text_x, row.y + layout.padding),
                              p.ink, layout.text_width);
  draw_text(frame, frame.fonts.small, tool_idea(tool, "for"), ImVec2(text_x, name.bottom() + frame.px(4)), p.ink,
            layout.text_width);
  if (state.focus_ring) draw_focus_ring(frame, row, rounding);
  return state.clicked;
}

}  // namespace

void put_welcome_aside(PreferencesService& preferences) {
  Preferences seen = preferences.current();
  seen.welcome_seen = true;
  preferences.change(seen);
}

std::string WelcomeScreen::title() const {
  return tr("welcome.title");
}

void WelcomeScreen::left() {
  put_welcome_aside(preferences_);
}

void WelcomeScreen::draw(FrameContext& frame, const Rect& area) {
  const Palette& p = palette();
  const float margin = page_margin(frame, area.width);
  ScrollArea scroll(frame, "welcome", area);
  const float width = std::min(scroll.content_width() - 2 * margin, frame.px(1100));
  const float x = scroll.origin().x + (scroll.content_width() - width) / 2;
  float y = scroll.origin().y + frame.px(4);

  y = draw_text(frame, frame.fonts.body, tr("welcome.intro"), ImVec2(x, y), p.ink, width).bottom() + frame.px(20);

  // Two columns when each row can hold its sentence comfortably; rows in a line share a height.
  const float gap = frame.px(20);
  const int columns = width >= frame.px(820) ? 2 : 1;
  const float column_width = (width - gap * static_cast<float>(columns - 1)) / static_cast<float>(columns);
  const auto all = tools();
  for (std::size_t i = 0; i < all.size(); i += static_cast<std::size_t>(columns)) {
    float height = 0;
    for (int c = 0; c < columns && i + static_cast<std::size_t>(c) < all.size(); ++c)
      height = std::max(height, tool_row_height(frame, all[i + static_cast<std::size_t>(c)], column_width));
    for (int c = 0; c < columns && i + static_cast<std::size_t>(c) < all.size(); ++c) {
      const Tool& tool = all[i + static_cast<std::size_t>(c)];
      const Rect row{x + static_cast<float>(c) * (column_width + gap), y, column_width, height};
      if (tool_row(frame, tool, row) && tool.screen) {
        frame.navigator.home();
        frame.navigator.open(*tool.screen);
      }
    }
    y += height + gap;
  }

  y += frame.px(4);
  for (const char* tip : {"welcome.tip.ideas", "welcome.tip.child", "welcome.tip.private"})
    y = draw_text(frame, frame.fonts.body, tr(tip), ImVec2(x, y), p.ink_soft, width).bottom() + frame.px(8);

  y += frame.px(16);
  const PillButton start{std::string(ui_id::kWelcomeStart), tr("welcome.start"), Icon::Forward, false, true, true};
  const float start_width = std::max(pill_button_width(frame, start), frame.px(240));
  if (pill_button(frame, start, Rect{x + (width - start_width) / 2, y, start_width, pill_button_height(frame)}))
    frame.navigator.home();
  y += pill_button_height(frame);
  scroll.finish(y + margin - scroll.origin().y);
}

}  // namespace kitbag::ui
