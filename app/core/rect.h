// An axis-aligned rectangle in window pixels, so layout and hit logic need no ImGui types.
#pragma once

namespace kitbag {

struct Rect {
  float x = 0;
  float y = 0;
  float width = 0;
  float height = 0;

  float right() const { return x + width; }
  float bottom() const { return y + height; }
  float center_x() const { return x + width / 2; }
  float center_y() const { return y + height / 2; }
  bool contains(float px, float py) const { return px >= x && px < right() && py >= y && py < bottom(); }
  bool intersects(const Rect& other) const {
    return x < other.right() && other.x < right() && y < other.bottom() && other.y < bottom();
  }
  bool inside(const Rect& outer) const {
    return x >= outer.x && y >= outer.y && right() <= outer.right() && bottom() <= outer.bottom();
  }
  // The part of this rectangle inside `other`; empty (zero size) when they do not meet.
  Rect clipped_to(const Rect& other) const {
    const float left = x > other.x ? x : other.x;
    const float top = y > other.y ? y : other.y;
    const float r = right() < other.right() ? right() : other.right();
    const float b = bottom() < other.bottom() ? bottom() : other.bottom();
    if (r <= left || b <= top) return {left, top, 0, 0};
    return {left, top, r - left, b - top};
  }
  bool operator==(const Rect&) const = default;
};

}  // namespace kitbag
