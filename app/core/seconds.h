// Seconds as people write them ("2.5") and as the steady clock counts them, in one place, with
// a ceiling: a finite but huge value would overflow the clock's 64-bit nanoseconds.
#pragma once

#include <chrono>
#include <optional>
#include <string_view>

namespace kitbag {

inline constexpr double kMaxSeconds = 24 * 60 * 60;  // a day: longer than any session or script wait

// A non-negative decimal number of seconds up to kMaxSeconds, or nullopt.
std::optional<double> parse_seconds(std::string_view text);
std::chrono::steady_clock::duration to_duration(double seconds);

}  // namespace kitbag
