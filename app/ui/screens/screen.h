// One full-window screen. The shell gives it the area below its top bar; it owns no rules,
// only turning what the core says into pictures and clicks into core calls.
#pragma once

#include <string>

#include "app/ui/frame_context.h"

namespace kitbag::ui {

class Screen {
 public:
  virtual ~Screen() = default;
  // Shown in the top bar; the home screen has none.
  virtual std::string title() const = 0;
  virtual void draw(FrameContext& frame, const Rect& area) = 0;
  // True when the space bar is this screen's own (the talking stick passes with it) while no
  // focus ring shows; then it does not wake keyboard focus or press a control.
  virtual bool takes_space_bar() const { return false; }
  // Another screen has been opened in this one's place.
  virtual void left() {}
  // How much of the top bar's row, at its right end, the screen keeps for an action of its own
  // (see top_bar_row), so the bar's title steps down before running under it.
  virtual float top_bar_action_width(const FrameContext&) const { return 0; }
  // What the presenter view shows while this screen is open: only what the child should see,
  // large and clean, drawn into frame.draw with nothing to click. By default a calm page.
  virtual void present(FrameContext& frame, const Rect& area);
};

}  // namespace kitbag::ui
