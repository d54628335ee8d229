#include "app/ui/screens/stick_screen.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <vector>

#include "app/core/i18n/current_strings.h"
#include "app/core/timer/timer_lengths.h"
#include "app/core/ui_ids.h"
#include "app/ui/button_row.h"
#include "app/ui/scroll_area.h"
#include "app/ui/stick_drawing.h"
#include "app/ui/text.h"
#include "app/ui/text_field.h"
#include "app/ui/presenter_view.h"
#include "app/ui/presenting/tool_presentations.h"
#include "app/ui/theme.h"
#include "app/ui/timer_view.h"
#include "app/ui/widgets.h"

namespace kitbag::ui {
namespace {

using std::chrono::seconds;
constexpr float kPi = std::numbers::pi_v<float>;
constexpr auto kStickFlight = std::chrono::milliseconds(600);
constexpr std::size_t kNameLength = 24;  // a first name, not a life story
constexpr std::array<int, 3> kTurnSeconds = {60, 120, 180};

float ease(float t) {
  return t * t * (3 - 2 * t);
}

long long whole_seconds(std::chrono::steady_clock::duration d) {
  return std::chrono::duration_cast<seconds>(d).count();
}

PillButton accent_button(std::string_view id, std::string label, bool enabled = true) {
  PillButton button{std::string(id), std::move(label), Icon::None, true, enabled};
  button.accent = tool_colours(ToolId::TalkingStick).deep;
  return button;
}

}  // namespace

std::optional<std::size_t> StickScreen::holder_seat() const {
  const auto holder = tools_.circle.holder();
  if (!holder) return std::nullopt;
  const auto& people = tools_.circle.people();
  for (std::size_t i = 0; i < people.size(); ++i)
    if (people[i].id == *holder) return i;
  return std::nullopt;
}

void StickScreen::pass(FrameContext& frame) {
  tools_.circle.pass(frame.now);
}

void StickScreen::give_to_seat(FrameContext& frame, std::size_t seat) {
  tools_.circle.give_to(tools_.circle.people().at(seat).id, frame.now);
}

std::string StickScreen::title() const {
  return tr("stick.title");
}

void StickScreen::left() {
  if (stage_ == Stage::Summary) forget_everything();
}

void StickScreen::forget_everything() {
  // A fresh circle of the same size: the names, turns and times are dropped here and in the core.
  // The screen's copies are overwritten first; a freed string's bytes are not (best effort only).
  const auto count = static_cast<int>(tools_.circle.people().size());
  const auto turn_length = tools_.circle.turn_length();
  tools_.circle = TalkingCircle(count);
  tools_.circle.set_turn_length(turn_length);
  for (std::string& name : names_) {
    std::fill(name.begin(), name.end(), '\0');
    name.clear();
  }
  drawn_holder_.reset();
  stage_ = Stage::SettingUp;
}

void StickScreen::draw(FrameContext& frame, const Rect& area) {
  switch (stage_) {
    case Stage::SettingUp:
      draw_setting_up(frame, area);
      break;
    case Stage::Circle:
    case Stage::ChoosingCloser:
      draw_circle(frame, area);
      break;
    case Stage::Summary:
      draw_summary(frame, area);
      break;
  }
}

void StickScreen::draw_setting_up(FrameContext& frame, const Rect& area) {
  const Palette& p = palette();
  const float margin = page_margin(frame, area.width);
  const Rect inner{area.x + margin, area.y, area.width - 2 * margin, area.height - margin};
  TalkingCircle& circle = tools_.circle;

  // One fewer, one more and Begin stay in sight under the rest, which scrolls on a small window.
  const std::size_t n = circle.people().size();
  const RowButton controls[] = {
      {{std::string(ui_id::kStickFewer), tr("stick.setup.fewer"), Icon::None, false,
        n > TalkingCircle::kFewest}},
      {{std::string(ui_id::kStickMore), tr("stick.setup.more"), Icon::None, false, n < TalkingCircle::kMost}},
      {accent_button(ui_id::kStickBegin, tr("stick.setup.begin")), true},
  };
  const float strip = button_row_height(frame, controls, inner.width);
  const Rect scrolled{inner.x, inner.y, inner.width, inner.height - strip - frame.px(14)};
  {
    ScrollArea scroll(frame, "stick-setup", scrolled);
    const ImVec2 origin = scroll.origin();
    const float width = scroll.content_width();
    float y = origin.y;
    y = draw_text(frame, frame.fonts.label, tr("stick.setup.heading"), ImVec2(origin.x, y), p.ink).bottom() +
        frame.px(4);
    y = draw_text(frame, frame.fonts.small, tr("stick.setup.about"), ImVec2(origin.x, y), p.ink_soft, width)
            .bottom() +
        frame.px(14);

    // The seats in a row (more rows when there is no room), each with its name box beneath.
    const auto& people = circle.people();
    const float field_height = frame.px(52);
    const float min_cell = frame.px(128);
    const std::size_t per_row = std::clamp<std::size_t>(static_cast<std::size_t>(width / min_cell), 1, n);
    const std::size_t rows = (n + per_row - 1) / per_row;
    const float cell = std::min(width / static_cast<float>(per_row), frame.px(240));
    const float radius = std::min(cell * 0.3f, frame.px(46));
    const float row_height = 2 * radius + frame.px(22) + field_height;
    for (std::size_t i = 0; i < n; ++i) {
      const float left = origin.x + cell * static_cast<float>(i % per_row);
      const float top = y + static_cast<float>(i / per_row) * (row_height + frame.px(12));
      draw_seat(frame, i, ImVec2(left + cell / 2, top + radius), radius,
                pictures_.texture_for(seat_picture_card(i)), false);
      const Rect field{left + frame.px(8), top + 2 * radius + frame.px(14), cell - frame.px(16),
                       field_height};
      if (text_field(frame, ui_id::stick_name(static_cast<int>(i) + 1),
                     tr("stick.setup.name-for", {{"animal", seat_animal(i)}}), names_[i], kNameLength, field))
        circle.set_name(people[i].id, names_[i]);
      if (names_[i].empty() && !ImGui::IsItemActive()) {
        const std::string& hint = seat_animal(i);
        const ImVec2 size = measure_text(frame.fonts.body, hint);
        frame.draw->AddText(frame.fonts.body, frame.fonts.body->FontSize,
                            ImVec2(field.center_x() - size.x / 2, field.center_y() - size.y / 2),
                            with_alpha(p.ink_soft, 0.6f), hint.c_str());
      }
    }
    y += static_cast<float>(rows) * (row_height + frame.px(12)) + frame.px(6);

    y = draw_text(frame, frame.fonts.body, tr("stick.setup.turns"), ImVec2(origin.x, y), p.ink, width)
            .bottom() +
        frame.px(8);
    std::vector<RowButton> turns = {{{std::string(ui_id::kStickTurnLength) + "off",
                                      tr("stick.setup.turns-off"), Icon::None, !circle.turn_length()}}};
    for (int s : kTurnSeconds)
      turns.push_back({{std::string(ui_id::kStickTurnLength) + std::to_string(s), length_words(seconds(s)),
                        Icon::None, circle.turn_length() == seconds(s)}});
    const RowResult turns_row = button_row(frame, turns, {origin.x, y, width, 0});
    if (turns_row.clicked == 0) circle.set_turn_length(std::nullopt);
    if (turns_row.clicked > 0)
      circle.set_turn_length(seconds(kTurnSeconds[static_cast<std::size_t>(turns_row.clicked - 1)]));
    scroll.finish(turns_row.bottom + frame.px(6) - origin.y);
  }

  const RowResult row = button_row(frame, controls, {inner.x, inner.bottom() - strip, inner.width, 0});
  if (row.clicked == 0) {
    names_[n - 1].clear();
    circle.remove_person(circle.people().back().id, frame.now);
  }
  if (row.clicked == 1) circle.add_person();
  if (row.clicked == 2) {
    if (circle.turn_length()) sounds_.prepare();
    stage_ = Stage::Circle;
  }
}

void StickScreen::draw_circle(FrameContext& frame, const Rect& area) {
  tools_.stick_on_screen = true;
  const Palette& p = palette();
  const float margin = page_margin(frame, area.width);
  const Rect inner{area.x + margin, area.y, area.width - 2 * margin, area.height - margin};
  const float panel_width = std::clamp(inner.width * 0.4f, frame.px(320), frame.px(540));
  const Rect stage{inner.x, inner.y, inner.width - panel_width - margin, inner.height};
  const Rect panel{inner.right() - panel_width, inner.y, panel_width, inner.height};
  TalkingCircle& circle = tools_.circle;
  const auto now = frame.now;

  // The space bar passes the stick. Once someone is moving round the controls with the keyboard
  // (the focus ring shows), it presses the control in focus instead, as everywhere else.
  const ImGuiIO& io = ImGui::GetIO();
  if (stage_ == Stage::Circle && !circle.closing() && !io.WantTextInput && !frame.focus.ring_visible() &&
      ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Space), false))
    pass(frame);

  const auto& people = circle.people();
  const std::size_t n = people.size();
  // Seats as big as they can be without touching their neighbours (or their neighbours' names).
  float radius = std::clamp(std::min(stage.width, stage.height) / 9, frame.px(30), frame.px(70));
  const Rect ring = inset(stage, radius + frame.px(34));
  const float chord = 2 * std::min(ring.width, ring.height) / 2 * std::sin(kPi / static_cast<float>(n));
  // Neighbours' squares (their tap areas) stay apart at any angle round the ring: 2√2·r ≤ chord.
  radius = std::clamp(std::min((chord - frame.px(36)) / 2, chord * 0.35f), kMinTouchTarget / 2, radius);
  for (std::size_t i = 0; i < n; ++i) {
    const ImVec2 centre = seat_centre(ring, i, n);
    const Rect hit{centre.x - radius, centre.y - radius, 2 * radius, 2 * radius};
    const std::string label = seat_label(i, people[i].name);
    const Interaction seat =
        interact(frame, ui_id::stick_person(static_cast<int>(i) + 1), label, hit, stage_ == Stage::Circle);
    const bool holding = circle.holder() == people[i].id;
    draw_seat(frame, i, centre, radius * (seat.held ? 0.96f : 1.0f),
              pictures_.texture_for(seat_picture_card(i)), holding);
    // Names under the seats when there is room between them; on a crowded small circle the
    // panel's list (colour, name and bar) says who is who instead.
    if (chord - 2 * radius >= frame.px(44)) {
      const ImVec2 size = measure_text(frame.fonts.body, label);
      draw_text(frame, frame.fonts.body, label,
                ImVec2(centre.x - size.x / 2, centre.y + radius + frame.px(8)), p.ink);
    }
    if (seat.focus_ring) draw_focus_ring(frame, hit, radius);
    if (seat.clicked && !circle.closing()) give_to_seat(frame, i);
  }

  // The stick leans beside its holder, and flies over when it is passed.
  const auto seat = holder_seat();
  if (seat) {
    const ImVec2 target = held_stick_at(seat_centre(ring, *seat, n), radius);
    if (drawn_holder_ != circle.holder()) {
      stick_from_ = drawn_holder_ ? stick_at_ : target;
      moved_at_ = now;
      drawn_holder_ = circle.holder();
    }
    const float t = frame.calm_motion ? 1.0f
                                      : std::clamp(std::chrono::duration<float>(now - moved_at_) /
                                                       std::chrono::duration<float>(kStickFlight),
                                                   0.0f, 1.0f);
    if (t < 1) frame.scheduler.animate_until(moved_at_ + kStickFlight);
    stick_at_ = ImVec2(stick_from_.x + (target.x - stick_from_.x) * ease(t),
                       stick_from_.y + (target.y - stick_from_.y) * ease(t));
    draw_talking_stick(frame, stick_at_, radius);
  } else {
    drawn_holder_.reset();
  }

  // With equal turns, the middle of the circle is the turn's own timer.
  if (seat && circle.turn_ends_at()) {
    const float disc = std::clamp(std::min(ring.width, ring.height) * 0.2f, frame.px(28), frame.px(90));
    const TimerMoment moment = timer_moment(frame, circle.turn(), disc, tools_.face.colours_change, false);
    draw_timer_disc(frame, ImVec2(ring.center_x(), ring.center_y()), disc, moment.disc);
  }
  draw_panel(frame, panel);
}

