// Small language packs written out in a test, so each test shows exactly the phrases it uses.
#pragma once

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "app/core/i18n/language_pack.h"

namespace kitbag::test {

inline Phrase plain(std::string text) {
  return Phrase{.text = std::move(text), .counted = {}};
}

inline Phrase counted(std::map<PluralForm, std::string> forms) {
  return Phrase{.text = {}, .counted = std::move(forms)};
}

inline LanguagePack pack(std::string code, std::vector<std::pair<std::string, Phrase>> phrases) {
  LanguagePack made;
  made.code = std::move(code);
  for (auto& [key, phrase] : phrases) made.phrases.emplace(std::move(key), std::move(phrase));
  return made;
}

// "{n} minute(s)" in English, and its Polish and Welsh translations with every form.
inline Phrase english_minutes() {
  return counted({{PluralForm::One, "{n} minute"}, {PluralForm::Other, "{n} minutes"}});
}
inline Phrase polish_minutes() {
  return counted(
      {{PluralForm::One, "{n} minuta"}, {PluralForm::Few, "{n} minuty"}, {PluralForm::Many, "{n} minut"}});
}
inline Phrase welsh_minutes() {
  return counted({{PluralForm::Zero, "dim munudau ({n})"},
                  {PluralForm::One, "{n} munud"},
                  {PluralForm::Two, "{n} funud"},
                  {PluralForm::Few, "{n} munud (ychydig)"},
                  {PluralForm::Many, "{n} munud (llawer)"},
                  {PluralForm::Other, "{n} o funudau"}});
}

// A language file's text, as the app reads it from assets/lang/<code>/.
inline std::string language_file(const std::string& code, const std::string& strings) {
  return R"({"schema": 1, "language": ")" + code + R"(", "strings": {)" + strings + "}}";
}

}  // namespace kitbag::test
