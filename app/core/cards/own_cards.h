// The cards a practitioner or carer made, and the words they changed on built-in cards: kept in
// the data directory (never anything about a child) and laid over the shipped decks, matched by
// card id, so they survive upgrades.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/core/cards/deck.h"

namespace kitbag {

inline constexpr int kOwnCardsSchemaVersion = 1;
// Own card numbers stop here, far beyond any real use, so counting on can never overflow.
inline constexpr int kMaxOwnCardNumber = 1'000'000'000;
// An own card's picture is a file in the own-pictures folder; its Card::picture starts with this.
inline constexpr std::string_view kOwnPicturePrefix = "own:";

struct OwnCard {
  DeckId deck = DeckId::Feelings;
  std::string id;  // "own-<n>", never reused
  std::string title;
  std::string text;
  Rgb colour;
  std::string picture_file;  // a name inside the own-pictures folder, or empty
};

struct CardWords {
  std::string title;
  std::string text;
};

struct CardEdit {
  DeckId deck = DeckId::Feelings;
  std::string id;  // a built-in card's id
  CardWords words;
};

class OwnCards;
struct OwnCardsLoad;

class OwnCards {
 public:
  // Reads the saved file. Entries that cannot be read are reported and left out; the caller
  // keeps the original file so nothing is lost.
  static OwnCardsLoad parse(std::string_view json_text, std::string_view source);
  std::string to_json() const;

  // Checks the words a person typed; returns why they cannot be saved, or nothing.
  static std::optional<std::string> check_words(const CardWords& words);

  // Returns the new card's id.
  std::string add(DeckId deck, CardWords words, Rgb colour);
  bool update(DeckId deck, std::string_view id, CardWords words, Rgb colour);
  bool set_picture(DeckId deck, std::string_view id, std::string picture_file);
  bool remove(DeckId deck, std::string_view id);
  const OwnCard* find(DeckId deck, std::string_view id) const;

  void edit_built_in(DeckId deck, std::string_view id, CardWords words);
  void reset_built_in(DeckId deck, std::string_view id);
  const CardEdit* edit_of(DeckId deck, std::string_view id) const;

  // The deck as the app shows it: built-in cards with their edits, then the own cards.
  Deck apply_to(const Deck& built_in) const;

  const std::vector<OwnCard>& cards() const { return cards_; }
  const std::vector<CardEdit>& edits() const { return edits_; }

 private:
  static OwnCardsLoad parse_unchecked(std::string_view json_text, std::string_view source);
  OwnCard* find_mutable(DeckId deck, std::string_view id);

  std::vector<OwnCard> cards_;
  std::vector<CardEdit> edits_;
  int next_number_ = 1;
};

struct OwnCardsLoad {
  OwnCards cards;
  std::vector<std::string> problems;  // each names the file and the entry at fault
};

}  // namespace kitbag
