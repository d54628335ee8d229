// A sentence saying what just happened (saved, signed in) or what went wrong (a code that does
// not add up). A problem sits on the calm notice colour, so it is told by more than its words.
#pragma once

#include <string_view>

#include "app/ui/frame_context.h"

namespace kitbag::ui {

// Draws `text` from `origin`, wrapping within `width`; returns the area used.
Rect message_box(FrameContext& frame, std::string_view text, bool problem, ImVec2 origin, float width);

}  // namespace kitbag::ui
