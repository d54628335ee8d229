// The ordered search for asset files over real folders, and the message a miss gives.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <optional>
#include <string>

#include "platform/asset_locator.h"
#include "platform/fakes/fake_environment.h"
#include "platform/fakes/temp_dir.h"
#include "tests/support/contains.h"

namespace kitbag {
namespace {

using test::Contains;

namespace fs = std::filesystem;

const fs::path kSourceAssets = fs::path(KITBAG_SOURCE_DIR) / "assets";
const std::string kFont = "fonts/Andika-Regular.ttf";

TEST(AssetLocatorTest, FileInEveryRootIsFoundInTheFirst) {
  TempDir first;
  TempDir second;
  first.write("sounds/ding.wav", "first");
  second.write("sounds/ding.wav", "second");

  auto found = AssetLocator({first.path(), second.path()}).find("sounds/ding.wav");
  ASSERT_TRUE(found.ok()) << found.error();
  EXPECT_EQ(found.value(), first.path() / "sounds/ding.wav");
}

TEST(AssetLocatorTest, FileOnlyInALaterRootIsFoundThere) {
  TempDir first;
  TempDir second;
  second.write("sounds/ding.wav", "second");

  auto found = AssetLocator({first.path(), second.path()}).find("sounds/ding.wav");
  ASSERT_TRUE(found.ok()) << found.error();
  EXPECT_EQ(found.value(), second.path() / "sounds/ding.wav");
}

TEST(AssetLocatorTest, FolderWithTheNameIsNotAFile) {
  TempDir first;
  TempDir second;
  fs::create_directories(first.path() / "sounds/ding.wav");
  second.write("sounds/ding.wav", "second");

  auto found = AssetLocator({first.path(), second.path()}).find("sounds/ding.wav");
  ASSERT_TRUE(found.ok()) << found.error();
  EXPECT_EQ(found.value(), second.path() / "sounds/ding.wav");
}

TEST(AssetLocatorTest, MissNamesTheFileAndEveryPathTriedOnePerRoot) {
  TempDir first;
  TempDir second;
  TempDir third;

  auto found = AssetLocator({first.path(), second.path(), third.path()}).find("pictures/missing.png");
  ASSERT_FALSE(found.ok());
  const std::string& message = found.error();
  EXPECT_TRUE(Contains(message, "pictures/missing.png"));
  for (const TempDir* root : {&first, &second, &third})
    EXPECT_TRUE(Contains(message, (root->path() / "pictures/missing.png").string()));
  // One line per candidate, after the opening sentence.
  EXPECT_EQ(std::count(message.begin(), message.end(), '\n'), 3);
}

TEST(AssetLocatorTest, AssetsDirVariableIsTheOnlyRoot) {
  TempDir assets;
  assets.write("fonts/Other.ttf", "font");

  auto locator = AssetLocator::standard(fake_environment({{"KITBAG_ASSETS_DIR", assets.path().string()}}));
  ASSERT_EQ(locator.roots().size(), 1u);
  EXPECT_EQ(locator.roots()[0], assets.path());
  auto found = locator.find("fonts/Other.ttf");
  ASSERT_TRUE(found.ok()) << found.error();
  EXPECT_EQ(found.value(), assets.path() / "fonts/Other.ttf");
}

TEST(AssetLocatorTest, AssetsDirVariableDoesNotFallBackToTheSourceTree) {
  TempDir empty_assets;
  auto locator =
      AssetLocator::standard(fake_environment({{"KITBAG_ASSETS_DIR", empty_assets.path().string()}}));
  auto found = locator.find(kFont);
  ASSERT_FALSE(found.ok());
  EXPECT_TRUE(Contains(found.error(), (empty_assets.path() / kFont).string()));
}

TEST(AssetLocatorTest, StandardRootsIncludeTheSourceTreeAssets) {
  auto locator = AssetLocator::standard(fake_environment({}));
  const auto& roots = locator.roots();
  EXPECT_NE(std::find(roots.begin(), roots.end(), kSourceAssets), roots.end());
  ASSERT_FALSE(roots.empty());
  EXPECT_EQ(roots.front(), executable_directory() / "assets");
}

TEST(AssetLocatorTest, StandardLocatorFindsTheRealFont) {
  auto locator = AssetLocator::standard(fake_environment({}));
  auto found = locator.find(kFont);
  ASSERT_TRUE(found.ok()) << found.error();
  EXPECT_TRUE(fs::is_regular_file(found.value()));
  // A build that copies assets/ next to the binary wins; otherwise it is the source tree's copy.
  if (!fs::exists(executable_directory() / "assets" / kFont)) {
    EXPECT_EQ(found.value(), kSourceAssets / kFont);
  }
}

}  // namespace
}  // namespace kitbag
