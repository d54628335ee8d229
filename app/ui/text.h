// Drawing text so that it wraps, centres, and is recorded as visible for scripts and tests.
#pragma once

#include <cfloat>
#include <initializer_list>
#include <string_view>
#include <vector>

#include "app/ui/frame_context.h"

namespace kitbag::ui {

ImVec2 measure_text(ImFont* font, std::string_view text, float wrap_width = 0);
// Splits `text` into the lines it takes at `width` (words kept whole where they fit).
std::vector<std::string_view> wrap_lines(ImFont* font, std::string_view text, float width);

// The first of `fonts` (largest first) in which `text` wraps at `width` without splitting a
// word and takes no more than `height`; the last one when none does.
ImFont* font_that_fits(std::initializer_list<ImFont*> fonts, std::string_view text, float width,
                       float height = FLT_MAX);

// Left-aligned from `origin`, wrapping at `wrap_width` when it is above zero. Returns the area used.
Rect draw_text(FrameContext& frame, ImFont* font, std::string_view text, ImVec2 origin, ImU32 colour,
               float wrap_width = 0);
// Each line centred in `box`, starting at its top. Returns the area used.
Rect draw_text_centred(FrameContext& frame, ImFont* font, std::string_view text, const Rect& box,
                       ImU32 colour);

}  // namespace kitbag::ui
