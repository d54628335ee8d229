// The home screen in real ImGui frames: its tiles, its sizes at several window sizes, and clicks.
#include <gtest/gtest.h>

#include "app/core/tool_catalog.h"
#include "app/core/ui_ids.h"
#include "app/ui/widgets.h"
#include "tests/support/ui_harness.h"

namespace kitbag {
namespace {

using test::UiHarness;

TEST(HomeScreen, OffersATileForEachOfTheSixTools) {
  UiHarness ui;
  ui.settle();
  for (const Tool& tool : tools()) {
    const UiTarget& tile = ui.target(ui_id::tile(tool.key));
    EXPECT_EQ(tile.label, tool_name(tool));
    EXPECT_TRUE(ui.shown().shows_text(tool_name(tool)));
  }
  EXPECT_TRUE(ui.shown().shows_text("What would you like to do today?"));
  EXPECT_TRUE(ui.shown().duplicate_ids().empty());
}

TEST(HomeScreen, EveryToolHasItsScreenSoNoneSaysComingSoon) {
  // A tool without a screen would show a "Coming soon" badge and answer a tap with a toast; since
  // the Wonder Journey landed, every tool has its screen.
  UiHarness ui;
  ui.settle();
  for (const Tool& tool : tools()) EXPECT_TRUE(tool.screen.has_value()) << tool.key;
  EXPECT_FALSE(ui.shown().shows_text("Coming soon"));
}

TEST(HomeScreen, EveryTileOpensItsToolsScreen) {
  for (const Tool& tool : tools()) {
    ASSERT_TRUE(tool.screen) << tool.key;
    UiHarness ui;
    ui.settle();
    ui.click(ui_id::tile(tool.key));
    EXPECT_EQ(ui.navigator().current(), *tool.screen) << tool.key;
    EXPECT_FALSE(ui.shown().shows_text("isn't ready yet")) << tool.key;
    EXPECT_TRUE(ui.shown().find_by_id(ui_id::kBack)) << tool.key << ": a way back home";
  }
}

TEST(HomeScreen, TheWonderJourneyTileOffersTheThreeJourneys) {
  UiHarness ui;
  ui.settle();
  ui.click("tile:journey");
  ASSERT_EQ(ui.navigator().current(), ScreenId::Journey);
  for (std::string_view id : {ui_id::kJourneyFull, ui_id::kJourneyShort, ui_id::kJourneyMusic})
    EXPECT_TRUE(ui.shown().find_by_id(id)) << id;
  EXPECT_TRUE(ui.shown().shows_text("Just the music"));
  ui.click(ui_id::kBack);
  EXPECT_EQ(ui.navigator().current(), ScreenId::Home);
}

TEST(HomeScreen, EachCardToolOpensItsScreen) {
  for (const auto& [key, screen] :
       {std::pair{"feelings", ScreenId::Feelings}, std::pair{"animals", ScreenId::Animals},
        std::pair{"presence", ScreenId::Presence}}) {
    UiHarness ui;
    ui.settle();
    ui.click(ui_id::tile(key));
    EXPECT_EQ(ui.navigator().current(), screen) << key;
  }
}

TEST(HomeScreen, AboutOpensAndBackReturns) {
  UiHarness ui;
  ui.settle();
  ui.click("About");
  EXPECT_EQ(ui.navigator().current(), ScreenId::About);
  EXPECT_TRUE(ui.shown().shows_text("About Kitbag Desk"));
  EXPECT_TRUE(ui.shown().shows_text("9.9.9-test"));
  EXPECT_TRUE(ui.shown().shows_text("Nothing a child says or chooses is ever stored."));
  EXPECT_TRUE(ui.shown().shows_text("Noto Color Emoji")) << "the card pictures are credited";
  ui.click(ui_id::kBack);
  EXPECT_EQ(ui.navigator().current(), ScreenId::Home);
}

struct Size {
  int width;
  int height;
};

class HomeScreenSizes : public ::testing::TestWithParam<Size> {};

// Netbook, laptop, big screen, and a narrow portrait window: everything fits, nothing overlaps,
// and every control is big enough for a child's finger.
TEST_P(HomeScreenSizes, EverythingFitsAndIsBigEnoughToTap) {
  UiHarness ui({.size = {GetParam().width, GetParam().height}});
  ui.settle();
  const Rect viewport = ui.shown().viewport();
  const auto& targets = ui.shown().targets();
  // The tiles, About, Settings, and the account bar's Sign in, status and Hand to child; Share
  // view too where it fits without another row (Settings always has it).
  const bool sharing_fits = ui.shown().find_by_id(ui_id::kPresenter) != nullptr;
  if (GetParam().width >= 1024) {
    EXPECT_TRUE(sharing_fits);
  }
  ASSERT_EQ(targets.size(), tools().size() + 5 + (sharing_fits ? 1 : 0));
  for (std::size_t i = 0; i < targets.size(); ++i) {
    EXPECT_TRUE(targets[i].rect.inside(viewport)) << targets[i].id;
    EXPECT_GE(targets[i].rect.height, ui::kMinTouchTarget) << targets[i].id;
    EXPECT_GE(targets[i].rect.width, ui::kMinTouchTarget) << targets[i].id;
    for (std::size_t j = i + 1; j < targets.size(); ++j)
      EXPECT_FALSE(targets[i].rect.intersects(targets[j].rect)) << targets[i].id << " and " << targets[j].id;
  }
  for (const auto& text : ui.shown().texts()) EXPECT_TRUE(text.rect.inside(viewport)) << text.text;
}

INSTANTIATE_TEST_SUITE_P(HomeScreen, HomeScreenSizes,
                         ::testing::Values(Size{640, 480}, Size{1024, 600}, Size{1280, 800}, Size{1920, 1080},
                                           Size{700, 1000}),
                         [](const auto& param_info) {
                           return std::to_string(param_info.param.width) + "x" +
                                  std::to_string(param_info.param.height);
                         });

void expect_tile_text_inside_tiles(const UiHarness& ui) {
  for (const Tool& tool : tools()) {
    const Rect tile = ui.target(ui_id::tile(tool.key)).rect;
    bool found = false;
    for (const auto& text : ui.shown().texts()) {
      if (text.text != tool_name(tool)) continue;
      found = true;
      EXPECT_TRUE(text.rect.inside(tile)) << tool.key;
    }
    EXPECT_TRUE(found) << tool.key;
  }
}

TEST(HomeScreen, TileTextStaysInsideItsTile) {
  UiHarness ui({.size = {1024, 600}});
  ui.settle();
  expect_tile_text_inside_tiles(ui);
}

// A netbook with a two-notice banner (fonts missing) leaves the tiles little height.
TEST(HomeScreen, TileTextStillFitsWhenNoticesTakeHalfTheHeight) {
  UiHarness ui({.size = {1024, 600}});
  ui.add_missing_font_notices();
  ui.settle();
  for (const Tool& tool : tools()) EXPECT_GE(ui.target(ui_id::tile(tool.key)).rect.width, 150);
  expect_tile_text_inside_tiles(ui);
}

TEST(HomeScreen, TheSmallestWindowWithNoticesStillShowsEveryToolByName) {
  UiHarness ui({.size = kMinWindowSize});
  ui.add_missing_font_notices();
  ui.settle();
  expect_tile_text_inside_tiles(ui);
  EXPECT_TRUE(ui.shown().shows_text("and 1 more")) << "the banner keeps to its share of the window";
}

}  // namespace
}  // namespace kitbag
