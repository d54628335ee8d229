#include "app/core/journey/playhead.h"

#include <algorithm>

namespace kitbag {

void Playhead::play(Clock::time_point now) {
  if (running()) return;
  if (held_ >= length_) held_ = 0;  // playing again after the end starts from the beginning
  started_ = now;
}

void Playhead::pause(Clock::time_point now) {
  if (!running()) return;
  held_ = position(now);
  started_.reset();
}

void Playhead::stop() {
  held_ = 0;
  started_.reset();
}

void Playhead::seek(double seconds, Clock::time_point now) {
  held_ = std::clamp(seconds, 0.0, length_);
  if (running()) started_ = now;
}

double Playhead::position(Clock::time_point now) const {
  if (!running()) return held_;
  const double ran = std::chrono::duration<double>(now - *started_).count();
  return std::clamp(held_ + ran, 0.0, length_);
}

}  // namespace kitbag
