// --screenshot on the real binary: the PNG is the size asked for and shows the screen.
#include <sys/stat.h>

#include <gtest/gtest.h>

#include "platform/png_codec.h"
#include "tests/e2e/kitbag_process.h"
#include "tests/support/png_checks.h"

namespace kitbag::test {
namespace {

class ScreenshotE2e : public KitbagE2eTest {
 protected:
  Image shot(const std::vector<std::string>& extra) {
    const std::string file = (scratch_.path() / "shot.png").string();
    std::vector<std::string> args = {"--screenshot", file};
    args.insert(args.end(), extra.begin(), extra.end());
    const auto result = kitbag(args);
    EXPECT_EQ(result.exit_code, 0) << result.err;
    auto image = read_png_file(file);
    EXPECT_TRUE(image.ok()) << (image.ok() ? "" : image.error());
    return image.ok() ? image.value() : Image{};
  }
};

TEST_F(ScreenshotE2e, HomeAtTheRequestedSizeIsARealPicture) {
  const Image image = shot({"--size", "1280x800"});
  EXPECT_EQ(image.width, 1280);
  EXPECT_EQ(image.height, 800);
  EXPECT_GT(distinct_colours(image), 100) << "tiles, pictures and text, not a blank window";
  EXPECT_EQ(pixel(image, 4, 300), 0xFBF1E3u) << "the warm page colour at the left edge";
}

// The command the README gives for looking at a screen, exactly as written there.
TEST_F(ScreenshotE2e, TheReadmeScreenshotCommandWorks) {
  const std::string file = (scratch_.path() / "readme.png").string();
  ProcessOptions options;
  options.set_env["XDG_DATA_HOME"] = scratch_.path().string();
  const auto result = run_process({"xvfb-run", "-a", "-s", "-screen 0 1280x800x24", KITBAG_BINARY, "--screen",
                                   "about", "--screenshot", file},
                                  options);
  EXPECT_EQ(result.exit_code, 0) << result.err;
  auto image = read_png_file(file);
  ASSERT_TRUE(image.ok()) << image.error();
  EXPECT_GT(distinct_colours(image.value()), 20);
}

TEST_F(ScreenshotE2e, ANetbookSizedWindow) {
  const Image image = shot({"--size", "1024x600"});
  EXPECT_EQ(image.width, 1024);
  EXPECT_EQ(image.height, 600);
  EXPECT_GT(distinct_colours(image), 100);
}

TEST_F(ScreenshotE2e, TheAboutScreen) {
  const Image image = shot({"--size", "1024x600", "--screen", "about"});
  EXPECT_EQ(image.width, 1024);
  EXPECT_GT(distinct_colours(image), 20);
}

TEST_F(ScreenshotE2e, AScreenshotThatCannotBeWrittenFailsNamingTheFile) {
  const auto result = kitbag({"--screenshot", "/no/such/folder/shot.png", "--size", "640x480"});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find("/no/such/folder/shot.png"), std::string::npos) << result.err;
}

unsigned permissions(const std::filesystem::path& path) {
  struct stat info {};
  EXPECT_EQ(stat(path.c_str(), &info), 0) << path;
  return info.st_mode & 0777;
}

TEST_F(ScreenshotE2e, TheDefaultDataDirectoryIsCreatedOwnerOnly) {
  shot({"--size", "640x480"});
  EXPECT_EQ(permissions(default_data_dir()), 0700u);
}

TEST_F(ScreenshotE2e, AnOpenDefaultDataDirectoryIsMadeOwnerOnly) {
  std::filesystem::create_directories(default_data_dir());
  std::filesystem::permissions(default_data_dir(), std::filesystem::perms(0755));
  shot({"--size", "640x480"});
  EXPECT_EQ(permissions(default_data_dir()), 0700u);
}

TEST_F(ScreenshotE2e, DataDirFromTheCommandLineOrEnvironment) {
  const auto from_flag = scratch_.path() / "flag-data";
  shot({"--size", "640x480", "--data-dir", from_flag.string()});
  EXPECT_TRUE(std::filesystem::is_directory(from_flag));

  const auto from_env = scratch_.path() / "env-data";
  ProcessOptions options;
  options.set_env["KITBAG_DATA_DIR"] = from_env.string();
  const auto result =
      kitbag({"--size", "640x480", "--screenshot", (scratch_.path() / "x.png").string()}, options);
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_TRUE(std::filesystem::is_directory(from_env));
}

}  // namespace
}  // namespace kitbag::test
