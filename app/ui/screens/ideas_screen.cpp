#include "app/ui/screens/ideas_screen.h"

#include <algorithm>
#include <array>

#include "app/core/i18n/current_strings.h"
#include "app/core/ui_ids.h"
#include "app/ui/button_row.h"
#include "app/ui/scroll_area.h"
#include "app/ui/text.h"
#include "app/ui/theme.h"

namespace kitbag::ui {
namespace {

// The ways every tool's ideas cover, in the order a practitioner meets them.
constexpr std::array kWays{"ice-breaker", "check-in", "siblings", "parents", "teenagers", "team"};

}  // namespace

std::string IdeasScreen::title() const {
  return tr("ideas.title");
}

void IdeasScreen::draw(FrameContext& frame, const Rect& area) {
  const float margin = page_margin(frame, area.width);
  std::vector<RowButton> tabs;
  for (const Tool& tool : tools())
    tabs.push_back({{ui_id::ideas_tool(tool.key), tool_name(tool), Icon::None, tool.id == tool_}});
  const RowResult row = button_row(frame, tabs, {area.x + margin, area.y, area.width - 2 * margin, 0});
  if (row.clicked >= 0) tool_ = tools()[static_cast<std::size_t>(row.clicked)].id;

  const Rect below{area.x, row.bottom + frame.px(12), area.width, area.bottom() - row.bottom - frame.px(12)};
  ScrollArea scroll(frame, "ideas", below);
  const float width = std::min(scroll.content_width() - 2 * margin, frame.px(1100));
  const float x = scroll.origin().x + (scroll.content_width() - width) / 2;
  const float bottom = draw_ideas(frame, x, scroll.origin().y + frame.px(8), width);
  scroll.finish(bottom + margin - scroll.origin().y);
}

float IdeasScreen::draw_ideas(FrameContext& frame, float x, float y, float width) {
  const Palette& p = palette();
  const Tool& shown = tool(tool_);
  const auto paragraph = [&](ImFont* font, const std::string& text, ImU32 colour, float after) {
    y = draw_text(frame, font, text, ImVec2(x, y), colour, width).bottom() + after;
  };

  paragraph(frame.fonts.label, tr("ideas.for"), p.ink, frame.px(6));
  paragraph(frame.fonts.body, tool_idea(shown, "for"), p.ink, frame.px(24));

  paragraph(frame.fonts.label, tr("ideas.ways"), p.ink, frame.px(10));
  // Each way's name in the tool's own colour, but black where high contrast asks for no tints.
  const ImU32 heading = p.outlined ? p.ink : tool_colours(tool_).deep;
  // Two columns when each can hold a comfortable line, so all six ways show at once.
  const float gap = frame.px(40);
  const int columns = width >= frame.px(860) ? 2 : 1;
  const float column_width = (width - gap * static_cast<float>(columns - 1)) / static_cast<float>(columns);
  for (std::size_t i = 0; i < kWays.size(); i += static_cast<std::size_t>(columns)) {
    float row_bottom = y;
    for (int c = 0; c < columns && i + static_cast<std::size_t>(c) < kWays.size(); ++c) {
      const std::string_view way = kWays[i + static_cast<std::size_t>(c)];
      const float cx = x + static_cast<float>(c) * (column_width + gap);
      float cy = draw_text(frame, frame.fonts.label, tr("ideas.way." + std::string(way)), ImVec2(cx, y), heading,
                           column_width)
                     .bottom() +
                 frame.px(2);
      cy = draw_text(frame, frame.fonts.body, tool_idea(shown, way), ImVec2(cx, cy), p.ink, column_width)
               .bottom();
      row_bottom = std::max(row_bottom, cy);
    }
    y = row_bottom + frame.px(18);
  }

  y += frame.px(6);
  paragraph(frame.fonts.label, tr("ideas.closing"), p.ink, frame.px(6));
  paragraph(frame.fonts.body, tool_idea(shown, "closing"), p.ink, 0);
  return y;
}

}  // namespace kitbag::ui
