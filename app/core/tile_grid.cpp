#include "app/core/tile_grid.h"

#include <algorithm>

namespace kitbag {

std::vector<Rect> lay_out_tiles(const Rect& area, int count, const TileGridRules& rules) {
  if (count <= 0 || area.width <= 0 || area.height <= 0) return {};

  int best_columns = 1;
  float best_width = 0;
  float best_height = 0;
  bool best_wide_enough = false;
  for (int columns = 1; columns <= count; ++columns) {
    const int rows = (count + columns - 1) / columns;
    float width = (area.width - rules.gap * static_cast<float>(columns - 1)) / static_cast<float>(columns);
    float height = (area.height - rules.gap * static_cast<float>(rows - 1)) / static_cast<float>(rows);
    if (width <= 0 || height <= 0) continue;
    // Short of height, a tile may be wider than max_aspect rather than narrower than min_width.
    if (width / height > rules.max_aspect)
      width = std::max(height * rules.max_aspect, std::min(width, rules.min_width));
    if (width / height < rules.min_aspect) height = width / rules.min_aspect;
    const bool wide_enough = width >= rules.min_width;
    const bool larger = width * height > best_width * best_height;
    if ((wide_enough && !best_wide_enough) || (wide_enough == best_wide_enough && larger)) {
      best_columns = columns;
      best_width = width;
      best_height = height;
      best_wide_enough = wide_enough;
    }
  }
  if (best_width <= 0) return {};

  const int rows = (count + best_columns - 1) / best_columns;
  const float grid_height = best_height * static_cast<float>(rows) + rules.gap * static_cast<float>(rows - 1);
  const float top = area.y + (area.height - grid_height) / 2;
  std::vector<Rect> tiles;
  tiles.reserve(static_cast<std::size_t>(count));
  for (int i = 0; i < count; ++i) {
    const int row = i / best_columns;
    // A last row that is not full is centred under the others.
    const int in_row = std::min(best_columns, count - row * best_columns);
    const float row_width =
        best_width * static_cast<float>(in_row) + rules.gap * static_cast<float>(in_row - 1);
    const float left = area.x + (area.width - row_width) / 2;
    const int column = i % best_columns;
    tiles.push_back({left + static_cast<float>(column) * (best_width + rules.gap),
                     top + static_cast<float>(row) * (best_height + rules.gap), best_width, best_height});
  }
  return tiles;
}

}  // namespace kitbag
