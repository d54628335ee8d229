// The real window: GLFW, an OpenGL 3 context, and Dear ImGui's GLFW and OpenGL3 backends.
#pragma once

#include <memory>

#include "app/core/result.h"
#include "platform/window.h"

namespace kitbag {

// Opens the window and its OpenGL context; ImGui comes later, with Window::attach_imgui(), so
// that work which must not share ImGui (building the font atlas) can overlap this. Fails with
// one clear sentence when there is no display.
Result<std::unique_ptr<Window>> open_glfw_window(const WindowConfig& config);

}  // namespace kitbag
