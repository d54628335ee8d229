#include "app/ui/screens/feelings_screen.h"

#include <vector>

#include "app/core/i18n/current_strings.h"
#include "app/core/tile_grid.h"
#include "app/core/ui_ids.h"
#include "app/ui/button_row.h"
#include "app/ui/card_large.h"
#include "app/ui/card_table_view.h"
#include "app/ui/text.h"
#include "app/ui/presenting/card_presentations.h"
#include "app/ui/theme.h"

namespace kitbag::ui {

void FeelingsScreen::draw(FrameContext& frame, const Rect& area) {
  const Deck& deck = kit_.library.deck(DeckId::Feelings);
  table_.follow(deck);
  if (!arrived_) table_.arrive(frame.age == AgeMode::Younger);
  arrived_ = true;
  if (table_.showing_picks())
    draw_picks(frame, area, deck);
  else
    draw_table(frame, area, deck);
}

void FeelingsScreen::draw_table(FrameContext& frame, const Rect& area, const Deck& deck) {
  const float margin = page_margin(frame, area.width);
  const std::size_t picks = table_.picks().size();
  const RowButton buttons[] = {
      {{std::string(ui_id::kColours), tr("feelings.colours"), Icon::None,
        table_.set() == FeelingsSet::Colours}},
      {{std::string(ui_id::kFaces), tr("feelings.faces"), Icon::None, table_.set() == FeelingsSet::Faces}},
      {{std::string(ui_id::kShowPicks),
        picks > 0 ? tr("feelings.show-picks-counted", {{"n", std::to_string(picks)}})
                  : tr("feelings.show-picks"),
        Icon::None, false, picks > 0}},
      {{std::string(ui_id::kTurnBack), tr("feelings.start-again"), Icon::None, false, picks > 0}},
      {{std::string(ui_id::kEditCards), tr("own-cards.title")}, true},
  };
  const RowResult row = button_row(frame, last_for_grown_ups(frame, buttons),
                                   {area.x + margin, area.y, area.width - 2 * margin, 0});
  switch (row.clicked) {
    case 0:
      table_.show_set(FeelingsSet::Colours);
      break;
    case 1:
      table_.show_set(FeelingsSet::Faces);
      break;
    case 2:
      table_.show_picks();
      break;
    case 3:
      table_.turn_back();
      break;
    case 4:
      kit_.open_own_cards(DeckId::Feelings);
      break;
    default:
      break;
  }
  const Rect hint = draw_text(frame, frame.fonts.body,
                              frame.age == AgeMode::Younger ? tr("feelings.hint.younger")
                              : frame.age == AgeMode::Older ? tr("feelings.hint.older")
                                                            : tr("feelings.hint"),
                              ImVec2(area.x + margin, row.bottom + frame.px(12)), palette().ink_soft,
                              area.width - 2 * margin);

  const std::vector<const Card*> cards = table_.cards_in_set(deck);
  const float top = hint.bottom() + frame.px(6);
  const CardTableEvent event = card_table_view(
      frame, card_table_area(frame, area, top), cards, kit_.pictures,
      {.scroll_id = "feelings-cards",
       .rules = card_grid_rules(frame, 0.85f),
       .look_of = [&](const Card& card) { return CardLook{.picked = table_.picked(card.id)}; },
       .label_of = {}});
  if (!event.tapped.empty()) table_.toggle(event.tapped);
}

void FeelingsScreen::draw_picks(FrameContext& frame, const Rect& area, const Deck& deck) {
  const float margin = page_margin(frame, area.width);
  const RowButton buttons[] = {
      {{std::string(ui_id::kBackToTable), tr("feelings.pick-more")}},
      {{std::string(ui_id::kTurnBack), tr("feelings.turn-back")}},
  };
  const RowResult row = button_row(frame, buttons, {area.x + margin, area.y, area.width - 2 * margin, 0});
  if (row.clicked == 0) table_.back_to_table();
  if (row.clicked == 1) table_.turn_back();
  if (row.clicked >= 0) return;

  const Rect prompt = draw_text_centred(
      frame, frame.fonts.label, deck.prompt,
      {area.x + margin, row.bottom + frame.px(16), area.width - 2 * margin, 0}, palette().ink);
  const float top = prompt.bottom() + frame.px(20);
  const Rect spread{area.x + margin, top, area.width - 2 * margin, area.bottom() - margin - top};
  const auto& picks = table_.picks();
  const auto places = lay_out_tiles(spread, static_cast<int>(picks.size()),
                                    {.gap = frame.px(24), .min_aspect = 0.6f, .max_aspect = 1.0f});
  for (std::size_t i = 0; i < picks.size() && i < places.size(); ++i) {
    const Card* card = deck.find(picks[i]);
    if (card == nullptr) continue;
    draw_card_large(frame, *card, places[i], kit_.pictures.texture_for(*card));
  }
}

void FeelingsScreen::present(FrameContext& frame, const Rect& area) {
  present_feelings(frame, area, kit_.library.deck(DeckId::Feelings), table_, kit_.pictures);
}

}  // namespace kitbag::ui
