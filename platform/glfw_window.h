// The real window: GLFW, an OpenGL 3 context, and Dear ImGui's GLFW and OpenGL3 backends.
#pragma once

#include <memory>

#include "app/core/result.h"
#include "platform/window.h"

namespace kitbag {

// Needs a current ImGui context, which must outlive the window. Fails with one clear sentence
// when there is no display.
Result<std::unique_ptr<Window>> open_glfw_window(const WindowConfig& config);

}  // namespace kitbag
