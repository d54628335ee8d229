// The presenter view's picture: what the child should see of the screen open now, drawn in the
// main window's ImGui frame into a draw list of its own, for the presenter window to show. It
// keeps its own record of what it showed (no controls, only words and pictures), so tests and
// scripts can check it, and its own focus and toast, so it never touches the grown-up's.
#pragma once

#include <imgui.h>

#include <memory>

#include "app/core/command_line.h"
#include "app/core/keyboard_focus.h"
#include "app/core/navigator.h"
#include "app/core/screen_inventory.h"
#include "app/core/toast.h"
#include "app/ui/frame_context.h"
#include "app/ui/screens/screen.h"
#include "app/ui/widgets.h"

namespace kitbag::ui {

// Whether the grown-up wants the presenter window open: set from the home screen (or --presenter),
// followed by the loop, which opens and closes the window itself.
struct PresenterSwitch {
  bool open = false;
};

// Share view, or Close shared view while it is open: the same button on home and in Settings.
PillButton share_view_button(bool open);

struct PresenterFrame {
  const Fonts& fonts;
  float scale;
  WindowSize size;          // the presenter window's, in the units it is drawn in
  WindowSize pixels;        // its framebuffer
  FrameScheduler& scheduler;
  std::chrono::steady_clock::time_point now;
  bool calm_motion;
  AgeMode age;
};

class PresenterView {
 public:
  // Draws `screen`'s presentation; call inside ImGui::NewFrame() ... ImGui::Render().
  void draw(const PresenterFrame& frame, Screen& screen);
  // What was drawn, for PresenterWindow::show(); valid until the next draw.
  ImDrawData& picture() { return data_; }
  const ScreenInventory& shown() const { return shown_; }

 private:
  std::unique_ptr<ImDrawList> list_;  // made on first draw, once ImGui's shared data exists
  ImDrawList* lists_[1] = {nullptr};
  ImDrawData data_;
  ScreenInventory shown_;
  KeyboardFocus focus_;
  Navigator navigator_;  // a presentation never navigates; its own keeps the grown-up's safe
  Toast toast_;
};

// The calm page shown while the grown-up is somewhere the child need not see (home, settings,
// ideas): the kit's six colours and pictures, and its name.
void present_resting_page(FrameContext& frame, const Rect& area);

}  // namespace kitbag::ui
