// The music tool's command line: bad arguments and a folder it cannot make are refused loudly and
// at once, before any of the slow rendering. (What it writes is checked on the build's own
// output, in journey_tracks_test.cpp.)
#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "platform/fakes/temp_dir.h"
#include "tests/support/contains.h"
#include "tests/support/process.h"

namespace kitbag::test {
namespace {

TEST(MakeMusic, BadArgumentsNameTheFlagAndExit2) {
  struct Case {
    std::vector<std::string> arguments;
    std::string named;
  };
  const Case cases[] = {
      {{}, "--out is required"},
      {{"--out"}, "missing value for '--out'"},
      {{"--out", ""}, "--out is required"},
      {{"--outdir", "x"}, "unknown option '--outdir'"},
      {{"--out", "x", "--loud"}, "unknown option '--loud'"},
  };
  TempDir scratch;
  for (const Case& bad : cases) {
    std::vector<std::string> argv{KITBAG_MAKE_MUSIC};
    argv.insert(argv.end(), bad.arguments.begin(), bad.arguments.end());
    ProcessOptions options;
    options.working_dir = scratch.path().string();
    const auto result = run_process(argv, options);
    EXPECT_EQ(result.exit_code, 2) << bad.named;
    EXPECT_TRUE(Contains(result.err, bad.named));
    EXPECT_TRUE(Contains(result.err, "Usage: make_music --out DIR"));
  }
  EXPECT_FALSE(std::filesystem::exists(scratch.path() / "x")) << "nothing is written after a bad argument";
}

TEST(MakeMusic, AFolderThatCannotBeMadeIsNamedAndExits1) {
  TempDir scratch;
  const auto file = scratch.write("not-a-folder", "x");
  const auto out = file / "music";
  const auto result = run_process({KITBAG_MAKE_MUSIC, "--out", out.string()});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_TRUE(Contains(result.err, out.string() + ": cannot create the folder"));
}

}  // namespace
}  // namespace kitbag::test
