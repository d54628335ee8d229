#include "app/core/seconds.h"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace kitbag {

std::optional<double> parse_seconds(std::string_view text) {
  double value = 0;
  const auto* end = text.data() + text.size();
  auto [ptr, ec] = std::from_chars(text.data(), end, value);
  if (ec != std::errc() || ptr != end || !std::isfinite(value) || value < 0 || value > kMaxSeconds)
    return std::nullopt;
  return value;
}

std::chrono::steady_clock::duration to_duration(double seconds) {
  return std::chrono::duration_cast<std::chrono::steady_clock::duration>(
      std::chrono::duration<double>(std::clamp(seconds, 0.0, kMaxSeconds)));
}

}  // namespace kitbag
