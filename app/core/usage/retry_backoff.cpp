#include "app/core/usage/retry_backoff.h"

#include <algorithm>

namespace kitbag {

std::chrono::milliseconds RetryBackoff::delay(int failures, double jitter) const {
  // Doubling stops well before the cap could overflow: 2^20 times the first wait is already days.
  const int doublings = std::min(std::max(failures, 1) - 1, 20);
  const double doubled = std::min(static_cast<double>(first.count()) * static_cast<double>(1LL << doublings),
                                  static_cast<double>(cap.count()));
  const double share = 0.5 + 0.5 * std::clamp(jitter, 0.0, 1.0);
  return std::chrono::milliseconds(static_cast<long long>(doubled * share));
}

}  // namespace kitbag
