// The preferences file on a real folder: nothing there means the standard choice and no file
// made; a save is owner-only and reads back; a damaged file is left as it was until a save,
// which keeps it aside rather than writing over it.
#include "platform/preferences_file.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "app/preferences_service.h"
#include "platform/fakes/temp_dir.h"
#include "tests/support/contains.h"
#include "tests/support/file_modes.h"

namespace kitbag {
namespace {

namespace fs = std::filesystem;
using test::Contains;

std::string bytes_of(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

std::vector<std::string> names_in(const fs::path& folder) {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(folder)) names.push_back(entry.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

TEST(PreferencesFile, NothingSavedIsTheStandardChoiceAndMakesNoFile) {
  TempDir data;
  PreferencesFile file(data.path());
  const ReadPreferences read = file.load();
  EXPECT_EQ(read.preferences, Preferences{});
  EXPECT_TRUE(read.problems.empty());
  EXPECT_TRUE(names_in(data.path()).empty());
}

TEST(PreferencesFile, ASavedChoiceIsOwnerOnlyAndReadsBack) {
  TempDir data;
  const test::ScopedUmask open_umask(0);
  ASSERT_TRUE(PreferencesFile(data.path()).save({TextSize::Large, true}).ok());
  EXPECT_EQ(test::permissions(data.path() / "preferences.json"), "0600");
  EXPECT_EQ(PreferencesFile(data.path()).load().preferences, (Preferences{TextSize::Large, true}));
}

TEST(PreferencesFile, ADamagedFileIsLeftAsItWasThenKeptAsideByTheNextSave) {
  TempDir data;
  const fs::path path = data.path() / "preferences.json";
  const std::string damaged = "{\"text_size\": \"large\", \"calm_motion\": tru";
  std::ofstream(path) << damaged;

  PreferencesFile file(data.path());
  const ReadPreferences read = file.load();
  EXPECT_EQ(read.preferences, Preferences{});
  ASSERT_EQ(read.problems.size(), 2u);
  EXPECT_TRUE(Contains(read.problems[0], path.string()));
  EXPECT_TRUE(Contains(read.problems[1], "left as it is"));
  EXPECT_EQ(bytes_of(path), damaged) << "loading only reads";

  ASSERT_TRUE(file.save({TextSize::Largest, false}).ok());
  const auto names = names_in(data.path());
  ASSERT_EQ(names.size(), 2u);
  EXPECT_EQ(names[1], "preferences.json");
  EXPECT_TRUE(names[0].starts_with("preferences.damaged-")) << names[0];
  EXPECT_EQ(bytes_of(data.path() / names[0]), damaged) << "what it held is kept";
  EXPECT_EQ(PreferencesFile(data.path()).load().preferences.text_size, TextSize::Largest);
}

TEST(PreferencesFile, AFileFromANewerVersionIsNotTakenForDamage) {
  TempDir data;
  const fs::path path = data.path() / "preferences.json";
  std::ofstream(path) << R"({"schema": 2, "text_size": "large", "sparkles": true})";
  PreferencesFile file(data.path());
  const ReadPreferences read = file.load();
  EXPECT_EQ(read.preferences.text_size, TextSize::Large);
  EXPECT_TRUE(read.problems.empty());
  EXPECT_EQ(read.notes.size(), 2u);
  ASSERT_TRUE(file.save({TextSize::Largest}).ok());
  EXPECT_EQ(names_in(data.path()), std::vector<std::string>{"preferences.json"}) << "nothing kept aside";
}

TEST(PreferencesService, AChangeIsSavedAtOnceAndAProblemReadingIsANotice) {
  TempDir data;
  std::ofstream(data.path() / "preferences.json") << "[]";
  Notices notices;
  PreferencesService service(data.path(), notices);
  ASSERT_EQ(notices.all().size(), 1u);
  EXPECT_EQ(notices.all()[0].title, "Some settings could not be read");
  EXPECT_TRUE(Contains(notices.all()[0].detail, (data.path() / "preferences.json").string()));

  service.change({TextSize::Large, false});
  EXPECT_EQ(service.current().text_size, TextSize::Large);
  Notices again;
  EXPECT_EQ(PreferencesService(data.path(), again).current().text_size, TextSize::Large);
  EXPECT_TRUE(again.empty());
}

TEST(PreferencesService, WithNoDataFolderAChangeLastsThisRunOnly) {
  Notices notices;
  PreferencesService service(std::nullopt, notices);
  service.change({TextSize::Largest, true});
  EXPECT_EQ(service.current(), (Preferences{TextSize::Largest, true}));
  EXPECT_TRUE(notices.empty());
}

TEST(PreferencesService, AFolderThatCannotBeWrittenIsANoticeAndTheChoiceStillHolds) {
  TempDir data;
  const fs::path gone = data.path() / "not-there";  // the data folder vanished after start
  Notices notices;
  PreferencesService service(gone, notices);
  service.change({TextSize::Large, false});
  EXPECT_EQ(service.current().text_size, TextSize::Large);
  ASSERT_EQ(notices.all().size(), 1u);
  EXPECT_EQ(notices.all()[0].title, "A setting could not be saved");
}

TEST(PreferencesService, ALanguageForThisRunIsUsedButNotSavedUntilOneIsChosen) {
  TempDir data;
  Notices notices;
  {
    PreferencesService service(data.path(), notices);
    Preferences welsh;
    welsh.language = "cy";
    service.change(welsh);
  }
  PreferencesService service(data.path(), notices);
  service.use_language_for_this_run("pl");
  EXPECT_EQ(service.current().language, "pl");

  Preferences larger = service.current();
  larger.text_size = TextSize::Large;
  service.change(larger);  // another setting changed: saved, with the saved language kept
  EXPECT_EQ(service.current().language, "pl");
  Notices again;
  EXPECT_EQ(PreferencesService(data.path(), again).current().language, "cy");
  EXPECT_EQ(PreferencesService(data.path(), again).current().text_size, TextSize::Large);

  service.choose_language("en");  // a language chosen in Settings is saved like any setting
  EXPECT_EQ(PreferencesService(data.path(), again).current().language, "en");
  EXPECT_TRUE(notices.empty());
}

TEST(PreferencesService, ChoosingInSettingsTheLanguageThisRunAlreadySpeaksKeepsIt) {
  TempDir data;
  Notices notices;
  PreferencesService service(data.path(), notices);
  service.use_language_for_this_run("pl");
  service.choose_language("pl");  // Polski pressed under --lang pl
  EXPECT_EQ(service.current().language, "pl");
  Notices again;
  EXPECT_EQ(PreferencesService(data.path(), again).current().language, "pl") << "saved for the next run";
  Preferences larger = service.current();
  larger.text_size = TextSize::Large;
  service.change(larger);
  EXPECT_EQ(PreferencesService(data.path(), again).current().language, "pl") << "no longer only this run's";
}

}  // namespace
}  // namespace kitbag
