// The timer's lengths as people meet them: steps, digits, words, colours and redraw steps.
#include "app/core/timer/timer_lengths.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "app/core/i18n/current_strings.h"

namespace kitbag {
namespace {

using namespace std::chrono_literals;

// The shipped words of one language, read straight from its files (the core reads no files).
LanguagePack shipped_language(const std::string& code) {
  LanguageLoad load;
  load.pack.code = code;
  const auto folder = std::filesystem::path(KITBAG_SOURCE_DIR) / "assets/lang" / code;
  for (const auto& entry : std::filesystem::directory_iterator(folder)) {
    if (entry.path().extension() != ".json") continue;
    std::ifstream in(entry.path());
    std::stringstream text;
    text << in.rdbuf();
    read_language_file(text.str(), entry.path().string(), load);
  }
  for (const std::string& problem : load.problems) ADD_FAILURE() << problem;
  return load.pack;
}

// Lengths in words are in the language in use: these tests speak `code` while they run.
class SpokenIn {
 public:
  explicit SpokenIn(const std::string& code) : before_(strings_in_use()) {
    use_strings(std::make_shared<const Strings>(shipped_language("en"), shipped_language(code)));
  }
  ~SpokenIn() { use_strings(before_); }
  SpokenIn(const SpokenIn&) = delete;
  SpokenIn& operator=(const SpokenIn&) = delete;

 private:
  std::shared_ptr<const Strings> before_;  // the suite's English, put back after
};

TEST(TimerLengths, StepsAreFineForShortLengthsAndCoarseForLongOnes) {
  EXPECT_EQ(step_up(15s), 30s);
  EXPECT_EQ(step_up(1min), 90s);
  EXPECT_EQ(step_up(5min), 6min);
  EXPECT_EQ(step_up(10min), 12min);
  EXPECT_EQ(step_up(1h), 90min);
  EXPECT_EQ(step_down(90s), 1min);
  EXPECT_EQ(step_down(12min), 10min);
  EXPECT_EQ(step_down(30s), 15s);
}

TEST(TimerLengths, StepsStopAtTheEndsOfTheLadder) {
  EXPECT_EQ(step_down(15s), 15s);
  EXPECT_EQ(step_down(5s), 5s) << "a length below the ladder is not made longer by stepping down";
  EXPECT_EQ(step_up(2h), 2h);
  EXPECT_EQ(step_up(3h), 3h) << "nor a longer one made shorter by stepping up";
}

TEST(TimerLengths, ALengthOffTheLadderStepsToTheNextRungEachWay) {
  EXPECT_EQ(step_up(4min + 20s), 5min);
  EXPECT_EQ(step_down(4min + 20s), 4min);
  EXPECT_EQ(step_up(0s), 15s);
}

TEST(TimerLengths, DigitsReadLikeAClock) {
  EXPECT_EQ(clock_text(0), "0:00");
  EXPECT_EQ(clock_text(9), "0:09");
  EXPECT_EQ(clock_text(245), "4:05");
  EXPECT_EQ(clock_text(600), "10:00");
  EXPECT_EQ(clock_text(3723), "1:02:03");
  EXPECT_EQ(clock_text(-5), "0:00");
}

TEST(TimerLengths, LengthsAreTypedAsSecondsOrAsAClockReads) {
  EXPECT_EQ(parse_timer_length("90"), 90);
  EXPECT_EQ(parse_timer_length("1:30"), 90);
  EXPECT_EQ(parse_timer_length("10:00"), 600);
  EXPECT_EQ(parse_timer_length("1:02:03"), 3723);
  EXPECT_EQ(parse_timer_length("24:00:00"), 86400);
  for (const char* bad : {"", "0", "0:00", "1:5", "1:60", "1:30:", ":30", "1.5", "-5", "5m", "24:00:01",
                          "1:2:3:4", "99999999999"})
    EXPECT_FALSE(parse_timer_length(bad)) << bad;
}

TEST(TimerLengths, WordsSayTheLengthPlainly) {
  const SpokenIn english("en");
  EXPECT_EQ(length_words(5min), "5 minutes");
  EXPECT_EQ(length_words(1min), "1 minute");
  EXPECT_EQ(length_words(90s), "1 minute 30 seconds");
  EXPECT_EQ(length_words(45s), "45 seconds");
  EXPECT_EQ(length_words(1h + 1s), "1 hour 1 second");
  EXPECT_EQ(length_words(0s), "0 seconds");
}

TEST(TimerLengths, WordsCountInPolishForms) {
  const SpokenIn polish("pl");
  EXPECT_EQ(length_words(1min), "1 minuta");
  EXPECT_EQ(length_words(2min), "2 minuty");
  EXPECT_EQ(length_words(5min), "5 minut");
  EXPECT_EQ(length_words(22min), "22 minuty");
  EXPECT_EQ(length_words(12min), "12 minut") << "twelve to fourteen take the 'many' form";
  EXPECT_EQ(length_words(90s), "1 minuta 30 sekund");
  EXPECT_EQ(length_words(45s), "45 sekund");
  EXPECT_EQ(length_words(2h + 3s), "2 godziny 3 sekundy");
  EXPECT_EQ(length_words(0s), "0 sekund");
}

TEST(TimerLengths, WordsCountInWelshForms) {
  const SpokenIn welsh("cy");
  EXPECT_EQ(length_words(1min), "1 munud");
  EXPECT_EQ(length_words(2min), "2 funud") << "two softens the word after it";
  EXPECT_EQ(length_words(3min), "3 munud");
  EXPECT_EQ(length_words(90s), "1 munud 30 eiliad");
  EXPECT_EQ(length_words(1h), "1 awr");
}

TEST(TimerLengths, TheDiscGoesGreenAmberRedAsTimeRunsOut) {
  EXPECT_EQ(disc_phase(1.0f), DiscPhase::Plenty);
  EXPECT_EQ(disc_phase(0.51f), DiscPhase::Plenty);
  EXPECT_EQ(disc_phase(0.5f), DiscPhase::Low);
  EXPECT_EQ(disc_phase(0.21f), DiscPhase::Low);
  EXPECT_EQ(disc_phase(0.2f), DiscPhase::Nearly);
  EXPECT_EQ(disc_phase(0.0f), DiscPhase::Nearly);
}

TEST(TimerLengths, ADiscRedrawsAtMostOnceASecondAndNoFinerThanItsRim) {
  EXPECT_EQ(disc_steps(250, 5min), 300) << "a five-minute disc: a step a second";
  EXPECT_EQ(disc_steps(250, 1h), 785) << "an hour: one step per 2 px of a 250 px disc's rim";
  EXPECT_EQ(disc_steps(40, 10s), 10);
  EXPECT_GE(disc_steps(0, 0s), 1) << "never zero steps";
}

}  // namespace
}  // namespace kitbag