void StickScreen::draw_panel(FrameContext& frame, const Rect& panel) {
  const Palette& p = palette();
  TalkingCircle& circle = tools_.circle;
  const auto now = frame.now;
  const float gap = frame.px(16);
  float y = panel.y;
  const float big = pill_button_height(frame) + frame.px(12);

  if (stage_ == Stage::ChoosingCloser) {
    y = draw_text(frame, frame.fonts.label, tr("stick.closer.heading"), ImVec2(panel.x, y), p.ink).bottom() +
        frame.px(6);
    y = draw_text(frame, frame.fonts.body, tr("stick.closer.question"), ImVec2(panel.x, y), p.ink,
                  panel.width)
            .bottom() +
        gap;
    // Everyone's name as a button, scrolling if eight do not fit; "Not yet" and "finish" stay in sight.
    const RowButton ends[] = {{{std::string(ui_id::kBackToTable), tr("stick.closer.not-yet"), Icon::Back}},
                              {{std::string(ui_id::kStickFinish), tr("stick.closer.no-one")}}};
    const float ends_top = panel.bottom() - button_row_height(frame, ends, panel.width);
    std::vector<RowButton> closers;
    for (std::size_t i = 0; i < circle.people().size(); ++i)
      closers.push_back(
          {{ui_id::stick_closer(static_cast<int>(i) + 1), seat_label(i, circle.people()[i].name)}});
    std::optional<std::size_t> chosen;
    {
      ScrollArea scroll(frame, "stick-closers",
                        Rect{panel.x, y, panel.width, std::max(0.0f, ends_top - gap - y)});
      const RowResult row = button_row(
          frame, closers, {scroll.origin().x, scroll.origin().y + frame.px(4), scroll.content_width(), 0});
      if (row.clicked >= 0) chosen = static_cast<std::size_t>(row.clicked);
      scroll.finish(row.bottom + frame.px(8) - scroll.origin().y);
    }
    if (chosen) {
      circle.begin_closing_round(circle.people()[*chosen].id, now);
      stage_ = Stage::Circle;
    }
    const RowResult end_row = button_row(frame, ends, {panel.x, ends_top, panel.width, 0});
    if (end_row.clicked == 0) stage_ = Stage::Circle;
    if (end_row.clicked == 1) {
      circle.finish(now);
      stage_ = Stage::Summary;
    }
    return;
  }

  if (circle.closing()) {
    if (const auto seat = holder_seat())
      y = draw_text(
              frame, frame.fonts.label,
              tr("stick.closing.has-last-turn", {{"name", seat_label(*seat, circle.people()[*seat].name)}}),
              ImVec2(panel.x, y), p.ink, panel.width)
              .bottom() +
          frame.px(6);
    y = draw_text(frame, frame.fonts.body, tr("stick.closing.questions"), ImVec2(panel.x, y), p.ink,
                  panel.width)
            .bottom() +
        gap;
    if (pill_button(frame, accent_button(ui_id::kStickFinish, tr("stick.closing.finish")),
                    Rect{panel.x, y, panel.width, big})) {
      circle.finish(now);
      stage_ = Stage::Summary;
      return;
    }
    y += big + frame.px(4);
  } else {
    // Who holds the stick and for how long, where the adult's eye already is.
    const auto seat = holder_seat();
    std::string who = tr("stick.hint");
    if (seat) {
      const std::string name = seat_label(*seat, circle.people()[*seat].name);
      who = circle.turn_is_up(now) ? tr("stick.has-it-turn-up", {{"name", name}})
                                   : tr("stick.has-it", {{"name", name}});
    }
    const auto holding = circle.holding_for(now);
    const std::string time = clock_text(whole_seconds(holding));
    const float who_width = seat ? panel.width - measure_text(frame.fonts.title, time).x - gap : panel.width;
    ImFont* who_font = font_that_fits({frame.fonts.label, frame.fonts.body}, who, who_width,
                                      frame.fonts.title->FontSize * 1.3f);
    const Rect said =
        draw_text(frame, who_font, who, ImVec2(panel.x, y), seat ? p.ink : p.ink_soft, who_width);
    if (seat) {
      const ImVec2 size = measure_text(frame.fonts.title, time);
      draw_text(frame, frame.fonts.title, time, ImVec2(panel.right() - size.x, y), p.ink);
      frame.scheduler.redraw_at(now + (seconds(1) - holding % seconds(1)));
    }
    y = std::max(said.bottom(), y + frame.fonts.title->FontSize) + gap;
    if (pill_button(frame, accent_button(ui_id::kStickPass, tr("stick.pass")),
                    Rect{panel.x, y, panel.width, big}))
      pass(frame);
    y += big + frame.px(4);
  }
  // Closing round and Set up sit at the bottom, on one line or, on a narrow panel, more.
  const RowButton end[] = {
      {{std::string(ui_id::kStickClosing), tr("stick.closing-round"), Icon::None, false,
        circle.holder().has_value()}},
      {{std::string(ui_id::kStickSetUp), tr("stick.set-up"), Icon::Back}},
  };
  const float buttons_top = panel.bottom() - button_row_height(frame, end, panel.width);
  // On a small window the hint and the heading give way, so every person's bar still fits.
  const float rows_need = static_cast<float>(circle.people().size()) * frame.px(28);
  const bool roomy = buttons_top - gap - y - frame.px(34) - gap - frame.px(44) >= rows_need;
  if (roomy) {
    if (!circle.closing())
      draw_text_centred(frame, frame.fonts.small, tr("stick.space-bar"), {panel.x, y, panel.width, 0},
                        p.ink_soft);
    y += frame.px(34) + gap;
    y = draw_text(frame, frame.fonts.label, tr("stick.who-has-spoken"), ImVec2(panel.x, y), p.ink).bottom() +
        frame.px(8);
  } else {
    y += gap;
  }
  std::vector<ShareRow> rows;
  const std::vector<float> shares = circle.shares(now);
  for (std::size_t i = 0; i < circle.people().size(); ++i) {
    const auto& person = circle.people()[i];
    rows.push_back({i, seat_label(i, person.name), shares[i], whole_seconds(circle.spoken(person.id, now)),
                    person.turns});
  }
  const float row_height =
      std::clamp((buttons_top - gap - y) / static_cast<float>(rows.size()), frame.px(20), frame.px(44));
  y += draw_share_bars(frame, rows, {panel.x, y, panel.width, 0}, row_height) + gap;

  if (!circle.closing()) {
    const RowResult row = button_row(frame, end, {panel.x, std::max(y, buttons_top), panel.width, 0});
    if (row.clicked == 0) stage_ = Stage::ChoosingCloser;
    if (row.clicked == 1) {
      circle.finish(now);
      stage_ = Stage::SettingUp;
    }
  }
}

