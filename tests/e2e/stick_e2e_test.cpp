// The talking stick on the real binary: a whole circle driven by a script, the promise that
// names typed into it are never written to any file, and a screenshot of the screen.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>

#include "platform/png_codec.h"
#include "tests/e2e/kitbag_process.h"
#include "tests/support/file_search.h"
#include "tests/support/png_checks.h"

namespace kitbag::test {
namespace {

namespace fs = std::filesystem;

// Made-up names that appear nowhere in the app, its assets or its decks.
const std::vector<std::string> kNames = {"Zebedee", "Quillon", "Marigoldia"};

std::string lines(std::initializer_list<std::string> steps) {
  std::string text;
  for (const std::string& step : steps) text += step + "\n";
  return text;
}

// Three people named, the stick passed round by button, tap and space bar, a closing round,
// and the summary closed.
std::string whole_circle() {
  return lines({
      "expect Who is in the circle?",
      "click stick:more",
      "click stick:name:1",
      "type " + kNames[0],
      "click stick:name:2",
      "type " + kNames[1],
      "click stick:name:3",
      "type " + kNames[2],
      "click stick:begin",
      "expect Tap someone to give them the stick",
      "click stick:pass",
      "expect " + kNames[0] + " has the stick",
      "click stick:pass",
      "expect " + kNames[1] + " has the stick",
      "key Space",
      "expect " + kNames[2] + " has the stick",
      "click stick:pass",
      "expect " + kNames[0] + " has the stick",
      "click stick:person:2",
      "expect " + kNames[1] + " has the stick",
      "expect Who has spoken",
      "click stick:closing",
      "expect Who would like the last turn",
      "click stick:closer:3",
      "expect " + kNames[2] + " has the last turn",
      "click stick:finish",
      "expect Thank you for listening to each other",
      "expect " + kNames[0],
      "expect " + kNames[1],
      "expect " + kNames[2],
      "expect This summary is not saved",
      "click stick:close",
      "expect Who is in the circle?",
      "quit",
  });
}

class StickE2e : public KitbagE2eTest {
 protected:
  // Run from a folder of its own, so anything written to "the current directory" is found too,
  // with the temp, config, cache and state folders inside the folders searched, whatever the
  // environment the tests run in says.
  ProcessOptions in_own_folder() {
    ProcessOptions options;
    options.working_dir = workdir_.path().string();
    fs::create_directories(workdir_.path() / "tmp");
    options.set_env["TMPDIR"] = (workdir_.path() / "tmp").string();
    options.set_env["XDG_CONFIG_HOME"] = (home_.path() / ".config").string();
    options.set_env["XDG_CACHE_HOME"] = (home_.path() / ".cache").string();
    options.set_env["XDG_STATE_HOME"] = (home_.path() / ".local" / "state").string();
    return options;
  }

  // Every place a session could have written a name: HOME (with the default data folder and any
  // config, cache or state folder under it), the working folder, and `extra` when given.
  void expect_no_name_anywhere(const std::vector<fs::path>& extra = {}) {
    std::vector<fs::path> roots = {home_.path(), workdir_.path()};
    roots.insert(roots.end(), extra.begin(), extra.end());
    for (const fs::path& root : roots)
      for (const std::string& name : kNames)
        for (const std::string& place : places_holding(root, name))
          ADD_FAILURE() << "'" << name << "' was written to " << place;
  }

