// A story's timeline: page times laid end to end, and the names the command line and files use.
#include "app/core/journey/story.h"

#include <gtest/gtest.h>

namespace kitbag {
namespace {

StoryPage page(std::string id, int seconds) {
  StoryPage made;
  made.id = std::move(id);
  made.text = "Words.";
  made.seconds = seconds;
  return made;
}

// Pages of 10, 20 and 30 seconds: they begin at 0, 10 and 30, and the story ends at 60.
Story three_pages() {
  Story story;
  story.pages = {page("one", 10), page("two", 20), page("three", 30)};
  return story;
}

TEST(Story, TotalSecondsAddsEveryPage) {
  EXPECT_EQ(three_pages().total_seconds(), 60);
  EXPECT_EQ(Story{}.total_seconds(), 0);
}

TEST(Story, EachPageStartsWhereTheOnesBeforeItEnd) {
  const Story story = three_pages();
  EXPECT_DOUBLE_EQ(story.page_start(0), 0);
  EXPECT_DOUBLE_EQ(story.page_start(1), 10);
  EXPECT_DOUBLE_EQ(story.page_start(2), 30);
}

TEST(Story, PastTheLastPageTheStartIsTheStorysEnd) {
  const Story story = three_pages();
  EXPECT_DOUBLE_EQ(story.page_start(3), 60);
  EXPECT_DOUBLE_EQ(story.page_start(99), 60);
  EXPECT_DOUBLE_EQ(Story{}.page_start(0), 0);
}

TEST(Story, APageBeginsExactlyAtItsStart) {
  const Story story = three_pages();
  EXPECT_EQ(story.page_at(0), 0u);
  EXPECT_EQ(story.page_at(9.999), 0u);
  EXPECT_EQ(story.page_at(10), 1u) << "at its start the page is the new one, not the last";
  EXPECT_EQ(story.page_at(29.999), 1u);
  EXPECT_EQ(story.page_at(30), 2u);
  EXPECT_EQ(story.page_at(59.999), 2u);
}

TEST(Story, BeforeTheStartIsTheFirstPageAndAfterTheEndTheLast) {
  const Story story = three_pages();
  EXPECT_EQ(story.page_at(-5), 0u);
  EXPECT_EQ(story.page_at(60), 2u);
  EXPECT_EQ(story.page_at(1000), 2u);
}

TEST(Story, PageAtAndPageStartAgreeForEveryPage) {
  const Story story = three_pages();
  for (std::size_t i = 0; i < story.pages.size(); ++i) EXPECT_EQ(story.page_at(story.page_start(i)), i);
}

TEST(Story, AStoryWithNoPagesIsAtPageZero) {
  EXPECT_EQ(Story{}.page_at(0), 0u);
  EXPECT_EQ(Story{}.page_at(42), 0u);
}

TEST(Story, LengthNamesGoBothWays) {
  EXPECT_EQ(story_length_name(StoryLength::Full), "full");
  EXPECT_EQ(story_length_name(StoryLength::Short), "short");
  for (StoryLength length : {StoryLength::Full, StoryLength::Short})
    EXPECT_EQ(story_length_from_name(story_length_name(length)), length);
  EXPECT_EQ(story_length_from_name("music"), std::nullopt) << "the music alone is not a story";
  EXPECT_EQ(story_length_from_name("Full"), std::nullopt);
  EXPECT_EQ(story_length_from_name(""), std::nullopt);
}

TEST(Story, JourneyChoicesByName) {
  EXPECT_EQ(journey_choice_from_name("full"), JourneyChoice::FullStory);
  EXPECT_EQ(journey_choice_from_name("short"), JourneyChoice::ShortStory);
  EXPECT_EQ(journey_choice_from_name("music"), JourneyChoice::MusicOnly);
  EXPECT_EQ(journey_choice_from_name("long"), std::nullopt);
  EXPECT_EQ(journey_choice_from_name("Music"), std::nullopt);
  EXPECT_EQ(journey_choice_from_name(""), std::nullopt);
}

TEST(Story, EachChoiceHasItsStoryExceptTheMusicAlone) {
  EXPECT_EQ(story_of(JourneyChoice::FullStory), StoryLength::Full);
  EXPECT_EQ(story_of(JourneyChoice::ShortStory), StoryLength::Short);
  EXPECT_EQ(story_of(JourneyChoice::MusicOnly), std::nullopt);
}

}  // namespace
}  // namespace kitbag
