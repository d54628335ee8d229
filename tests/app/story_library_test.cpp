// The Wonder Journey's stories read again when the language changes: only their words change,
// so a screen keeps its story, its pages and its place, even when a translation lacks a page's
// words or has words for a page the story does not have.
#include "app/story_library.h"

#include <gtest/gtest.h>

#include "app/core/i18n/current_strings.h"
#include "platform/fakes/temp_dir.h"
#include "tests/core/i18n/phrase_packs.h"

namespace kitbag {
namespace {

using test::pack;
using test::plain;

constexpr const char* kStory = R"({"schema": 1, "story": "short", "music": "music/journey-short.ogg",
  "pages": [
    {"id": "one", "seconds": 20, "wash": ["#FBEBDD", "#F3E2EC"]},
    {"id": "two", "seconds": 20, "wash": ["#FBEBDD", "#F3E2EC"]}
  ]})";

LanguagePack english() {
  return pack("en", {{"story.short.title", plain("A short journey")},
                     {"story.short.one.text", plain("Sit comfortably.")},
                     {"story.short.two.text", plain("Breathe in slowly.")}});
}

class StoryLibraryTest : public ::testing::Test {
 protected:
  StoryLibraryTest() {
    dir_.write("stories/journey-short.json", kStory);
    dir_.write("stories/journey-full.json", "not a story at all");  // its problems are another test's
  }
  ~StoryLibraryTest() override { use_strings(before_); }

  void speak(LanguagePack chosen) { use_strings(std::make_shared<const Strings>(english(), std::move(chosen))); }

  std::shared_ptr<const Strings> before_ = strings_in_use();
  TempDir dir_;
  AssetLocator assets_{{dir_.path()}};
  Notices notices_;
};

TEST_F(StoryLibraryTest, AnotherLanguagesWordsComeInPlaceAndThePagesStay) {
  speak(pack("en", {}));
  StoryLibrary library(assets_, notices_);
  const Story* story = library.story(StoryLength::Short);
  ASSERT_NE(story, nullptr);
  ASSERT_EQ(story->pages.size(), 2u);
  const StoryPage* second = &story->pages[1];
  EXPECT_EQ(second->text, "Breathe in slowly.");

  // Welsh with words for the first page only, and for a page the story does not have.
  speak(pack("cy", {{"story.short.title", plain("Taith fer")},
                    {"story.short.one.text", plain("Eistedda'n gyfforddus.")},
                    {"story.short.three.text", plain("Tudalen nad yw yn y stori.")}}));
  library.reload_words();
  EXPECT_EQ(library.story(StoryLength::Short), story) << "the same story, where the screen holds it";
  ASSERT_EQ(story->pages.size(), 2u) << "the pages the music's timeline goes by stay";
  EXPECT_EQ(&story->pages[1], second);
  EXPECT_EQ(story->title, "Taith fer");
  EXPECT_EQ(story->pages[0].text, "Eistedda'n gyfforddus.");
  EXPECT_EQ(story->pages[1].text, "Breathe in slowly.") << "English where Welsh has none";
}

TEST_F(StoryLibraryTest, ReloadingBeforeTheStoriesWereEverReadReadsNothing) {
  speak(pack("en", {}));
  StoryLibrary library(assets_, notices_);
  library.reload_words();
  EXPECT_TRUE(notices_.empty()) << "read on first use, not on a language change";
  EXPECT_NE(library.story(StoryLength::Short), nullptr);
}

}  // namespace
}  // namespace kitbag
