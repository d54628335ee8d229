// Turning the story's pages by hand, or with the timeline when following it.
#include "app/core/journey/page_turner.h"

#include <gtest/gtest.h>

namespace kitbag {
namespace {

// Pages of 10, 20 and 30 seconds: they begin at 0, 10 and 30, and the story ends at 60.
Story three_pages() {
  Story story;
  for (const auto& [id, seconds] : {std::pair{"one", 10}, std::pair{"two", 20}, std::pair{"three", 30}}) {
    StoryPage page;
    page.id = id;
    page.seconds = seconds;
    story.pages.push_back(page);
  }
  return story;
}

class PageTurnerTest : public ::testing::Test {
 protected:
  Story story_ = three_pages();
  PageTurner turner_{story_};
};

TEST_F(PageTurnerTest, StartsOnTheFirstPageNotFollowing) {
  EXPECT_EQ(turner_.page(), 0u);
  EXPECT_EQ(turner_.page_count(), 3u);
  EXPECT_TRUE(turner_.at_first());
  EXPECT_FALSE(turner_.at_last());
  EXPECT_FALSE(turner_.follows_timeline());
}

TEST_F(PageTurnerTest, ByHandNextAndPreviousTurnWithoutMovingTheTimeline) {
  EXPECT_EQ(turner_.next(), std::nullopt);
  EXPECT_EQ(turner_.page(), 1u);
  EXPECT_FALSE(turner_.at_first());
  EXPECT_FALSE(turner_.at_last());
  EXPECT_EQ(turner_.next(), std::nullopt);
  EXPECT_EQ(turner_.page(), 2u);
  EXPECT_TRUE(turner_.at_last());
  EXPECT_EQ(turner_.previous(), std::nullopt);
  EXPECT_EQ(turner_.page(), 1u);
}

TEST_F(PageTurnerTest, AtTheEndsTurningDoesNothing) {
  EXPECT_EQ(turner_.previous(), std::nullopt);
  EXPECT_EQ(turner_.page(), 0u);
  turner_.go_to(2);
  EXPECT_EQ(turner_.next(), std::nullopt);
  EXPECT_EQ(turner_.page(), 2u);
}

TEST_F(PageTurnerTest, WhenFollowingATurnByHandSaysWhereTheTimelineJumps) {
  turner_.set_follows_timeline(true, 0);
  EXPECT_EQ(turner_.next(), 10.0);
  EXPECT_EQ(turner_.page(), 1u);
  EXPECT_EQ(turner_.next(), 30.0);
  EXPECT_EQ(turner_.page(), 2u);
  EXPECT_EQ(turner_.previous(), 10.0);
  EXPECT_EQ(turner_.page(), 1u);
  EXPECT_EQ(turner_.previous(), 0.0);
  EXPECT_EQ(turner_.page(), 0u);
}

TEST_F(PageTurnerTest, WhenFollowingTurningPastTheEndsStillJumpsNowhere) {
  turner_.set_follows_timeline(true, 0);
  EXPECT_EQ(turner_.previous(), std::nullopt) << "no page before the first";
  EXPECT_EQ(turner_.page(), 0u);
  turner_.set_follows_timeline(true, 45);
  ASSERT_EQ(turner_.page(), 2u);
  EXPECT_EQ(turner_.next(), std::nullopt) << "no page after the last";
  EXPECT_EQ(turner_.page(), 2u);
}

TEST_F(PageTurnerTest, GoToAPage) {
  EXPECT_EQ(turner_.go_to(2), std::nullopt) << "not following: no jump";
  EXPECT_EQ(turner_.page(), 2u);
  turner_.set_follows_timeline(true, 60);
  EXPECT_EQ(turner_.go_to(1), 10.0);
  EXPECT_EQ(turner_.page(), 1u);
  EXPECT_EQ(turner_.go_to(1), 10.0) << "the page it is on: back to the page's start";
}

TEST_F(PageTurnerTest, GoToAPageThatIsNotThereChangesNothing) {
  turner_.go_to(1);
  EXPECT_EQ(turner_.go_to(3), std::nullopt);
  EXPECT_EQ(turner_.go_to(99), std::nullopt);
  EXPECT_EQ(turner_.page(), 1u);
  turner_.set_follows_timeline(true, 15);
  EXPECT_EQ(turner_.go_to(3), std::nullopt) << "following, still no jump to a page not there";
  EXPECT_EQ(turner_.page(), 1u);
}

TEST_F(PageTurnerTest, TurningFollowingOnShowsThePageTheTimelineIsAt) {
  turner_.set_follows_timeline(true, 30);
  EXPECT_TRUE(turner_.follows_timeline());
  EXPECT_EQ(turner_.page(), 2u) << "30 s is exactly where the third page begins";
  turner_.set_follows_timeline(true, 29.5);
  EXPECT_EQ(turner_.page(), 1u);
}

TEST_F(PageTurnerTest, TurningFollowingOffKeepsThePageShowing) {
  turner_.set_follows_timeline(true, 12);
  ASSERT_EQ(turner_.page(), 1u);
  turner_.set_follows_timeline(false, 50);
  EXPECT_FALSE(turner_.follows_timeline());
  EXPECT_EQ(turner_.page(), 1u) << "the timeline's place no longer turns the page";
}

TEST_F(PageTurnerTest, FollowTurnsToThePageTheTimelineReaches) {
  turner_.set_follows_timeline(true, 0);
  turner_.follow(9.9);
  EXPECT_EQ(turner_.page(), 0u);
  turner_.follow(10);
  EXPECT_EQ(turner_.page(), 1u);
  turner_.follow(59);
  EXPECT_EQ(turner_.page(), 2u);
  turner_.follow(500);
  EXPECT_EQ(turner_.page(), 2u) << "past the end stays on the last page";
  turner_.follow(0);
  EXPECT_EQ(turner_.page(), 0u) << "back to the start after a stop";
}

TEST_F(PageTurnerTest, NotFollowingTheTimelineDoesNotTurnThePage) {
  turner_.follow(45);
  EXPECT_EQ(turner_.page(), 0u);
  turner_.next();
  turner_.follow(0);
  EXPECT_EQ(turner_.page(), 1u);
}

TEST(PageTurner, AStoryWithNoPagesIsAtBothEnds) {
  const Story empty;
  PageTurner turner(empty);
  EXPECT_EQ(turner.page_count(), 0u);
  EXPECT_TRUE(turner.at_first());
  EXPECT_TRUE(turner.at_last());
  EXPECT_EQ(turner.next(), std::nullopt);
  EXPECT_EQ(turner.previous(), std::nullopt);
  EXPECT_EQ(turner.go_to(0), std::nullopt);
  turner.set_follows_timeline(true, 10);
  EXPECT_EQ(turner.page(), 0u);
  EXPECT_EQ(turner.next(), std::nullopt);
}

TEST(PageTurner, AOnePageStoryIsAtBothEnds) {
  Story one;
  one.pages.emplace_back();
  one.pages.back().id = "only";
  one.pages.back().seconds = 20;
  PageTurner turner(one);
  EXPECT_TRUE(turner.at_first());
  EXPECT_TRUE(turner.at_last());
  turner.set_follows_timeline(true, 5);
  EXPECT_EQ(turner.next(), std::nullopt);
  EXPECT_EQ(turner.go_to(0), 0.0);
}

}  // namespace
}  // namespace kitbag
