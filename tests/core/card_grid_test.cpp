// Card grids for scrolling screens: the largest cards that all fit, else fingertip-safe columns.
#include "app/core/card_grid.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace kitbag {
namespace {

void expect_sound_grid(const CardGrid& grid, const Rect& area, int count) {
  ASSERT_EQ(grid.cells.size(), static_cast<std::size_t>(count));
  float bottom = area.y;
  for (std::size_t i = 0; i < grid.cells.size(); ++i) {
    const Rect& cell = grid.cells[i];
    EXPECT_GE(cell.x, area.x - 0.01f) << "cell " << i;
    EXPECT_LE(cell.right(), area.right() + 0.01f) << "cell " << i;
    EXPECT_GE(cell.y, area.y) << "cell " << i;
    bottom = std::max(bottom, cell.bottom());
    for (std::size_t j = i + 1; j < grid.cells.size(); ++j)
      EXPECT_FALSE(cell.intersects(grid.cells[j])) << i << "," << j;
  }
  EXPECT_NEAR(grid.content_height, bottom - area.y, 0.01);
}

TEST(CardGrid, UsesTheFewestColumnsWithWhichEveryCardFits) {
  // Six cards, 700 high: three columns of 320x400 cards need two rows (816); four of 238x297.5 need 611.
  const Rect area{0, 0, 1000, 2000};
  const auto grid = lay_out_card_grid(area, 700, 6, {});
  EXPECT_EQ(grid.columns, 4);
  EXPECT_LE(grid.content_height, 700);
  EXPECT_NEAR(grid.cells[0].width, 238, 0.01);
  expect_sound_grid(grid, area, 6);
}

TEST(CardGrid, MoreRoomMeansFewerLargerCards) {
  const Rect area{0, 0, 1000, 2000};
  const auto tight = lay_out_card_grid(area, 700, 6, {});
  const auto roomy = lay_out_card_grid(area, 900, 6, {});
  EXPECT_LT(roomy.columns, tight.columns);
  EXPECT_GT(roomy.cells[0].width, tight.cells[0].width);
  EXPECT_LE(roomy.content_height, 900);
}

TEST(CardGrid, CardsKeepTheirAspectAndNeverExceedTheMaximumWidth) {
  const CardGridRules rules;
  const auto grid = lay_out_card_grid({0, 0, 3000, 5000}, 5000, 3, rules);
  ASSERT_EQ(grid.cells.size(), 3u);
  for (const Rect& cell : grid.cells) {
    EXPECT_LE(cell.width, rules.max_width);
    EXPECT_NEAR(cell.width / cell.height, rules.aspect, 0.001);
  }
}

TEST(CardGrid, WhenNothingFitsItUsesAsManyColumnsAsTheMinimumWidthAllowsAndScrolls) {
  const Rect area{0, 0, 1000, 100};
  const CardGridRules rules;  // 150 wide with 16 between: six fit in 1000, seven would need 1146
  const auto grid = lay_out_card_grid(area, 100, 20, rules);
  EXPECT_EQ(grid.columns, 6);
  EXPECT_GT(grid.content_height, 100);
  for (const Rect& cell : grid.cells) EXPECT_GE(cell.width, rules.min_width);
  expect_sound_grid(grid, area, 20);
}

TEST(CardGrid, CardsAreNeverNarrowerThanTheMinimumWhenTheWidthAllowsOne) {
  const CardGridRules rules{.min_width = 180, .max_width = 300, .aspect = 0.75f, .gap = 12};
  for (float width = rules.min_width; width <= 2500; width += 37) {
    for (float visible : {120.0f, 400.0f, 900.0f}) {
      const Rect area{10, 20, width, visible};
      const auto grid = lay_out_card_grid(area, visible, 37, rules);
      ASSERT_FALSE(grid.cells.empty());
      EXPECT_GE(grid.cells[0].width, rules.min_width - 0.01f) << width << " wide, " << visible << " high";
      expect_sound_grid(grid, area, 37);
    }
  }
}

TEST(CardGrid, CellsAreInReadingOrderInRowsOfTheChosenColumns) {
  const auto grid = lay_out_card_grid({0, 0, 1000, 2000}, 700, 6, {});
  ASSERT_EQ(grid.columns, 4);
  for (int i = 1; i < 4; ++i) {
    EXPECT_FLOAT_EQ(grid.cells[i].y, grid.cells[0].y);
    EXPECT_GT(grid.cells[i].x, grid.cells[i - 1].x);
  }
  EXPECT_GT(grid.cells[4].y, grid.cells[0].y);
  EXPECT_FLOAT_EQ(grid.cells[4].x, grid.cells[0].x) << "the second row starts under the first";
}

TEST(CardGrid, RowsAreCentredInTheArea) {
  const Rect area{100, 50, 1000, 2000};
  const auto grid = lay_out_card_grid(area, 700, 8, {});
  ASSERT_EQ(grid.cells.size(), 8u);
  const Rect& first = grid.cells.front();
  const Rect& last_in_row = grid.cells[static_cast<std::size_t>(grid.columns) - 1];
  EXPECT_NEAR(first.x - area.x, area.right() - last_in_row.right(), 0.01);

  const auto one = lay_out_card_grid(area, 700, 1, {});
  ASSERT_EQ(one.cells.size(), 1u);
  EXPECT_NEAR(one.cells[0].center_x(), area.center_x(), 0.01);
  EXPECT_FLOAT_EQ(one.cells[0].y, area.y);
}

TEST(CardGrid, NothingToLayOut) {
  const auto none = lay_out_card_grid({0, 0, 1000, 700}, 700, 0, {});
  EXPECT_TRUE(none.cells.empty());
  EXPECT_FLOAT_EQ(none.content_height, 0);
  EXPECT_TRUE(lay_out_card_grid({0, 0, 1000, 700}, 700, -3, {}).cells.empty());
  EXPECT_TRUE(lay_out_card_grid({0, 0, 0, 700}, 700, 5, {}).cells.empty());
}

}  // namespace
}  // namespace kitbag
