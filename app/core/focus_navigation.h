// Where keyboard focus goes next: Tab order, and arrow keys to the nearest control in that direction.
#pragma once

#include <cstddef>
#include <optional>
#include <span>

#include "app/core/rect.h"

namespace kitbag {

enum class FocusMove { Next, Previous, Left, Right, Up, Down };

// `controls` are the focusable controls in drawing (Tab) order. Returns the index to focus, or
// `current` when nothing lies that way; nullopt only when there are no controls.
std::optional<std::size_t> move_focus(std::span<const Rect> controls, std::optional<std::size_t> current,
                                      FocusMove move);

}  // namespace kitbag
