// A text box people type into, in the app's look, that scripts and tests can click by ID and
// the keyboard can reach with Tab (Enter starts typing).
#pragma once

#include <string>

#include "app/ui/frame_context.h"

namespace kitbag::ui {

// `buffer` holds the text and its capacity. Returns true when the text changed this frame.
bool text_field(FrameContext& frame, const std::string& id, const std::string& label, std::string& buffer,
                std::size_t capacity, const Rect& rect, bool multiline = false);

}  // namespace kitbag::ui
