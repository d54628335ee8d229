// Keyboard focus across the controls of the last frame: Tab and Shift+Tab walk them in order,
// arrow keys move to the nearest one that way, Enter or Space activates the focused one.
// The focus ring shows only once the keyboard is used, and hides again when the mouse is.
#pragma once

#include <string>
#include <string_view>

#include "app/core/screen_inventory.h"

namespace kitbag {

struct KeyPresses {
  bool tab = false;
  bool shift = false;
  bool left = false;
  bool right = false;
  bool up = false;
  bool down = false;
  bool activate = false;  // Enter or Space
};

class KeyboardFocus {
 public:
  // At the start of a frame, with what the previous frame showed.
  void begin_frame(const ScreenInventory& shown, const KeyPresses& keys);

  bool is_focused(std::string_view id) const { return !focused_.empty() && id == focused_; }
  // True, for one frame, for the control the user activated from the keyboard.
  bool activated(std::string_view id) const { return activate_ && is_focused(id); }
  bool ring_visible() const { return ring_visible_; }
  const std::string& focused_id() const { return focused_; }

  // A click moves focus to what was clicked, out of sight; Tab carries on from there.
  void clicked_with_pointer(std::string_view id) {
    focused_ = id;
    ring_visible_ = false;
  }
  // A control took focus itself (a text box clicked into, or reached by Tab): Tab carries on from
  // there, and the ring stays as it was.
  void moved_to(std::string_view id) { focused_ = id; }
  // A new screen: start again from its first control if the keyboard is in use.
  void screen_changed();

 private:
  std::string focused_;
  bool ring_visible_ = false;
  bool activate_ = false;
  bool focus_first_ = false;
  // The frame after a screen change still reports the old screen's controls.
  int stale_frames_ = 0;
};

}  // namespace kitbag
