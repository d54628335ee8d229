#include "app/ui/screens/timer_screen.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <vector>

#include "app/core/i18n/current_strings.h"
#include "app/core/timer/timer_lengths.h"
#include "app/core/ui_ids.h"
#include "app/ui/button_row.h"
#include "app/ui/scroll_area.h"
#include "app/ui/text.h"
#include "app/ui/presenting/tool_presentations.h"
#include "app/ui/theme.h"
#include "app/ui/timer_view.h"
#include "app/ui/widgets.h"

namespace kitbag::ui {
namespace {

using State = Countdown::State;
constexpr float kPi = std::numbers::pi_v<float>;
// Dragging the dial a twelfth of a turn (one mark on the face) moves the length one step.
constexpr float kStepTurn = 2 * kPi / 12;

std::string preset_label(int seconds) {
  return tr_count("timer.preset", seconds / 60);
}

}  // namespace

std::string TimerScreen::title() const {
  return tr("timer.title");
}

void TimerScreen::set_length(Countdown::Duration length) {
  tools_.timer.set_length(length);
}

void TimerScreen::draw(FrameContext& frame, const Rect& area) {
  tools_.timer_on_screen = true;
  const float margin = page_margin(frame, area.width);
  const Rect inner{area.x + margin, area.y, area.width - 2 * margin, area.height - margin};
  // Side by side on a landscape window; the disc above its controls on a tall one.
  const bool wide = inner.width > inner.height * 1.15f;
  Rect dial_area;
  Rect panel;
  if (wide) {
    const float panel_width = std::clamp(inner.width * 0.42f, frame.px(330), frame.px(560));
    panel = {inner.right() - panel_width, inner.y, panel_width, inner.height};
    dial_area = {inner.x, inner.y, inner.width - panel_width - margin, inner.height};
  } else {
    const float dial_height = inner.height * 0.45f;
    dial_area = {inner.x, inner.y, inner.width, dial_height};
    panel = {inner.x, inner.y + dial_height + margin / 2, inner.width,
             inner.height - dial_height - margin / 2};
  }
  // Room round the disc for its bezel and the end cue's ring.
  const float radius = std::min(dial_area.width, dial_area.height) / 2 / 1.22f;
  draw_dial(frame, ImVec2(dial_area.center_x(), dial_area.center_y()), radius);
  draw_controls(frame, panel);
}

void TimerScreen::draw_dial(FrameContext& frame, ImVec2 centre, float radius) {
  const float reach = radius * 1.1f;
  const Rect rect{centre.x - reach, centre.y - reach, 2 * reach, 2 * reach};
  const State state = tools_.timer.state(frame.now);
  const bool settable = state == State::Ready || state == State::Finished;
  const Interaction dial = interact(frame, std::string(ui_id::kTimerDial), tr("timer.dial"), rect, settable);

  // Dragging round: clockwise for longer, anticlockwise for shorter, a step per mark passed.
  if (dial.held && settable) {
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    const float angle = std::atan2(mouse.y - centre.y, mouse.x - centre.x);
    if (drag_angle_) {
      float turned = angle - *drag_angle_;
      if (turned > kPi) turned -= 2 * kPi;
      if (turned < -kPi) turned += 2 * kPi;
      drag_turned_ += turned;
      while (drag_turned_ >= kStepTurn) {
        set_length(step_up(tools_.timer.chosen_length()));
        drag_turned_ -= kStepTurn;
      }
      while (drag_turned_ <= -kStepTurn) {
        set_length(step_down(tools_.timer.chosen_length()));
        drag_turned_ += kStepTurn;
      }
    }
    drag_angle_ = angle;
  } else {
    drag_angle_.reset();
    drag_turned_ = 0;
  }
  if (dial.hovered && settable) {
    const float wheel = ImGui::GetIO().MouseWheel;
    if (wheel > 0) set_length(step_up(tools_.timer.chosen_length()));
    if (wheel < 0) set_length(step_down(tools_.timer.chosen_length()));
  }

  const TimerMoment moment =
      timer_moment(frame, tools_.timer, radius, tools_.face.colours_change, tools_.face.show_digits);
  draw_timer_disc(frame, centre, radius, moment.disc);
  if (dial.focus_ring) draw_focus_ring(frame, rect, reach);
}

void TimerScreen::draw_controls(FrameContext& frame, const Rect& panel) {
  const auto now = frame.now;
  const State state = tools_.timer.state(now);
  const Palette& p = palette();
  const float gap = frame.px(16);
  float y = panel.y;

  // The digits, or the end in words. Their space is kept when hidden, so nothing below jumps.
  const float digits_height = std::min(frame.fonts.digits->FontSize, panel.height * 0.22f);
  {
    const Rect box{panel.x, y, panel.width, digits_height};
    if (state == State::Finished) {
      const std::string& words = tr("timer.time-up");
      const ImVec2 size = measure_text(frame.fonts.title, words);
      draw_text(frame, frame.fonts.title, words,
                ImVec2(box.center_x() - size.x / 2, box.center_y() - size.y / 2), p.ink);
    } else if (tools_.face.show_digits) {
      const std::string digits = clock_text(seconds_shown(tools_.timer.remaining(now)));
      ImFont* font = frame.fonts.digits;
      // Shrunk to fit the box, never stretched past the size the font was made at.
      const ImVec2 natural = measure_text(font, digits);
      const float size = font->FontSize * std::min({1.0f, box.width / natural.x, box.height / natural.y});
      const float width = natural.x * size / font->FontSize;
      frame.draw->AddText(font, size, ImVec2(box.center_x() - width / 2, box.center_y() - size / 2), p.ink,
                          digits.c_str());
      frame.inventory.add_text(digits, box);
    }
  }
  y += digits_height + gap;

  // One main button whose job follows the timer: start, pause, carry on, start again.
  PillButton main = timer_main_button(state);
  main.selected = true;
  main.accent = tool_colours(ToolId::Timer).deep;
  const float main_height = pill_button_height(frame) + frame.px(12);
  if (pill_button(frame, main, Rect{panel.x, y, panel.width, main_height}))
    press_timer_main_button(tools_, sounds_, now);
  y += main_height + gap;

  const RowButton more[] = {
      {{std::string(ui_id::kTimerAddMinute), tr("timer.add-minute")}},
      {{std::string(ui_id::kTimerReset), tr("timer.reset"), Icon::None, false, state != State::Ready}},
  };
  const RowResult more_row = button_row(frame, more, {panel.x, y, panel.width, 0});
  if (more_row.clicked == 0) {
    tools_.timer.add(std::chrono::minutes(1), now);
    if (tools_.timer.state(now) == State::Running) sounds_.prepare();
  }
  if (more_row.clicked == 1) tools_.timer.reset();
  y = more_row.bottom + gap;

  // Setting the length and the look: below the controls that run the timer, scrolling when a
  // small window has no room for them all.
  ScrollArea scroll(frame, "timer-settings", Rect{panel.x, y, panel.width, panel.bottom() - y});
  const float x0 = scroll.origin().x;
  const float width = scroll.content_width();
  const float top = scroll.origin().y;
  y = top + gap / 2;

  // How long: steps either side of the length in words, then the presets. Not while it runs or
  // is paused, so a stray tap never throws away a timer someone is watching.
  const bool settable = state == State::Ready || state == State::Finished;
  const float step_size = pill_button_height(frame);
  const PillButton shorter{std::string(ui_id::kTimerShorter), "\u2013", Icon::None, false, settable};
  const PillButton longer{std::string(ui_id::kTimerLonger), "+", Icon::None, false, settable};
  if (pill_button(frame, shorter, Rect{x0, y, step_size, step_size}))
    set_length(step_down(tools_.timer.chosen_length()));
  if (pill_button(frame, longer, Rect{(x0 + width) - step_size, y, step_size, step_size}))
    set_length(step_up(tools_.timer.chosen_length()));
  const std::string length = length_words(tools_.timer.chosen_length());
  ImFont* length_font = font_that_fits({frame.fonts.label, frame.fonts.body, frame.fonts.small}, length,
                                       width - 2 * step_size - 2 * gap, step_size);
  const ImVec2 length_size = measure_text(length_font, length);
  draw_text(frame, length_font, length,
            ImVec2((x0 + width / 2) - length_size.x / 2, y + (step_size - length_size.y) / 2),
            with_alpha(p.ink, settable ? 1.0f : 0.6f));
  y += step_size + gap;

  // The presets share one line, each as wide as the widest needs; a narrow panel wraps them.
  std::vector<RowButton> presets;
  for (int seconds : kPresetSeconds)
    presets.push_back({{ui_id::timer_preset(seconds), preset_label(seconds), Icon::None,
                        tools_.timer.chosen_length() == std::chrono::seconds(seconds), settable}});
  const float preset_gap = frame.px(10);
  const float preset_width =
      (width - preset_gap * static_cast<float>(presets.size() - 1)) / static_cast<float>(presets.size());
  std::optional<std::size_t> preset_clicked;
  if (preset_width >= measure_text(frame.fonts.label, presets.back().button.label).x + frame.px(12)) {
    for (std::size_t i = 0; i < presets.size(); ++i) {
      const Rect rect{x0 + static_cast<float>(i) * (preset_width + preset_gap), y, preset_width,
                      pill_button_height(frame)};
      if (pill_button(frame, presets[i].button, rect)) preset_clicked = i;
    }
    y += pill_button_height(frame);
  } else {
    const RowResult preset_row = button_row(frame, presets, {x0, y, width, 0});
    if (preset_row.clicked >= 0) preset_clicked = static_cast<std::size_t>(preset_row.clicked);
    y = preset_row.bottom;
  }
  if (preset_clicked) set_length(std::chrono::seconds(kPresetSeconds[*preset_clicked]));
  y += gap * 1.5f;

  const RowButton looks[] = {
      {{std::string(ui_id::kTimerDigits),
        tools_.face.show_digits ? tr("timer.digits.hide") : tr("timer.digits.show")}},
      {{std::string(ui_id::kTimerColours),
        tools_.face.colours_change ? tr("timer.colours.one") : tr("timer.colours.change")}},
  };
  const RowResult looks_row = button_row(frame, looks, {x0, y, width, 0});
  if (looks_row.clicked == 0) tools_.face.show_digits = !tools_.face.show_digits;
  if (looks_row.clicked == 1) tools_.face.colours_change = !tools_.face.colours_change;
  scroll.finish(looks_row.bottom + gap / 2 -
                top);  // room below the last row, so it scrolls wholly into sight
}

void TimerScreen::present(FrameContext& frame, const Rect& area) {
  present_timer(frame, area, tools_);
}

}  // namespace kitbag::ui
