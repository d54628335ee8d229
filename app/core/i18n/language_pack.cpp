#include "app/core/i18n/language_pack.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <set>

#include "app/core/cards/deck_parser.h"
#include "app/core/cards/json_reading.h"

namespace kitbag {
namespace {

using Json = nlohmann::json;

// Keys are dotted lowercase names ("timer.start", "cards.animals.owl.title"), so a typo in a
// file cannot quietly make a key nothing asks for.
bool is_valid_key(std::string_view key) {
  if (key.empty() || key.size() > 120 || key.front() == '.' || key.back() == '.') return false;
  return std::all_of(key.begin(), key.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '_';
  });
}

std::optional<PluralForm> form_named(std::string_view name) {
  for (PluralForm form : {PluralForm::Zero, PluralForm::One, PluralForm::Two, PluralForm::Few,
                          PluralForm::Many, PluralForm::Other})
    if (plural_form_key(form) == name) return form;
  return std::nullopt;
}

std::optional<Phrase> read_phrase(const Json& value, const std::string& where, std::vector<std::string>& problems) {
  auto usable = [&](const std::string& text) {
    if (!has_control_characters(text, true)) return true;
    problems.push_back(where + ": has a tab or other control character; only line breaks may be used");
    return false;
  };
  Phrase phrase;
  if (value.is_string()) {
    phrase.text = value.get<std::string>();
    if (!usable(phrase.text)) return std::nullopt;
    return phrase;
  }
  if (!value.is_object() || value.empty()) {
    problems.push_back(where + ": must be text, or an object of plural forms (\"one\", \"other\", ...)");
    return std::nullopt;
  }
  for (const auto& [name, text] : value.items()) {
    const auto form = form_named(name);
    if (!form || !text.is_string()) {
      problems.push_back(where + ": \"" + name +
                         "\" is not a plural form with text (zero, one, two, few, many, other)");
      return std::nullopt;
    }
    phrase.counted[*form] = text.get<std::string>();
    if (!usable(phrase.counted[*form])) return std::nullopt;  // counted text is drawn the same way
  }
  return phrase;
}

// nlohmann keeps the last of a key given twice in one object, and says nothing. A language file
// keeps the first, as it does for a key an earlier file gave, and each repeat is listed in
// `repeated` so it can be reported.
std::optional<Json> parse_keeping_first(std::string_view json_text, const std::string& file,
                                        std::vector<std::string>& problems,
                                        std::vector<std::string>& repeated) {
  std::set<std::string, std::less<>> top_keys, string_keys;
  std::string in_top_key;
  auto keep_first = [&](int depth, Json::parse_event_t event, Json& parsed) {
    if (event != Json::parse_event_t::key || depth > 2) return true;
    const auto& key = parsed.get_ref<const std::string&>();
    if (depth == 2 && in_top_key != "strings") return true;
    const bool first = (depth == 1 ? top_keys : string_keys).insert(key).second;
    if (depth == 1) in_top_key = first ? key : std::string();  // a repeat's inside is not looked at
    if (!first) repeated.push_back(key);
    return first;  // false: nlohmann leaves this key and its value out
  };
  try {
    return Json::parse(json_text, keep_first);
  } catch (const Json::parse_error& error) {
    problems.push_back(file + ": is not valid JSON (" + error.what() + ")");
    return std::nullopt;
  }
}

void read_unchecked(std::string_view json_text, std::string_view source, LanguageLoad& into) {
  const std::string file(source);
  std::vector<std::string> repeated;
  const auto parsed = parse_keeping_first(json_text, file, into.problems, repeated);
  if (!parsed) return;
  for (const std::string& key : repeated)
    into.problems.push_back(file + ": \"" + key + "\": is given twice; the first is kept");
  const Json& json = *parsed;
  if (!json.is_object() || !json.contains("strings") || !json["strings"].is_object()) {
    into.problems.push_back(file + ": is not a language file (expected an object with \"strings\")");
    return;
  }
  if (!json.contains("schema") || json["schema"] != kLanguageSchemaVersion) {
    into.problems.push_back(file + ": \"schema\" must be " + std::to_string(kLanguageSchemaVersion));
    return;
  }
  if (!json.contains("language") || json["language"] != into.pack.code) {
    into.problems.push_back(file + ": \"language\" must be \"" + into.pack.code + "\"");
    return;
  }
  for (const auto& [key, value] : json["strings"].items()) {
    const std::string where = file + ": \"" + key + "\"";
    if (!is_valid_key(key)) {
      into.problems.push_back(where + ": a key is lowercase letters, digits, '.', '-' and '_'");
      continue;
    }
    auto phrase = read_phrase(value, where, into.problems);
    if (!phrase) continue;
    if (!into.pack.phrases.emplace(key, std::move(*phrase)).second)
      into.problems.push_back(where + ": is given twice; the first is kept");
  }
}

}  // namespace

const Phrase* LanguagePack::find(std::string_view key) const {
  const auto found = phrases.find(key);
  return found == phrases.end() ? nullptr : &found->second;
}

void read_language_file(std::string_view json_text, std::string_view source, LanguageLoad& into) {
  struct Guarded {
    std::vector<std::string> problems;
  };
  // Whatever nlohmann throws becomes a problem; the phrases read before it are kept.
  auto guarded = read_json_guarded<Guarded>(source, [&] {
    read_unchecked(json_text, source, into);
    return Guarded{};
  });
  into.problems.insert(into.problems.end(), guarded.problems.begin(), guarded.problems.end());
}

std::vector<std::string> placeholders_in(std::string_view text) {
  std::vector<std::string> names;
  for (std::size_t open = text.find('{'); open != std::string_view::npos; open = text.find('{', open + 1)) {
    const std::size_t close = text.find('}', open);
    if (close == std::string_view::npos) break;
    std::string name(text.substr(open + 1, close - open - 1));
    if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(std::move(name));
  }
  return names;
}

}  // namespace kitbag
