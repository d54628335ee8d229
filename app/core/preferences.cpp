#include "app/core/preferences.h"

#include <algorithm>
#include <array>
#include <nlohmann/json.hpp>

#include "app/core/i18n/languages.h"

namespace kitbag {
namespace {

constexpr int kSchema = 1;

}  // namespace

float text_size_factor(TextSize size) {
  switch (size) {
    case TextSize::Standard:
      return 1.0f;
    case TextSize::Large:
      return 1.2f;
    case TextSize::Largest:
      return 1.4f;
  }
  return 1.0f;
}

std::string_view text_size_key(TextSize size) {
  switch (size) {
    case TextSize::Standard:
      return "standard";
    case TextSize::Large:
      return "large";
    case TextSize::Largest:
      return "largest";
  }
  return "standard";
}

std::string_view age_key(AgeMode age) {
  switch (age) {
    case AgeMode::Any:
      return "any";
    case AgeMode::Younger:
      return "younger";
    case AgeMode::Older:
      return "older";
  }
  return "any";
}

float look_scale(const Preferences& preferences) {
  return text_size_factor(preferences.text_size) * (preferences.age == AgeMode::Older ? 0.9f : 1.0f);
}

std::string preferences_to_json(const Preferences& preferences) {
  const nlohmann::ordered_json json = {{"schema", kSchema},
                                       {"text_size", text_size_key(preferences.text_size)},
                                       {"calm_motion", preferences.calm_motion},
                                       {"high_contrast", preferences.high_contrast},
                                       {"age", age_key(preferences.age)},
                                       {"language", preferences.language},
                                       {"easy_read_font", preferences.easy_read_font},
                                       {"welcome_seen", preferences.welcome_seen}};
  return json.dump(2) + "\n";
}

ReadPreferences preferences_from_json(std::string_view text, const std::string& where) {
  ReadPreferences read;
  const auto json = nlohmann::json::parse(text, nullptr, false);
  if (!json.is_object()) {
    read.problems.push_back(where + ": not a JSON object, so the standard settings are used");
    return read;
  }
  if (json.contains("schema") && json["schema"] != kSchema)
    read.notes.push_back(where + ": \"schema\" is " + json["schema"].dump() + ", not " +
                         std::to_string(kSchema) + "; what can be read is used");
  // One of a few named choices: anything else is named, with what it can be, and left standard.
  const auto read_choice = [&](const char* name, const auto& choices, auto key_of, auto& into) {
    if (!json.contains(name)) return;
    for (const auto choice : choices)
      if (json[name].is_string() && json[name].get<std::string>() == key_of(choice)) {
        into = choice;
        return;
      }
    std::string allowed;
    for (std::size_t i = 0; i < choices.size(); ++i)
      allowed += (i == 0                    ? "\""
                  : i + 1 == choices.size() ? " or \""
                                            : ", \"") +
                 std::string(key_of(choices[i])) + "\"";
    read.problems.push_back(where + ": \"" + name + "\" is " + json[name].dump() + "; it can be " + allowed);
  };
  const auto read_switch = [&](const char* name, bool& into) {
    if (!json.contains(name)) return;
    if (json[name].is_boolean())
      into = json[name].get<bool>();
    else
      read.problems.push_back(where + ": \"" + name + "\" is " + json[name].dump() +
                              "; it can be true or false");
  };
  read_choice("text_size", kTextSizes, text_size_key, read.preferences.text_size);
  read_choice("age", kAgeModes, age_key, read.preferences.age);
  read_switch("calm_motion", read.preferences.calm_motion);
  read_switch("high_contrast", read.preferences.high_contrast);
  read_switch("easy_read_font", read.preferences.easy_read_font);
  read_switch("welcome_seen", read.preferences.welcome_seen);
  Language language = kLanguages.front();
  read_choice("language", kLanguages, [](const Language& l) { return l.code; }, language);
  read.preferences.language = std::string(language.code);
  static constexpr std::array kKnown{"schema",   "text_size",      "calm_motion", "high_contrast",
                                     "age",      "language",       "easy_read_font", "welcome_seen"};
  for (const auto& [name, value] : json.items())
    if (std::find(kKnown.begin(), kKnown.end(), name) == kKnown.end())
      read.notes.push_back(
          where + ": \"" + name +
          "\" is not a setting this version knows; it is not kept when a setting is next saved");
  return read;
}

}  // namespace kitbag
