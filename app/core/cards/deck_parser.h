// Reads a deck file (JSON, schema 1) and checks every field. One bad card is reported and left
// out; the rest of the deck still loads. Only a file that is not a deck at all loads nothing.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/core/cards/deck.h"
#include "app/core/json_object_reader.h"

namespace kitbag {

inline constexpr int kDeckSchemaVersion = 1;

struct DeckLoad {
  std::optional<Deck> deck;           // empty when the file is not a usable deck
  std::vector<std::string> problems;  // each names the file, and the card and field at fault
};

// `source` names the file in messages; `expected` is the deck the file should hold. The shipped
// decks' words come from `words` (keys "cards.<deck>.title", "cards.<deck>.<card>.text", ...);
// a deck file may also carry its own, used where `words` has none.
DeckLoad parse_deck(std::string_view json_text, std::string_view source, DeckId expected,
                    const WordLookup& words = {});

// How many characters a person sees: UTF-8 code points, not bytes.
std::size_t visible_length(std::string_view utf8);
// Tabs, line breaks and other control characters show as boxes on screen, and in a title would
// break `kitbag cards`' one card a line. A card's words may break lines; nothing else may.
bool has_control_characters(std::string_view text, bool line_breaks_allowed = false);
// The first whole character (1 to 4 bytes), e.g. for a card's initial.
std::string_view first_character(std::string_view utf8);

}  // namespace kitbag
