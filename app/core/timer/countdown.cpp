#include "app/core/timer/countdown.h"

#include <algorithm>
#include <cmath>

namespace kitbag {

void Countdown::set_length(Duration length) {
  chosen_ = std::clamp(length, Duration::zero(), kLongest);
  reset();
}

void Countdown::reset() {
  length_ = chosen_;
  left_when_paused_ = length_;
  ends_.reset();
  paused_ = false;
  started_ = false;
  end_taken_ = false;
}

void Countdown::start(TimePoint now) {
  if (started_ && state(now) != State::Finished) return;
  started_ = true;
  paused_ = false;
  end_taken_ = false;
  length_ = chosen_;  // a fresh run is of the chosen length, whatever was added to the last one
  ends_ = now + length_;
}

void Countdown::pause(TimePoint now) {
  if (state(now) != State::Running) return;
  left_when_paused_ = *ends_ - now;
  ends_.reset();
  paused_ = true;
}

void Countdown::resume(TimePoint now) {
  if (!paused_) return;
  paused_ = false;
  ends_ = now + left_when_paused_;
}

void Countdown::add(Duration more, TimePoint now) {
  switch (state(now)) {
    case State::Ready:
      chosen_ = std::min(chosen_ + more, kLongest);
      length_ = chosen_;
      left_when_paused_ = length_;
      break;
    case State::Paused:
      left_when_paused_ = std::min(left_when_paused_ + more, kLongest);
      length_ = std::min(length_ + more, kLongest);
      break;
    case State::Running:
      ends_ = std::min(*ends_ + more, now + kLongest);
      length_ = std::min(length_ + more, kLongest);
      break;
    case State::Finished:
      // A new short run of just the time added, its disc full at the start, with its own chime.
      ends_ = now + std::min(more, kLongest);
      length_ = std::min(more, kLongest);
      end_taken_ = false;
      break;
  }
}

bool Countdown::take_end(TimePoint now) {
  if (end_taken_ || state(now) != State::Finished) return false;
  end_taken_ = true;
  return true;
}

Countdown::State Countdown::state(TimePoint now) const {
  if (!started_) return State::Ready;
  if (paused_) return State::Paused;
  return now >= *ends_ ? State::Finished : State::Running;
}

Countdown::Duration Countdown::remaining(TimePoint now) const {
  switch (state(now)) {
    case State::Ready:
    case State::Paused:
      return left_when_paused_;
    case State::Running:
      return *ends_ - now;
    case State::Finished:
      return Duration::zero();
  }
  return Duration::zero();
}

float Countdown::fraction_left(TimePoint now) const {
  if (length_ <= Duration::zero()) return 0;
  const double left = std::chrono::duration<double>(remaining(now)).count();
  const double whole = std::chrono::duration<double>(length_).count();
  return static_cast<float>(std::clamp(left / whole, 0.0, 1.0));
}

std::optional<Countdown::TimePoint> Countdown::ends_at() const {
  if (!started_ || paused_) return std::nullopt;
  return ends_;
}

std::optional<Countdown::TimePoint> Countdown::next_change(TimePoint now, int disc_steps) const {
  if (state(now) != State::Running) return std::nullopt;
  const TimePoint end = *ends_;
  const Duration left = end - now;
  // The digits change when the seconds left (rounded up) drop by one.
  const Duration second = std::chrono::seconds(1);
  const Duration past_whole = left % second;
  TimePoint next = now + (past_whole > Duration::zero() ? past_whole : second);
  // The disc changes when fraction_left crosses the next of its steps.
  if (disc_steps > 0 && length_ > Duration::zero()) {
    const double steps = static_cast<double>(disc_steps);
    const double left_steps =
        std::chrono::duration<double>(left) / std::chrono::duration<double>(length_) * steps;
    const double target = std::ceil(left_steps) - 1;  // the next step down
    const auto at = end - std::chrono::duration_cast<Duration>(std::chrono::duration<double>(length_) *
                                                               (std::max(target, 0.0) / steps));
    if (at > now) next = std::min(next, at);
  }
  return std::min(next, end);
}

long long seconds_shown(std::chrono::steady_clock::duration remaining) {
  if (remaining <= std::chrono::steady_clock::duration::zero()) return 0;
  const auto whole = std::chrono::duration_cast<std::chrono::seconds>(remaining);
  return whole.count() + (remaining - whole > std::chrono::steady_clock::duration::zero() ? 1 : 0);
}

}  // namespace kitbag
