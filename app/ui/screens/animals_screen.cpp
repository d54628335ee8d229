#include "app/ui/screens/animals_screen.h"

#include <algorithm>
#include <vector>

#include "app/core/i18n/current_strings.h"
#include "app/core/ui_ids.h"
#include "app/ui/button_row.h"
#include "app/ui/card_large.h"
#include "app/ui/card_table_view.h"
#include "app/ui/text.h"
#include "app/ui/presenting/card_presentations.h"
#include "app/ui/theme.h"

namespace kitbag::ui {

void AnimalsScreen::draw(FrameContext& frame, const Rect& area) {
  const Deck& deck = kit_.library.deck(DeckId::Animals);
  table_.order().follow(deck);
  if (table_.chosen()) {
    if (const Card* card = deck.find(*table_.chosen())) {
      draw_chosen(frame, area, deck, *card);
      return;
    }
    table_.put_back();
  }
  draw_table(frame, area, deck);
}

void AnimalsScreen::draw_table(FrameContext& frame, const Rect& area, const Deck& deck) {
  const float margin = page_margin(frame, area.width);
  const RowButton buttons[] = {
      {{std::string(ui_id::kPicturesUp), tr("animals.pictures-up"), Icon::None,
        table_.layout() == CardSide::Picture}},
      {{std::string(ui_id::kWordsUp), tr("animals.words-up"), Icon::None,
        table_.layout() == CardSide::Words}},
      {{std::string(ui_id::kTurnBack), tr("animals.turn-all-back"), Icon::None, false, table_.any_turned()}},
      {{std::string(ui_id::kShuffle), tr("animals.shuffle")}},
      {{std::string(ui_id::kEditCards), tr("own-cards.title")}, true},
  };
  const RowResult row = button_row(frame, last_for_grown_ups(frame, buttons),
                                   {area.x + margin, area.y, area.width - 2 * margin, 0});
  switch (row.clicked) {
    case 0:
      table_.lay_out(CardSide::Picture, frame.now);
      break;
    case 1:
      table_.lay_out(CardSide::Words, frame.now);
      break;
    case 2:
      table_.turn_all_back(frame.now);
      break;
    case 3:
      table_.order().shuffle();
      break;
    case 4:
      kit_.open_own_cards(DeckId::Animals);
      break;
    default:
      break;
  }
  const Rect hint = draw_text(frame, frame.fonts.body,
                              frame.age == AgeMode::Younger ? tr("animals.hint.younger") : tr("animals.hint"),
                              ImVec2(area.x + margin, row.bottom + frame.px(12)), palette().ink_soft,
                              area.width - 2 * margin);

  const std::vector<const Card*> cards = table_.order().cards_of(deck);
  const float top = hint.bottom() + frame.px(6);
  const CardTableEvent event = card_table_view(
      frame, card_table_area(frame, area, top), cards, kit_.pictures,
      {.scroll_id = "animal-cards",
       .rules = card_grid_rules(frame, 0.8f),
       .show_buttons = true,
       .look_of =
           [&](const Card& card) {
             const AnimalTable::Look look = table_.look(card.id, frame.now);
             return CardLook{
                 .side = look.showing == CardSide::Words ? CardSideShown::Words : CardSideShown::Front,
                 .turn_width = look.width};
           },
       // What the card says now: the name on the picture side, the quality on the other.
       .label_of =
           [&](const Card& card) {
             return table_.side(card.id) == CardSide::Words && !card.quality.empty() ? card.quality
                                                                                     : card.title;
           }});
  table_.set_instant(frame.calm_motion);
  if (!event.tapped.empty()) table_.turn(event.tapped, frame.now);
  if (!event.shown.empty()) table_.choose(event.shown);
  if (auto until = table_.turning_until(frame.now)) frame.scheduler.animate_until(*until);
}

void AnimalsScreen::draw_chosen(FrameContext& frame, const Rect& area, const Deck& deck, const Card& card) {
  const float margin = page_margin(frame, area.width);
  const RowButton buttons[] = {{{std::string(ui_id::kPutBack), tr("animals.put-back")}}};
  const RowResult row = button_row(frame, buttons, {area.x + margin, area.y, area.width - 2 * margin, 0});
  if (row.clicked == 0) {
    table_.put_back();
    return;
  }
  const Rect prompt = draw_text_centred(
      frame, frame.fonts.label, deck.prompt,
      {area.x + margin, row.bottom + frame.px(14), area.width - 2 * margin, 0}, palette().ink);
  const float top = prompt.bottom() + frame.px(18);
  const float width = std::min(area.width - 2 * margin, frame.px(980));
  const float height = std::min(area.bottom() - margin - top, width * 0.62f);
  const Rect big{area.center_x() - width / 2, top, width, std::max(height, frame.px(200))};
  draw_card_large(frame, card, big, kit_.pictures.texture_for(card));
}

void AnimalsScreen::present(FrameContext& frame, const Rect& area) {
  present_animals(frame, area, kit_.library.deck(DeckId::Animals), table_, kit_.pictures);
}

}  // namespace kitbag::ui
