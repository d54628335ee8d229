// A timer as a view shows it at this moment: the disc (stepped, so frames between steps would
// be identical and are not drawn), the digits, and the end cue; plus the compact timer that
// other tools show beside their own things.
#pragma once

#include "app/core/timer/countdown.h"
#include "app/ui/running_tools.h"
#include "app/ui/timer_disc.h"
#include "app/ui/widgets.h"

namespace kitbag::ui {

// How long the end cue's ring keeps swelling after time is up, and how many swells.
inline constexpr auto kEndCue = std::chrono::milliseconds(3600);
inline constexpr int kEndCueSwells = 3;
inline constexpr auto kEndCueFrame = std::chrono::milliseconds(33);

struct TimerMoment {
  TimerDiscLook disc;
  long long seconds_left = 0;  // as the digits show it
};

// What `timer` shows now on a disc of `radius`, asking the scheduler for the frame at its next
// change: the next second with digits shown, else the disc's next step (or animation frames
// while the end cue plays).
TimerMoment timer_moment(FrameContext& frame, const Countdown& timer, float radius, bool colours_change,
                         bool digits_shown);

// The timer's one main button as it stands (Start, Pause, Carry on, Start again), and what
// pressing it does: the full timer and the compact one share both.
PillButton timer_main_button(Countdown::State state);
void press_timer_main_button(RunningTools& tools, SoundCues& sounds,
                             std::chrono::steady_clock::time_point now);

// A small timer in `area`: the disc, the digits and one button to pause or carry on. Returns
// true when the person asked to open the full timer.
bool timer_compact(FrameContext& frame, const Rect& area, RunningTools& tools, SoundCues& sounds);

}  // namespace kitbag::ui
