// A large, rounded tile on the home screen that opens one tool.
#pragma once

#include "app/core/tool_catalog.h"
#include "app/ui/frame_context.h"

namespace kitbag::ui {

// True when the tile was chosen. A tool not built yet still answers, with a "coming soon" note.
bool tool_tile(FrameContext& frame, const Tool& tool, const Rect& rect);

}  // namespace kitbag::ui
