// The process's words: tr() and tr_count() read the set in use, swapping sets keeps the old one's
// text alive until the next swap, and the decks' and stories' lookup sees only real phrases.
#include "app/core/i18n/current_strings.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "tests/core/i18n/phrase_packs.h"

namespace kitbag {
namespace {

using test::english_minutes;
using test::pack;
using test::plain;
using test::polish_minutes;

std::shared_ptr<const Strings> english_and(LanguagePack chosen) {
  return std::make_shared<const Strings>(pack("en", {{"timer.start", plain("Start")},
                                                     {"timer.stop", plain("Stop")},
                                                     {"home.signed-in", plain("Signed in with {org}")},
                                                     {"timer.minutes", english_minutes()}}),
                                         std::move(chosen));
}

// The words are global: each test puts back the set it found (the suite's English, or nothing).
class CurrentStrings : public ::testing::Test {
 protected:
  void TearDown() override { use_strings(before_); }

  std::shared_ptr<const Strings> before_ = strings_in_use();
};

TEST_F(CurrentStrings, BeforeAnyAreChosenEveryKeyIsShownAsItself) {
  use_strings(nullptr);
  EXPECT_EQ(tr("timer.start"), "timer.start");
  EXPECT_EQ(current_strings().code(), "en");
}

TEST_F(CurrentStrings, TrReadsTheSetInUse) {
  use_strings(
      english_and(pack("pl", {{"timer.start", plain("Start!")}, {"timer.minutes", polish_minutes()}})));
  EXPECT_EQ(current_strings().code(), "pl");
  EXPECT_EQ(tr("timer.start"), "Start!");
  EXPECT_EQ(tr("timer.stop"), "Stop");
  EXPECT_EQ(tr("home.signed-in", {{"org", "Powys"}}), "Signed in with Powys");
  EXPECT_EQ(tr_count("timer.minutes", 3), "3 minuty");
  EXPECT_EQ(tr_count("timer.minutes", 5), "5 minut");
}

TEST_F(CurrentStrings, ASwapTakesEffectAtOnce) {
  use_strings(english_and(pack("cy", {{"timer.start", plain("Dechrau")}})));
  EXPECT_EQ(tr("timer.start"), "Dechrau");
  use_strings(english_and(pack("pl", {{"timer.start", plain("Start!")}})));
  EXPECT_EQ(tr("timer.start"), "Start!");
}

TEST_F(CurrentStrings, TextTakenBeforeASwapStaysValidUntilTheNextSwap) {
  auto welsh = english_and(pack("cy", {{"timer.start", plain("Dechrau")}}));
  const std::weak_ptr<const Strings> watch = welsh;
  use_strings(std::move(welsh));
  const std::string& taken = tr("timer.start");

  use_strings(english_and(pack("pl", {})));
  ASSERT_FALSE(watch.expired()) << "the set a frame took text from must outlive the swap";
  EXPECT_EQ(taken, "Dechrau");

  use_strings(english_and(pack("pl", {})));
  EXPECT_TRUE(watch.expired()) << "only one set is kept back, not every set ever used";
}

TEST_F(CurrentStrings, CurrentWordsGivesThePhraseInTheLanguageInUse) {
  use_strings(english_and(pack("cy", {{"timer.start", plain("Dechrau")}})));
  const WordLookup words = current_words();
  EXPECT_EQ(words("timer.start"), "Dechrau");
  EXPECT_EQ(words("timer.stop"), "Stop");
  EXPECT_EQ(words("timer.minutes"), "{n} minutes");
}

TEST_F(CurrentStrings, CurrentWordsGivesNothingForAKeyNeitherLanguageHas) {
  // The decks and stories then keep their file's own words, and nothing is noted as missing.
  use_strings(english_and(pack("cy", {})));
  EXPECT_EQ(current_words()("cards.animals.owl.title"), std::nullopt);
  EXPECT_TRUE(current_strings().missing().empty());
}

TEST_F(CurrentStrings, CurrentWordsTakenBeforeASwapKeepsReadingTheSetItWasTakenFrom) {
  use_strings(english_and(pack("cy", {{"timer.start", plain("Dechrau")}})));
  const WordLookup welsh_words = current_words();
  use_strings(english_and(pack("pl", {{"timer.start", plain("Start!")}})));
  use_strings(english_and(pack("pl", {})));
  EXPECT_EQ(welsh_words("timer.start"), "Dechrau");
  EXPECT_EQ(current_words()("timer.start"), "Start");
}

}  // namespace
}  // namespace kitbag
