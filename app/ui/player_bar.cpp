#include "app/ui/player_bar.h"

#include <algorithm>
#include <cmath>

#include "app/core/i18n/current_strings.h"
#include "app/core/timer/timer_lengths.h"
#include "app/core/ui_ids.h"
#include "app/ui/button_row.h"
#include "app/ui/text.h"
#include "app/ui/theme.h"
#include "app/ui/widgets.h"

namespace kitbag::ui {
namespace {

constexpr double kJumpSeconds = 15;
constexpr double kVolumeStep = 0.1;

// Quieter and louder: never smaller than a child's finger needs, however small the window.
float volume_button_size(const FrameContext& frame) {
  return std::max(kMinTouchTarget, frame.px(kMinTouchTarget));
}

PillButton play_button(bool playing) {
  return playing ? PillButton{std::string(ui_id::kJourneyPause), tr("journey.player.pause"), Icon::Pause}
                 : PillButton{std::string(ui_id::kJourneyPlay), tr("journey.player.play"), Icon::Play};
}

RowButton rewind_button() {
  return {{std::string(ui_id::kJourneyRewind),
           tr("journey.player.back", {{"seconds", std::to_string(static_cast<int>(kJumpSeconds))}})}};
}

RowButton forward_button() {
  return {{std::string(ui_id::kJourneyForward),
           tr("journey.player.on", {{"seconds", std::to_string(static_cast<int>(kJumpSeconds))}})}};
}

PillButton follow_button(bool with_music) {
  return {std::string(ui_id::kJourneyFollow),
          with_music ? tr("journey.player.follow-music") : tr("journey.player.follow-clock")};
}

// Of the two labels a button can wear, the wider: the bar keeps its height whatever it says.
PillButton wider(const FrameContext& frame, PillButton a, PillButton b) {
  return pill_button_width(frame, b) > pill_button_width(frame, a) ? b : a;
}

std::vector<RowButton> buttons(const JourneyPlayer& player, const PlayerBarLook& look) {
  std::vector<RowButton> row;
  if (player.has_music()) {
    PillButton main = play_button(player.state() == PlayState::Playing);
    main.selected = true;
    main.accent = tool_colours(ToolId::WonderJourney).deep;
    row.push_back({main});
    PillButton stop{std::string(ui_id::kJourneyStop), tr("journey.player.stop"), Icon::Stop};
    stop.enabled = player.state() != PlayState::Stopped;
    row.push_back({stop});
    row.push_back(rewind_button());
    row.push_back(forward_button());
  }
  if (look.follow) {
    PillButton follow = follow_button(player.has_music());
    follow.selected = *look.follow;
    row.push_back({follow, true});
  }
  return row;
}

// "1:05" from seconds, whole seconds shown as a clock would: elapsed rounds down, remaining up,
// so together they always make the length.
std::string elapsed_text(double seconds) {
  return clock_text(static_cast<long long>(std::floor(seconds)));
}
std::string remaining_text(double seconds) {
  return "-" + clock_text(static_cast<long long>(std::ceil(std::max(0.0, seconds))));
}

}  // namespace

float PlayerBar::height(const FrameContext& frame, const JourneyPlayer& player, float width,
                        const PlayerBarLook& look) const {
  // Not the real player's buttons, but as wide: each with the longest label it can take.
  const float seek_row = frame.px(56);
  const float gap = frame.px(10);
  std::vector<RowButton> widest;
  if (player.has_music()) {
    widest = {
        {wider(frame, play_button(true), play_button(false))},
        {{std::string(ui_id::kJourneyStop), tr("journey.player.stop"), Icon::Stop}},
        rewind_button(),
        forward_button(),
    };
  }
  if (look.follow) widest.push_back({wider(frame, follow_button(true), follow_button(false)), true});
  return seek_row + (widest.empty() ? 0 : gap + button_row_height(frame, widest, width));
}

PlayerBarResult PlayerBar::draw(FrameContext& frame, JourneyPlayer& player, const Rect& area,
                                const PlayerBarLook& look) {
  PlayerBarResult result;
  const auto now = frame.now;
  const float seek_row = frame.px(56);
  const float gap = frame.px(10);
  const Palette& p = palette();

  if (player.has_music()) {
    draw_seek_row(frame, player, {area.x, area.y, area.width, seek_row}, look);
  } else {
    // Calm, in words for the adult in the room; the reason in full (the device, or the file and
    // every folder searched) is in the notice below and on stderr.
    const Rect note{area.x, area.y, area.width, seek_row};
    // One line, in a smaller size where a language needs more room than the window has.
    const std::string& no_music = tr("journey.player.no-music");
    ImFont* font = font_that_fits({frame.fonts.label, frame.fonts.body, frame.fonts.small}, no_music,
                                  note.width, frame.fonts.label->FontSize);
    draw_text(frame, font, no_music, ImVec2(note.x, note.y + frame.px(2)), p.ink);
    // With no story (the music alone), it is the stories that still work.
    draw_text(frame, frame.fonts.small,
              look.follow ? tr("journey.player.no-music-story") : tr("journey.player.no-music-choose"),
              ImVec2(note.x, note.y + frame.px(34)), p.ink_soft, note.width);
  }

  const auto row = buttons(player, look);
  const RowResult pressed =
      button_row(frame, row, {area.x, area.y + seek_row + gap, area.width, area.bottom()});
  if (pressed.clicked < 0) return result;
  const std::string& id = row[static_cast<std::size_t>(pressed.clicked)].button.id;
  if (id == ui_id::kJourneyPlay) player.play(now);
  if (id == ui_id::kJourneyPause) player.pause(now);
  if (id == ui_id::kJourneyStop) player.stop(now);
  if (id == ui_id::kJourneyRewind) player.seek(player.position(now) - kJumpSeconds, now);
  if (id == ui_id::kJourneyForward) player.seek(player.position(now) + kJumpSeconds, now);
  if (id == ui_id::kJourneyFollow) result.follow_pressed = true;
  return result;
}

void PlayerBar::draw_seek_row(FrameContext& frame, JourneyPlayer& player, const Rect& row,
                              const PlayerBarLook& look) {
  const auto now = frame.now;
  const Palette& p = palette();
  const ImU32 accent = tool_colours(ToolId::WonderJourney).deep;
  const double length = std::max(player.length(), 1.0);
  const double position = drag_to_.value_or(player.position(now));

  // Times either side of the bar, each in a box as wide as its widest value, so nothing jumps.
  ImFont* font = frame.fonts.label;
  const float time_width = measure_text(font, "-" + elapsed_text(length)).x + frame.px(8);
  const float volume_width = volume_button_size(frame) * 2 + frame.px(70) + frame.px(24);
  const std::string elapsed = elapsed_text(position);
  const std::string remaining = remaining_text(length - position);
  const float text_y = row.center_y() - measure_text(font, "0").y / 2;
  draw_text(frame, font, elapsed, ImVec2(row.x, text_y), p.ink);
  const Rect bar{row.x + time_width + frame.px(8), row.y,
                 row.width - 2 * time_width - volume_width - frame.px(16), row.height};
  const float remaining_width = measure_text(font, remaining).x;
  draw_text(frame, font, remaining, ImVec2(bar.right() + frame.px(8) + time_width - remaining_width, text_y),
            p.ink_soft);

  // The bar: a track, the part played, marks where pages begin, and a knob to drag.
  const Interaction seek =
      interact(frame, std::string(ui_id::kJourneySeek),
               tr("journey.player.seek", {{"elapsed", elapsed}, {"length", elapsed_text(length)}}), bar);
  const float track_height = frame.px(10);
  const float track_y = bar.center_y() - track_height / 2;
  const auto x_at = [&](double seconds) {
    return bar.x + static_cast<float>(std::clamp(seconds / length, 0.0, 1.0)) * bar.width;
  };
  frame.draw->AddRectFilled(ImVec2(bar.x, track_y), ImVec2(bar.right(), track_y + track_height),
                            with_alpha(p.ink_soft, 0.25f), track_height / 2);
  frame.draw->AddRectFilled(ImVec2(bar.x, track_y), ImVec2(x_at(position), track_y + track_height), accent,
                            track_height / 2);
  for (double mark : look.marks) {
    if (mark <= 0 || mark >= length) continue;
    const float x = x_at(mark);
    frame.draw->AddLine(ImVec2(x, track_y - frame.px(5)), ImVec2(x, track_y + track_height + frame.px(5)),
                        with_alpha(p.ink_soft, 0.6f), frame.px(2));
  }
  const float knob = frame.px(13) * (seek.hovered || seek.held ? 1.2f : 1.0f);
  frame.draw->AddCircleFilled(ImVec2(x_at(position), bar.center_y()), knob, p.surface, 32);
  frame.draw->AddCircle(ImVec2(x_at(position), bar.center_y()), knob, accent, 32, frame.px(4));
  if (seek.focus_ring) draw_focus_ring(frame, bar, bar.height / 2);

  // Dragging shows where it will go; letting go (or a click) moves the music there once, since
  // every move makes the decoder look for its place in the file.
  if (seek.held) {
    const float x = std::clamp(ImGui::GetIO().MousePos.x, bar.x, bar.right());
    drag_to_ = static_cast<double>((x - bar.x) / std::max(bar.width, 1.0f)) * length;
  } else if (drag_to_) {
    player.seek(*drag_to_, now);
    drag_to_.reset();
  }

  draw_volume(frame, player,
              {row.right() - volume_width + frame.px(24), row.y, volume_width - frame.px(24), row.height});
}

void PlayerBar::draw_volume(FrameContext& frame, JourneyPlayer& player, const Rect& area) {
  const Palette& p = palette();
  const float button = volume_button_size(frame);
  const float y = area.center_y() - button / 2;
  const double volume = player.volume();
  auto round_button = [&](std::string_view id, const std::string& label, const char* sign, float x,
                          bool enabled) {
    const Rect rect{x, y, button, button};
    const Interaction hit = interact(frame, std::string(id), label, rect, enabled);
    const ImVec2 centre(rect.center_x(), rect.center_y());
    frame.draw->AddCircleFilled(centre, button / 2, hit.hovered ? p.surface_hover : p.surface, 32);
    const ImU32 ink = enabled ? p.ink : with_alpha(p.ink, 0.35f);
    const ImVec2 size = measure_text(frame.fonts.label, sign);
    frame.draw->AddText(frame.fonts.label, frame.fonts.label->FontSize,
                        ImVec2(centre.x - size.x / 2, centre.y - size.y / 2), ink, sign);
    if (hit.focus_ring) draw_focus_ring(frame, rect, button / 2);
    return hit.clicked;
  };
  if (round_button(ui_id::kJourneyQuieter, tr("journey.player.quieter"), "-", area.x, volume > 0.001))
    player.set_volume(std::round((volume - kVolumeStep) * 10) / 10);
  if (round_button(ui_id::kJourneyLouder, tr("journey.player.louder"), "+", area.right() - button,
                   volume < 0.999))
    player.set_volume(std::round((volume + kVolumeStep) * 10) / 10);

  // Ten bars rising left to right, lit up to the volume: loudness shown by size, not colour alone.
  const Rect meter{area.x + button + frame.px(6), area.y + frame.px(12),
                   area.width - 2 * button - frame.px(12), area.height - frame.px(24)};
  constexpr int kBars = 10;
  const float step = meter.width / kBars;
  const int lit = static_cast<int>(std::lround(volume * kBars));
  for (int i = 0; i < kBars; ++i) {
    const float height = meter.height * (0.3f + 0.7f * static_cast<float>(i + 1) / kBars);
    const float x = meter.x + step * static_cast<float>(i);
    frame.draw->AddRectFilled(
        ImVec2(x + step * 0.2f, meter.bottom() - height), ImVec2(x + step * 0.8f, meter.bottom()),
        i < lit ? tool_colours(ToolId::WonderJourney).deep : with_alpha(p.ink_soft, 0.25f), frame.px(2));
  }
  frame.inventory.add_text(tr("journey.player.volume", {{"percent", std::to_string(lit * 10)}}), meter);
}

}  // namespace kitbag::ui
