// How long to wait before sending again after a failure: doubling from a few seconds, capped,
// and jittered so that many laptops coming back online at once do not all knock together.
#pragma once

#include <chrono>

namespace kitbag {

struct RetryBackoff {
  std::chrono::milliseconds first{5'000};
  std::chrono::milliseconds cap{15 * 60'000};

  // The wait after `failures` failures in a row (1 or more). `jitter` is uniformly random in
  // [0, 1): the wait is somewhere in the upper half of the doubled delay ("equal jitter"), so it
  // is never near zero and never above the cap.
  std::chrono::milliseconds delay(int failures, double jitter) const;
};

}  // namespace kitbag
