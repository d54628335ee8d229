// The monotonic clock everything time-based reads, injected so tests can move time by hand.
#pragma once

#include <chrono>

namespace kitbag {

class Clock {
 public:
  using TimePoint = std::chrono::steady_clock::time_point;
  virtual ~Clock() = default;
  virtual TimePoint now() const = 0;
};

class SteadyClock final : public Clock {
 public:
  TimePoint now() const override { return std::chrono::steady_clock::now(); }
};

}  // namespace kitbag
