// The words a screen gets: the chosen language over English phrase by phrase, the key itself
// when neither has it, placeholders filled in, and counted phrases in the chosen language's form.
#include "app/core/i18n/strings.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "tests/core/i18n/phrase_packs.h"

namespace kitbag {
namespace {

using test::counted;
using test::english_minutes;
using test::pack;
using test::plain;
using test::polish_minutes;
using test::welsh_minutes;
using Keys = std::vector<std::string>;

LanguagePack english() {
  return pack("en", {{"timer.start", plain("Start")},
                     {"timer.stop", plain("Stop")},
                     {"home.signed-in", plain("Signed in with {org}")},
                     {"timer.minutes", english_minutes()}});
}

Strings welsh_over_english(std::vector<std::pair<std::string, Phrase>> welsh) {
  return Strings(english(), pack("cy", std::move(welsh)));
}

// Plain text.

TEST(Strings, TheChosenLanguageIsUsedWhereItHasThePhrase) {
  const Strings strings = welsh_over_english({{"timer.start", plain("Dechrau")}});
  EXPECT_EQ(strings.text("timer.start"), "Dechrau");
  EXPECT_EQ(strings.code(), "cy");
}

TEST(Strings, EnglishIsUsedWhereTheChosenLanguageLacksThePhrase) {
  const Strings strings = welsh_over_english({{"timer.start", plain("Dechrau")}});
  EXPECT_EQ(strings.text("timer.stop"), "Stop");
  EXPECT_TRUE(strings.has("timer.stop"));
  EXPECT_TRUE(strings.missing().empty()) << "English having it is not a missing key";
}

TEST(Strings, AKeyNeitherLanguageHasGivesTheKeyAndIsListedAsMissing) {
  const Strings strings = welsh_over_english({});
  EXPECT_FALSE(strings.has("timer.pause"));
  EXPECT_EQ(strings.text("timer.pause"), "timer.pause");
  EXPECT_EQ(strings.text("timer.pause"), "timer.pause");
  EXPECT_EQ(strings.format("home.bye", {{"name", "Sam"}}), "home.bye");
  EXPECT_EQ(strings.count("timer.hours", 2), "timer.hours");
  EXPECT_EQ(strings.missing(), (Keys{"home.bye", "timer.hours", "timer.pause"})) << "each once, in key order";
}

TEST(Strings, HasDoesNotCountAsAskingFor) {
  const Strings strings = welsh_over_english({});
  EXPECT_FALSE(strings.has("timer.pause"));
  EXPECT_TRUE(strings.missing().empty());
}

TEST(Strings, TheKeyGivenForAMissingPhraseStaysWhereItIs) {
  // tr() hands out a reference, so the stand-in for a missing phrase must not move as more are noted.
  const Strings strings = welsh_over_english({});
  const std::string& first = strings.text("missing.first");
  for (int i = 0; i < 100; ++i) strings.text("missing." + std::to_string(i));
  EXPECT_EQ(&first, &strings.text("missing.first"));
  EXPECT_EQ(first, "missing.first");
}

TEST(Strings, WithNothingLoadedEveryLookupGivesItsKeyInEnglish) {
  const Strings strings;
  EXPECT_EQ(strings.code(), "en");
  EXPECT_EQ(strings.text("timer.start"), "timer.start");
  EXPECT_EQ(strings.count("timer.minutes", 3), "timer.minutes");
  EXPECT_EQ(strings.missing(), (Keys{"timer.minutes", "timer.start"}));
}

TEST(Strings, EnglishChosenIsEnglish) {
  const Strings strings(english(), english());
  EXPECT_EQ(strings.code(), "en");
  EXPECT_EQ(strings.text("timer.start"), "Start");
  EXPECT_EQ(strings.count("timer.minutes", 1), "1 minute");
}

// Placeholders.

TEST(Strings, FormatFillsInEachPlaceholder) {
  const Strings strings = welsh_over_english({{"home.signed-in", plain("Wedi mewngofnodi gyda {org}")}});
  EXPECT_EQ(strings.format("home.signed-in", {{"org", "Cyngor Caerdydd"}}),
            "Wedi mewngofnodi gyda Cyngor Caerdydd");
}

TEST(Strings, FormatFillsInEveryUseOfAPlaceholderAndEachOfSeveral) {
  const Strings strings = welsh_over_english({{"home.hello", plain("{name}, {name}: {day}")}});
  EXPECT_EQ(strings.format("home.hello", {{"name", "Sam"}, {"day", "Monday"}}), "Sam, Sam: Monday");
}

TEST(Strings, FormatLeavesAnUnknownPlaceholderAsWritten) {
  const Strings strings = welsh_over_english({{"home.hello", plain("{name} at {place}")}});
  EXPECT_EQ(strings.format("home.hello", {{"name", "Sam"}}), "Sam at {place}");
  EXPECT_EQ(strings.format("home.hello", {}), "{name} at {place}");
}

TEST(Strings, AValueHoldingItsOwnPlaceholderIsNotFilledInAgain) {
  const Strings strings = welsh_over_english({});
  // An organisation really called "{org}" must not loop or be expanded into itself.
  EXPECT_EQ(strings.format("home.signed-in", {{"org", "{org}{org}"}}), "Signed in with {org}{org}");
}

TEST(Strings, AValueHoldingAnotherPlaceholderIsNotFilledIn) {
  // A name typed as "{org}" is shown as typed, whichever order the values are given in.
  const Strings strings = welsh_over_english({{"home.hello", plain("{name} of {org}")}});
  EXPECT_EQ(strings.format("home.hello", {{"name", "{org}"}, {"org", "Powys"}}), "{org} of Powys");
  EXPECT_EQ(strings.format("home.hello", {{"org", "Powys"}, {"name", "{org}"}}), "{org} of Powys");
  EXPECT_EQ(fill_placeholders("{a} {b}", {{"a", "{b}"}, {"b", "{a}"}}), "{b} {a}");
}

TEST(Strings, CountDoesNotFillInPlaceholdersAValueBrings) {
  const Strings strings(
      pack("en", {{"deck.cards", counted({{PluralForm::One, "{n} card: {first} {second}"},
                                          {PluralForm::Other, "{n} cards: {first} {second}"}})}}),
      pack("en", {}));
  EXPECT_EQ(strings.count("deck.cards", 2, {{"first", "{second}"}, {"second", "Owl"}}),
            "2 cards: {second} Owl");
}

TEST(FillPlaceholders, FillsAnyText) {
  EXPECT_EQ(fill_placeholders("{a}-{b}-{a}", {{"a", "1"}, {"b", "22"}}), "1-22-1");
  EXPECT_EQ(fill_placeholders("no braces", {{"a", "1"}}), "no braces");
  EXPECT_EQ(fill_placeholders("{a", {{"a", "1"}}), "{a");
  EXPECT_EQ(fill_placeholders("{a}", {{"a", ""}}), "");
  EXPECT_EQ(fill_placeholders("{ {a} {}", {{"a", "1"}}), "{ 1 {}");
  EXPECT_EQ(fill_placeholders("{a}", {{"a", "first"}, {"a", "second"}}), "first");
}

// Counting.

TEST(Strings, CountUsesTheChosenLanguagesFormAndFillsInN) {
  const Strings polish(english(), pack("pl", {{"timer.minutes", polish_minutes()}}));
  EXPECT_EQ(polish.count("timer.minutes", 1), "1 minuta");
  EXPECT_EQ(polish.count("timer.minutes", 2), "2 minuty");
  EXPECT_EQ(polish.count("timer.minutes", 4), "4 minuty");
  EXPECT_EQ(polish.count("timer.minutes", 5), "5 minut");
  EXPECT_EQ(polish.count("timer.minutes", 12), "12 minut");
  EXPECT_EQ(polish.count("timer.minutes", 22), "22 minuty");
  EXPECT_EQ(polish.count("timer.minutes", 112), "112 minut");
  EXPECT_EQ(polish.count("timer.minutes", 0), "0 minut");
}

TEST(Strings, CountInWelshUsesEachOfItsSixForms) {
  const Strings welsh = welsh_over_english({{"timer.minutes", welsh_minutes()}});
  EXPECT_EQ(welsh.count("timer.minutes", 0), "dim munudau (0)");
  EXPECT_EQ(welsh.count("timer.minutes", 1), "1 munud");
  EXPECT_EQ(welsh.count("timer.minutes", 2), "2 funud");
  EXPECT_EQ(welsh.count("timer.minutes", 3), "3 munud (ychydig)");
  EXPECT_EQ(welsh.count("timer.minutes", 6), "6 munud (llawer)");
  EXPECT_EQ(welsh.count("timer.minutes", 7), "7 o funudau");
}

TEST(Strings, CountInEnglish) {
  const Strings strings = welsh_over_english({});
  EXPECT_EQ(strings.count("timer.minutes", 1), "1 minute");
  EXPECT_EQ(strings.count("timer.minutes", 0), "0 minutes");
  EXPECT_EQ(strings.count("timer.minutes", 3), "3 minutes") << "English's rules for English's words";
  EXPECT_EQ(strings.count("timer.minutes", -1), "-1 minute");
}

TEST(Strings, CountFillsInOtherPlaceholdersToo) {
  const Strings strings(pack("en", {{"deck.cards", counted({{PluralForm::One, "{n} card for {name}"},
                                                            {PluralForm::Other, "{n} cards for {name}"}})}}),
                        pack("en", {}));
  EXPECT_EQ(strings.count("deck.cards", 3, {{"name", "Sam"}}), "3 cards for Sam");
}

TEST(Strings, ATranslationLackingTheFormForNFallsBackToEnglishsWholePhrase) {
  // Polish without "many": 5 must not borrow "few" ("5 minuty" is wrong); English is right.
  const Strings polish(
      english(), pack("pl", {{"timer.minutes",
                              counted({{PluralForm::One, "{n} minuta"}, {PluralForm::Few, "{n} minuty"}})}}));
  EXPECT_EQ(polish.count("timer.minutes", 5), "5 minutes");
  EXPECT_EQ(polish.count("timer.minutes", 1), "1 minuta");
  EXPECT_EQ(polish.count("timer.minutes", 3), "3 minuty");
}

TEST(Strings, ATranslationLackingTheFormForNDoesNotBorrowItsOwnOther) {
  // Welsh "other" is a form of its own ("7 o funudau"); for 2 it would read as a grammar mistake.
  auto forms = welsh_minutes().counted;
  forms.erase(PluralForm::Two);
  const Strings welsh = welsh_over_english({{"timer.minutes", counted(forms)}});
  EXPECT_EQ(welsh.count("timer.minutes", 2), "2 minutes");
  EXPECT_EQ(welsh.count("timer.minutes", 7), "7 o funudau");

  // Nor does Polish, given an "other" it does not use for whole numbers.
  const Strings polish(english(),
                       pack("pl", {{"timer.minutes", counted({{PluralForm::One, "{n} minuta"},
                                                              {PluralForm::Other, "{n} minuty"}})}}));
  EXPECT_EQ(polish.count("timer.minutes", 5), "5 minutes");
}

TEST(Strings, EnglishLackingOneUsesItsOtherAsTheLastResort) {
  const Strings strings(pack("en", {{"timer.minutes", counted({{PluralForm::Other, "{n} minutes"}})}}),
                        pack("en", {}));
  EXPECT_EQ(strings.count("timer.minutes", 1), "1 minutes");
}

TEST(Strings, CountOfAPlainPhraseFillsInN) {
  const Strings strings = welsh_over_english({{"timer.left", plain("{n} ar ôl")}});
  EXPECT_EQ(strings.count("timer.left", 4), "4 ar ôl");
}

TEST(Strings, TextOfACountedPhraseIsItsOtherForm) {
  const Strings english_only = welsh_over_english({});
  EXPECT_EQ(english_only.text("timer.minutes"), "{n} minutes");
  const Strings welsh = welsh_over_english({{"timer.minutes", welsh_minutes()}});
  EXPECT_EQ(welsh.text("timer.minutes"), "{n} o funudau");
  // Polish has no "other" among its whole-number forms: English's general form, not "one".
  const Strings polish(english(), pack("pl", {{"timer.minutes", polish_minutes()}}));
  EXPECT_EQ(polish.text("timer.minutes"), "{n} minutes");
}

}  // namespace
}  // namespace kitbag
