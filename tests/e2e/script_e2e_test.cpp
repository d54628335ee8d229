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
  const auto result = kitbag({"--size", "1024x600", "--script", script(
      "expect What would you like to do today?\n"
      "click nav:about\n"
      "expect About Kitbag Desk\n"
      "expect Nothing a child says or chooses is ever stored.\n"
      "screenshot " + about_shot + "\n"
      "key Escape\n"
      "expect What would you like to do today?\n"
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

TEST_F(ScriptE2e, AComingSoonTileSaysSo) {
  const auto result = kitbag({"--size", "1024x600", "--script", script(
      "click Animals\n"
      "expect Animals isn't ready yet\n")});
  EXPECT_EQ(result.exit_code, 0) << result.err;
}

TEST_F(ScriptE2e, AFailedExpectExitsNonZeroNamingTheLine) {
  const std::string file = script("expect What would you like\nexpect A dragon\n");
  const auto result = kitbag({"--size", "800x600", "--script", file});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find(file + ":2: expect A dragon"), std::string::npos) << result.err;
  EXPECT_NE(result.err.find("What would you like to do today?"), std::string::npos) << "says what was there";
}

TEST_F(ScriptE2e, AMissingTargetExitsNonZeroListingTheTargets) {
  const std::string file = script("click card:lion\n");
  const auto result = kitbag({"--size", "800x600", "--script", file});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find(file + ":1: click card:lion"), std::string::npos) << result.err;
  EXPECT_NE(result.err.find("tile:animals"), std::string::npos) << result.err;
}

TEST_F(ScriptE2e, WaitLetsRealTimePass) {
  const auto start = std::chrono::steady_clock::now();
  const auto result = kitbag({"--size", "640x480", "--script", script("wait 0.6\nquit\n")});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_GE(std::chrono::steady_clock::now() - start, std::chrono::milliseconds(600));
}

}  // namespace
}  // namespace kitbag::test
