// The shipped Wonder Journey stories: they load cleanly through the app's own library in every
// language, last about as long as the screen says, the short one is simpler, and every picture
// and track they name is built. Their words are in the language files, so English is loaded first,
// as the app does.
#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <sstream>
#include <string>

#include "tests/support/scoped_words.h"
#include "app/core/i18n/current_strings.h"
#include "app/core/i18n/languages.h"
#include "app/core/notices.h"
#include "app/story_library.h"
#include "platform/fakes/temp_dir.h"
#include "platform/language_files.h"
#include "platform/png_codec.h"

namespace kitbag {
namespace {

namespace fs = std::filesystem;

const fs::path kSourceAssets = fs::path(KITBAG_SOURCE_DIR) / "assets";
const fs::path kBuiltAssets = fs::path(KITBAG_BUILD_ASSETS_DIR);

constexpr StoryLength kBothStories[] = {StoryLength::Full, StoryLength::Short};

std::size_t word_count(const std::string& text) {
  std::istringstream words(text);
  std::size_t count = 0;
  for (std::string word; words >> word;) ++count;
  return count;
}

double words_per_page(const Story& story) {
  std::size_t words = 0;
  for (const StoryPage& page : story.pages) words += word_count(page.text);
  return story.pages.empty() ? 0 : static_cast<double>(words) / static_cast<double>(story.pages.size());
}

// The words the app would speak in `code`, in use for as long as this lives.
class SpokenIn {
 public:
  SpokenIn(const AssetLocator& assets, std::string_view code) {
    Notices notices;
    use_strings(load_strings(assets, code, notices));
    for (const Notice& notice : notices.all()) ADD_FAILURE() << notice.title << "\n" << notice.detail;
  }

 private:
  test::ScopedWords restored_;  // what was in use before, put back when this goes
};

class ShippedStories : public ::testing::Test {
 protected:
  // Fails the test when the story did not load at all.
  const Story& story(StoryLength length) {
    const Story* story = library_.story(length);
    if (story == nullptr) {
      ADD_FAILURE() << story_file(length) << " did not load";
      return empty_;
    }
    return *story;
  }

