// A calm amber panel along the bottom listing problems worth knowing (a missing font, an
// unreadable file), with a Dismiss button. It takes its own space, so it never covers a tool.
#pragma once

#include "app/core/notices.h"
#include "app/ui/frame_context.h"

namespace kitbag::ui {

// The height the banner takes across `width`, at most `max_height` unless the first notice
// alone needs more; zero when there is nothing to say.
float notice_banner_height(const FrameContext& frame, const Notices& notices, float width, float max_height);
void notice_banner(FrameContext& frame, Notices& notices, const Rect& rect);

}  // namespace kitbag::ui
