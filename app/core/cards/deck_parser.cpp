#include "app/core/cards/deck_parser.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <set>

#include "app/core/cards/card_shape.h"
#include "app/core/cards/json_reading.h"

namespace kitbag {
namespace {

using Json = nlohmann::json;

const std::set<std::string, std::less<>> kCardFields{"id",     "title", "text",    "picture",
                                                     "colour", "group", "quality", "seconds"};

// Collects what is wrong with one card; the card is kept only if nothing serious was found.
class CardReader {
 public:
  CardReader(const Json& json, std::string where, DeckId deck)
      : json_(json), where_(std::move(where)), deck_(deck) {}

  std::optional<Card> read(std::vector<std::string>& problems) {
    if (!json_.is_object()) {
      problems.push_back(where_ + ": is not an object with the card's fields");
      return std::nullopt;
    }
    Card card;
    card.id = text_field("id", kMaxCardIdLength, true);
    if (!card.id.empty() && !is_valid_card_id(card.id))
      fail("\"id\" must be lowercase letters, digits and '-' (got \"" + card.id + "\")");
    if (!card.id.empty()) where_ += " (\"" + card.id + "\")";
    card.title = text_field("title", kMaxCardTitleLength, true);
    card.text = text_field("text", kMaxCardTextLength, true);
    card.picture = text_field("picture", 200, true);
    check_picture(card.picture);
    const std::string colour = text_field("colour", 7, true);
    if (auto rgb = parse_hex_colour(colour))
      card.colour = *rgb;
    else if (!colour.empty())
      fail("\"colour\" must look like \"#F5C542\" (got \"" + colour + "\")");
    card.group = text_field("group", 20, deck_ == DeckId::Feelings);
    if (deck_ == DeckId::Feelings && !card.group.empty() && card.group != "colours" && card.group != "faces")
      fail("\"group\" must be \"colours\" or \"faces\" (got \"" + card.group + "\")");
    card.quality = text_field("quality", kMaxQualityLength, deck_ == DeckId::Animals);
    if (json_.contains("seconds")) {
      const Json& seconds = json_["seconds"];
      if (!seconds.is_number_integer() || seconds.get<long long>() < 1 ||
          seconds.get<long long>() > kMaxSuggestedSeconds)
        fail("\"seconds\" must be a whole number from 1 to " + std::to_string(kMaxSuggestedSeconds));
      else
        card.seconds = seconds.get<int>();
    }
    for (const auto& [key, value] : json_.items())
      if (!kCardFields.contains(key))
        warnings_.push_back(where_ + ": unknown field \"" + key + "\" (ignored)");

    for (auto& w : warnings_) problems.push_back(std::move(w));
    if (!errors_.empty()) {
      for (auto& e : errors_) problems.push_back(where_ + ": " + e + "; the card is left out");
      return std::nullopt;
    }
    return card;
  }

 private:
  void fail(std::string why) { errors_.push_back(std::move(why)); }

  std::string text_field(const char* name, std::size_t max_length, bool required) {
    if (!json_.contains(name)) {
      if (required) fail("\"" + std::string(name) + "\" is missing");
      return {};
    }
    const Json& value = json_[name];
    if (!value.is_string()) {
      fail("\"" + std::string(name) + "\" must be text");
      return {};
    }
    std::string text = value.get<std::string>();
    if (required && text.find_first_not_of(" \t\n") == std::string::npos) {
      fail("\"" + std::string(name) + "\" is empty");
      return {};
    }
    if (has_control_characters(text, std::string_view(name) == "text")) {
      fail("\"" + std::string(name) + "\" has a tab, line break or other control character");
      return {};
    }
    if (visible_length(text) > max_length) {
      fail("\"" + std::string(name) + "\" is longer than " + std::to_string(max_length) + " characters");
      return {};
    }
    return text;
  }

  void check_picture(const std::string& picture) {
    if (picture.empty()) return;
    if (picture.starts_with(kShapePicturePrefix)) {
      if (!shape_of_picture(picture))
        fail("\"picture\" names no shape the app can draw (\"" + picture + "\")");
      return;
    }
    // Built-in pictures are PNGs inside the assets folder: no absolute paths, no climbing out.
    const bool inside_assets = !picture.starts_with('/') && picture.find("..") == std::string::npos;
    if (!inside_assets || !picture.ends_with(".png"))
      fail("\"picture\" must be a PNG inside the assets folder, like \"art/owl.png\" (got \"" + picture +
           "\")");
  }

  const Json& json_;
  std::string where_;
  DeckId deck_;
  std::vector<std::string> errors_;
  std::vector<std::string> warnings_;
};

std::optional<std::string> optional_text(const Json& json, const char* name) {
  if (!json.contains(name) || !json[name].is_string()) return std::nullopt;
  return json[name].get<std::string>();
}

DeckLoad parse_deck_unchecked(std::string_view json_text, std::string_view source, DeckId expected);

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

DeckLoad parse_deck(std::string_view json_text, std::string_view source, DeckId expected) {
  // nlohmann reports more than syntax by exception (a number too big, a value of the wrong
  // type); whatever a file holds, it is a problem to report, never a crash.
  return read_json_guarded<DeckLoad>(source,
                                     [&] { return parse_deck_unchecked(json_text, source, expected); });
}

namespace {

DeckLoad parse_deck_unchecked(std::string_view json_text, std::string_view source, DeckId expected) {
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
  deck.title = optional_text(json, "title").value_or(std::string(deck_name(expected)));
  deck.prompt = optional_text(json, "prompt").value_or("");
  const Json& cards = json["cards"];
  std::set<std::string, std::less<>> seen;
  for (std::size_t i = 0; i < cards.size(); ++i) {
    if (deck.cards.size() == kMaxCardsInDeck) {
      load.problems.push_back(file + ": more than " + std::to_string(kMaxCardsInDeck) +
                              " cards; the rest are left out");
      break;
    }
    CardReader reader(cards[i], file + ": card " + std::to_string(i + 1), expected);
    auto card = reader.read(load.problems);
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
