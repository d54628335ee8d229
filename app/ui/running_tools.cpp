#include "app/ui/running_tools.h"

#include <utility>

#include "app/core/i18n/current_strings.h"

namespace kitbag::ui {

void keep_time(FrameContext& frame, RunningTools& tools, SoundCues& sounds) {
  const auto now = frame.now;
  // The screen has not changed since the last frame, so if a timer showed then, it shows now.
  const bool on_screen = std::exchange(tools.timer_on_screen, false);
  const bool stick_on_screen = std::exchange(tools.stick_on_screen, false);
  if (tools.timer.take_end(now)) {
    sounds.play(Cue::TimerEnd);
    if (!on_screen) frame.toast.show(tr("toast.timer-finished"), now);
  }
  if (auto end = tools.timer.ends_at(); end && *end > now) frame.scheduler.redraw_at(*end);

  if (tools.circle.take_turn_up(now)) {
    sounds.play(Cue::TurnUp);
    if (!stick_on_screen) frame.toast.show(tr("toast.pass-the-stick"), now);
  }
  if (auto end = tools.circle.turn_ends_at(); end && *end > now) frame.scheduler.redraw_at(*end);
}

void start_timer(RunningTools& tools, SoundCues& sounds, std::chrono::steady_clock::time_point now) {
  sounds.prepare();
  tools.timer.start(now);
}

}  // namespace kitbag::ui