  AssetLocator assets_{{kSourceAssets}};
  SpokenIn english_{assets_, "en"};
  Notices notices_;
  StoryLibrary library_{assets_, notices_};
  Story empty_;
};

// Each page's words in `code`, by page id, and the title, as the library reads them now.
std::map<std::string, std::string> words_of(const Story& story) {
  std::map<std::string, std::string> words{{"(title)", story.title}};
  for (const StoryPage& page : story.pages) words[page.id] = page.text;
  return words;
}

TEST_F(ShippedStories, EachLanguageTellsBothStoriesInItsOwnWords) {
  std::map<StoryLength, std::map<std::string, std::string>> english;
  for (StoryLength length : kBothStories) english[length] = words_of(story(length));
  for (const Language& language : kLanguages) {
    if (language.code == kEnglish) continue;
    const SpokenIn spoken(assets_, language.code);
    library_.reload_words();
    for (StoryLength length : kBothStories) {
      const std::string where = std::string(language.code) + " " + story_file(length);
      ASSERT_NE(library_.story(length), nullptr) << where;
      for (const std::string& problem : library_.problems(length)) ADD_FAILURE() << where << ": " << problem;
      const auto words = words_of(*library_.story(length));
      ASSERT_EQ(words.size(), english[length].size()) << where << ": the same pages as in English";
      for (const auto& [page, text] : words) {
        ASSERT_TRUE(english[length].contains(page)) << where << ": " << page;
        EXPECT_FALSE(text.empty()) << where << ": " << page;
        EXPECT_NE(text, english[length][page]) << where << ": page \"" << page << "\" is still in English";
      }
    }
  }
  for (const Notice& notice : notices_.all()) ADD_FAILURE() << notice.title << "\n" << notice.detail;
}

TEST_F(ShippedStories, EachLanguagesShortPagesStayShort) {
  for (const Language& language : kLanguages) {
    const SpokenIn spoken(assets_, language.code);
    library_.reload_words();
    for (const StoryPage& page : story(StoryLength::Short).pages)
      EXPECT_LE(word_count(page.text), 30u) << language.code << " " << page.id << ": " << page.text;
    EXPECT_LT(words_per_page(story(StoryLength::Short)), words_per_page(story(StoryLength::Full)))
        << language.code;
  }
}

TEST_F(ShippedStories, BothLoadWithoutAProblem) {
  for (StoryLength length : kBothStories) {
    ASSERT_NE(library_.story(length), nullptr) << story_file(length);
    for (const std::string& problem : library_.problems(length)) ADD_FAILURE() << problem;
    EXPECT_EQ(library_.story(length)->length, length);
    EXPECT_FALSE(library_.story(length)->title.empty()) << story_file(length);
  }
  for (const Notice& notice : notices_.all()) ADD_FAILURE() << notice.title << "\n" << notice.detail;
}

TEST_F(ShippedStories, TheFullStoryLastsAboutEightMinutes) {
  const int seconds = story(StoryLength::Full).total_seconds();
  EXPECT_GE(seconds, 450);
  EXPECT_LE(seconds, 490);
}

TEST_F(ShippedStories, TheShortStoryLastsAboutThreeMinutes) {
  const int seconds = story(StoryLength::Short).total_seconds();
  EXPECT_GE(seconds, 160);
  EXPECT_LE(seconds, 190);
}

TEST_F(ShippedStories, TheShortStoryHasFewerWordsAPageThanTheFull) {
  const double full = words_per_page(story(StoryLength::Full));
  const double brief = words_per_page(story(StoryLength::Short));
  EXPECT_GT(full, 0);
  EXPECT_GT(brief, 0);
  EXPECT_LT(brief, full);
}

TEST_F(ShippedStories, EachShortPageIsAtMostThirtyWords) {
  const Story& brief = story(StoryLength::Short);
  EXPECT_FALSE(brief.pages.empty());
  for (const StoryPage& page : brief.pages)
    EXPECT_LE(word_count(page.text), 30u) << page.id << ": " << page.text;
}

TEST_F(ShippedStories, EveryPictureIsBuiltAsAPng) {
  for (StoryLength length : kBothStories) {
    int pictures = 0;
    for (const StoryPage& page : story(length).pages) {
      if (page.picture.empty()) continue;
      ++pictures;
      const fs::path file = kBuiltAssets / page.picture;
      ASSERT_TRUE(fs::is_regular_file(file)) << story_file(length) << " page \"" << page.id << "\": " << file;
      const auto image = read_png_file(file);
      EXPECT_TRUE(image.ok()) << page.id << ": " << image.error();
    }
    EXPECT_GT(pictures, 0) << story_file(length) << " has no pictures at all";
  }
}

TEST_F(ShippedStories, EachStorysMusicIsBuilt) {
  for (StoryLength length : kBothStories) {
    const std::string& music = story(length).music;
    EXPECT_EQ(fs::path(music).parent_path(), "music") << story_file(length) << ": " << music;
    EXPECT_EQ(fs::path(music).extension(), ".ogg") << story_file(length) << ": " << music;
    const fs::path file = kBuiltAssets / music;
    std::error_code error;
    EXPECT_TRUE(fs::is_regular_file(file)) << story_file(length) << ": " << file;
    EXPECT_GT(fs::file_size(file, error), 0u) << file;
    EXPECT_FALSE(error) << file << ": " << error.message();
  }
  EXPECT_NE(story(StoryLength::Full).music, story(StoryLength::Short).music)
      << "each has music its own length";
}

TEST_F(ShippedStories, TheMusicOfferedAloneIsBuilt) {
  EXPECT_TRUE(fs::is_regular_file(kBuiltAssets / kMusicOnlyFile)) << kMusicOnlyFile;
}

TEST(ShippedStoryLibrary, AMissingStoryIsANoticeNamingEveryPathTried) {
  const fs::path nowhere = fs::path(KITBAG_SOURCE_DIR) / "no-such-assets";
  const AssetLocator assets({nowhere});
  Notices notices;
  StoryLibrary library(assets, notices);
  EXPECT_EQ(library.story(StoryLength::Full), nullptr);
  EXPECT_EQ(library.story(StoryLength::Short), nullptr);
  ASSERT_EQ(notices.all().size(), 2u) << "one for each story";
  EXPECT_NE(notices.all()[0].detail.find((nowhere / "stories/journey-full.json").string()), std::string::npos)
      << notices.all()[0].detail;
  EXPECT_NE(notices.all()[1].detail.find((nowhere / "stories/journey-short.json").string()),
            std::string::npos)
      << notices.all()[1].detail;
  EXPECT_EQ(library.problems(StoryLength::Full).size(), 1u);
}

TEST(ShippedStoryLibrary, APageWhoseWordsNoLanguageGivesNamesTheFilePageAndKey) {
  TempDir assets;
  assets.write("stories/journey-full.json",
               R"({"schema": 1, "story": "full", "music": "music/journey-full.ogg", "pages": [
      {"id": "told", "seconds": 10, "wash": ["#000000", "#FFFFFF"]},
      {"id": "untold", "seconds": 10, "wash": ["#000000", "#FFFFFF"]}]})");
  assets.write("lang/en/journey.json", R"({"schema": 1, "language": "en", "strings": {
      "story.full.title": "A story", "story.full.told.text": "Breathe in."}})");
  const AssetLocator locator({assets.path()});
  const SpokenIn english(locator, "en");
  Notices notices;
  StoryLibrary library(locator, notices);
  const Story* story = library.story(StoryLength::Full);
  ASSERT_NE(story, nullptr) << "the pages that have words still read";
  ASSERT_EQ(story->pages.size(), 1u);
  EXPECT_EQ(story->pages[0].text, "Breathe in.");
  ASSERT_FALSE(notices.all().empty());
  const std::string& detail = notices.all()[0].detail;
  for (const std::string& part : {(assets.path() / "stories/journey-full.json").string(),
                                  std::string("page 2 (\"untold\")"), std::string("story.full.untold.text")})
    EXPECT_NE(detail.find(part), std::string::npos) << part << " in:\n" << detail;
}

