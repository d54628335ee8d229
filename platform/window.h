// The app's one window, with its OpenGL context and the ImGui backends bound to it.
// The loop talks to this interface; tests use FakeWindow (platform/fakes).
#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app/core/command_line.h"
#include "app/core/result.h"
#include "platform/image.h"
#include "platform/presenter_window.h"

namespace kitbag {

struct WindowConfig {
  std::string title = "Kitbag Desk";
  std::optional<WindowSize> size;  // in screen coordinates; default fits the monitor
  // What the window is cleared to before each frame: the page colour, so the app need not
  // paint a full-window rectangle (a million blended pixels in a software renderer).
  std::uint32_t background_rgb = 0xFFFFFF;
};

class Window {
 public:
  virtual ~Window() = default;

  // Binds Dear ImGui's platform and renderer backends to this window. Call once, after the
  // ImGui context exists; the context must outlive the window.
  virtual Status attach_imgui() = 0;

  virtual bool should_close() const = 0;  // the user closed the window

  // Sleeps until input arrives, `timeout` passes, or wake() is called. True when input arrived.
  virtual bool wait_events(std::optional<std::chrono::nanoseconds> timeout) = 0;
  virtual void wake() = 0;  // any thread

  virtual bool minimised() const = 0;
  virtual float content_scale() const = 0;          // 1 on a standard monitor, 2 on a typical HiDPI one
  virtual WindowSize framebuffer_size() const = 0;  // in pixels

  // One frame: begin_frame() before ImGui::NewFrame(); render_frame() after ImGui::Render();
  // read_frame() may then copy the picture; present() shows it.
  virtual void begin_frame() = 0;
  virtual void render_frame() = 0;
  virtual Image read_frame() = 0;
  virtual void present() = 0;

  // Call after the ImGui font atlas was rebuilt (a DPI change), to upload it again.
  virtual void reload_fonts() = 0;

  // Files dragged onto the window since the last call: the friendly way to give a card a picture.
  virtual std::vector<std::filesystem::path> take_dropped_files() = 0;

  // A second window for the presenter view, sharing this one's fonts and pictures; its events
  // (resized, uncovered, closed) wake this window's wait like input.
  virtual Result<std::unique_ptr<PresenterWindow>> open_presenter(const PresenterConfig& config) = 0;
};

}  // namespace kitbag
