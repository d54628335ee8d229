// Lays out equal tiles in the grid that makes them largest within an area, keeping each tile's
// shape between portrait and wide landscape so a narrow window gets more rows, not slivers.
#pragma once

#include <vector>

#include "app/core/rect.h"

namespace kitbag {

struct TileGridRules {
  float gap = 24;
  float min_aspect = 0.75f;  // width / height
  float max_aspect = 1.6f;   // exceeded only to keep min_width
  float min_width = 0;       // narrower tiles only when no grid can do better
};

// `count` tiles in reading order, centred in `area`.
std::vector<Rect> lay_out_tiles(const Rect& area, int count, const TileGridRules& rules);

}  // namespace kitbag
