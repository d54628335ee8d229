// Where local data lives (the precedence of its sources) and that the folder is created owner-only.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <cstdio>
#include <filesystem>
#include <map>
#include <optional>
#include <string>

#include "platform/data_dir.h"
#include "platform/fakes/fake_environment.h"
#include "platform/fakes/temp_dir.h"
#include "tests/support/contains.h"
#include "tests/support/file_modes.h"

namespace kitbag {
namespace {

using test::permissions;
using test::ScopedUmask;

using test::Contains;

namespace fs = std::filesystem;

const std::map<std::string, std::string> kEverySource = {
    {"KITBAG_DATA_DIR", "/from/kitbag-data-dir"},
    {"XDG_DATA_HOME", "/from/xdg"},
    {"HOME", "/home/someone"},
};

DataDirChoice choice(const std::optional<std::string>& command_line,
                     std::map<std::string, std::string> variables) {
  auto dir = choose_data_dir(command_line, fake_environment(std::move(variables)));
  EXPECT_TRUE(dir.ok()) << dir.error();
  return dir.ok() ? dir.value() : DataDirChoice{};
}

fs::path chosen(const std::optional<std::string>& command_line,
                std::map<std::string, std::string> variables) {
  return choice(command_line, std::move(variables)).path;
}

TEST(DataDirChooseTest, CommandLineBeatsEverything) {
  EXPECT_EQ(chosen("/from/command-line", kEverySource), fs::path("/from/command-line"));
}

TEST(DataDirChooseTest, KitbagDataDirBeatsXdgAndHome) {
  EXPECT_EQ(chosen(std::nullopt, kEverySource), fs::path("/from/kitbag-data-dir"));
}

TEST(DataDirChooseTest, EmptyCommandLineValueFallsThroughToTheEnvironment) {
  EXPECT_EQ(chosen(std::string(), kEverySource), fs::path("/from/kitbag-data-dir"));
}

TEST(DataDirChooseTest, XdgDataHomeBeatsHome) {
  EXPECT_EQ(chosen(std::nullopt, {{"XDG_DATA_HOME", "/from/xdg"}, {"HOME", "/home/someone"}}),
            fs::path("/from/xdg/kitbag"));
}

TEST(DataDirChooseTest, HomeIsTheLastResort) {
  EXPECT_EQ(chosen(std::nullopt, {{"HOME", "/home/someone"}}), fs::path("/home/someone/.local/share/kitbag"));
}

TEST(DataDirChooseTest, RelativeXdgDataHomeIsIgnored) {
  EXPECT_EQ(chosen(std::nullopt, {{"XDG_DATA_HOME", "relative/data"}, {"HOME", "/home/someone"}}),
            fs::path("/home/someone/.local/share/kitbag"));
}

TEST(DataDirChooseTest, SaysWhetherTheUserChoseTheFolder) {
  EXPECT_TRUE(choice("/from/command-line", kEverySource).chosen_by_user);
  EXPECT_TRUE(choice(std::nullopt, kEverySource).chosen_by_user);
  EXPECT_FALSE(choice(std::nullopt, {{"XDG_DATA_HOME", "/from/xdg"}}).chosen_by_user);
  EXPECT_FALSE(choice(std::nullopt, {{"HOME", "/home/someone"}}).chosen_by_user);
}

TEST(DataDirChooseTest, NothingSetIsAnError) {
  auto dir = choose_data_dir(std::nullopt, fake_environment({}));
  ASSERT_FALSE(dir.ok());
  EXPECT_TRUE(Contains(dir.error(), "HOME"));
}

TEST(DataDirOpenTest, CreatesMissingParentsAndTheFolderOwnerOnlyUnderUmaskZero) {
  TempDir temp;
  const auto root = temp.path() / "a" / "b" / "kitbag";
  ScopedUmask umask_zero(0);

  auto dir = DataDir::open(root);
  ASSERT_TRUE(dir.ok()) << dir.error();
  EXPECT_TRUE(fs::is_directory(root));
  EXPECT_EQ(permissions(root), "0700");
}

TEST(DataDirOpenTest, CreatesTheFolderOwnerOnlyUnderUmask077) {
  TempDir temp;
  const auto root = temp.path() / "a" / "kitbag";
  ScopedUmask strict(077);

  auto dir = DataDir::open(root);
  ASSERT_TRUE(dir.ok()) << dir.error();
  EXPECT_EQ(permissions(root), "0700");
}

TEST(DataDirOpenTest, RestoresOwnerBitsAUmaskTookAway) {
  // mkdir's 0700 under umask 0277 gives 0500, a folder its owner cannot write into.
  TempDir temp;
  const auto root = temp.path() / "kitbag";
  ScopedUmask odd(0277);

  auto dir = DataDir::open(root);
  ASSERT_TRUE(dir.ok()) << dir.error();
  EXPECT_EQ(permissions(root), "0700");
}

TEST(DataDirOpenTest, MissingParentsItCreatesAreOwnerOnlyUnderUmaskZero) {
  // The header promises that any folder this call creates is 0700, and the XDG spec asks the same
  // of a missing $XDG_DATA_HOME; a 0777 parent would let anyone rename the private folder away.
  TempDir temp;
  const auto parent = temp.path() / "share";
  ScopedUmask umask_zero(0);

  auto dir = DataDir::open(parent / "kitbag");
  ASSERT_TRUE(dir.ok()) << dir.error();
  EXPECT_EQ(permissions(parent), "0700");
}

TEST(DataDirOpenTest, TrailingSlashStillCreatesTheFolderOwnerOnly) {
  // "--data-dir=/some/place/" as shell completion writes it.
  TempDir temp;
  const auto root = temp.path() / "kitbag";
  ScopedUmask umask_zero(0);

  auto dir = DataDir::open(root.string() + "/");
  ASSERT_TRUE(dir.ok()) << dir.error();
  EXPECT_EQ(permissions(root), "0700");
}

TEST(DataDirOpenTest, ExistingFolderKeepsItsPermissions) {
  TempDir temp;
  const auto root = temp.path() / "chosen";
  ASSERT_EQ(::mkdir(root.c_str(), 0755), 0);
  ASSERT_EQ(::chmod(root.c_str(), 0755), 0);  // whatever the umask was

  auto dir = DataDir::open(root);
  ASSERT_TRUE(dir.ok()) << dir.error();
  EXPECT_EQ(permissions(root), "0755");
}

TEST(DataDirOpenTest, TheDefaultFolderIsMadePrivateEvenIfItExisted) {
  TempDir temp;
  const auto root = temp.path() / "kitbag";
  ASSERT_EQ(::mkdir(root.c_str(), 0755), 0);
  ASSERT_EQ(::chmod(root.c_str(), 0755), 0);

  auto dir = DataDir::open(root, DataDir::Existing::MakePrivate);
  ASSERT_TRUE(dir.ok()) << dir.error();
  EXPECT_EQ(permissions(root), "0700");
}

TEST(DataDirOpenTest, RegularFileInTheWayIsAnErrorNamingThePath) {
  TempDir temp;
  const auto root = temp.write("kitbag", "not a folder");

  auto dir = DataDir::open(root);
  ASSERT_FALSE(dir.ok());
  EXPECT_TRUE(Contains(dir.error(), root.string()));
  EXPECT_TRUE(fs::is_regular_file(root));
}

TEST(DataDirOpenTest, RootIsThePathItWasOpenedWith) {
  TempDir temp;
  auto dir = DataDir::open(temp.path() / "kitbag");
  ASSERT_TRUE(dir.ok()) << dir.error();
  EXPECT_EQ(dir.value().root(), temp.path() / "kitbag");
}

TEST(DataDirOpenTest, FileJoinsTheNameOntoTheRoot) {
  TempDir temp;
  auto dir = DataDir::open(temp.path() / "kitbag");
  ASSERT_TRUE(dir.ok()) << dir.error();
  EXPECT_EQ(dir.value().file("usage.json"), temp.path() / "kitbag" / "usage.json");
}

}  // namespace
}  // namespace kitbag
