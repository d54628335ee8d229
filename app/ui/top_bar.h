// The bar across the top of every screen but home: a large Back button and the screen's name.
#pragma once

#include <string_view>

#include "app/ui/frame_context.h"

namespace kitbag::ui {

// Draws the bar across the top of `area`; returns what is left below it. Back goes one step
// back, and on a first-level screen that is home.
Rect top_bar(FrameContext& frame, const Rect& area, std::string_view title);
// The bar's row of buttons, worked out from the area below it, for a screen that puts an action
// of its own at the row's right end.
Rect top_bar_row(const FrameContext& frame, const Rect& below);

}  // namespace kitbag::ui
