// Draws the toast (a short, fading message) above the bottom edge of `area`.
#pragma once

#include "app/core/toast.h"
#include "app/ui/frame_context.h"

namespace kitbag::ui {

void toast_view(FrameContext& frame, const Toast& toast, const Rect& area);

}  // namespace kitbag::ui
