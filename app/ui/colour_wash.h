// Soft colour washes behind the Wonder Journey: a rounded panel shading from one colour at the
// top to another at the bottom, with a low hill and a pale glow, so each page feels like a
// place without needing a painting.
#pragma once

#include "app/core/cards/colour.h"
#include "app/ui/frame_context.h"

namespace kitbag::ui {

struct Wash {
  Rgb top;
  Rgb bottom;
  bool operator==(const Wash&) const = default;
};

// Between two washes, `t` of the way from `from` to `to`.
Wash blend(const Wash& from, const Wash& to, float t);

void draw_wash(ImDrawList* draw, const Rect& rect, const Wash& wash, float rounding);

}  // namespace kitbag::ui
