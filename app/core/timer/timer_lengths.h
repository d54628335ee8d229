// What a timer's length looks like to people: the presets, the steps of the + and − buttons and
// the dial, the digits ("4:05"), the words ("5 minutes"), the disc's colour as time runs out,
// and how finely the disc needs redrawing.
#pragma once

#include <array>
#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace kitbag {

using TimerLength = std::chrono::steady_clock::duration;

// The lengths a tap away: the ones the kit's users reach for.
inline constexpr std::array<int, 5> kPresetSeconds = {60, 120, 180, 300, 600};

// The next length up or down the ladder (15 s … 2 hours), fine where short lengths differ
// and coarse where they do not. A length between two rungs goes to the nearer-side rung.
TimerLength step_up(TimerLength length);
TimerLength step_down(TimerLength length);

// A length as people type it: "90" (seconds), "1:30" or "1:02:03"; 1 second up to a day.
std::optional<int> parse_timer_length(std::string_view text);

// "4:05", "0:59", "1:02:03": the digits, from whole seconds.
std::string clock_text(long long seconds);
// "5 minutes", "1 minute 30 seconds", "45 seconds": a length as words, for labels, in the
// language in use (so never for the terminal).
std::string length_words(TimerLength length);

// Green while there is plenty left, amber as it gets low, red near the end: a child who
// cannot read the digits sees how near the end is. Never the only cue: the disc shrinks too.
enum class DiscPhase { Plenty, Low, Nearly };
DiscPhase disc_phase(float fraction_left);

// How many steps a disc of this radius shows over `length`: about one per 2 pixels of its rim,
// but never more than one a second, so the disc changes only when the digits do: a running
// timer costs one frame a second, no more.
int disc_steps(float radius_px, TimerLength length);

}  // namespace kitbag
