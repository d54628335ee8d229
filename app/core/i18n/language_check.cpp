#include "app/core/i18n/language_check.h"

#include <algorithm>

#include "app/core/i18n/plural_rules.h"

namespace kitbag {
namespace {

std::vector<std::string> all_placeholders(const Phrase& phrase) {
  if (!phrase.is_counted()) return placeholders_in(phrase.text);
  std::vector<std::string> names;
  for (const auto& [form, text] : phrase.counted)
    for (auto& name : placeholders_in(text))
      if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(std::move(name));
  return names;
}

void check_forms(const std::string& code, const std::string& key, const Phrase& phrase,
                 std::vector<std::string>& problems) {
  for (PluralForm form : plural_forms(code))
    if (!phrase.counted.contains(form))
      problems.push_back(code + ": \"" + key + "\" has no \"" + std::string(plural_form_key(form)) + "\" form");
}

}  // namespace

std::vector<std::string> check_english(const LanguagePack& english) {
  std::vector<std::string> problems;
  for (const auto& [key, phrase] : english.phrases)
    if (phrase.is_counted()) check_forms(english.code, key, phrase, problems);
  return problems;
}

std::vector<std::string> check_against_english(const LanguagePack& english, const LanguagePack& other) {
  std::vector<std::string> problems;
  for (const auto& [key, phrase] : other.phrases) {
    const std::string where = other.code + ": \"" + key + "\"";
    const Phrase* source = english.find(key);
    if (source == nullptr) {
      problems.push_back(where + " is not a key English has");
      continue;
    }
    if (source->is_counted() != phrase.is_counted()) {
      problems.push_back(where + (source->is_counted() ? " must give plural forms, as English does"
                                                       : " must be plain text, as English is"));
      continue;
    }
    if (phrase.is_counted()) check_forms(other.code, key, phrase, problems);
    auto known = all_placeholders(*source);
    if (phrase.is_counted()) known.push_back("n");  // count() always fills in the number
    for (const auto& name : all_placeholders(phrase))
      if (std::find(known.begin(), known.end(), name) == known.end())
        problems.push_back(where + " uses {" + name + "}, which English never fills in");
  }
  return problems;
}

}  // namespace kitbag
