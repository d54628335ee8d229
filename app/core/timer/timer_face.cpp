#include "app/core/timer/timer_face.h"

#include <algorithm>
#include <cmath>

namespace kitbag {

TimerFaceAt timer_face_at(const Countdown& timer, Countdown::TimePoint now, int disc_steps,
                          bool digits_shown) {
  TimerFaceAt face;
  face.seconds_left = seconds_shown(timer.remaining(now));
  const double length = std::chrono::duration<double>(timer.length()).count();
  const double seconds_a_step = std::max(1.0, std::ceil(length / std::max(disc_steps, 1)));
  const double steps_left = std::ceil(static_cast<double>(face.seconds_left) / seconds_a_step);
  face.fraction_left =
      length > 0 ? static_cast<float>(std::min(1.0, steps_left * seconds_a_step / length)) : 0.0f;
  face.next_change = timer.next_change(now, 0);
  // Without digits, only the disc's next step matters: when the seconds left reach the next
  // step down.
  if (face.next_change && !digits_shown && steps_left > 1)
    face.next_change =
        std::max(*face.next_change,
                 *timer.ends_at() - std::chrono::duration_cast<Countdown::Duration>(
                                        std::chrono::duration<double>((steps_left - 1) * seconds_a_step)));
  return face;
}

}  // namespace kitbag
