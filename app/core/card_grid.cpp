#include "app/core/card_grid.h"

#include <algorithm>
#include <cmath>

namespace kitbag {
namespace {

float card_width_for(float width, int columns, const CardGridRules& rules) {
  return (width - rules.gap * static_cast<float>(columns - 1)) / static_cast<float>(columns);
}

int rows_for(int count, int columns) {
  return (count + columns - 1) / columns;
}

}  // namespace

CardGrid lay_out_card_grid(const Rect& area, float visible_height, int count, const CardGridRules& rules) {
  CardGrid grid;
  if (count <= 0 || area.width <= 0) return grid;
  const int most_columns =
      std::max(1, static_cast<int>(std::floor((area.width + rules.gap) / (rules.min_width + rules.gap))));
  int columns = most_columns;
  for (int c = 1; c <= std::min(most_columns, count); ++c) {
    const float width = std::min(rules.max_width, card_width_for(area.width, c, rules));
    const float height = width / rules.aspect;
    const int rows = rows_for(count, c);
    if (static_cast<float>(rows) * height + static_cast<float>(rows - 1) * rules.gap <= visible_height) {
      columns = c;
      break;
    }
  }
  columns = std::min(columns, count);
  const float width = std::min(rules.max_width, card_width_for(area.width, columns, rules));
  const float height = width / rules.aspect;
  const float row_width = static_cast<float>(columns) * width + static_cast<float>(columns - 1) * rules.gap;
  const float left = area.x + (area.width - row_width) / 2;
  for (int i = 0; i < count; ++i) {
    const int row = i / columns;
    const int column = i % columns;
    grid.cells.push_back({left + static_cast<float>(column) * (width + rules.gap),
                          area.y + static_cast<float>(row) * (height + rules.gap), width, height});
  }
  const int rows = rows_for(count, columns);
  grid.columns = columns;
  grid.content_height = static_cast<float>(rows) * height + static_cast<float>(rows - 1) * rules.gap;
  return grid;
}

}  // namespace kitbag
