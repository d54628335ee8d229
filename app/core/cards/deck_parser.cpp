#include "app/core/cards/deck_parser.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <set>

#include "app/core/cards/card_shape.h"
#include "app/core/cards/json_reading.h"
#include "app/core/json_object_reader.h"

namespace kitbag {
namespace {

using Json = nlohmann::json;

// Reads one card; the card is kept only if nothing serious was found.
std::optional<Card> read_card(const Json& json, std::string where, DeckId deck, const WordLookup& words,
                              std::vector<std::string>& problems) {
  if (!json.is_object()) {
    problems.push_back(where + ": is not an object with the card's fields");
    return std::nullopt;
  }
  JsonObjectReader reader(json, std::move(where),
                          {"id", "title", "text", "picture", "colour", "group", "quality", "seconds"});
  Card card;
  card.id = reader.text("id", kMaxCardIdLength, true);
  if (!card.id.empty() && !is_valid_card_id(card.id))
    reader.fail("\"id\" must be lowercase letters, digits and '-' (got \"" + card.id + "\")");
  if (!card.id.empty()) reader.name_it(card.id);
  const std::string key = "cards." + std::string(deck_name(deck)) + "." + card.id + ".";
  card.title = reader.words("title", kMaxCardTitleLength, true, false, words, key + "title");
  card.text = reader.words("text", kMaxCardTextLength, true, true, words, key + "text");
  card.picture = reader.text("picture", 200, true);
  if (card.picture.starts_with(kShapePicturePrefix)) {
    if (!shape_of_picture(card.picture))
      reader.fail("\"picture\" names no shape the app can draw (\"" + card.picture + "\")");
  } else if (!card.picture.empty()) {
    reader.check_asset_png("picture", card.picture);
  }
  if (auto colour = reader.colour("colour", true)) card.colour = *colour;
  card.group = reader.text("group", 20, deck == DeckId::Feelings);
  if (deck == DeckId::Feelings && !card.group.empty() && card.group != "colours" && card.group != "faces")
    reader.fail("\"group\" must be \"colours\" or \"faces\" (got \"" + card.group + "\")");
  card.quality =
      reader.words("quality", kMaxQualityLength, deck == DeckId::Animals, false, words, key + "quality");
  if (auto seconds = reader.whole_number("seconds", 1, kMaxSuggestedSeconds, false))
    card.seconds = static_cast<int>(*seconds);
  if (!reader.report(problems, "the card is left out")) return std::nullopt;
  return card;
}

std::optional<std::string> optional_text(const Json& json, const char* name) {
  if (!json.contains(name) || !json[name].is_string()) return std::nullopt;
  return json[name].get<std::string>();
}

DeckLoad parse_deck_unchecked(std::string_view json_text, std::string_view source, DeckId expected,
                              const WordLookup& words);

}  // namespace

bool has_control_characters(std::string_view text, bool line_breaks_allowed) {
  return std::any_of(text.begin(), text.end(), [&](char c) {
    if (c == '\n' && line_breaks_allowed) return false;
    return static_cast<unsigned char>(c) < 0x20 || c == 0x7F;
  });
}

std::string_view first_character(std::string_view utf8) {
  if (utf8.empty()) return utf8;
  std::size_t length = 1;
  while (length < utf8.size() && length < 4 && (static_cast<unsigned char>(utf8[length]) & 0xC0) == 0x80)
    ++length;
  return utf8.substr(0, length);
}

std::size_t visible_length(std::string_view utf8) {
  std::size_t count = 0;
  for (unsigned char c : utf8)
    if ((c & 0xC0) != 0x80) ++count;
  return count;
}

DeckLoad parse_deck(std::string_view json_text, std::string_view source, DeckId expected,
                    const WordLookup& words) {
  // nlohmann reports more than syntax by exception (a number too big, a value of the wrong
  // type); whatever a file holds, it is a problem to report, never a crash.
  return read_json_guarded<DeckLoad>(source,
                                     [&] { return parse_deck_unchecked(json_text, source, expected, words); });
}

namespace {

DeckLoad parse_deck_unchecked(std::string_view json_text, std::string_view source, DeckId expected,
                              const WordLookup& words) {
  DeckLoad load;
  const std::string file(source);
  const auto parsed = parse_json(json_text, source, load.problems);
  if (!parsed) return load;
  const Json& json = *parsed;
  if (!json.is_object()) {
    load.problems.push_back(file + ": is not a deck (expected an object with \"schema\" and \"cards\")");
    return load;
  }
  if (!json.contains("schema") || !json["schema"].is_number_integer()) {
    load.problems.push_back(file + ": \"schema\" is missing; expected " + std::to_string(kDeckSchemaVersion));
    return load;
  }
  if (const auto schema = json["schema"].get<long long>(); schema != kDeckSchemaVersion) {
    load.problems.push_back(file + ": schema " + std::to_string(schema) + " is not one this version reads (" +
                            std::to_string(kDeckSchemaVersion) + ")");
    return load;
  }
  const auto deck_id = optional_text(json, "deck");
  if (!deck_id || deck_from_name(*deck_id) != expected) {
    load.problems.push_back(file + ": \"deck\" must be \"" + std::string(deck_name(expected)) + "\"");
    return load;
  }
  if (!json.contains("cards") || !json["cards"].is_array()) {
    load.problems.push_back(file + ": \"cards\" is missing or not a list");
    return load;
  }

  Deck deck;
  deck.id = expected;
  const std::string key = "cards." + std::string(deck_name(expected)) + ".";
  // The language files' words first, then the file's own, then a plain default.
  const auto deck_words = [&](const char* field, std::string fallback) {
    if (auto found = words ? words(key + field) : std::nullopt) return std::move(*found);
    return optional_text(json, field).value_or(std::move(fallback));
  };
  deck.title = deck_words("title", std::string(deck_name(expected)));
  deck.prompt = deck_words("prompt", "");
  const Json& cards = json["cards"];
  std::set<std::string, std::less<>> seen;
  for (std::size_t i = 0; i < cards.size(); ++i) {
    if (deck.cards.size() == kMaxCardsInDeck) {
      load.problems.push_back(file + ": more than " + std::to_string(kMaxCardsInDeck) +
                              " cards; the rest are left out");
      break;
    }
    auto card = read_card(cards[i], file + ": card " + std::to_string(i + 1), expected, words, load.problems);
    if (!card) continue;
    if (!seen.insert(card->id).second) {
      load.problems.push_back(file + ": card " + std::to_string(i + 1) + " (\"" + card->id +
                              "\"): \"id\" is already used by an earlier card; this one is left out");
      continue;
    }
    deck.cards.push_back(std::move(*card));
  }
  load.deck = std::move(deck);
  return load;
}

}  // namespace
}  // namespace kitbag
