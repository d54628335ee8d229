// Reading the language files from real folders: every file of a language in name order, the
// chosen language over English, and a notice naming the path for anything missing or damaged.
#include "platform/language_files.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "platform/fakes/temp_dir.h"
#include "tests/core/i18n/phrase_packs.h"
#include "tests/support/contains.h"

namespace kitbag {
namespace {

using test::Contains;

namespace fs = std::filesystem;
using test::language_file;

// An assets folder with English's two files, as the app ships them.
class LanguageFiles : public ::testing::Test {
 protected:
  LanguageFiles() {
    assets_.write("lang/en/app.json",
                  language_file("en", R"("home.title": "Home", "home.signed-in": "Signed in")"));
    assets_.write("lang/en/tools-ui.json",
                  language_file("en", R"("timer.start": "Start", "timer.stop": "Stop",
                                         "timer.minutes": {"one": "{n} minute", "other": "{n} minutes"})"));
  }

  std::shared_ptr<const Strings> load(std::string_view code) {
    return load_strings(locator_, code, notices_);
  }

  // The one notice there is, which must name `path`.
  const Notice& only_notice_naming(const fs::path& path) {
    EXPECT_EQ(notices_.all().size(), 1u);
    if (notices_.empty()) {
      static const Notice none;
      return none;
    }
    EXPECT_TRUE(Contains(notices_.all()[0].detail, path.string()));
    return notices_.all()[0];
  }

  TempDir assets_;
  AssetLocator locator_{{assets_.path()}};
  Notices notices_;
};

TEST_F(LanguageFiles, EveryFileOfTheLanguageIsRead) {
  const LanguageLoad english = load_language(locator_, "en");
  EXPECT_TRUE(english.problems.empty()) << ::testing::PrintToString(english.problems);
  EXPECT_EQ(english.pack.code, "en");
  EXPECT_EQ(english.pack.phrases.size(), 5u);
  ASSERT_NE(english.pack.find("home.title"), nullptr);
  ASSERT_NE(english.pack.find("timer.minutes"), nullptr);
  EXPECT_TRUE(english.pack.find("timer.minutes")->is_counted());
}

TEST_F(LanguageFiles, FilesAreReadInNameOrder) {
  // Each file gives the same key; the first file by name keeps it and the rest are reported in order.
  // Written in reverse so a folder listed in creation order would not pass by chance.
  for (int i = 20; i >= 1; --i) {
    const std::string name = (i < 10 ? "0" : "") + std::to_string(i);
    assets_.write("lang/cy/" + name + ".json", language_file("cy", R"("home.title": "file )" + name + "\""));
  }
  const LanguageLoad welsh = load_language(locator_, "cy");
  ASSERT_NE(welsh.pack.find("home.title"), nullptr);
  EXPECT_EQ(welsh.pack.find("home.title")->text, "file 01");
  ASSERT_EQ(welsh.problems.size(), 19u);
  for (int i = 2; i <= 20; ++i) {
    const std::string name = (i < 10 ? "0" : "") + std::to_string(i) + ".json";
    EXPECT_TRUE(Contains(welsh.problems[static_cast<std::size_t>(i - 2)], name));
  }
}

TEST_F(LanguageFiles, OnlyJsonFilesAreRead) {
  assets_.write("lang/cy/app.json", language_file("cy", R"("home.title": "Cartref")"));
  assets_.write("lang/cy/README.md", "Translators: see docs/languages.md");
  assets_.write("lang/cy/app.json.bak", "{not json");
  const LanguageLoad welsh = load_language(locator_, "cy");
  EXPECT_TRUE(welsh.problems.empty()) << ::testing::PrintToString(welsh.problems);
  EXPECT_EQ(welsh.pack.phrases.size(), 1u);
}

TEST_F(LanguageFiles, AMissingFolderIsAProblemNamingEveryPathTried) {
  TempDir other_root;
  const LanguageLoad welsh = load_language(AssetLocator({other_root.path(), assets_.path()}), "cy");
  ASSERT_EQ(welsh.problems.size(), 1u);
  EXPECT_TRUE(Contains(welsh.problems[0], (other_root.path() / "lang/cy").string()));
  EXPECT_TRUE(Contains(welsh.problems[0], (assets_.path() / "lang/cy").string()));
  EXPECT_TRUE(welsh.pack.phrases.empty());
}

TEST_F(LanguageFiles, EnglishChosenIsEnglishWithoutANotice) {
  const auto strings = load("en");
  EXPECT_TRUE(notices_.empty());
  EXPECT_EQ(strings->code(), "en");
  EXPECT_EQ(strings->text("timer.start"), "Start");
  EXPECT_EQ(strings->count("timer.minutes", 1), "1 minute");
}

TEST_F(LanguageFiles, WelshIsShownOverEnglishPhraseByPhrase) {
  assets_.write("lang/cy/tools-ui.json", language_file("cy", R"("timer.start": "Dechrau",
                                       "timer.minutes": {"zero": "{n} munud", "one": "{n} munud",
                                                         "two": "{n} funud", "few": "{n} munud",
                                                         "many": "{n} munud", "other": "{n} o funudau"})"));
  const auto strings = load("cy");
  EXPECT_TRUE(notices_.empty()) << notices_.all()[0].detail;
  EXPECT_EQ(strings->code(), "cy");
  EXPECT_EQ(strings->text("timer.start"), "Dechrau");
  EXPECT_EQ(strings->text("timer.stop"), "Stop");
  EXPECT_EQ(strings->text("home.title"), "Home");
  EXPECT_EQ(strings->count("timer.minutes", 2), "2 funud");
  EXPECT_EQ(strings->count("timer.minutes", 7), "7 o funudau");
}

TEST_F(LanguageFiles, AMissingLanguageFolderIsANoticeNamingItAndEnglishIsShown) {
  const auto strings = load("pl");
  const Notice& notice = only_notice_naming(assets_.path() / "lang/pl");
  EXPECT_TRUE(Contains(notice.title, "Polski"));
  EXPECT_TRUE(Contains(notice.title, "English is shown"));
  EXPECT_EQ(strings->code(), "pl");
  EXPECT_EQ(strings->text("timer.start"), "Start");
  EXPECT_EQ(strings->count("timer.minutes", 5), "5 minutes");
}

TEST_F(LanguageFiles, ADamagedFileIsANoticeNamingItAndTheOtherFilesStillCount) {
  const fs::path damaged =
      assets_.write("lang/cy/app.json", R"({"schema": 1, "language": "cy", "strings": {)");
  assets_.write("lang/cy/tools-ui.json", language_file("cy", R"("timer.start": "Dechrau")"));
  const auto strings = load("cy");
  const Notice& notice = only_notice_naming(damaged);
  EXPECT_TRUE(Contains(notice.title, "Cymraeg"));
  EXPECT_TRUE(Contains(notice.detail, "is not valid JSON"));
  EXPECT_EQ(strings->text("timer.start"), "Dechrau");
  EXPECT_EQ(strings->text("home.title"), "Home");
}

TEST_F(LanguageFiles, ADamagedEnglishFileIsANoticeAndTheRestOfEnglishIsShown) {
  const fs::path damaged = assets_.write("lang/en/app.json", "not json at all");
  const auto strings = load("en");
  const Notice& notice = only_notice_naming(damaged);
  EXPECT_EQ(notice.title, "Some of the app's words could not be read");
  EXPECT_EQ(strings->text("timer.start"), "Start");
  EXPECT_EQ(strings->text("home.title"), "home.title");
}

TEST_F(LanguageFiles, AMissingEnglishFolderIsANoticeAndTheAppStillStarts) {
  TempDir empty;
  const auto strings = load_strings(AssetLocator({empty.path()}), "en", notices_);
  const Notice& notice = only_notice_naming(empty.path() / "lang/en");
  EXPECT_EQ(notice.title, "Some of the app's words could not be read");
  ASSERT_NE(strings, nullptr);
  EXPECT_EQ(strings->text("timer.start"), "timer.start");
}

TEST_F(LanguageFiles, AnUnknownLanguageIsANoticeAndEnglish) {
  for (const char* code : {"fr", "", "../en", "EN"}) {
    notices_.dismiss_all();
    const auto strings = load(code);
    ASSERT_EQ(notices_.all().size(), 1u) << code;
    EXPECT_EQ(notices_.all()[0].title, "Kitbag Desk does not speak that language yet");
    EXPECT_TRUE(
        Contains(notices_.all()[0].detail, "\"" + std::string(code) + "\" is not one of its languages"));
    EXPECT_EQ(strings->code(), "en");
    EXPECT_EQ(strings->text("timer.start"), "Start");
  }
}

}  // namespace
}  // namespace kitbag
