#include "app/ui/tool_tile.h"

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

Rect coming_soon_badge_rect(const FrameContext& frame, const Rect& tile) {
  const ImVec2 size = measure_text(frame.fonts.small, tr("tools.coming-soon"));
  const float pad_x = frame.px(12);
  const float pad_y = frame.px(5);
  return {tile.right() - size.x - 2 * pad_x - frame.px(14), tile.y + frame.px(14), size.x + 2 * pad_x,
          size.y + 2 * pad_y};
}

void coming_soon_badge(FrameContext& frame, const Rect& badge) {
  frame.draw->AddRectFilled(top_left(badge), bottom_right(badge), with_alpha(palette().surface, 0.9f),
                            badge.height / 2);
  draw_text(frame, frame.fonts.small, tr("tools.coming-soon"),
            ImVec2(badge.x + frame.px(12), badge.y + frame.px(5)), palette().ink);
}

}  // namespace

bool tool_tile(FrameContext& frame, const Tool& tool, const Rect& rect) {
  const std::string& name = tool_name(tool);
  const std::string& hint = tool_hint(tool);
  const Interaction state = interact(frame, ui_id::tile(tool.key), name, rect);
  const Palette& p = palette();
  const ToolColours colours = tool_colours(tool.id);
  const float rounding = frame.px(28);

  // Hovering lifts the tile a little; pressing sets it down.
  const float lift = state.held ? frame.px(1) : state.hovered ? frame.px(8) : frame.px(4);
  const Rect face{rect.x, rect.y + (state.held ? frame.px(2) : 0), rect.width, rect.height};
  draw_soft_shadow(frame, face, rounding, lift);
  const ImU32 fill = state.hovered && !state.held ? mix(colours.fill, p.surface, 0.18f) : colours.fill;
  frame.draw->AddRectFilled(top_left(face), bottom_right(face), fill, rounding);

  // Name, picture and hint, centred together below any badge. The name matters most: it gets
  // the largest font that fits. The picture shrinks, or is left out, to make room; the hint
  // shows only where there is room to spare.
  const Rect badge = coming_soon_badge_rect(frame, face);
  const float padding = frame.px(14);
  const float gap = frame.px(10);
  // On a tile too short for both, the name wins over the badge; a tap still says "coming soon".
  const bool show_badge =
      !tool.screen.has_value() &&
      badge.bottom() + frame.px(6) + frame.fonts.small->FontSize + padding <= face.bottom();
  const float top = show_badge ? badge.bottom() + frame.px(6) : face.y + padding;
  const float room = face.bottom() - padding - top;
  const float width = face.width - 2 * padding;
  auto height_of = [&](ImFont* font, std::string_view text) {
    return static_cast<float>(wrap_lines(font, text, width).size()) * font->FontSize;
  };

  ImFont* title_font =
      font_that_fits({frame.fonts.label, frame.fonts.body, frame.fonts.small}, name, width, room);
  const float title_height = height_of(title_font, name);
  const float largest_disc = std::clamp(std::min(face.width, face.height) * 0.2f, frame.px(26), frame.px(80));
  const float disc = std::min(largest_disc, (room - title_height - gap) / 2);
  const bool show_disc = disc >= frame.px(18);
  const float hint_height = height_of(frame.fonts.small, hint);
  float content = title_height + (show_disc ? 2 * disc + gap : 0);
  // Younger children get the name and the picture only: fewer words.
  const bool show_hint = frame.age != AgeMode::Younger && content + gap / 2 + hint_height <= room;
  if (show_hint) content += gap / 2 + hint_height;
  float y = std::clamp(face.y + (face.height - content) / 2, top, std::max(top, top + room - content));

  if (show_disc) {
    const ImVec2 centre(face.center_x(), y + disc);
    frame.draw->AddCircleFilled(centre, disc, p.surface, 64);
    draw_icon(frame.draw, tool_icon(tool.id), centre, disc * 0.62f, colours.deep, p.surface);
    y += 2 * disc + gap;
  }
  draw_text_centred(frame, title_font, name, {face.x + padding, y, width, title_height}, p.ink);
  y += title_height + gap / 2;
  if (show_hint)
    draw_text_centred(frame, frame.fonts.small, hint, {face.x + padding, y, width, hint_height},
                      with_alpha(p.ink, 0.85f));

  if (show_badge) coming_soon_badge(frame, badge);
  if (state.focus_ring) draw_focus_ring(frame, face, rounding);

  if (state.clicked && !tool.screen) frame.toast.show(tr("tools.not-ready", {{"tool", name}}), frame.now);
  return state.clicked && tool.screen.has_value();
}

}  // namespace kitbag::ui
