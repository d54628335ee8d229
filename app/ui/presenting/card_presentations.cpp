#include "app/ui/presenting/card_presentations.h"

#include <algorithm>
#include <functional>

#include "app/core/card_grid.h"
#include "app/ui/card_face.h"
#include "app/ui/card_large.h"

namespace kitbag::ui {
namespace {

// Every card on the window at once, as large as that allows: the presenter never scrolls.
void present_grid(FrameContext& frame, const Rect& area, std::span<const Card* const> cards,
                  CardPictures& pictures, const std::function<CardLook(const Card&)>& look_of) {
  if (cards.empty()) return;
  const CardGridRules rules{.min_width = frame.px(40), .max_width = frame.px(360), .aspect = 0.8f, .gap = frame.px(14)};
  const CardGrid grid = lay_out_card_grid(area, area.height, static_cast<int>(cards.size()), rules);
  // Centred down the window when the cards do not fill it.
  const float spare = std::max(0.0f, area.height - grid.content_height);
  for (std::size_t i = 0; i < cards.size() && i < grid.cells.size(); ++i) {
    Rect cell = grid.cells[i];
    cell.y += spare / 2;
    draw_card(frame, *cards[i], cell, pictures.texture_for(*cards[i]), look_of(*cards[i]));
  }
}

// A few cards large, in a row (or one big one): the ones a child chose to show.
void present_large(FrameContext& frame, const Rect& area, std::span<const Card* const> cards, CardPictures& pictures,
                   const LargeCardWords& words) {
  if (cards.empty()) return;
  const float count = static_cast<float>(cards.size());
  const float gap = frame.px(24);
  // One card may take a wide shape with its words beside the picture; several stand tall.
  const float width = cards.size() == 1 ? std::min(area.width, area.height * 1.7f)
                                        : std::min((area.width - gap * (count - 1)) / count, area.height * 0.75f);
  const float height = cards.size() == 1 ? std::min(area.height, width * 0.62f) : std::min(area.height, width / 0.68f);
  float x = area.center_x() - (width * count + gap * (count - 1)) / 2;
  const float y = area.center_y() - height / 2;
  for (const Card* card : cards) {
    draw_card_large(frame, *card, {x, y, width, height}, pictures.texture_for(*card), words);
    x += width + gap;
  }
}

}  // namespace

void present_feelings(FrameContext& frame, const Rect& area, const Deck& deck, const FeelingsTable& table,
                      CardPictures& pictures) {
  std::vector<const Card*> picked;
  for (const std::string& id : table.picks())
    if (const Card* card = deck.find(id)) picked.push_back(card);
  if (picked.empty()) {
    const std::vector<const Card*> cards = table.cards_in_set(deck);
    present_grid(frame, area, cards, pictures, [](const Card&) { return CardLook{}; });
    return;
  }
  // Up to four large; more than that read better as a grid of the picked ones.
  if (picked.size() <= 4)
    present_large(frame, area, picked, pictures, {.title = true, .quality = false, .text = false, .footnote = {}});
  else
    present_grid(frame, area, picked, pictures, [](const Card&) { return CardLook{.picked = true}; });
}

void present_animals(FrameContext& frame, const Rect& area, const Deck& deck, const AnimalTable& table,
                     CardPictures& pictures) {
  if (table.chosen()) {
    if (const Card* card = deck.find(*table.chosen())) {
      const Card* one[] = {card};
      present_large(frame, area, one, pictures, {});
      return;
    }
  }
  const std::vector<const Card*> cards = table.order().cards_of(deck);
  present_grid(frame, area, cards, pictures, [&](const Card& card) {
    const AnimalTable::Look look = table.look(card.id, frame.now);
    return CardLook{.side = look.showing == CardSide::Words ? CardSideShown::Words : CardSideShown::Front,
                    .turn_width = look.width};
  });
}

void present_presence(FrameContext& frame, const Rect& area, const Deck& deck, const PresenceTable& table,
                      CardPictures& pictures) {
  if (table.showing_all()) {
    const std::vector<const Card*> cards = table.order().cards_of(deck);
    present_grid(frame, area, cards, pictures, [](const Card&) { return CardLook{}; });
    return;
  }
  if (const Card* card = table.current(deck)) {
    const Card* one[] = {card};
    present_large(frame, area, one, pictures, {});
  }
}

}  // namespace kitbag::ui
