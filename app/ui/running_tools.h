// The tools that keep going whichever screen is shown: the timer and the talking stick. The
// shell keeps their time every frame, so an end chimes on time on any screen, or minimised.
#pragma once

#include <chrono>
#include <optional>

#include "app/core/stick/talking_circle.h"
#include "app/core/timer/countdown.h"
#include "app/sound_cues.h"
#include "app/ui/frame_context.h"

namespace kitbag::ui {

struct TimerFace {
  bool show_digits = true;
  bool colours_change = true;  // green, amber, red; else one calm colour
};

struct RunningTools {
  Countdown timer{std::chrono::minutes(5)};
  TimerFace face;
  TalkingCircle circle;
  // Set by whichever view draws the timer in a frame, so the next frame knows an end shows.
  bool timer_on_screen = false;
  bool stick_on_screen = false;  // the same for the talking stick's circle
};

// Once a frame, before the screen: rings the cues that are due, and asks for a frame at the
// next end, so the loop sleeps until then and no longer.
void keep_time(FrameContext& frame, RunningTools& tools, SoundCues& sounds);

// Starts (or starts again) the timer, with the sounds read first so the end is not late.
void start_timer(RunningTools& tools, SoundCues& sounds, std::chrono::steady_clock::time_point now);

}  // namespace kitbag::ui
