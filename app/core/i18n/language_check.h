// What makes a translation wrong rather than merely unfinished: a key English does not have (a
// typo, or a phrase since removed), a plain phrase where English counts or the reverse, a
// plural form missing for the language's own numbers, or a {placeholder} English never fills.
#pragma once

#include <string>
#include <vector>

#include "app/core/i18n/language_pack.h"

namespace kitbag {

// Each problem names the key; empty when `other` may be used as it is.
std::vector<std::string> check_against_english(const LanguagePack& english, const LanguagePack& other);
// English itself: every counted phrase gives "one" and "other".
std::vector<std::string> check_english(const LanguagePack& english);

}  // namespace kitbag
