// The command line of the real binary: exit codes, messages, and where they go.
#include <gtest/gtest.h>

#include "app/core/version.h"
#include "tests/e2e/kitbag_process.h"

namespace kitbag::test {
namespace {

// These run with no display: they must answer before any window would open.
using CommandLineE2e = KitbagE2eTest;

TEST_F(CommandLineE2e, VersionIsOneLineOnStdout) {
  const auto result = kitbag_without_display({"--version"});
  EXPECT_EQ(result.exit_code, 0);
  EXPECT_EQ(result.out, std::string("kitbag ") + kVersion + "\n");
  EXPECT_TRUE(result.err.empty()) << result.err;
}

TEST_F(CommandLineE2e, HelpListsTheOptions) {
  const auto result = kitbag_without_display({"--help"});
  EXPECT_EQ(result.exit_code, 0);
  EXPECT_NE(result.out.find("--screenshot FILE"), std::string::npos);
  EXPECT_NE(result.out.find("--script FILE"), std::string::npos);
}

TEST_F(CommandLineE2e, UnknownOptionExitsTwoWithUsageOnStderr) {
  const auto result = kitbag_without_display({"--fullscreen-please"});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("unknown option '--fullscreen-please'"), std::string::npos) << result.err;
  EXPECT_NE(result.err.find("Usage: kitbag"), std::string::npos);
  EXPECT_TRUE(result.out.empty());
}

TEST_F(CommandLineE2e, UnknownScreenExitsTwoListingTheValidOnes) {
  const auto result = kitbag_without_display({"--screen", "zoo"});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("Valid screens: home, about"), std::string::npos) << result.err;
}

TEST_F(CommandLineE2e, AScriptWithATypoFailsBeforeAnyWindowOpens) {
  const auto file = scratch_.write("typo.kbs", "click About\nclikc Back\n");
  const auto result = kitbag_without_display({"--script", file.string()});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find(file.string() + ":2: unknown command 'clikc'"), std::string::npos) << result.err;
}

TEST_F(CommandLineE2e, AMissingScriptFileIsNamed) {
  const auto result = kitbag_without_display({"--script", "/no/such/script.kbs"});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("/no/such/script.kbs"), std::string::npos) << result.err;
}

TEST_F(CommandLineE2e, NoDisplayIsOneClearLineAndANonZeroExit) {
  const auto result = kitbag_without_display({});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.signal, 0) << "it must not crash";
  EXPECT_NE(result.err.find("cannot open a window"), std::string::npos) << result.err;
  EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 1) << result.err;
  EXPECT_FALSE(std::filesystem::exists(default_data_dir())) << "nothing is created when the app cannot start";
}

TEST_F(CommandLineE2e, AScriptThatIsAFolderIsRefused) {
  const auto result = kitbag_without_display({"--script", scratch_.path().string()});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find(scratch_.path().string() + ": not a file"), std::string::npos) << result.err;
}

TEST_F(CommandLineE2e, TimesBeyondADayAreRefused) {
  EXPECT_EQ(kitbag_without_display({"--quit-after", "1e300"}).exit_code, 2);
  const auto file = scratch_.write("long.kbs", "wait 1e300\n");
  const auto result = kitbag_without_display({"--script", file.string()});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find(":1: wait expects seconds up to a day"), std::string::npos) << result.err;
}

}  // namespace
}  // namespace kitbag::test
