#include "app/core/cards/own_cards.h"

#include <algorithm>
#include <charconv>
#include <nlohmann/json.hpp>

#include "app/core/cards/deck_parser.h"
#include "app/core/cards/json_reading.h"
#include "app/core/i18n/current_strings.h"

namespace kitbag {
namespace {

using Json = nlohmann::json;

constexpr std::string_view kOwnIdPrefix = "own-";

std::optional<int> own_number(std::string_view id) {
  if (!id.starts_with(kOwnIdPrefix)) return std::nullopt;
  int number = 0;
  const auto digits = id.substr(kOwnIdPrefix.size());
  auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), number);
  if (error != std::errc() || end != digits.data() + digits.size() || number < 1 ||
      number >= kMaxOwnCardNumber)
    return std::nullopt;
  return number;
}

bool safe_picture_file(std::string_view name) {
  return name.empty() || (name.find('/') == std::string_view::npos &&
                          name.find("..") == std::string_view::npos && name.ends_with(".png"));
}

// Reads the fields every saved entry has; returns why it cannot be used, or nothing.
std::optional<std::string> read_entry(const Json& json, DeckId& deck, std::string& id, CardWords& words) {
  if (!json.is_object()) return "is not an object";
  for (const char* field : {"deck", "id", "title", "text"})
    if (!json.contains(field) || !json[field].is_string())
      return std::string("\"") + field + "\" is missing or not text";
  auto parsed_deck = deck_from_name(json["deck"].get<std::string>());
  if (!parsed_deck) return "\"deck\" names no deck (\"" + json["deck"].get<std::string>() + "\")";
  deck = *parsed_deck;
  id = json["id"].get<std::string>();
  if (!is_valid_card_id(id)) return "\"id\" is not a card id (\"" + id + "\")";
  words = {json["title"].get<std::string>(), json["text"].get<std::string>()};
  if (auto wrong = OwnCards::check_words(words)) return *wrong;
  return std::nullopt;
}

}  // namespace

std::optional<std::string> OwnCards::check_words(const CardWords& words) {
  // Shown to the person typing on the "Your cards" screen, so in their language.
  if (words.title.find_first_not_of(" \t\n") == std::string::npos) return tr("own-cards.title-needed");
  if (has_control_characters(words.title)) return tr("own-cards.title-one-line");
  if (has_control_characters(words.text, true)) return tr("own-cards.words-no-tabs");
  if (visible_length(words.title) > kMaxCardTitleLength)
    return tr_count("own-cards.title-too-long", kMaxCardTitleLength);
  if (visible_length(words.text) > kMaxCardTextLength)
    return tr_count("own-cards.words-too-long", kMaxCardTextLength);
  return std::nullopt;
}

OwnCardsLoad OwnCards::parse(std::string_view json_text, std::string_view source) {
  // A hand-edited file may hold anything; nothing in it may crash the app at start.
  return read_json_guarded<OwnCardsLoad>(source, [&] { return parse_unchecked(json_text, source); });
}

OwnCardsLoad OwnCards::parse_unchecked(std::string_view json_text, std::string_view source) {
  OwnCardsLoad load;
  const std::string file(source);
  const auto parsed = parse_json(json_text, source, load.problems);
  if (!parsed) return load;
  const Json& json = *parsed;
  if (!json.is_object() || !json.contains("schema") || !json["schema"].is_number_integer() ||
      json["schema"].get<long long>() != kOwnCardsSchemaVersion) {
    load.problems.push_back(file + ": is not a saved-cards file of schema " +
                            std::to_string(kOwnCardsSchemaVersion));
    return load;
  }
  OwnCards& own = load.cards;
  if (json.contains("cards") && json["cards"].is_array()) {
    const Json& cards = json["cards"];
    for (std::size_t i = 0; i < cards.size(); ++i) {
      const std::string where = file + ": own card " + std::to_string(i + 1);
      OwnCard card;
      CardWords words;
      if (auto wrong = read_entry(cards[i], card.deck, card.id, words)) {
        load.problems.push_back(where + ": " + *wrong + "; left out");
        continue;
      }
      card.title = std::move(words.title);
      card.text = std::move(words.text);
      auto number = own_number(card.id);
      auto colour = cards[i].contains("colour") && cards[i]["colour"].is_string()
                        ? parse_hex_colour(cards[i]["colour"].get<std::string>())
                        : std::nullopt;
      const bool picture_is_text = !cards[i].contains("picture") || cards[i]["picture"].is_string();
      std::string picture = picture_is_text ? cards[i].value("picture", std::string()) : "(not text)";
      if (!number || !colour || !safe_picture_file(picture) || own.find(card.deck, card.id)) {
        load.problems.push_back(where + " (\"" + card.id +
                                "\"): its id, colour or picture cannot be used; left out");
        continue;
      }
      card.colour = *colour;
      card.picture_file = std::move(picture);
      own.next_number_ = std::max(own.next_number_, *number + 1);
      own.cards_.push_back(std::move(card));
    }
  }
  if (json.contains("edits") && json["edits"].is_array()) {
    const Json& edits = json["edits"];
    for (std::size_t i = 0; i < edits.size(); ++i) {
      CardEdit edit;
      if (auto wrong = read_entry(edits[i], edit.deck, edit.id, edit.words)) {
        load.problems.push_back(file + ": edit " + std::to_string(i + 1) + ": " + *wrong + "; left out");
        continue;
      }
      own.edit_built_in(edit.deck, edit.id, std::move(edit.words));
    }
  }
  if (json.contains("next") && json["next"].is_number_integer())
    own.next_number_ = std::clamp(json["next"].get<long long>(), static_cast<long long>(own.next_number_),
                                  static_cast<long long>(kMaxOwnCardNumber - 1));
  return load;
}

