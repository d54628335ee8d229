// A deck of cards as the app shows it: the built-in cards with any of the user's own cards and
// edits laid over them.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/core/cards/colour.h"

namespace kitbag {

// The decks the app ships, by the id their file and `kitbag cards` use.
enum class DeckId { Feelings, Animals, Presence };

std::string_view deck_name(DeckId deck);
std::optional<DeckId> deck_from_name(std::string_view name);
inline constexpr DeckId kAllDecks[] = {DeckId::Feelings, DeckId::Animals, DeckId::Presence};

// Where a card came from, so the screens can offer "reset to the original words" or "remove".
enum class CardOrigin { BuiltIn, Own };

struct Card {
  std::string id;  // stable across versions and languages; the script ID is "card:<id>"
  std::string title;
  std::string text;
  std::string picture;  // "art/owl.png" (an asset), "shape:star" (drawn), an own picture's file, or ""
  Rgb colour;
  std::string group;           // feelings: "colours" or "faces"; empty elsewhere
  std::string quality;         // animals: what the animal stands for
  std::optional<int> seconds;  // presence: a suggested length
  CardOrigin origin = CardOrigin::BuiltIn;
  bool edited = false;  // built-in words the user changed
};

struct Deck {
  DeckId id = DeckId::Feelings;
  std::string title;
  std::string prompt;  // asked when a card is chosen: "Who would you give this card to?"
  std::vector<Card> cards;

  const Card* find(std::string_view card_id) const;
};

// Limits that keep every card readable on a 1024x600 screen; the loader enforces them.
inline constexpr std::size_t kMaxCardIdLength = 40;
inline constexpr std::size_t kMaxCardTitleLength = 40;
inline constexpr std::size_t kMaxCardTextLength = 300;
inline constexpr std::size_t kMaxQualityLength = 24;
inline constexpr std::size_t kMaxCardsInDeck = 500;
inline constexpr int kMaxSuggestedSeconds = 60 * 60;

bool is_valid_card_id(std::string_view id);

}  // namespace kitbag
