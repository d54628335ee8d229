#include "app/core/keyboard_focus.h"

#include <vector>

#include "app/core/focus_navigation.h"

namespace kitbag {

void KeyboardFocus::screen_changed() {
  focused_.clear();
  focus_first_ = ring_visible_;
  stale_frames_ = 1;
}

void KeyboardFocus::begin_frame(const ScreenInventory& shown, const KeyPresses& keys) {
  activate_ = false;
  if (stale_frames_ > 0) {
    --stale_frames_;
    return;
  }
  std::vector<const UiTarget*> controls;
  std::vector<Rect> rects;
  for (const auto& target : shown.reachable()) {
    if (!target.enabled) continue;
    controls.push_back(&target);
    rects.push_back(target.rect);
  }

  std::optional<std::size_t> current;
  for (std::size_t i = 0; i < controls.size(); ++i)
    if (controls[i]->id == focused_) current = i;
  if (!current) focused_.clear();
  if (focus_first_ && !controls.empty()) {
    focus_first_ = false;
    current = 0;
    focused_ = controls[0]->id;
  }

  std::optional<FocusMove> move;
  if (keys.tab)
    move = keys.shift ? FocusMove::Previous : FocusMove::Next;
  else if (keys.left)
    move = FocusMove::Left;
  else if (keys.right)
    move = FocusMove::Right;
  else if (keys.up)
    move = FocusMove::Up;
  else if (keys.down)
    move = FocusMove::Down;

  if (move) {
    // The first key press after using the mouse shows where focus is before moving it.
    const bool was_hidden = !ring_visible_;
    ring_visible_ = true;
    if (!(was_hidden && current)) {
      if (auto next = move_focus(rects, current, *move)) focused_ = controls[*next]->id;
    }
    return;
  }
  if (keys.activate) {
    // Enter on an unseen focus only reveals it, so a stray key press cannot act unnoticed.
    if (ring_visible_ && current)
      activate_ = true;
    else if (!controls.empty()) {
      ring_visible_ = true;
      if (!current) focused_ = controls[0]->id;
    }
  }
}

}  // namespace kitbag
