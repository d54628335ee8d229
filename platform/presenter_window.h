// The presenter view's window: a second window on the desktop showing only what the child
// should see, ready to be shared in a video call while the grown-up keeps the controls in the
// main one. It takes no input of its own; its picture is drawn in the main window's ImGui
// frame (ui::PresenterView) and handed over here, in the same graphics context family, so
// fonts and card pictures need no second upload.
#pragma once

#include <optional>

#include "app/core/command_line.h"
#include "platform/image.h"

struct ImDrawData;

namespace kitbag {

struct PresenterConfig {
  std::string title;              // in the language in use
  WindowSize size{960, 640};      // in screen coordinates
  std::uint32_t background_rgb = 0xFFFFFF;
};

class PresenterWindow {
 public:
  virtual ~PresenterWindow() = default;

  // Its own close button was pressed: the app closes it, and nothing else.
  virtual bool close_requested() const = 0;
  // What the desktop (and a video call's list of windows to share) calls it.
  virtual void set_title(const std::string& title) = 0;
  virtual bool minimised() const = 0;
  virtual WindowSize size() const = 0;              // in screen coordinates, as the picture is drawn
  virtual WindowSize framebuffer_size() const = 0;  // in pixels
  // Draws `picture` and shows it; when `capture` is given, the picture is also copied there
  // first. The main window's graphics context is current again afterwards.
  virtual void show(ImDrawData& picture, Image* capture = nullptr) = 0;
};

}  // namespace kitbag
