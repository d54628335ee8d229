// A clock that moves only when told to, for tests of anything time-based.
#pragma once

#include "platform/clock.h"

namespace kitbag {

class FakeClock final : public Clock {
 public:
  TimePoint now() const override { return now_; }
  void advance(std::chrono::steady_clock::duration by) { now_ += by; }

 private:
  TimePoint now_ = TimePoint(std::chrono::hours(1000));
};

}  // namespace kitbag
