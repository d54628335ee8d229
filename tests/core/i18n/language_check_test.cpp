// What makes English or a translation wrong rather than unfinished, each problem naming the key.
#include "app/core/i18n/language_check.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "tests/core/i18n/phrase_packs.h"
#include "tests/support/contains.h"

namespace kitbag {
namespace {

using test::Contains;
using test::counted;
using test::english_minutes;
using test::pack;
using test::plain;
using test::polish_minutes;
using test::welsh_minutes;

LanguagePack english() {
  return pack("en", {{"timer.start", plain("Start")},
                     {"home.signed-in", plain("Signed in with {org}")},
                     {"deck.cards", counted({{PluralForm::One, "one card for {name}"},
                                             {PluralForm::Other, "{n} cards for {name}"}})},
                     {"timer.minutes", english_minutes()}});
}

void expect_one_problem(const std::vector<std::string>& problems, const std::string& names,
                        const std::string& says) {
  ASSERT_EQ(problems.size(), 1u) << ::testing::PrintToString(problems);
  EXPECT_TRUE(Contains(problems[0], names));
  EXPECT_TRUE(Contains(problems[0], says));
}

TEST(CheckEnglish, CorrectEnglishHasNoProblem) {
  EXPECT_TRUE(check_english(english()).empty()) << ::testing::PrintToString(check_english(english()));
}

TEST(CheckEnglish, ACountedPhraseWithoutOneIsAProblem) {
  const auto problems =
      check_english(pack("en", {{"timer.minutes", counted({{PluralForm::Other, "{n} minutes"}})}}));
  expect_one_problem(problems, "en: \"timer.minutes\"", "has no \"one\" form");
}

TEST(CheckEnglish, ACountedPhraseWithoutOtherIsAProblem) {
  const auto problems =
      check_english(pack("en", {{"timer.minutes", counted({{PluralForm::One, "{n} minute"}})}}));
  expect_one_problem(problems, "en: \"timer.minutes\"", "has no \"other\" form");
}

TEST(CheckEnglish, ACountedPhraseWithNeitherIsTwoProblems) {
  const auto problems = check_english(pack("en", {{"timer.minutes", counted({{PluralForm::Few, "x"}})}}));
  EXPECT_EQ(problems.size(), 2u) << ::testing::PrintToString(problems);
}

TEST(CheckAgainstEnglish, ACorrectTranslationHasNoProblem) {
  const auto welsh = pack("cy", {{"timer.start", plain("Dechrau")},
                                 {"home.signed-in", plain("Wedi mewngofnodi gyda {org}")},
                                 {"timer.minutes", welsh_minutes()}});
  const auto polish = pack("pl", {{"timer.start", plain("Start")}, {"timer.minutes", polish_minutes()}});
  EXPECT_TRUE(check_against_english(english(), welsh).empty())
      << ::testing::PrintToString(check_against_english(english(), welsh));
  EXPECT_TRUE(check_against_english(english(), polish).empty())
      << ::testing::PrintToString(check_against_english(english(), polish));
}

TEST(CheckAgainstEnglish, AnUnfinishedTranslationHasNoProblem) {
  EXPECT_TRUE(check_against_english(english(), pack("cy", {})).empty());
}

TEST(CheckAgainstEnglish, AKeyEnglishDoesNotHaveIsAProblem) {
  const auto problems = check_against_english(english(), pack("cy", {{"timer.strat", plain("Dechrau")}}));
  expect_one_problem(problems, "cy: \"timer.strat\"", "is not a key English has");
}

TEST(CheckAgainstEnglish, PlainTextWhereEnglishCountsIsAProblem) {
  const auto problems = check_against_english(english(), pack("cy", {{"timer.minutes", plain("{n} munud")}}));
  expect_one_problem(problems, "cy: \"timer.minutes\"", "must give plural forms, as English does");
}

TEST(CheckAgainstEnglish, FormsWhereEnglishIsPlainIsAProblem) {
  const auto problems = check_against_english(
      english(),
      pack("pl", {{"timer.start",
                   counted({{PluralForm::One, "a"}, {PluralForm::Few, "b"}, {PluralForm::Many, "c"}})}}));
  expect_one_problem(problems, "pl: \"timer.start\"", "must be plain text, as English is");
}

TEST(CheckAgainstEnglish, AMissingPluralFormOfThatLanguageIsAProblem) {
  // English's forms are not enough for Polish: "many" is needed for 5 minutes.
  const auto polish = check_against_english(
      english(), pack("pl", {{"timer.minutes", counted({{PluralForm::One, "{n} minuta"},
                                                        {PluralForm::Other, "{n} minuty"},
                                                        {PluralForm::Few, "{n} minuty"}})}}));
  expect_one_problem(polish, "pl: \"timer.minutes\"", "has no \"many\" form");

  auto welsh_forms = welsh_minutes().counted;
  welsh_forms.erase(PluralForm::Two);
  const auto welsh = check_against_english(english(), pack("cy", {{"timer.minutes", counted(welsh_forms)}}));
  expect_one_problem(welsh, "cy: \"timer.minutes\"", "has no \"two\" form");
}

TEST(CheckAgainstEnglish, EachMissingFormIsItsOwnProblem) {
  const auto problems = check_against_english(
      english(), pack("cy", {{"timer.minutes",
                              counted({{PluralForm::One, "{n} munud"}, {PluralForm::Other, "{n} munud"}})}}));
  EXPECT_EQ(problems.size(), 4u) << ::testing::PrintToString(problems);  // zero, two, few, many
}

TEST(CheckAgainstEnglish, APlaceholderEnglishNeverFillsIsAProblem) {
  const auto problems = check_against_english(
      english(), pack("cy", {{"home.signed-in", plain("Wedi mewngofnodi gyda {organisation}")}}));
  expect_one_problem(problems, "cy: \"home.signed-in\"", "uses {organisation}, which English never fills in");
}

TEST(CheckAgainstEnglish, APlaceholderInAnyFormOfEnglishMayBeUsedInAnyFormOfTheTranslation) {
  // English's "one" says "one card", not {n}; the Polish forms may still say {n}.
  const auto polish = pack("pl", {{"deck.cards", counted({{PluralForm::One, "{n} karta dla {name}"},
                                                          {PluralForm::Few, "{n} karty dla {name}"},
                                                          {PluralForm::Many, "{n} kart dla {name}"}})}});
  EXPECT_TRUE(check_against_english(english(), polish).empty())
      << ::testing::PrintToString(check_against_english(english(), polish));
}

TEST(CheckAgainstEnglish, ACountedTranslationMaySayTheNumberWhereEnglishSpellsItOut) {
  // English "a card" / "cards" never says {n}; count() fills it in whatever the language.
  const LanguagePack spelt = pack("en", {{"deck.some", counted({{PluralForm::One, "a card"},
                                                                {PluralForm::Other, "some cards"}})}});
  const auto polish = pack("pl", {{"deck.some", counted({{PluralForm::One, "karta"},
                                                         {PluralForm::Few, "{n} karty"},
                                                         {PluralForm::Many, "{n} kart"}})}});
  EXPECT_TRUE(check_against_english(spelt, polish).empty())
      << ::testing::PrintToString(check_against_english(spelt, polish));
}

TEST(CheckAgainstEnglish, APlaceholderOnlyOneCountedFormMisusesIsAProblem) {
  const auto polish = pack("pl", {{"timer.minutes", counted({{PluralForm::One, "{n} minuta"},
                                                             {PluralForm::Few, "{n} minuty {who}"},
                                                             {PluralForm::Many, "{n} minut"}})}});
  expect_one_problem(check_against_english(english(), polish), "pl: \"timer.minutes\"", "uses {who}");
}

TEST(CheckAgainstEnglish, LeavingOutAPlaceholderIsAllowed) {
  // "Signed in" alone is a shorter translation, not a wrong one.
  EXPECT_TRUE(
      check_against_english(english(), pack("cy", {{"home.signed-in", plain("Wedi mewngofnodi")}})).empty());
}

}  // namespace
}  // namespace kitbag
