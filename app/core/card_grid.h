// Lays cards out in rows for a screen that scrolls: the largest cards with which every card
// fits on screen, or, when none do, as many columns of cards no narrower than a fingertip-safe
// minimum as the width holds.
#pragma once

#include <vector>

#include "app/core/rect.h"

namespace kitbag {

struct CardGridRules {
  float min_width = 150;
  float max_width = 320;
  float aspect = 0.8f;  // width / height
  float gap = 16;
};

struct CardGrid {
  int columns = 1;
  std::vector<Rect> cells;   // reading order, from the area's top-left
  float content_height = 0;  // what the scroll area scrolls over
};

// `visible_height` is how much of the area shows without scrolling.
CardGrid lay_out_card_grid(const Rect& area, float visible_height, int count, const CardGridRules& rules);

}  // namespace kitbag
