// A text box people type into, in the app's look, that scripts and tests can click by ID and
// the keyboard can reach with Tab (Enter starts typing).
#pragma once

#include <string>

#include "app/ui/frame_context.h"

namespace kitbag::ui {

enum class TextFieldKind {
  Line,
  Lines,  // wraps and takes Enter as a new line
  Hidden  // shown as dots: a PIN typed with a child beside you
};

// `buffer` holds the text and its capacity. Returns true when the text changed this frame.
bool text_field(FrameContext& frame, const std::string& id, const std::string& label, std::string& buffer,
                std::size_t capacity, const Rect& rect, TextFieldKind kind = TextFieldKind::Line);

// Overwrites a secret typed into a text field (an access code, a PIN) and ImGui's own copies of
// what was last typed (the text being edited, its first state and its undo history), then lets
// them go, so the secret does not linger in memory once it has been used.
void forget_typed_secret(std::string& buffer);

}  // namespace kitbag::ui
