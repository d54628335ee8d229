#include "app/core/command_line.h"

#include <gtest/gtest.h>

#include "app/core/version.h"

namespace kitbag {
namespace {

CommandLine parse(std::vector<std::string> args) {
  return parse_command_line(args);
}

TEST(CommandLine, NoArgumentsRunsOnTheHomeScreen) {
  const auto result = parse({});
  EXPECT_EQ(result.action, CommandLine::Action::Run);
  EXPECT_EQ(result.options.screen, ScreenId::Home);
  EXPECT_FALSE(result.options.size);
  EXPECT_FALSE(result.options.screenshot_path);
}

TEST(CommandLine, VersionPrintsKitbagAndTheVersion) {
  const auto result = parse({"--version"});
  EXPECT_EQ(result.action, CommandLine::Action::Exit);
  EXPECT_EQ(result.exit_code, 0);
  EXPECT_EQ(result.message, std::string("kitbag ") + kVersion + "\n");
}

TEST(CommandLine, HelpListsEveryOptionAndEveryScreen) {
  const auto result = parse({"--help"});
  EXPECT_EQ(result.exit_code, 0);
  for (const char* option : {"--screen", "--size", "--data-dir", "--screenshot", "--script", "--quit-after",
                             "--timer", "--journey", "--play", "--presenter", "--lang", "--version",
                             "--help"})
    EXPECT_NE(result.message.find(option), std::string::npos) << option;
  for (ScreenId screen : all_screens())
    EXPECT_NE(result.message.find(std::string(screen_name(screen))), std::string::npos);
  EXPECT_EQ(parse({"-h"}).message, result.message);
}

TEST(CommandLine, ScreenByNameInBothSpellings) {
  EXPECT_EQ(parse({"--screen", "about"}).options.screen, ScreenId::About);
  EXPECT_EQ(parse({"--screen=about"}).options.screen, ScreenId::About);
}

TEST(CommandLine, UnknownScreenExitsTwoAndListsTheValidOnes) {
  const auto result = parse({"--screen", "lions"});
  EXPECT_EQ(result.action, CommandLine::Action::Exit);
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.message.find("unknown screen 'lions'"), std::string::npos) << result.message;
  EXPECT_NE(result.message.find("Valid screens: home, about"), std::string::npos) << result.message;
}

TEST(CommandLine, UnknownOptionExitsTwoWithUsage) {
  const auto result = parse({"--colour", "red"});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.message.find("unknown option '--colour'"), std::string::npos);
  EXPECT_NE(result.message.find("Usage: kitbag"), std::string::npos);
}

TEST(CommandLine, StrayArgumentExitsTwo) {
  const auto result = parse({"home"});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.message.find("unexpected argument 'home'"), std::string::npos);
}

TEST(CommandLine, OptionWithoutItsValueExitsTwo) {
  const auto result = parse({"--screen"});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.message.find("--screen needs a value"), std::string::npos);
}

TEST(CommandLine, SizeIsWidthByHeight) {
  EXPECT_EQ(parse({"--size", "1024x600"}).options.size, (WindowSize{1024, 600}));
  EXPECT_EQ(parse({"--size=1920X1080"}).options.size, (WindowSize{1920, 1080}));
}

TEST(CommandLine, BadSizesAreRefusedWithTheValueShown) {
  for (const char* bad : {"1024", "x600", "1024x", "abcxdef", "10x10", "1024x600x2", "-5x400", "99999x600"}) {
    const auto result = parse({"--size", bad});
    EXPECT_EQ(result.exit_code, 2) << bad;
    EXPECT_NE(result.message.find(std::string("'") + bad + "'"), std::string::npos) << result.message;
  }
}

TEST(CommandLine, PathsAreKeptAsGiven) {
  const auto result = parse({"--data-dir", "/tmp/kb", "--screenshot", "out.png", "--script", "s.kbs"});
  ASSERT_EQ(result.action, CommandLine::Action::Run);
  EXPECT_EQ(result.options.data_dir, "/tmp/kb");
  EXPECT_EQ(result.options.screenshot_path, "out.png");
  EXPECT_EQ(result.options.script_path, "s.kbs");
}

TEST(CommandLine, EmptyPathsAreRefused) {
  EXPECT_EQ(parse({"--data-dir="}).exit_code, 2);
  EXPECT_EQ(parse({"--screenshot="}).exit_code, 2);
}

TEST(CommandLine, QuitAfterTakesNonNegativeSeconds) {
  EXPECT_DOUBLE_EQ(*parse({"--quit-after", "2.5"}).options.quit_after_seconds, 2.5);
  EXPECT_DOUBLE_EQ(*parse({"--quit-after", "0"}).options.quit_after_seconds, 0.0);
  EXPECT_EQ(parse({"--quit-after", "-1"}).exit_code, 2);
  EXPECT_EQ(parse({"--quit-after", "soon"}).exit_code, 2);
  EXPECT_EQ(parse({"--quit-after", "inf"}).exit_code, 2);
}

