#include "app/ui/card_table_view.h"

#include <algorithm>

#include "app/core/i18n/current_strings.h"
#include "app/core/ui_ids.h"
#include "app/ui/scroll_area.h"
#include "app/ui/theme.h"
#include "app/ui/widgets.h"

namespace kitbag::ui {
namespace {

Rect show_button_rect(const FrameContext& frame, const Rect& card) {
  // Never under a fingertip's size, even on a small screen where everything else shrinks.
  const float size = std::max(kMinTouchTarget, frame.px(kMinTouchTarget));
  return {card.right() - size - frame.px(4), card.y + frame.px(4), size, size};
}

// Four corner brackets: "make this bigger", understood without words.
void draw_show_button(FrameContext& frame, const Rect& rect, const Interaction& state) {
  const Palette& p = palette();
  const ImVec2 c(rect.center_x(), rect.center_y());
  const float r = rect.width * 0.36f;
  frame.draw->AddCircleFilled(c, r + frame.px(4),
                              state.hovered ? p.surface_hover : with_alpha(p.surface, 0.92f), 32);
  const float a = r * 0.55f;
  const float l = r * 0.32f;
  const float t = frame.px(2.5f);
  for (int sx : {-1, 1}) {
    for (int sy : {-1, 1}) {
      const ImVec2 corner(c.x + sx * a, c.y + sy * a);
      frame.draw->AddLine(corner, ImVec2(corner.x - sx * l, corner.y), p.ink, t);
      frame.draw->AddLine(corner, ImVec2(corner.x, corner.y - sy * l), p.ink, t);
    }
  }
  if (state.focus_ring) draw_focus_ring(frame, rect, rect.width / 2);
}

}  // namespace

Rect card_table_area(const FrameContext& frame, const Rect& area, float top) {
  const float margin = page_margin(frame, area.width);
  return {area.x + margin - frame.px(14), top, area.width - 2 * margin + frame.px(28), area.bottom() - top};
}

CardGridRules card_grid_rules(const FrameContext& frame, float aspect) {
  // Younger children get bigger cards, fewer to a row.
  if (frame.age == AgeMode::Younger)
    return {.min_width = frame.px(210), .max_width = frame.px(360), .aspect = aspect, .gap = frame.px(22)};
  return {.min_width = frame.px(150), .max_width = frame.px(300), .aspect = aspect, .gap = frame.px(18)};
}

CardTableEvent card_table_view(FrameContext& frame, const Rect& area, std::span<const Card* const> cards,
                               CardPictures& pictures, const CardTableSetup& setup) {
  CardTableEvent event;
  ScrollArea scroll(frame, setup.scroll_id, area);
  // Room around the cards for their shadows, lift and focus rings.
  const float pad = frame.px(14);
  const ImVec2 origin = scroll.origin();
  const Rect inner{origin.x + pad, origin.y + pad, scroll.content_width() - 2 * pad, 0};
  const CardGrid grid =
      lay_out_card_grid(inner, area.height - 2 * pad, static_cast<int>(cards.size()), setup.rules);
  for (std::size_t i = 0; i < cards.size(); ++i) {
    const Card& card = *cards[i];
    const Rect& cell = grid.cells[i];
    // The corner button is made first so it, not the card under it, takes a tap on it.
    Interaction show_state;
    if (setup.show_buttons) {
      show_state =
          interact(frame, ui_id::show_card(card.id), tr("card-table.show-large", {{"card", card.title}}),
                   show_button_rect(frame, cell));
      if (show_state.clicked) event.shown = card.id;
    }
    const std::string label = setup.label_of ? setup.label_of(card) : card.title;
    const Interaction state = interact(frame, ui_id::card(card.id), label, cell);
    if (state.clicked) event.tapped = card.id;
    CardLook look = setup.look_of ? setup.look_of(card) : CardLook{};
    look.hovered = state.hovered;
    look.held = state.held;
    look.focus_ring = state.focus_ring;
    if (setup.show_buttons) look.top_reserved = show_button_rect(frame, cell).bottom() - cell.y;
    draw_card(frame, card, cell, pictures.texture_for(card), look);
    if (setup.show_buttons && look.turn_width >= 1)
      draw_show_button(frame, show_button_rect(frame, cell), show_state);
  }
  scroll.finish(grid.content_height + 2 * pad);
  return event;
}

}  // namespace kitbag::ui
