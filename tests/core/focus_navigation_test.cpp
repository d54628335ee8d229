#include "app/core/focus_navigation.h"

#include <gtest/gtest.h>

#include <vector>

namespace kitbag {
namespace {

// Two rows of three tiles, like the home screen, and a button above at the right.
std::vector<Rect> home_like() {
  return {
      {1000, 20, 150, 60},                                              // 0: About
      {40, 120, 300, 200}, {360, 120, 300, 200}, {680, 120, 300, 200},  // 1 2 3
      {40, 340, 300, 200}, {360, 340, 300, 200}, {680, 340, 300, 200},  // 4 5 6
  };
}

TEST(FocusNavigation, NothingToFocus) {
  EXPECT_EQ(move_focus({}, std::nullopt, FocusMove::Next), std::nullopt);
}

TEST(FocusNavigation, TabWalksInOrderAndWraps) {
  const auto rects = home_like();
  EXPECT_EQ(move_focus(rects, std::nullopt, FocusMove::Next), 0u);
  EXPECT_EQ(move_focus(rects, 3u, FocusMove::Next), 4u);
  EXPECT_EQ(move_focus(rects, 6u, FocusMove::Next), 0u);
  EXPECT_EQ(move_focus(rects, 0u, FocusMove::Previous), 6u);
  EXPECT_EQ(move_focus(rects, std::nullopt, FocusMove::Previous), 6u);
}

TEST(FocusNavigation, ArrowsMoveToTheNeighbourThatWay) {
  const auto rects = home_like();
  EXPECT_EQ(move_focus(rects, 1u, FocusMove::Right), 2u);
  EXPECT_EQ(move_focus(rects, 2u, FocusMove::Left), 1u);
  EXPECT_EQ(move_focus(rects, 2u, FocusMove::Down), 5u);
  EXPECT_EQ(move_focus(rects, 5u, FocusMove::Up), 2u);
  EXPECT_EQ(move_focus(rects, 3u, FocusMove::Up), 0u) << "the About button sits above the right column";
}

TEST(FocusNavigation, SameRowBeatsANearerTileOnTheNextRow) {
  // From tile 1, Right must give tile 2 on the same row, not tile 4 just below.
  const std::vector<Rect> rects = {{0, 0, 100, 100}, {300, 0, 100, 100}, {0, 110, 100, 100}};
  EXPECT_EQ(move_focus(rects, 0u, FocusMove::Right), 1u);
}

TEST(FocusNavigation, StaysPutAtTheEdge) {
  const auto rects = home_like();
  EXPECT_EQ(move_focus(rects, 1u, FocusMove::Left), 1u);
  EXPECT_EQ(move_focus(rects, 4u, FocusMove::Down), 4u);
}

TEST(FocusNavigation, AnArrowWithNoFocusStartsAtTheFirst) {
  EXPECT_EQ(move_focus(home_like(), std::nullopt, FocusMove::Down), 0u);
}

TEST(FocusNavigation, AFocusIndexOutOfRangeIsTreatedAsNone) {
  EXPECT_EQ(move_focus(home_like(), 42u, FocusMove::Next), 0u);
}

}  // namespace
}  // namespace kitbag
