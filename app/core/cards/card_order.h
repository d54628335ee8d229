// The order cards are laid out in: as the deck lists them, or shuffled. Ids, not indexes, so a
// card added or removed while a screen is open cannot point the order at the wrong card.
#pragma once

#include <random>
#include <string>
#include <vector>

#include "app/core/cards/deck.h"

namespace kitbag {

class CardOrder {
 public:
  explicit CardOrder(std::uint32_t seed = std::random_device{}()) : random_(seed) {}

  // Keeps the current order for cards still in the deck; new cards go at the end.
  void follow(const Deck& deck);
  void shuffle();
  void restore_deck_order(const Deck& deck);

  const std::vector<std::string>& ids() const { return ids_; }
  // The deck's cards in this order (any the deck no longer has left out).
  std::vector<const Card*> cards_of(const Deck& deck) const;
  std::size_t size() const { return ids_.size(); }
  std::mt19937& random() { return random_; }

 private:
  std::vector<std::string> ids_;
  std::mt19937 random_;
};

}  // namespace kitbag
