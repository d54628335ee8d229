#include "app/core/i18n/plural_rules.h"

#include <array>

namespace kitbag {
namespace {

constexpr std::array kTwoForms{PluralForm::One, PluralForm::Other};
constexpr std::array kPolishForms{PluralForm::One, PluralForm::Few, PluralForm::Many};
constexpr std::array kWelshForms{PluralForm::Zero, PluralForm::One, PluralForm::Two,
                                 PluralForm::Few,  PluralForm::Many, PluralForm::Other};

}  // namespace

// The rules for whole numbers from CLDR's plural rules; the app never counts in fractions.
PluralForm plural_form(std::string_view language, long long count) {
  // The size of the count, negated as unsigned so that even the most negative long long has one.
  const unsigned long long n =
      count < 0 ? 0ull - static_cast<unsigned long long>(count) : static_cast<unsigned long long>(count);
  if (language == "pl") {
    if (n == 1) return PluralForm::One;
    const unsigned long long tens = n % 100;
    if (n % 10 >= 2 && n % 10 <= 4 && (tens < 12 || tens > 14)) return PluralForm::Few;
    return PluralForm::Many;
  }
  if (language == "cy") {
    switch (n) {
      case 0: return PluralForm::Zero;
      case 1: return PluralForm::One;
      case 2: return PluralForm::Two;
      case 3: return PluralForm::Few;
      case 6: return PluralForm::Many;
      default: return PluralForm::Other;
    }
  }
  return n == 1 ? PluralForm::One : PluralForm::Other;
}

std::span<const PluralForm> plural_forms(std::string_view language) {
  if (language == "pl") return kPolishForms;
  if (language == "cy") return kWelshForms;
  return kTwoForms;
}

std::string_view plural_form_key(PluralForm form) {
  switch (form) {
    case PluralForm::Zero: return "zero";
    case PluralForm::One: return "one";
    case PluralForm::Two: return "two";
    case PluralForm::Few: return "few";
    case PluralForm::Many: return "many";
    case PluralForm::Other: return "other";
  }
  return "other";
}

}  // namespace kitbag
