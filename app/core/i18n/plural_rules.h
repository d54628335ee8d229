// Which plural form a number takes in each language the app speaks: English has two (1 minute,
// 2 minutes), Polish three for whole numbers (1 minuta, 2 minuty, 5 minut), Welsh six.
#pragma once

#include <span>
#include <string_view>

namespace kitbag {

// CLDR's names for the forms, so translators can look a language's rules up.
enum class PluralForm { Zero, One, Two, Few, Many, Other };

PluralForm plural_form(std::string_view language, long long n);
// The forms a language's whole numbers use, each of which its translation must give.
std::span<const PluralForm> plural_forms(std::string_view language);
std::string_view plural_form_key(PluralForm form);  // "zero", "one", ... as in the language files

}  // namespace kitbag