TEST(ShippedStoryLibrary, WithNoWordsLoadedTheProblemStillNamesTheKey) {
  const test::ScopedWords none;  // as a tool that forgot to load the language files would be
  const AssetLocator assets({kSourceAssets});
  Notices notices;
  StoryLibrary library(assets, notices);
  EXPECT_EQ(library.story(StoryLength::Short), nullptr) << "the shipped files carry no words of their own";
  const std::vector<std::string>& problems = library.problems(StoryLength::Short);
  ASSERT_FALSE(problems.empty());
  EXPECT_NE(problems.front().find("journey-short.json"), std::string::npos) << problems.front();
  EXPECT_NE(problems.front().find("story.short."), std::string::npos) << problems.front();
}

TEST(ShippedStoryLibrary, ABadPageIsANoticeAndAnUnreadableStoryIsNotOffered) {
  TempDir assets;
  const std::string full =
      R"({"schema": 1, "story": "full", "title": "T", "music": "music/journey-full.ogg", "pages": [
      {"id": "good", "text": "In.", "seconds": 10, "wash": ["#000000", "#FFFFFF"]},
      {"id": "bad", "text": "Out.", "seconds": 1, "wash": ["#000000", "#FFFFFF"]}]})";
  assets.write("stories/journey-full.json", full);
  assets.write("stories/journey-short.json", "{ not json");
  const AssetLocator locator({assets.path()});  // the library keeps a reference to it
  Notices notices;
  StoryLibrary library(locator, notices);
  const Story* story = library.story(StoryLength::Full);
  ASSERT_NE(story, nullptr);
  ASSERT_EQ(story->pages.size(), 1u);
  EXPECT_EQ(story->pages[0].id, "good");
  EXPECT_EQ(library.story(StoryLength::Short), nullptr);
  ASSERT_EQ(notices.all().size(), 2u);
  EXPECT_NE(notices.all()[0].detail.find("page 2 (\"bad\")"), std::string::npos) << notices.all()[0].detail;
  EXPECT_NE(notices.all()[0].detail.find("shows the pages that could be read"), std::string::npos);
  EXPECT_NE(notices.all()[1].detail.find("journey-short.json: is not valid JSON"), std::string::npos)
      << notices.all()[1].detail;
  EXPECT_NE(notices.all()[1].detail.find("not offered"), std::string::npos);
}

}  // namespace
}  // namespace kitbag
