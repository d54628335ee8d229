// The real window: GLFW, an OpenGL 3 context, and Dear ImGui's GLFW and OpenGL3 backends.
#pragma once

#include <memory>

#include "app/core/result.h"
#include "platform/window.h"

namespace kitbag {

// What the window will be, known once GLFW can see the monitor.
struct WindowPlan {
  WindowSize framebuffer;  // in pixels
  float content_scale = 1;
};

// GLFW, started and connected to the display. Windows come from it and must go before it does.
class GlfwDisplay {
 public:
  // Fails with one clear sentence when there is no display.
  static Result<std::unique_ptr<GlfwDisplay>> connect();
  ~GlfwDisplay();
  GlfwDisplay(const GlfwDisplay&) = delete;
  GlfwDisplay& operator=(const GlfwDisplay&) = delete;

  // The size the window will open at (config.size, or one that fits the monitor) and its scale,
  // before it exists, so work that depends on them can start early.
  WindowPlan plan(const WindowConfig& config) const;

  // Opens the window and its OpenGL context. ImGui comes later (Window::attach_imgui), so that
  // work which must not share ImGui (building the font atlas) can overlap this.
  Result<std::unique_ptr<Window>> open_window(const WindowConfig& config);

 private:
  GlfwDisplay() = default;
};

}  // namespace kitbag
