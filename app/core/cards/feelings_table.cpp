#include "app/core/cards/feelings_table.h"

#include <algorithm>

namespace kitbag {

std::string_view group_of(FeelingsSet set) {
  return set == FeelingsSet::Faces ? "faces" : "colours";
}

std::vector<const Card*> FeelingsTable::cards_in_set(const Deck& deck) const {
  std::vector<const Card*> cards;
  for (const Card& card : deck.cards)
    if (card.group == group_of(set_)) cards.push_back(&card);
  return cards;
}

void FeelingsTable::toggle(std::string_view card_id) {
  auto it = std::find(picks_.begin(), picks_.end(), card_id);
  if (it != picks_.end())
    picks_.erase(it);
  else
    picks_.emplace_back(card_id);
  if (picks_.empty()) showing_picks_ = false;
}

bool FeelingsTable::picked(std::string_view card_id) const {
  return std::find(picks_.begin(), picks_.end(), card_id) != picks_.end();
}

void FeelingsTable::follow(const Deck& deck) {
  std::erase_if(picks_, [&](const std::string& id) { return deck.find(id) == nullptr; });
  if (picks_.empty()) showing_picks_ = false;
}

void FeelingsTable::show_picks() {
  showing_picks_ = !picks_.empty();
}

void FeelingsTable::turn_back() {
  picks_.clear();
  showing_picks_ = false;
}

void FeelingsTable::arrive(bool faces_first) {
  if (faces_first && picks_.empty()) set_ = FeelingsSet::Faces;
}

}  // namespace kitbag
