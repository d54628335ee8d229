#include "app/core/focus_navigation.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace kitbag {
namespace {

// How far `to` lies from `from` when moving in `move`, or nothing when it is not that way.
// Controls that overlap across the direction of travel are preferred: moving Right from a tile
// picks the tile beside it, not a nearer one on the row below.
std::optional<float> distance_along(const Rect& from, const Rect& to, FocusMove move) {
  float along = 0;
  float across = 0;
  bool overlaps = false;
  switch (move) {
    case FocusMove::Right:
      along = to.center_x() - from.center_x();
      across = to.center_y() - from.center_y();
      overlaps = to.y < from.bottom() && from.y < to.bottom();
      break;
    case FocusMove::Left:
      along = from.center_x() - to.center_x();
      across = to.center_y() - from.center_y();
      overlaps = to.y < from.bottom() && from.y < to.bottom();
      break;
    case FocusMove::Down:
      along = to.center_y() - from.center_y();
      across = to.center_x() - from.center_x();
      overlaps = to.x < from.right() && from.x < to.right();
      break;
    case FocusMove::Up:
      along = from.center_y() - to.center_y();
      across = to.center_x() - from.center_x();
      overlaps = to.x < from.right() && from.x < to.right();
      break;
    case FocusMove::Next:
    case FocusMove::Previous:
      return std::nullopt;
  }
  if (along <= 0.5f) return std::nullopt;
  return along + (overlaps ? 0.0f : 2.0f * std::abs(across));
}

}  // namespace

std::optional<std::size_t> move_focus(std::span<const Rect> controls, std::optional<std::size_t> current,
                                      FocusMove move) {
  if (controls.empty()) return std::nullopt;
  const std::size_t count = controls.size();
  if (current && *current >= count) current.reset();

  if (move == FocusMove::Next) return current ? (*current + 1) % count : 0;
  if (move == FocusMove::Previous) return current ? (*current + count - 1) % count : count - 1;
  if (!current) return 0;

  std::optional<std::size_t> best;
  float best_distance = std::numeric_limits<float>::max();
  for (std::size_t i = 0; i < count; ++i) {
    if (i == *current) continue;
    auto distance = distance_along(controls[*current], controls[i], move);
    if (distance && *distance < best_distance) {
      best_distance = *distance;
      best = i;
    }
  }
  return best ? best : current;
}

}  // namespace kitbag