TEST(CommandLine, TimerTakesALengthAndSaysWhatItWantsWhenWrong) {
  EXPECT_EQ(parse({"--timer", "1:30"}).options.timer_seconds, 90);
  EXPECT_EQ(parse({"--timer=45"}).options.timer_seconds, 45);
  EXPECT_FALSE(parse({}).options.timer_seconds);
  const auto wrong = parse({"--timer", "soon"});
  EXPECT_EQ(wrong.exit_code, 2);
  EXPECT_NE(wrong.message.find("--timer expects"), std::string::npos) << wrong.message;
  EXPECT_NE(wrong.message.find("'soon'"), std::string::npos) << wrong.message;
}

TEST(CommandLine, JourneyTakesFullShortOrMusic) {
  EXPECT_EQ(parse({"--journey", "full"}).options.journey, JourneyChoice::FullStory);
  EXPECT_EQ(parse({"--journey=short"}).options.journey, JourneyChoice::ShortStory);
  EXPECT_EQ(parse({"--journey", "music"}).options.journey, JourneyChoice::MusicOnly);
  EXPECT_EQ(parse({"--journey", "short"}).action, CommandLine::Action::Run);
  EXPECT_FALSE(parse({}).options.journey);
}

TEST(CommandLine, AnUnknownJourneyExitsTwoNamingTheChoices) {
  for (const char* bad : {"long", "Full", "", "music-only"}) {
    const auto wrong = parse({"--journey", bad});
    EXPECT_EQ(wrong.action, CommandLine::Action::Exit) << bad;
    EXPECT_EQ(wrong.exit_code, 2) << bad;
    EXPECT_NE(wrong.message.find("--journey expects full, short or music"), std::string::npos)
        << wrong.message;
    EXPECT_NE(wrong.message.find(std::string("'") + bad + "'"), std::string::npos) << wrong.message;
    EXPECT_NE(wrong.message.find("Usage: kitbag"), std::string::npos) << wrong.message;
  }
  const auto missing = parse({"--journey"});
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_NE(missing.message.find("--journey needs a value"), std::string::npos) << missing.message;
}

TEST(CommandLine, PlayIsAFlagThatGoesWithAJourney) {
  EXPECT_FALSE(parse({}).options.play);
  const auto result = parse({"--screen", "journey", "--journey", "music", "--play"});
  ASSERT_EQ(result.action, CommandLine::Action::Run) << result.message;
  EXPECT_TRUE(result.options.play);
  EXPECT_EQ(result.options.screen, ScreenId::Journey);
  EXPECT_EQ(result.options.journey, JourneyChoice::MusicOnly);
  EXPECT_TRUE(parse({"--play", "--journey", "full"}).options.play) << "in either order";
  EXPECT_EQ(parse({"--play=yes"}).exit_code, 2) << "--play takes no value";
}

TEST(CommandLine, ReportFirstFrameIsAFlag) {
  EXPECT_TRUE(parse({"--report-first-frame"}).options.report_first_frame);
  EXPECT_FALSE(parse({}).options.report_first_frame);
}

TEST(CommandLine, PresenterIsAFlag) {
  EXPECT_TRUE(parse({"--presenter", "--screen", "timer"}).options.presenter);
  EXPECT_FALSE(parse({}).options.presenter);
  EXPECT_EQ(parse({"--presenter=yes"}).exit_code, kExitUsage) << "it takes no value";
}

TEST(CommandLine, LangChoosesThisRunsLanguage) {
  EXPECT_EQ(parse({"--lang", "cy"}).options.language, "cy");
  EXPECT_EQ(parse({"--lang=pl"}).options.language, "pl");
  EXPECT_EQ(parse({"cards", "animals", "--lang", "cy"}).options.language, "cy");
  EXPECT_FALSE(parse({}).options.language);
}

TEST(CommandLine, AnUnknownLanguageExitsTwoNamingTheOnesSpoken) {
  for (const char* bad : {"fr", "EN", "", "cy-GB"}) {
    const auto wrong = parse({"--lang", bad});
    EXPECT_EQ(wrong.action, CommandLine::Action::Exit) << bad;
    EXPECT_EQ(wrong.exit_code, kExitUsage) << bad;
    for (const char* named : {"en (English)", "cy (Cymraeg)", "pl (Polski)"})
      EXPECT_NE(wrong.message.find(named), std::string::npos) << wrong.message;
  }
}

}  // namespace
}  // namespace kitbag
