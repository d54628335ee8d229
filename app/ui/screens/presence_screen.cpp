#include "app/ui/screens/presence_screen.h"

#include <algorithm>
#include <vector>

#include "app/core/i18n/current_strings.h"
#include "app/core/ui_ids.h"
#include "app/ui/button_row.h"
#include "app/ui/card_large.h"
#include "app/ui/card_table_view.h"
#include "app/ui/text.h"
#include "app/ui/presenting/card_presentations.h"
#include "app/ui/scroll_area.h"
#include "app/ui/theme.h"
#include "app/ui/timer_view.h"

namespace kitbag::ui {

std::string suggested_length(int seconds) {
  if (seconds < 60) return tr_count("presence.about-seconds", seconds);
  return tr_count("presence.about-minutes", (seconds + 30) / 60);
}

void PresenceScreen::draw(FrameContext& frame, const Rect& area) {
  const Deck& deck = kit_.library.deck(DeckId::Presence);
  if (library_generation_ != kit_.library.generation()) {
    table_.follow(deck);
    library_generation_ = kit_.library.generation();
  }
  const float margin = page_margin(frame, area.width);
  const bool all = table_.showing_all();
  const RowButton buttons[] = {
      {{std::string(ui_id::kOneCard), tr("presence.one-card"), Icon::None, !all}},
      {{std::string(ui_id::kAllCards), tr("presence.all-cards"), Icon::None, all}},
      {{std::string(ui_id::kShuffle), tr("presence.shuffle")}},
      {{std::string(ui_id::kEditCards), tr("own-cards.title")}, true},
  };
  const RowResult row = button_row(frame, last_for_grown_ups(frame, buttons),
                                   {area.x + margin, area.y, area.width - 2 * margin, 0});
  switch (row.clicked) {
    case 0:
      table_.show_all(false);
      break;
    case 1:
      table_.show_all(true);
      break;
    case 2:
      table_.shuffle();
      break;
    case 3:
      kit_.open_own_cards(DeckId::Presence);
      break;
    default:
      break;
  }
  const float top = row.bottom + frame.px(14);
  if (table_.showing_all())
    draw_all(frame, area, deck, top);
  else
    draw_one_fitted(frame, area, deck, top);
}

// The card and its controls need a little height; where the window has less (large text on a
// small window), they scroll together rather than lie on top of each other.
void PresenceScreen::draw_one_fitted(FrameContext& frame, const Rect& area, const Deck& deck, float top) {
  const float margin = page_margin(frame, area.width);
  const bool timing = tools_.timer.state(frame.now) != Countdown::State::Ready;
  const float controls = 2 * pill_button_height(frame) + frame.px(12);  // at most two lines of them
  const float needed = frame.px(150) + frame.px(46) + (timing ? frame.px(104) : 0.0f) + controls + margin;
  draw_or_scroll(frame, "presence-card", {area.x, top, area.width, area.bottom() - top}, needed,
                 [&](const Rect& room) { draw_one(frame, room, deck, room.y); });
}

void PresenceScreen::draw_one(FrameContext& frame, const Rect& area, const Deck& deck, float top) {
  const Card* card = table_.current(deck);
  const float margin = page_margin(frame, area.width);
  if (card == nullptr) {
    draw_text_centred(frame, frame.fonts.label, tr("presence.no-cards"),
                      {area.x + margin, top + frame.px(40), area.width - 2 * margin, 0}, palette().ink_soft);
    return;
  }
  // The controls sit under the card, centred, where a thumb or a tired hand finds them. A card
  // with a suggested length can be timed with the timer, which then shows small under it.
  std::vector<RowButton> controls = {
      {{std::string(ui_id::kPrevious), tr("presence.previous"), Icon::Back}},
      {{std::string(ui_id::kDraw), tr("presence.draw")}},
  };
  const Countdown::State timer_state = tools_.timer.state(frame.now);
  const bool timing = timer_state != Countdown::State::Ready;
  // Not while the timer runs or is paused: one tap must not throw away a timer in use.
  const bool timer_free = timer_state == Countdown::State::Ready || timer_state == Countdown::State::Finished;
  if (card->seconds)
    controls.push_back(
        {{std::string(ui_id::kTimeThisCard), tr("presence.time-this-card"), Icon::Timer, false, timer_free}});
  controls.push_back({{std::string(ui_id::kNext), tr("presence.next"), Icon::Forward, false, true, true}});
  float controls_width = 0;
  for (const RowButton& b : controls) controls_width += pill_button_width(frame, b.button) + frame.px(12);
  controls_width -= frame.px(12);
  const float left = std::max(area.x + margin, area.center_x() - controls_width / 2);
  // On a narrow window, or in a language with longer words, the controls wrap onto a second line;
  // the row is raised by that much so the last of them stays in the window.
  const float controls_top =
      area.bottom() - margin - button_row_height(frame, controls, area.right() - margin - left);
  const std::string position = tr("presence.position", {{"position", std::to_string(table_.position() + 1)},
                                                        {"count", std::to_string(table_.order().size())}});
  const Rect counter =
      draw_text_centred(frame, frame.fonts.small, position,
                        {area.x, controls_top - frame.px(34), area.width, 0}, palette().ink_soft);
  float card_bottom = counter.y - frame.px(12);
  if (timing) {
    const float strip = frame.px(96);
    card_bottom -= strip + frame.px(8);
    const float width = std::min(area.width - 2 * margin, frame.px(460));
    if (timer_compact(frame, {area.center_x() - width / 2, card_bottom + frame.px(8), width, strip}, tools_,
                      sounds_))
      frame.navigator.open(ScreenId::Timer);
  }

  const float width = std::min(area.width - 2 * margin, frame.px(1000));
  // The card takes the room left between the buttons above and below it; a card drawn taller
  // than that would lie under the controls, which matter more.
  const float height = std::max(frame.px(120), card_bottom - top);
  const Rect big{area.center_x() - width / 2, top, width, height};
  const std::string footnote = card->seconds ? suggested_length(*card->seconds) : std::string();
  // The card is a control too, so scripts and keyboard users can find it by "card:<id>".
  interact(frame, ui_id::card(card->id), card->title, big);
  draw_card_large(frame, *card, big, kit_.pictures.texture_for(*card), {.footnote = footnote});

  const RowResult row = button_row(frame, controls, {left, controls_top, area.right() - margin - left, 0});
  const std::string clicked =
      row.clicked >= 0 ? controls[static_cast<std::size_t>(row.clicked)].button.id : "";
  if (clicked == ui_id::kPrevious) table_.previous();
  if (clicked == ui_id::kDraw) table_.draw();
  if (clicked == ui_id::kNext) table_.next();
  if (clicked == ui_id::kTimeThisCard) {
    tools_.timer.set_length(std::chrono::seconds(*card->seconds));
    start_timer(tools_, sounds_, frame.now);
  }
}

void PresenceScreen::draw_all(FrameContext& frame, const Rect& area, const Deck& deck, float top) {
  const std::vector<const Card*> cards = table_.order().cards_of(deck);
  const CardTableEvent event = card_table_view(
      frame, card_table_area(frame, area, top), cards, kit_.pictures,
      {.scroll_id = "presence-cards", .rules = card_grid_rules(frame, 0.8f), .look_of = {}, .label_of = {}});
  if (!event.tapped.empty()) table_.show(event.tapped);
}

void PresenceScreen::present(FrameContext& frame, const Rect& area) {
  present_presence(frame, area, kit_.library.deck(DeckId::Presence), table_, kit_.pictures);
}

}  // namespace kitbag::ui
