// Bad assets and signals on the real binary: clear messages, and the app carries on or closes cleanly.
#include <signal.h>

#include <gtest/gtest.h>

#include <fstream>

#include "tests/e2e/kitbag_process.h"
#include "tests/support/x11_window_close.h"

namespace kitbag::test {
namespace {

using RobustnessE2e = KitbagE2eTest;

// The words alone, so the scripts below can find the buttons by what they say: with no language
// files at all, every label would be its key.
void copy_words(const TempDir& assets) {
  std::filesystem::copy(std::filesystem::path(KITBAG_SOURCE_DIR) / "assets/lang", assets.path() / "lang",
                        std::filesystem::copy_options::recursive);
}

TEST_F(RobustnessE2e, MissingFontsAreNamedWithEveryPathAndTheAppCarriesOn) {
  TempDir empty_assets;
  copy_words(empty_assets);
  ProcessOptions options;
  options.set_env["KITBAG_ASSETS_DIR"] = empty_assets.path().string();
  const auto result = kitbag({"--size", "1024x600", "--script",
                              script("expect A font file is missing\n"
                                     "expect Andika-Regular.ttf\n"
                                     "click Dismiss\n"
                                     "click About\n"
                                     "expect About Kitbag Desk\n")},
                             options);
  EXPECT_EQ(result.exit_code, 0) << result.err;
  const std::string tried = (empty_assets.path() / "fonts/Andika-Regular.ttf").string();
  EXPECT_NE(result.err.find(tried), std::string::npos) << result.err;
}

TEST_F(RobustnessE2e, ACorruptFontIsNamedAndTheAppCarriesOn) {
  TempDir assets;
  copy_words(assets);
  const auto broken = assets.write("fonts/Andika-Regular.ttf", std::string(5000, '\x42'));
  std::filesystem::copy_file(std::filesystem::path(KITBAG_SOURCE_DIR) / "assets/fonts/Andika-Bold.ttf",
                             assets.path() / "fonts/Andika-Bold.ttf");
  ProcessOptions options;
  options.set_env["KITBAG_ASSETS_DIR"] = assets.path().string();
  const auto result =
      kitbag({"--size", "1024x600", "--script", script("expect could not be used\nclick About\n")}, options);
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.err.find(broken.string()), std::string::npos) << result.err;
}

TEST_F(RobustnessE2e, ADataDirectoryThatCannotBeMadeIsANoticeNotACrash) {
  const auto blocker = scratch_.write("not-a-folder", "a file where the folder should be");
  const auto result = kitbag({"--size", "800x600", "--data-dir", (blocker / "kitbag").string(), "--script",
                              script("expect Local data cannot be kept\nclick tile:journey\n"
                                     "expect A short journey\nclick Back\nclick About\n")});
  EXPECT_EQ(result.exit_code, 0) << "the tools still work without local data: " << result.err;
  EXPECT_NE(result.err.find(blocker.string()), std::string::npos) << result.err;
}

TEST_F(RobustnessE2e, QuitAfterExitsCleanly) {
  const auto result = kitbag({"--size", "640x480", "--quit-after", "0.5"});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_FALSE(result.timed_out);
}

TEST_F(RobustnessE2e, ClosingTheWindowExitsCleanly) {
  auto app = start_kitbag({"--size", "640x480", "--report-first-frame"});
  ASSERT_TRUE(app->wait_for_output("first_frame_unix_ns=", std::chrono::seconds(60)));
  ASSERT_TRUE(close_window_titled(xvfb_->display(), "Kitbag Desk"));
  const auto result = app->wait(std::chrono::seconds(20));
  EXPECT_FALSE(result.timed_out) << "the close button must end the app";
  EXPECT_EQ(result.signal, 0);
  EXPECT_EQ(result.exit_code, 0) << result.err;
}

TEST_F(RobustnessE2e, TerminateClosesCleanly) {
  auto app = start_kitbag({"--size", "640x480", "--report-first-frame"});
  ASSERT_TRUE(app->wait_for_output("first_frame_unix_ns=", std::chrono::seconds(60)));
  app->send_signal(SIGTERM);
  const auto result = app->wait(std::chrono::seconds(20));
  EXPECT_FALSE(result.timed_out);
  EXPECT_EQ(result.signal, 0) << "closed by itself, not killed by the signal";
  EXPECT_EQ(result.exit_code, 0) << result.err;
}

}  // namespace
}  // namespace kitbag::test
