// Bad assets and signals on the real binary: clear messages, and the app carries on or closes cleanly.
#include <signal.h>

#include <gtest/gtest.h>

#include <fstream>
#include <thread>

#include "tests/e2e/kitbag_process.h"

namespace kitbag::test {
namespace {

using RobustnessE2e = KitbagE2eTest;

TEST_F(RobustnessE2e, MissingFontsAreNamedWithEveryPathAndTheAppCarriesOn) {
  TempDir empty_assets;
  ProcessOptions options;
  options.set_env["KITBAG_ASSETS_DIR"] = empty_assets.path().string();
  const auto result = kitbag({"--size", "1024x600", "--script", script(
      "expect A font file is missing\n"
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
  const auto broken = assets.write("fonts/Andika-Regular.ttf", std::string(5000, '\x42'));
  std::filesystem::copy_file(std::filesystem::path(KITBAG_SOURCE_DIR) / "assets/fonts/Andika-Bold.ttf",
                             assets.path() / "fonts/Andika-Bold.ttf");
  ProcessOptions options;
  options.set_env["KITBAG_ASSETS_DIR"] = assets.path().string();
  const auto result = kitbag({"--size", "1024x600", "--script", script("expect could not be used\nclick About\n")},
                             options);
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.err.find(broken.string()), std::string::npos) << result.err;
}

TEST_F(RobustnessE2e, ADataDirectoryThatCannotBeMadeIsANoticeNotACrash) {
  const auto blocker = scratch_.write("not-a-folder", "a file where the folder should be");
  const auto result = kitbag({"--size", "800x600", "--data-dir", (blocker / "kitbag").string(), "--script",
                              script("expect Local data cannot be kept\nclick tile:animals\nclick About\n")});
  EXPECT_EQ(result.exit_code, 0) << "the tools still work without local data: " << result.err;
  EXPECT_NE(result.err.find(blocker.string()), std::string::npos) << result.err;
}

TEST_F(RobustnessE2e, QuitAfterExitsCleanly) {
  const auto result = kitbag({"--size", "640x480", "--quit-after", "0.5"});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_FALSE(result.timed_out);
}

TEST_F(RobustnessE2e, TerminateClosesCleanly) {
  if (!xvfb_) xvfb_ = std::make_unique<XvfbServer>();
  ASSERT_TRUE(xvfb_->ok());
  ProcessOptions options;
  options.set_env["DISPLAY"] = xvfb_->display();
  options.set_env["XDG_DATA_HOME"] = scratch_.path().string();
  BackgroundProcess app({KITBAG_BINARY, "--size", "640x480", "--report-first-frame"}, options);
  // Give it time to be up and resting; what matters is that SIGTERM ends it cleanly, not when.
  std::this_thread::sleep_for(std::chrono::seconds(2));
  app.send_signal(SIGTERM);
  const auto result = app.wait(std::chrono::seconds(20));
  EXPECT_FALSE(result.timed_out);
  EXPECT_EQ(result.signal, 0) << "closed by itself, not killed by the signal";
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("first_frame_unix_ns="), std::string::npos);
}

}  // namespace
}  // namespace kitbag::test
