// Which plural form a whole number takes in English, Polish and Welsh, checked against CLDR's
// rules number by number, and the forms each language's translation must give.
#include "app/core/i18n/plural_rules.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <limits>
#include <string>
#include <vector>

namespace kitbag {
namespace {

using Forms = std::vector<PluralForm>;

Forms forms_of(std::string_view language) {
  const auto forms = plural_forms(language);
  return {forms.begin(), forms.end()};
}

// Every n in [from, to] takes `form` in `language`.
void expect_range(std::string_view language, long long from, long long to, PluralForm form) {
  for (long long n = from; n <= to; ++n)
    EXPECT_EQ(plural_form_key(plural_form(language, n)), plural_form_key(form)) << language << " n=" << n;
}

TEST(PluralRules, EnglishIsOneForOneAndOtherForEverythingElse) {
  expect_range("en", 1, 1, PluralForm::One);
  expect_range("en", 0, 0, PluralForm::Other);
  expect_range("en", 2, 20, PluralForm::Other);
  expect_range("en", 21, 21, PluralForm::Other);  // not "one", unlike Russian or Polish endings
  expect_range("en", 101, 101, PluralForm::Other);
}

TEST(PluralRules, PolishOneIsOnlyOne) {
  expect_range("pl", 1, 1, PluralForm::One);
  expect_range("pl", 21, 21, PluralForm::Many);
  expect_range("pl", 101, 101, PluralForm::Many);
}

TEST(PluralRules, PolishFewIsTwoToFourOutsideTheTeens) {
  expect_range("pl", 2, 4, PluralForm::Few);
  expect_range("pl", 22, 24, PluralForm::Few);
  expect_range("pl", 32, 34, PluralForm::Few);
  expect_range("pl", 102, 104, PluralForm::Few);
  expect_range("pl", 1022, 1024, PluralForm::Few);
}

TEST(PluralRules, PolishManyIsZeroFiveToTwentyOneAndTheTeensOfEveryHundred) {
  expect_range("pl", 0, 0, PluralForm::Many);
  expect_range("pl", 5, 21, PluralForm::Many);  // 12–14 included: "12 minut", not "12 minuty"
  expect_range("pl", 25, 31, PluralForm::Many);
  expect_range("pl", 112, 114, PluralForm::Many);
  expect_range("pl", 212, 214, PluralForm::Many);
  expect_range("pl", 100, 101, PluralForm::Many);
}

TEST(PluralRules, WelshHasAFormForEachOfZeroOneTwoThreeAndSix) {
  expect_range("cy", 0, 0, PluralForm::Zero);
  expect_range("cy", 1, 1, PluralForm::One);
  expect_range("cy", 2, 2, PluralForm::Two);
  expect_range("cy", 3, 3, PluralForm::Few);
  expect_range("cy", 6, 6, PluralForm::Many);
}

TEST(PluralRules, WelshIsOtherForEveryOtherNumber) {
  expect_range("cy", 4, 5, PluralForm::Other);
  expect_range("cy", 7, 102, PluralForm::Other);
  // CLDR's Welsh rules match n exactly, so the endings of larger numbers do not count.
  expect_range("cy", 103, 103, PluralForm::Other);
  expect_range("cy", 106, 106, PluralForm::Other);
}

TEST(PluralRules, ANegativeNumberTakesTheFormOfItsSize) {
  EXPECT_EQ(plural_form("en", -1), PluralForm::One);
  EXPECT_EQ(plural_form("pl", -3), PluralForm::Few);
  EXPECT_EQ(plural_form("pl", -12), PluralForm::Many);
  EXPECT_EQ(plural_form("cy", -2), PluralForm::Two);
}

TEST(PluralRules, EveryLongLongHasAForm) {
  // The most negative has no positive long long to match; negating it was undefined behaviour,
  // which the sanitizer build stops on.
  constexpr long long kMostNegative = std::numeric_limits<long long>::min();  // -9223372036854775808
  EXPECT_EQ(plural_form("pl", kMostNegative), PluralForm::Many);
  EXPECT_EQ(plural_form("pl", kMostNegative + 4), PluralForm::Few);
  EXPECT_EQ(plural_form("en", kMostNegative), PluralForm::Other);
  EXPECT_EQ(plural_form("cy", kMostNegative), PluralForm::Other);
  EXPECT_EQ(plural_form("pl", std::numeric_limits<long long>::max()), PluralForm::Many);  // ...807
}

TEST(PluralRules, ALanguageWithoutRulesOfItsOwnCountsAsEnglishDoes) {
  EXPECT_EQ(plural_form("", 1), PluralForm::One);
  EXPECT_EQ(plural_form("xx", 3), PluralForm::Other);
  EXPECT_EQ(forms_of("xx"), (Forms{PluralForm::One, PluralForm::Other}));
}

TEST(PluralRules, EachLanguageListsTheFormsItsTranslationMustGive) {
  EXPECT_EQ(forms_of("en"), (Forms{PluralForm::One, PluralForm::Other}));
  // Polish "other" is for fractions only, which the app never counts.
  EXPECT_EQ(forms_of("pl"), (Forms{PluralForm::One, PluralForm::Few, PluralForm::Many}));
  EXPECT_EQ(forms_of("cy"), (Forms{PluralForm::Zero, PluralForm::One, PluralForm::Two, PluralForm::Few,
                                   PluralForm::Many, PluralForm::Other}));
}

TEST(PluralRules, EveryFormANumberTakesIsOneItsLanguageLists) {
  for (std::string_view language : {"en", "pl", "cy"}) {
    const Forms listed = forms_of(language);
    for (long long n = 0; n <= 1000; ++n) {
      const PluralForm form = plural_form(language, n);
      EXPECT_NE(std::find(listed.begin(), listed.end(), form), listed.end())
          << language << " n=" << n << " takes \"" << plural_form_key(form) << "\", which is not listed";
    }
  }
}

TEST(PluralRules, FormsAreNamedAsInTheLanguageFiles) {
  EXPECT_EQ(plural_form_key(PluralForm::Zero), "zero");
  EXPECT_EQ(plural_form_key(PluralForm::One), "one");
  EXPECT_EQ(plural_form_key(PluralForm::Two), "two");
  EXPECT_EQ(plural_form_key(PluralForm::Few), "few");
  EXPECT_EQ(plural_form_key(PluralForm::Many), "many");
  EXPECT_EQ(plural_form_key(PluralForm::Other), "other");
}

}  // namespace
}  // namespace kitbag
