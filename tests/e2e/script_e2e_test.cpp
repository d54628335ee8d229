// --script on the real binary: clicks, keys, expectations and screenshots in a real window.
#include <gtest/gtest.h>

#include "platform/png_codec.h"
#include "tests/e2e/kitbag_process.h"
#include "tests/support/png_checks.h"

namespace kitbag::test {
namespace {

using ScriptE2e = KitbagE2eTest;

TEST_F(ScriptE2e, WalksToAboutAndBackWithMouseAndKeys) {
  const std::string about_shot = (scratch_.path() / "about.png").string();
  const auto result = kitbag({"--size", "1024x600", "--script",
                              // A first run: the welcome's tour is offered in the greeting's place.
                              script("expect New here? Take the tour\n"
                                     "click nav:about\n"
                                     "expect About Kitbag Desk\n"
                                     "expect Nothing a child says or chooses is ever stored.\n"
                                     "screenshot " +
                                     about_shot +
                                     "\n"
                                     "key Escape\n"
                                     "expect Hand to child\n"
                                     "key Tab\n"
                                     "key Enter\n"
                                     "expect About Kitbag Desk\n"
                                     "click Back\n"
                                     "expect Wonder Journey\n"
                                     "quit\n")});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  auto image = read_png_file(about_shot);
  ASSERT_TRUE(image.ok()) << image.error();
  EXPECT_EQ(image.value().width, 1024);
  EXPECT_GT(distinct_colours(image.value()), 20);
}

TEST_F(ScriptE2e, ATileClickedByItsNameOpensItsTool) {
  // Every tool has its screen now, so no tile says "coming soon": the Wonder Journey's opens on
  // its three journeys.
  const auto result = kitbag({"--size", "1024x600", "--script",
                              script("click Wonder Journey\n"
                                     "expect A short journey\n"
                                     "expect Just the music\n"
                                     "click Back\n"
                                     "expect Hand to child\n")});
  EXPECT_EQ(result.exit_code, 0) << result.err;
}

TEST_F(ScriptE2e, AFailedExpectExitsNonZeroNamingTheLine) {
  const std::string file = script("expect Hand to child\nexpect A dragon\n");
  const auto result = kitbag({"--size", "800x600", "--script", file});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find(file + ":2: expect A dragon"), std::string::npos) << result.err;
  EXPECT_NE(result.err.find("Wonder Journey"), std::string::npos) << "says what was there";
}

TEST_F(ScriptE2e, AMissingTargetExitsNonZeroListingTheTargets) {
  const std::string file = script("click card:lion\n");
  const auto result = kitbag({"--size", "800x600", "--script", file});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find(file + ":1: click card:lion"), std::string::npos) << result.err;
  EXPECT_NE(result.err.find("tile:animals"), std::string::npos) << result.err;
}

TEST_F(ScriptE2e, WaitLetsRealTimePass) {
  // Timed from the first frame, so start-up time cannot make up for a wait that was skipped.
  const auto result =
      kitbag({"--size", "640x480", "--report-first-frame", "--script", script("wait 1.5\nquit\n")});
  const auto ended = std::chrono::system_clock::now();
  EXPECT_EQ(result.exit_code, 0) << result.err;
  const auto at = result.out.find("first_frame_unix_ns=");
  ASSERT_NE(at, std::string::npos) << result.out;
  const std::chrono::system_clock::time_point first_frame{
      std::chrono::duration_cast<std::chrono::system_clock::duration>(
          std::chrono::nanoseconds(std::stoll(result.out.substr(at + 20))))};
  EXPECT_GE(ended - first_frame, std::chrono::milliseconds(1500));
}

TEST_F(ScriptE2e, AScreenshotIsTakenBeforeTheScriptsQuit) {
  const std::string shot = (scratch_.path() / "end.png").string();
  const auto result =
      kitbag({"--size", "640x480", "--screenshot", shot, "--script", script("click About\nquit\n")});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_TRUE(std::filesystem::is_regular_file(shot));
}

TEST_F(ScriptE2e, AScriptCutShortByQuitAfterFails) {
  const std::string file = script("wait 5\nexpect dragon\n");
  const auto result = kitbag({"--size", "640x480", "--quit-after", "0.5", "--script", file});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find("closed before the script finished, at " + file + ":1: wait 5"),
            std::string::npos)
      << result.err;
}

}  // namespace
}  // namespace kitbag::test
