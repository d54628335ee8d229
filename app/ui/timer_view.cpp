#include "app/ui/timer_view.h"

#include <algorithm>
#include <cmath>

#include "app/core/i18n/current_strings.h"
#include "app/core/timer/timer_face.h"
#include "app/core/timer/timer_lengths.h"
#include "app/core/ui_ids.h"
#include "app/ui/text.h"
#include "app/ui/theme.h"
#include "app/ui/widgets.h"

namespace kitbag::ui {

TimerMoment timer_moment(FrameContext& frame, const Countdown& timer, float radius, bool colours_change,
                         bool digits_shown) {
  const auto now = frame.now;
  const TimerFaceAt face = timer_face_at(timer, now, disc_steps(radius, timer.length()), digits_shown);
  TimerMoment moment;
  moment.seconds_left = face.seconds_left;
  moment.disc.fraction_left = face.fraction_left;
  moment.disc.colours_change = colours_change;
  if (timer.state(now) == Countdown::State::Finished) {
    moment.disc.finished = true;
    const auto ended = *timer.ends_at();
    // Kept still, the face turns gold and says so, with no swelling ring.
    if (!frame.calm_motion && now < ended + kEndCue) {
      const float through = std::chrono::duration<float>(now - ended) / std::chrono::duration<float>(kEndCue);
      moment.disc.end_pulse = std::fmod(through * kEndCueSwells, 1.0f);
      // A slow swell reads as smooth at 30 frames a second, at half the cost of 60. The last
      // frame, at the cue's end, draws the face without a ring.
      frame.scheduler.redraw_at(std::min(now + kEndCueFrame, ended + kEndCue));
    }
  } else if (face.next_change) {
    frame.scheduler.redraw_at(*face.next_change);
  }
  return moment;
}

PillButton timer_main_button(Countdown::State state) {
  switch (state) {
    case Countdown::State::Ready:
      return {std::string(ui_id::kTimerStart), tr("timer.start")};
    case Countdown::State::Running:
      return {std::string(ui_id::kTimerPause), tr("timer.pause")};
    case Countdown::State::Paused:
      return {std::string(ui_id::kTimerResume), tr("timer.carry-on")};
    case Countdown::State::Finished:
      return {std::string(ui_id::kTimerStart), tr("timer.start-again")};
  }
  return {};
}

void press_timer_main_button(RunningTools& tools, SoundCues& sounds,
                             std::chrono::steady_clock::time_point now) {
  switch (tools.timer.state(now)) {
    case Countdown::State::Ready:
    case Countdown::State::Finished:
      start_timer(tools, sounds, now);
      break;
    case Countdown::State::Running:
      tools.timer.pause(now);
      break;
    case Countdown::State::Paused:
      sounds.prepare();  // the sounds are read before the end, as at a start
      tools.timer.resume(now);
      break;
  }
}

bool timer_compact(FrameContext& frame, const Rect& area, RunningTools& tools, SoundCues& sounds) {
  tools.timer_on_screen = true;
  const Countdown::State state = tools.timer.state(frame.now);
  const float radius = std::min(area.height / 2 - frame.px(8), frame.px(70));
  const TimerMoment moment =
      timer_moment(frame, tools.timer, radius, tools.face.colours_change, tools.face.show_digits);
  const std::string words = state == Countdown::State::Finished ? tr("timer.time-up")
                            : tools.face.show_digits            ? clock_text(moment.seconds_left)
                                                                : "";
  // Pause or carry on here; starting is for the full timer, which this opens.
  const bool running_or_paused = state == Countdown::State::Running || state == Countdown::State::Paused;
  const PillButton button =
      running_or_paused
          ? timer_main_button(state)
          : PillButton{std::string(ui_id::kTimerOpen), tr("timer.open"), Icon::Forward, false, true, true};
  // Disc, words and button as one group, centred in the area.
  const float gap = frame.px(20);
  const float button_width = pill_button_width(frame, button);
  const float without_words = 2 * radius + frame.px(16) + gap + button_width;
  // The words give way before the button does: where a language says "Time is up" at length, they
  // are drawn smaller so the way to the full timer still fits.
  ImFont* words_font = frame.fonts.title;
  for (ImFont* font : {frame.fonts.title, frame.fonts.label, frame.fonts.body}) {
    words_font = font;
    if (words.empty() || without_words + measure_text(font, words).x + gap <= area.width) break;
  }
  const ImVec2 words_size = words.empty() ? ImVec2(0, 0) : measure_text(words_font, words);
  const float width = without_words + (words.empty() ? 0 : words_size.x + gap);
  float x = std::max(area.x, area.center_x() - width / 2);

  draw_timer_disc(frame, ImVec2(x + radius + frame.px(8), area.center_y()), radius, moment.disc);
  x += 2 * radius + frame.px(16) + gap;
  if (!words.empty()) {
    draw_text(frame, words_font, words, ImVec2(x, area.center_y() - words_size.y / 2), palette().ink);
    x += words_size.x + gap;
  }
  if (x + button_width > area.right()) return false;
  if (!pill_button(frame, button, ImVec2(x, area.center_y() - pill_button_height(frame) / 2))) return false;
  if (!running_or_paused) return true;
  press_timer_main_button(tools, sounds, frame.now);
  return false;
}

}  // namespace kitbag::ui
