// Everything a screen needs while drawing one frame, passed down instead of kept in globals.
#pragma once

#include <imgui.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

#include "app/core/frame_scheduler.h"
#include "app/core/keyboard_focus.h"
#include "app/core/navigator.h"
#include "app/core/preferences.h"
#include "app/core/rect.h"
#include "app/core/screen_inventory.h"
#include "app/core/toast.h"
#include "app/ui/fonts.h"

namespace kitbag::ui {

struct FrameContext {
  const Fonts& fonts;
  float scale;  // the monitor's content scale: every size in pixels is multiplied by it
  Rect viewport;
  ScreenInventory& inventory;
  KeyboardFocus& focus;
  FrameScheduler& scheduler;
  std::chrono::steady_clock::time_point now;
  Navigator& navigator;
  Toast& toast;
  ImDrawList* draw;
  std::string scroll_keys_area;                      // the one scrolling area PageUp/PageDown/Home/End move
  std::vector<std::filesystem::path> dropped_files;  // dragged onto the window since the last frame
  bool child_mode = false;  // a child has the app: grown-ups' buttons (your cards, settings) are not shown
  bool calm_motion =
      false;  // things that would move (a card turning, the stick flying) are shown where they end
  AgeMode age = AgeMode::Any;  // who the tools are set up for: younger gets fewer words and bigger cards
  float top_bar_end = 0;       // where the top bar's own buttons begin on the right; 0 before it is drawn

  float px(float size) const { return size * scale; }
};

// The space between the window's edge and what is on it: wider on wider windows, within limits.
inline float page_margin(const FrameContext& frame, float width) {
  return std::clamp(width * 0.035f, frame.px(20), frame.px(56));
}

inline ImVec2 top_left(const Rect& rect) {
  return {rect.x, rect.y};
}
inline ImVec2 bottom_right(const Rect& rect) {
  return {rect.right(), rect.bottom()};
}
inline Rect inset(const Rect& rect, float by) {
  return {rect.x + by, rect.y + by, rect.width - 2 * by, rect.height - 2 * by};
}

}  // namespace kitbag::ui
