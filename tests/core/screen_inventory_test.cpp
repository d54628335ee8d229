#include "app/core/screen_inventory.h"

#include <gtest/gtest.h>

namespace kitbag {
namespace {

ScreenInventory sample() {
  ScreenInventory shown;
  shown.clear({0, 0, 800, 600});
  shown.add_target({"tile:animals", "Animals", {10, 10, 100, 100}, true});
  shown.add_target({"nav:about", "About", {600, 10, 100, 50}, true});
  shown.add_text("What would you like to do today?", {10, 200, 300, 30});
  return shown;
}

TEST(ScreenInventory, FindsByIdThenLabelThenLabelIgnoringCase) {
  const auto shown = sample();
  ASSERT_NE(shown.find_target("tile:animals"), nullptr);
  EXPECT_EQ(shown.find_target("Animals")->id, "tile:animals");
  EXPECT_EQ(shown.find_target("about")->id, "nav:about");
  EXPECT_EQ(shown.find_target("Lions"), nullptr);
  EXPECT_EQ(shown.find_by_id("Animals"), nullptr) << "find_by_id does not fall back to labels";
}

TEST(ScreenInventory, ShowsTextIncludingLabelsAndPartsOfSentences) {
  const auto shown = sample();
  EXPECT_TRUE(shown.shows_text("like to do"));
  EXPECT_TRUE(shown.shows_text("About"));
  EXPECT_FALSE(shown.shows_text("like to eat"));
  EXPECT_FALSE(shown.shows_text("animals")) << "text matching is exact about case";
}

TEST(ScreenInventory, ThingsOutsideTheViewportAreNotVisible) {
  ScreenInventory shown;
  shown.clear({0, 0, 800, 600});
  shown.add_target({"far", "Far away", {900, 10, 100, 100}, true});
  shown.add_text("Below the fold", {10, 700, 100, 20});
  EXPECT_EQ(shown.find_target("far"), nullptr);
  EXPECT_FALSE(shown.shows_text("Below"));
  EXPECT_TRUE(shown.targets().empty());
}

TEST(ScreenInventory, WhatIsScrolledOutOfAClipIsNotVisible) {
  ScreenInventory shown;
  shown.clear({0, 0, 800, 600});
  shown.push_clip({0, 100, 800, 300});
  shown.add_target({"inside", "Inside", {10, 150, 100, 50}, true});
  shown.add_target({"half", "Half", {10, 380, 100, 50}, true});
  shown.add_target({"below", "Below", {10, 450, 100, 50}, true});
  shown.add_text("Scrolled away", {10, 20, 100, 20});
  shown.pop_clip();
  shown.add_target({"after", "After", {10, 450, 100, 50}, true});

  EXPECT_NE(shown.find_target("inside"), nullptr);
  EXPECT_EQ(shown.find_target("below"), nullptr);
  EXPECT_NE(shown.find_target("after"), nullptr) << "the clip ends with pop_clip";
  ASSERT_NE(shown.find_target("half"), nullptr);
  EXPECT_EQ(shown.find_target("half")->rect, (Rect{10, 380, 100, 20}))
      << "only its visible part, so a click lands there";
  EXPECT_FALSE(shown.shows_text("Scrolled away"));
}

TEST(ScreenInventory, ClearStartsAFreshFrame) {
  auto shown = sample();
  shown.clear({0, 0, 800, 600});
  EXPECT_TRUE(shown.targets().empty());
  EXPECT_TRUE(shown.texts().empty());
}

TEST(ScreenInventory, DescribesTargetsForErrorMessages) {
  auto shown = sample();
  shown.add_target({"tile:timer", "Timer", {10, 300, 100, 100}, false});
  const std::string description = shown.describe_targets();
  EXPECT_NE(description.find("tile:animals \"Animals\""), std::string::npos) << description;
  EXPECT_NE(description.find("tile:timer \"Timer\" (disabled)"), std::string::npos) << description;
}

TEST(ScreenInventory, ReportsDuplicateIds) {
  auto shown = sample();
  EXPECT_TRUE(shown.duplicate_ids().empty());
  shown.add_target({"nav:about", "About again", {300, 300, 10, 10}, true});
  EXPECT_EQ(shown.duplicate_ids(), std::vector<std::string>{"nav:about"});
}

}  // namespace
}  // namespace kitbag

namespace kitbag {
namespace {

ScreenInventory two_scrolling_areas() {
  ScreenInventory shown;
  shown.clear({0, 0, 1000, 600});
  shown.add_scroll_area("list", {0, 100, 300, 500});
  shown.add_target({"row:last", "Last", {10, 900, 280, 50}, true});  // scrolled out of sight below
  shown.add_scroll_area("form", {320, 100, 680, 500});
  shown.add_target({"field", "Field", {340, 150, 400, 50}, true});
  return shown;
}

TEST(ScrollKeys, GoToTheAreaUnderThePointer) {
  EXPECT_EQ(two_scrolling_areas().scroll_area_for_keys(ScreenInventory::Point{500, 300}, ""), "form");
  EXPECT_EQ(two_scrolling_areas().scroll_area_for_keys(ScreenInventory::Point{100, 300}, "field"), "list");
}

TEST(ScrollKeys, ElseToTheAreaHoldingKeyboardFocusEvenOutOfSight) {
  EXPECT_EQ(two_scrolling_areas().scroll_area_for_keys(std::nullopt, "field"), "form");
  EXPECT_EQ(two_scrolling_areas().scroll_area_for_keys(ScreenInventory::Point{5, 20}, "row:last"), "list");
}

TEST(ScrollKeys, ElseToTheFirstAreaAndNoneWithoutAreas) {
  EXPECT_EQ(two_scrolling_areas().scroll_area_for_keys(std::nullopt, "nothing"), "list");
  ScreenInventory none;
  none.clear({0, 0, 100, 100});
  EXPECT_EQ(none.scroll_area_for_keys(std::nullopt, ""), "");
}

}  // namespace
}  // namespace kitbag
