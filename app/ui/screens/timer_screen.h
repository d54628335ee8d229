// The timer, full window: the disc large enough to read across a room, big digits that can be
// hidden, presets, a dial to drag and steps to tap for other lengths, and the controls.
#pragma once

#include <optional>

#include "app/ui/running_tools.h"
#include "app/ui/screens/screen.h"

namespace kitbag::ui {

class TimerScreen final : public Screen {
 public:
  TimerScreen(RunningTools& tools, SoundCues& sounds) : tools_(tools), sounds_(sounds) {}
  std::string title() const override;
  void draw(FrameContext& frame, const Rect& area) override;
  void present(FrameContext& frame, const Rect& area) override;

 private:
  void draw_dial(FrameContext& frame, ImVec2 centre, float radius);
  void draw_controls(FrameContext& frame, const Rect& panel);
  void set_length(Countdown::Duration length);

  RunningTools& tools_;
  SoundCues& sounds_;
  // While the dial is dragged: where the pointer last was (radians) and the turn not yet stepped.
  std::optional<float> drag_angle_;
  float drag_turned_ = 0;
};

}  // namespace kitbag::ui
