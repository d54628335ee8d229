#include "app/core/cards/deck.h"

#include <algorithm>

namespace kitbag {

std::string_view deck_name(DeckId deck) {
  switch (deck) {
    case DeckId::Feelings:
      return "feelings";
    case DeckId::Animals:
      return "animals";
    case DeckId::Presence:
      return "presence";
  }
  return "feelings";
}

std::optional<DeckId> deck_from_name(std::string_view name) {
  for (DeckId deck : kAllDecks)
    if (deck_name(deck) == name) return deck;
  return std::nullopt;
}

const Card* Deck::find(std::string_view card_id) const {
  auto it = std::find_if(cards.begin(), cards.end(), [&](const Card& c) { return c.id == card_id; });
  return it == cards.end() ? nullptr : &*it;
}

bool is_valid_card_id(std::string_view id) {
  if (id.empty() || id.size() > kMaxCardIdLength) return false;
  return std::all_of(id.begin(), id.end(),
                     [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; });
}

}  // namespace kitbag
