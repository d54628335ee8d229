#include "app/core/cards/card_order.h"

#include <algorithm>

namespace kitbag {

void CardOrder::follow(const Deck& deck) {
  std::erase_if(ids_, [&](const std::string& id) { return deck.find(id) == nullptr; });
  for (const Card& card : deck.cards)
    if (std::find(ids_.begin(), ids_.end(), card.id) == ids_.end()) ids_.push_back(card.id);
}

std::vector<const Card*> CardOrder::cards_of(const Deck& deck) const {
  std::vector<const Card*> cards;
  for (const std::string& id : ids_)
    if (const Card* card = deck.find(id)) cards.push_back(card);
  return cards;
}

void CardOrder::shuffle() {
  if (ids_.size() < 2) return;
  // A shuffle that changes nothing looks like a broken button.
  const auto before = ids_;
  do std::shuffle(ids_.begin(), ids_.end(), random_);
  while (ids_ == before);
}

void CardOrder::restore_deck_order(const Deck& deck) {
  ids_.clear();
  follow(deck);
}

}  // namespace kitbag