  TempDir workdir_;
  TempDir data_;
};

TEST_F(StickE2e, AScriptPassesTheStickRoundAndClosesTheCircle) {
  const auto result = kitbag({"--screen", "stick", "--size", "1280x800", "--script", script(whole_circle())},
                             in_own_folder());
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.signal, 0);
  EXPECT_FALSE(result.timed_out);
}

// The acceptance test: a session that types names leaves them in no file at all.
TEST_F(StickE2e, NamesTypedIntoTheCircleAreNeverWrittenToAnyFile) {
  const auto result = kitbag({"--screen", "stick", "--size", "1280x800", "--script", script(whole_circle())},
                             in_own_folder());
  ASSERT_EQ(result.exit_code, 0) << result.err;
  ASSERT_TRUE(fs::is_directory(default_data_dir()))
      << "the app made its data folder: somewhere it could write";
  expect_no_name_anywhere();
  for (const std::string& name : kNames) {
    EXPECT_FALSE(holds(result.out, name)) << "printed: " << result.out;
    EXPECT_FALSE(holds(result.err, name)) << "printed: " << result.err;
  }
}

// Quitting with the circle still going, its names on screen, and a data folder given on the command line.
TEST_F(StickE2e, NamesAreNotWrittenWhenTheAppQuitsMidCircle) {
  const fs::path data = data_.path() / "kitbag";
  const auto result =
      kitbag({"--data-dir", data.string(), "--screen", "stick", "--size", "1024x600", "--script",
              script(lines({
                  "click stick:name:1",
                  "type " + kNames[0],
                  "click stick:name:2",
                  "type " + kNames[1],
                  "click stick:more",
                  "click stick:name:3",
                  "type " + kNames[2],
                  "click stick:turns:60",
                  "click stick:begin",
                  "click stick:person:3",
                  "expect " + kNames[2] + " has the stick",
                  "quit",
              }))},
             in_own_folder());
  ASSERT_EQ(result.exit_code, 0) << result.err;
  ASSERT_TRUE(fs::is_directory(data));
  expect_no_name_anywhere({data});
}

// The search above must be able to fail: a name planted in each of its forms is found.
TEST_F(StickE2e, TheNameSearchFindsANamePlantedInAnyOfItsForms) {
  const fs::path data = default_data_dir();
  fs::create_directories(data / "deep" / "er");
  std::ofstream(data / "deep" / "er" / "notes.bin", std::ios::binary)
      << std::string("\x00\x01\xff", 3) << "ZEBEDEE" << std::string("\x00\xfe", 2);
  std::string utf16;
  for (char c : std::string("qUiLlOn")) utf16 += std::string{c, '\0'};
  std::ofstream(home_.path() / ".cache-file", std::ios::binary) << utf16;
  std::ofstream(workdir_.path() / "Marigoldia.txt") << "";
  std::ofstream(data / "innocent.json") << "{\"schema\": 1}";

  EXPECT_EQ(places_holding(home_.path(), "Zebedee"),
            std::vector<std::string>{(data / "deep" / "er" / "notes.bin").string()});
  EXPECT_EQ(places_holding(home_.path(), "Quillon"),
            std::vector<std::string>{(home_.path() / ".cache-file").string()});
  EXPECT_EQ(places_holding(workdir_.path(), "Marigoldia"),
            std::vector<std::string>{(workdir_.path() / "Marigoldia.txt").string() + " (its name)"});
  EXPECT_TRUE(places_holding(data, "Innocent Bystander").empty());
  std::string big_endian;
  for (char c : std::string("Zebedee")) big_endian += std::string{'\0', c};
  EXPECT_TRUE(holds("--" + big_endian + "--", "zebedee"));
}

TEST_F(StickE2e, AScreenshotOfTheStickScreenIsARealPicture) {
  const fs::path file = scratch_.path() / "stick.png";
  const auto result =
      kitbag({"--screen", "stick", "--size", "1280x800", "--screenshot", file.string()}, in_own_folder());
  EXPECT_EQ(result.exit_code, 0) << result.err;
  ASSERT_TRUE(fs::is_regular_file(file));
  EXPECT_GT(fs::file_size(file), 0u);
  auto image = read_png_file(file.string());
  ASSERT_TRUE(image.ok()) << image.error();
  EXPECT_EQ(image.value().width, 1280);
  EXPECT_EQ(image.value().height, 800);
  EXPECT_GT(distinct_colours(image.value()), 20) << "seats, pictures and words, not a blank window";
}

}  // namespace
}  // namespace kitbag::test
