#include "app/ui/timer_view.h"

#include <algorithm>
#include <cmath>

#include "app/core/timer/timer_lengths.h"
#include "app/core/ui_ids.h"
#include "app/ui/text.h"
#include "app/ui/theme.h"
#include "app/ui/widgets.h"

namespace kitbag::ui {

TimerMoment timer_moment(FrameContext& frame, const Countdown& timer, float radius, bool colours_change,
                         bool digits_shown) {
  const auto now = frame.now;
  TimerMoment moment;
  moment.seconds_left = seconds_shown(timer.remaining(now));
  // The disc moves in whole seconds (several at a time on a long timer), rounded up as the
  // digits are, so it only ever changes on a frame the digits need anyway: one a second at most.
  const double length = std::chrono::duration<double>(timer.length()).count();
  const double seconds_a_step = std::max(1.0, std::ceil(length / disc_steps(radius, timer.length())));
  const double steps_left = std::ceil(static_cast<double>(moment.seconds_left) / seconds_a_step);
  moment.disc.fraction_left =
      length > 0 ? static_cast<float>(std::min(1.0, steps_left * seconds_a_step / length)) : 0.0f;
  moment.disc.colours_change = colours_change;
  if (timer.state(now) == Countdown::State::Finished) {
    moment.disc.finished = true;
    const auto ended = *timer.ends_at();
    if (now < ended + kEndCue) {
      const float through = std::chrono::duration<float>(now - ended) / std::chrono::duration<float>(kEndCue);
      moment.disc.end_pulse = std::fmod(through * kEndCueSwells, 1.0f);
      // A slow swell reads as smooth at 30 frames a second, at half the cost of 60. The last
      // frame, at the cue's end, draws the face without a ring.
      frame.scheduler.redraw_at(std::min(now + kEndCueFrame, ended + kEndCue));
    }
  } else if (auto next = timer.next_change(now, 0)) {
    // Without digits, only the disc's next step matters: when the seconds left reach the next
    // step down (a long timer's disc may step only every few seconds).
    if (!digits_shown && steps_left > 1)
      next = std::max(
          *next, *timer.ends_at() - std::chrono::duration_cast<Countdown::Duration>(
                                        std::chrono::duration<double>((steps_left - 1) * seconds_a_step)));
    frame.scheduler.redraw_at(*next);
  }
  return moment;
}

bool timer_compact(FrameContext& frame, const Rect& area, RunningTools& tools, SoundCues& sounds) {
  tools.timer_on_screen = true;
  const Countdown::State state = tools.timer.state(frame.now);
  const float radius = std::min(area.height / 2 - frame.px(8), frame.px(70));
  const TimerMoment moment =
      timer_moment(frame, tools.timer, radius, tools.face.colours_change, tools.face.show_digits);
  const std::string words = state == Countdown::State::Finished ? "Time is up"
                            : tools.face.show_digits            ? clock_text(moment.seconds_left)
                                                                : "";
  PillButton button;
  switch (state) {
    case Countdown::State::Running:
      button = {std::string(ui_id::kTimerPause), "Pause"};
      break;
    case Countdown::State::Paused:
      button = {std::string(ui_id::kTimerResume), "Carry on"};
      break;
    default:
      button = {std::string(ui_id::kTimerOpen), "Timer", Icon::Forward, false, true, true};
      break;
  }
  // Disc, words and button as one group, centred in the area.
  const float gap = frame.px(20);
  const ImVec2 words_size = words.empty() ? ImVec2(0, 0) : measure_text(frame.fonts.title, words);
  const float button_width = pill_button_width(frame, button);
  const float width =
      2 * radius + frame.px(16) + (words.empty() ? 0 : words_size.x + gap) + gap + button_width;
  float x = std::max(area.x, area.center_x() - width / 2);

  draw_timer_disc(frame, ImVec2(x + radius + frame.px(8), area.center_y()), radius, moment.disc);
  x += 2 * radius + frame.px(16) + gap;
  if (!words.empty()) {
    draw_text(frame, frame.fonts.title, words, ImVec2(x, area.center_y() - words_size.y / 2), palette().ink);
    x += words_size.x + gap;
  }
  if (x + button_width > area.right()) return false;
  if (!pill_button(frame, button, ImVec2(x, area.center_y() - pill_button_height(frame) / 2))) return false;
  if (state == Countdown::State::Running) tools.timer.pause(frame.now);
  if (state == Countdown::State::Paused) {
    sounds.prepare();
    tools.timer.resume(frame.now);
  }
  return state != Countdown::State::Running && state != Countdown::State::Paused;
}

}  // namespace kitbag::ui
