// What a running timer shows at a moment: the digits' whole seconds, how much of the disc is
// left, and when either next changes. The disc moves in whole seconds (several at a time on a
// long timer), rounded up as the digits are, so it changes only on a frame the digits need
// anyway: one a second at most.
#pragma once

#include <optional>

#include "app/core/timer/countdown.h"

namespace kitbag {

struct TimerFaceAt {
  long long seconds_left = 0;  // as the digits show it, rounded up
  float fraction_left = 0;     // of the disc, stepped
  // While running: the next second with digits shown, else the disc's next step.
  std::optional<Countdown::TimePoint> next_change;
};

// `disc_steps` is how finely the disc can show (see disc_steps() in timer_lengths.h).
TimerFaceAt timer_face_at(const Countdown& timer, Countdown::TimePoint now, int disc_steps,
                          bool digits_shown);

}  // namespace kitbag