void StickScreen::draw_summary(FrameContext& frame, const Rect& area) {
  const Palette& p = palette();
  const float margin = page_margin(frame, area.width);
  const float width = std::min(area.width - 2 * margin, frame.px(900));
  const Rect inner{area.center_x() - width / 2, area.y, width, area.height - margin};
  TalkingCircle& circle = tools_.circle;
  const auto now = frame.now;
  float y = inner.y;
  y = draw_text(frame, frame.fonts.title, tr("stick.summary.thanks"), ImVec2(inner.x, y), p.ink, inner.width)
          .bottom() +
      frame.px(6);
  long long total = 0;
  int turns = 0;
  std::vector<ShareRow> rows;
  const std::vector<float> shares = circle.shares(now);
  for (std::size_t i = 0; i < circle.people().size(); ++i) {
    const auto& person = circle.people()[i];
    rows.push_back({i, seat_label(i, person.name), shares[i], whole_seconds(person.spoken), person.turns});
    total += rows.back().seconds;
    turns += person.turns;
  }
  y = draw_text(frame, frame.fonts.body,
                tr_count("stick.summary.totals", turns, {{"length", length_words(seconds(total))}}),
                ImVec2(inner.x, y), p.ink_soft, inner.width)
          .bottom() +
      frame.px(18);
  // Close, and what closing does, just under the bars, and never below the window.
  const PillButton close = accent_button(ui_id::kStickClose, tr("stick.summary.close"));
  const float strip = pill_button_height(frame);
  const float rows_bottom_limit = inner.bottom() - strip - frame.px(16);
  const float row_height =
      std::clamp((rows_bottom_limit - y) / static_cast<float>(rows.size()), frame.px(20), frame.px(52));
  y += draw_share_bars(frame, rows, {inner.x, y, inner.width, 0}, row_height) + frame.px(16);
  const float close_y = std::min(y, inner.bottom() - strip);
  const float close_width = pill_button_width(frame, close);
  const std::string& note = tr("stick.summary.not-saved");
  const float note_width = inner.width - close_width - frame.px(20);
  const float note_height = measure_text(frame.fonts.small, note, note_width).y;
  draw_text(frame, frame.fonts.small, note,
            ImVec2(inner.x + close_width + frame.px(20), close_y + (strip - note_height) / 2), p.ink_soft,
            note_width);
  if (pill_button(frame, close, ImVec2(inner.x, close_y))) forget_everything();
}

// The circle while it is being set up and passed round; the summary's shares are the grown-up's.
void StickScreen::present(FrameContext& frame, const Rect& area) {
  if (stage_ == Stage::Summary)
    present_resting_page(frame, area);
  else
    present_stick_circle(frame, area, tools_.circle, pictures_);
}

}  // namespace kitbag::ui