std::string OwnCards::to_json() const {
  Json cards = Json::array();
  for (const OwnCard& card : cards_) {
    Json entry{{"deck", deck_name(card.deck)},
               {"id", card.id},
               {"title", card.title},
               {"text", card.text},
               {"colour", to_hex(card.colour)}};
    if (!card.picture_file.empty()) entry["picture"] = card.picture_file;
    cards.push_back(std::move(entry));
  }
  Json edits = Json::array();
  for (const CardEdit& edit : edits_)
    edits.push_back({{"deck", deck_name(edit.deck)},
                     {"id", edit.id},
                     {"title", edit.words.title},
                     {"text", edit.words.text}});
  // "next" keeps ids from being reused after the newest card is removed.
  Json json{{"schema", kOwnCardsSchemaVersion}, {"next", next_number_}, {"cards", cards}, {"edits", edits}};
  // Words come from people typing; a broken character becomes U+FFFD rather than failing the save.
  return json.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

std::string OwnCards::add(DeckId deck, CardWords words, Rgb colour) {
  OwnCard card{deck,
               std::string(kOwnIdPrefix) + std::to_string(next_number_++),
               std::move(words.title),
               std::move(words.text),
               colour,
               {}};
  cards_.push_back(std::move(card));
  return cards_.back().id;
}

bool OwnCards::update(DeckId deck, std::string_view id, CardWords words, Rgb colour) {
  OwnCard* card = find_mutable(deck, id);
  if (card == nullptr) return false;
  card->title = std::move(words.title);
  card->text = std::move(words.text);
  card->colour = colour;
  return true;
}

bool OwnCards::set_picture(DeckId deck, std::string_view id, std::string picture_file) {
  OwnCard* card = find_mutable(deck, id);
  if (card == nullptr || !safe_picture_file(picture_file)) return false;
  card->picture_file = std::move(picture_file);
  return true;
}

bool OwnCards::remove(DeckId deck, std::string_view id) {
  return std::erase_if(cards_, [&](const OwnCard& c) { return c.deck == deck && c.id == id; }) > 0;
}

const OwnCard* OwnCards::find(DeckId deck, std::string_view id) const {
  auto it = std::find_if(cards_.begin(), cards_.end(),
                         [&](const OwnCard& c) { return c.deck == deck && c.id == id; });
  return it == cards_.end() ? nullptr : &*it;
}

OwnCard* OwnCards::find_mutable(DeckId deck, std::string_view id) {
  auto it = std::find_if(cards_.begin(), cards_.end(),
                         [&](const OwnCard& c) { return c.deck == deck && c.id == id; });
  return it == cards_.end() ? nullptr : &*it;
}

void OwnCards::edit_built_in(DeckId deck, std::string_view id, CardWords words) {
  auto it = std::find_if(edits_.begin(), edits_.end(),
                         [&](const CardEdit& e) { return e.deck == deck && e.id == id; });
  if (it != edits_.end())
    it->words = std::move(words);
  else
    edits_.push_back({deck, std::string(id), std::move(words)});
}

void OwnCards::reset_built_in(DeckId deck, std::string_view id) {
  std::erase_if(edits_, [&](const CardEdit& e) { return e.deck == deck && e.id == id; });
}

const CardEdit* OwnCards::edit_of(DeckId deck, std::string_view id) const {
  auto it = std::find_if(edits_.begin(), edits_.end(),
                         [&](const CardEdit& e) { return e.deck == deck && e.id == id; });
  return it == edits_.end() ? nullptr : &*it;
}

Deck OwnCards::apply_to(const Deck& built_in) const {
  Deck deck = built_in;
  for (Card& card : deck.cards) {
    if (const CardEdit* edit = edit_of(deck.id, card.id)) {
      card.title = edit->words.title;
      card.text = edit->words.text;
      card.edited = true;
    }
  }
  for (const OwnCard& own : cards_) {
    if (own.deck != deck.id || deck.find(own.id) != nullptr) continue;
    Card card;
    card.id = own.id;
    card.title = own.title;
    card.text = own.text;
    card.colour = own.colour;
    card.picture = own.picture_file.empty() ? "" : std::string(kOwnPicturePrefix) + own.picture_file;
    card.group = deck.id == DeckId::Feelings ? "colours" : "";
    card.origin = CardOrigin::Own;
    deck.cards.push_back(std::move(card));
  }
  return deck;
}

}  // namespace kitbag
