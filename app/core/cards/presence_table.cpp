#include "app/core/cards/presence_table.h"

#include <algorithm>

namespace kitbag {

void PresenceTable::follow(const Deck& deck) {
  const std::string showing = position_ < order_.size() ? order_.ids()[position_] : std::string();
  order_.follow(deck);
  position_ = 0;
  if (!showing.empty()) show(showing);
}

const Card* PresenceTable::current(const Deck& deck) const {
  if (position_ >= order_.size()) return nullptr;
  return deck.find(order_.ids()[position_]);
}

void PresenceTable::next() {
  if (order_.size() > 0) position_ = (position_ + 1) % order_.size();
}

void PresenceTable::previous() {
  if (order_.size() > 0) position_ = (position_ + order_.size() - 1) % order_.size();
}

void PresenceTable::draw() {
  const std::size_t count = order_.size();
  if (count < 2) return;
  // Pick among the other cards, so a draw always changes the card.
  std::uniform_int_distribution<std::size_t> pick(1, count - 1);
  position_ = (position_ + pick(order_.random())) % count;
  showing_all_ = false;
}

void PresenceTable::shuffle() {
  order_.shuffle();
  position_ = 0;
  showing_all_ = false;
}

void PresenceTable::show(std::string_view card_id) {
  const auto& ids = order_.ids();
  auto it = std::find(ids.begin(), ids.end(), card_id);
  if (it != ids.end()) position_ = static_cast<std::size_t>(it - ids.begin());
  showing_all_ = false;
}

}  // namespace kitbag
