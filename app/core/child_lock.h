// Child mode: "Hand to child" keeps the app to the tools, so a child choosing cards cannot
// wander into settings, sign-out or another person's data. Leaving it takes a grown-up: the
// PIN they set when handing over, or, when they set none, pressing and holding for a few seconds
// (longer than a child's tap, and deliberate). The PIN lives in memory only, for this hand-over.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace kitbag {

class ChildLock {
 public:
  using TimePoint = std::chrono::steady_clock::time_point;
  static constexpr std::chrono::milliseconds kHoldToUnlock{3000};
  static constexpr std::size_t kPinLength = 4;

  // Locks. `pin`, if given, must be kPinLength digits (see is_valid_pin).
  void hand_to_child(std::optional<std::string> pin = std::nullopt);
  bool locked() const { return locked_; }
  bool needs_pin() const { return pin_.has_value(); }

  // True (and unlocked) when `pin` is the one set; a wrong PIN keeps it locked.
  bool try_pin(std::string_view pin);

  // Pressing and holding, for a hand-over with no PIN: down while held, up when let go.
  // Returns true once it has been held long enough, which unlocks.
  bool hold(bool down, TimePoint now);
  // 0 to 1: how far a hold has got, for the ring that fills as it is held.
  float hold_progress(TimePoint now) const;
  // When the hold that is under way will be long enough.
  std::optional<TimePoint> hold_ends() const;

  static bool is_valid_pin(std::string_view pin);

 private:
  void unlock();
  bool locked_ = false;
  std::optional<std::string> pin_;
  std::optional<TimePoint> held_since_;
};

}  // namespace kitbag
