// The words every screen draws with, for the whole process, as the theme's look is: a screen
// says tr("timer.start") and gets it in the language chosen now. Changing language swaps the
// whole set at once, between frames.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "app/core/i18n/strings.h"
#include "app/core/json_object_reader.h"

namespace kitbag {

void use_strings(std::shared_ptr<const Strings> strings);
const Strings& current_strings();
// The set in use, to put back later (a test that swaps in its own).
std::shared_ptr<const Strings> strings_in_use();

// The shipped decks' and stories' words in the language in use (see parse_deck, parse_story).
WordLookup current_words();

inline const std::string& tr(std::string_view key) {
  return current_strings().text(key);
}
inline std::string tr(std::string_view key, PhraseArgs args) {
  return current_strings().format(key, args);
}
inline std::string tr_count(std::string_view key, long long n, PhraseArgs args = {}) {
  return current_strings().count(key, n, args);
}

}  // namespace kitbag
