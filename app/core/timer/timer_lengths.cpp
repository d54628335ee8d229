#include "app/core/timer/timer_lengths.h"

#include <algorithm>
#include <cmath>
#include <numbers>

#include "app/core/i18n/current_strings.h"

namespace kitbag {
namespace {

using std::chrono::seconds;

constexpr std::array<int, 26> kLadderSeconds = {15,   30,   45,   60,   90,   120,  150,  180, 240,
                                                300,  360,  420,  480,  540,  600,  720,  900, 1200,
                                                1500, 1800, 2400, 2700, 3000, 3600, 5400, 7200};

}  // namespace

TimerLength step_up(TimerLength length) {
  for (int rung : kLadderSeconds)
    if (seconds(rung) > length) return seconds(rung);
  return std::max(length, TimerLength(seconds(kLadderSeconds.back())));
}

TimerLength step_down(TimerLength length) {
  for (auto it = kLadderSeconds.rbegin(); it != kLadderSeconds.rend(); ++it)
    if (seconds(*it) < length) return seconds(*it);
  return std::min(length, TimerLength(seconds(kLadderSeconds.front())));
}

std::optional<int> parse_timer_length(std::string_view text) {
  // Up to three fields, each all digits; every field after the first is below 60.
  long long total = 0;
  int fields = 0;
  while (true) {
    const auto colon = text.find(':');
    const std::string_view field = text.substr(0, colon);
    if (field.empty() || field.size() > 6 || ++fields > 3) return std::nullopt;
    long long value = 0;
    for (char c : field) {
      if (c < '0' || c > '9') return std::nullopt;
      value = value * 10 + (c - '0');
    }
    if (fields > 1 && (value >= 60 || field.size() != 2)) return std::nullopt;
    total = total * 60 + value;
    if (colon == std::string_view::npos) break;
    text.remove_prefix(colon + 1);
  }
  if (total < 1 || total > 24 * 60 * 60) return std::nullopt;
  return static_cast<int>(total);
}

std::string clock_text(long long total) {
  total = std::max(total, 0LL);
  const long long hours = total / 3600;
  const long long minutes = total / 60 % 60;
  const long long secs = total % 60;
  auto two = [](long long n) { return (n < 10 ? "0" : "") + std::to_string(n); };
  if (hours > 0) return std::to_string(hours) + ":" + two(minutes) + ":" + two(secs);
  return std::to_string(minutes) + ":" + two(secs);
}

std::string length_words(TimerLength length) {
  const long long total = std::chrono::duration_cast<seconds>(length).count();
  const long long hours = total / 3600;
  const long long minutes = total / 60 % 60;
  const long long secs = total % 60;
  // Each part is counted in its own words; how two parts join is the language's own.
  std::string words;
  auto add = [&](std::string part) {
    words = words.empty() ? std::move(part) : tr("timer.length.and", {{"longer", words}, {"shorter", part}});
  };
  if (hours > 0) add(tr_count("timer.length.hours", hours));
  if (minutes > 0) add(tr_count("timer.length.minutes", minutes));
  if (secs > 0 || words.empty()) add(tr_count("timer.length.seconds", secs));
  return words;
}

DiscPhase disc_phase(float fraction_left) {
  if (fraction_left > 0.5f) return DiscPhase::Plenty;
  if (fraction_left > 0.2f) return DiscPhase::Low;
  return DiscPhase::Nearly;
}

int disc_steps(float radius_px, TimerLength length) {
  const double rim_steps = 2 * std::numbers::pi * std::max(radius_px, 1.0f) / 2;
  const double at_one_a_second = std::chrono::duration<double>(length).count();
  return static_cast<int>(std::clamp(std::min(rim_steps, at_one_a_second), 1.0, 100000.0));
}

}  // namespace kitbag
