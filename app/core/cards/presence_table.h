// The presence cards: one card at a time, next and previous around the deck, a random draw, a
// shuffle, or every card laid out to pick from.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "app/core/cards/card_order.h"

namespace kitbag {

class PresenceTable {
 public:
  explicit PresenceTable(std::uint32_t seed = std::random_device{}()) : order_(seed) {}

  // Keeps the current card when it is still in the deck.
  void follow(const Deck& deck);

  const Card* current(const Deck& deck) const;
  std::size_t position() const { return position_; }  // 0-based, in the current order
  void next();
  void previous();
  // A different card from the one showing, at random; the order stays as it is.
  void draw();
  // A new order, starting from its first card.
  void shuffle();
  void show(std::string_view card_id);

  void show_all(bool all) { showing_all_ = all; }
  bool showing_all() const { return showing_all_; }

  const CardOrder& order() const { return order_; }

 private:
  CardOrder order_;
  std::size_t position_ = 0;
  bool showing_all_ = false;
};

}  // namespace kitbag
