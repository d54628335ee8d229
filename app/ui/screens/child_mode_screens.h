// Child mode's two screens: handing the app to a child (with a PIN to leave by, if the grown-up
// wants one), and the way back out for a grown-up, by that PIN or by pressing and holding.
#pragma once

#include <string>

#include "app/core/child_lock.h"
#include "app/ui/screens/screen.h"

namespace kitbag::ui {

class HandOverScreen final : public Screen {
 public:
  explicit HandOverScreen(ChildLock& lock) : lock_(lock) {}
  std::string title() const override;
  void draw(FrameContext& frame, const Rect& area) override;
  void left() override;

 private:
  ChildLock& lock_;
  std::string pin_;
  std::string message_;
};

class UnlockScreen final : public Screen {
 public:
  explicit UnlockScreen(ChildLock& lock) : lock_(lock) {}
  std::string title() const override;
  void draw(FrameContext& frame, const Rect& area) override;
  void left() override;

 private:
  float draw_hold(FrameContext& frame, const Rect& area, float y);  // returns where it ends
  void unlocked(FrameContext& frame);

  ChildLock& lock_;
  std::string pin_;
  std::string message_;
};

}  // namespace kitbag::ui
