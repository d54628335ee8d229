#include "app/core/tile_grid.h"

#include <gtest/gtest.h>

namespace kitbag {
namespace {

void expect_sound_layout(const std::vector<Rect>& tiles, const Rect& area, const TileGridRules& rules) {
  for (std::size_t i = 0; i < tiles.size(); ++i) {
    EXPECT_TRUE(tiles[i].inside(area)) << "tile " << i;
    const float aspect = tiles[i].width / tiles[i].height;
    EXPECT_GE(aspect, rules.min_aspect - 0.001f);
    EXPECT_LE(aspect, rules.max_aspect + 0.001f);
    for (std::size_t j = i + 1; j < tiles.size(); ++j)
      EXPECT_FALSE(tiles[i].intersects(tiles[j])) << i << "," << j;
  }
}

TEST(TileGrid, SixTilesOnALandscapeScreenMakeThreeByTwo) {
  const Rect area{40, 130, 1200, 620};
  const TileGridRules rules;
  const auto tiles = lay_out_tiles(area, 6, rules);
  ASSERT_EQ(tiles.size(), 6u);
  EXPECT_FLOAT_EQ(tiles[0].y, tiles[2].y) << "first row holds three";
  EXPECT_GT(tiles[3].y, tiles[0].y);
  EXPECT_FLOAT_EQ(tiles[3].x, tiles[0].x);
  expect_sound_layout(tiles, area, rules);
}

TEST(TileGrid, SixTilesOnAPortraitWindowMakeTwoByThree) {
  const Rect area{20, 100, 560, 900};
  const auto tiles = lay_out_tiles(area, 6, {});
  ASSERT_EQ(tiles.size(), 6u);
  EXPECT_FLOAT_EQ(tiles[0].y, tiles[1].y);
  EXPECT_GT(tiles[2].y, tiles[1].y);
  expect_sound_layout(tiles, area, {});
}

TEST(TileGrid, ANetbookStillGetsFingerSizedTiles) {
  const Rect area{20, 110, 984, 470};  // 1024x600 less header and margins
  const auto tiles = lay_out_tiles(area, 6, {.gap = 16});
  ASSERT_EQ(tiles.size(), 6u);
  EXPECT_GE(tiles[0].height, 150);
  EXPECT_GE(tiles[0].width, 200);
  expect_sound_layout(tiles, area, {.gap = 16});
}

TEST(TileGrid, TheGridIsCentred) {
  const Rect area{0, 0, 2000, 400};
  const auto tiles = lay_out_tiles(area, 3, {});
  ASSERT_EQ(tiles.size(), 3u);
  EXPECT_NEAR(tiles[0].x - area.x, area.right() - tiles[2].right(), 0.01);
}

TEST(TileGrid, AShortLastRowIsCentredUnderTheOthers) {
  const Rect area{0, 0, 1000, 700};
  const auto tiles = lay_out_tiles(area, 5, {});
  ASSERT_EQ(tiles.size(), 5u);
  EXPECT_GT(tiles[3].x, tiles[0].x);
  EXPECT_NEAR(tiles[3].x - tiles[0].x, tiles[2].right() - tiles[4].right(), 0.01);
}

TEST(TileGrid, AShortWideAreaKeepsTilesWideEnoughForTheirNames) {
  // Six columns would give the largest tiles here, but too narrow for a word like "Presence".
  const Rect area{20, 100, 984, 230};
  const TileGridRules rules{.gap = 16, .min_width = 200};
  const auto tiles = lay_out_tiles(area, 6, rules);
  ASSERT_EQ(tiles.size(), 6u);
  EXPECT_GE(tiles[0].width, 200);
  const auto unconstrained = lay_out_tiles(area, 6, {.gap = 16});
  EXPECT_LT(unconstrained[0].width, 200) << "the rule is what makes the difference";
}

TEST(TileGrid, WhenNothingIsWideEnoughTheLargestStillWins) {
  const auto tiles = lay_out_tiles({0, 0, 300, 300}, 6, {.gap = 10, .min_width = 400});
  ASSERT_EQ(tiles.size(), 6u);
  expect_sound_layout(tiles, {0, 0, 300, 300}, {.gap = 10});
}

TEST(TileGrid, NothingToLayOut) {
  EXPECT_TRUE(lay_out_tiles({0, 0, 100, 100}, 0, {}).empty());
  EXPECT_TRUE(lay_out_tiles({0, 0, 0, 100}, 6, {}).empty());
}

}  // namespace
}  // namespace kitbag
