// The bar across the top of every screen but home: a large Back button, the screen's name and,
// on a tool for grown-ups, Ideas for using it.
#pragma once

#include <string_view>

#include "app/ui/frame_context.h"

namespace kitbag::ui {

struct TopBar {
  Rect below;                 // what is left of the area under the bar
  bool ideas_chosen = false;  // Ideas was pressed this frame
};

// Draws the bar across the top of `area`. Back goes one step back, and on a first-level screen
// that is home. `offer_ideas` puts Ideas at the bar's right end; `kept` is how much room left of
// it the screen keeps for its own action.
TopBar top_bar(FrameContext& frame, const Rect& area, std::string_view title, bool offer_ideas, float kept = 0);
// The bar's row of buttons, worked out from the area below it, for a screen that puts an action
// of its own at the row's right end (left of Ideas, when the bar offers it).
Rect top_bar_row(const FrameContext& frame, const Rect& below);

}  // namespace kitbag::ui
