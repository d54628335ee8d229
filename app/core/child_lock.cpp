#include "app/core/child_lock.h"

#include <algorithm>

namespace kitbag {

bool ChildLock::is_valid_pin(std::string_view pin) {
  return pin.size() == kPinLength &&
         std::all_of(pin.begin(), pin.end(), [](char c) { return c >= '0' && c <= '9'; });
}

void ChildLock::hand_to_child(std::optional<std::string> pin) {
  locked_ = true;
  pin_ = pin && is_valid_pin(*pin) ? pin : std::nullopt;
  held_since_.reset();
}

void ChildLock::unlock() {
  locked_ = false;
  pin_.reset();
  held_since_.reset();
}

bool ChildLock::try_pin(std::string_view pin) {
  if (!locked_ || !pin_ || pin != *pin_) return false;
  unlock();
  return true;
}

bool ChildLock::hold(bool down, TimePoint now) {
  // With a PIN set, holding is not a way out: that would make the PIN pointless.
  if (!locked_ || pin_) return false;
  if (!down) {
    held_since_.reset();
    return false;
  }
  if (!held_since_) held_since_ = now;
  if (now - *held_since_ < kHoldToUnlock) return false;
  unlock();
  return true;
}

float ChildLock::hold_progress(TimePoint now) const {
  if (!held_since_) return 0;
  const auto held = std::chrono::duration_cast<std::chrono::milliseconds>(now - *held_since_);
  return std::clamp(static_cast<float>(held.count()) / static_cast<float>(kHoldToUnlock.count()), 0.0f, 1.0f);
}

std::optional<ChildLock::TimePoint> ChildLock::hold_ends() const {
  if (!held_since_) return std::nullopt;
  return *held_since_ + kHoldToUnlock;
}

}  // namespace kitbag
