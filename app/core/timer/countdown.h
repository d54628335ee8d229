// A countdown timed by the monotonic clock, never by frames: start, pause, resume, reset and
// "add a minute", and when its picture next changes, so the app can sleep until then.
#pragma once

#include <chrono>
#include <optional>

namespace kitbag {

class Countdown {
 public:
  using Clock = std::chrono::steady_clock;
  using TimePoint = Clock::time_point;
  using Duration = Clock::duration;

  // Lengths are kept within a day: longer is not a timer anyone sets for a visit.
  static constexpr Duration kLongest = std::chrono::hours(24);

  enum class State { Ready, Running, Paused, Finished };

  explicit Countdown(Duration length = std::chrono::minutes(1)) { set_length(length); }

  // A new length starts again from Ready, whatever the countdown was doing.
  void set_length(Duration length);
  // The length the disc stands for: what was set, grown by any time added during a run (so the
  // disc never sits full while time passes). Reset goes back to what was set.
  Duration length() const { return length_; }
  Duration chosen_length() const { return chosen_; }

  void start(TimePoint now);   // from Ready or Finished: a fresh run of the whole length
  void pause(TimePoint now);   // only while running
  void resume(TimePoint now);  // only while paused
  void reset();                // back to Ready, full length
  // More time, running or not; a finished countdown runs again for the time added.
  void add(Duration more, TimePoint now);

  State state(TimePoint now) const;
  Duration remaining(TimePoint now) const;
  // 1 at the start, 0 at the end: how much of the disc is left.
  float fraction_left(TimePoint now) const;
  // When it ends, while running.
  std::optional<TimePoint> ends_at() const;

  // The next moment what is shown changes: the whole second on the digits, or the disc losing
  // one of `disc_steps` (e.g. a pixel of its edge). None while not running.
  std::optional<TimePoint> next_change(TimePoint now, int disc_steps) const;

  // True once each time the countdown reaches its end, on the first call at or after it: the
  // chime rings once per end, whenever the loop next runs (drawn or minimised).
  bool take_end(TimePoint now);

 private:
  Duration length_{};
  Duration chosen_{};
  Duration left_when_paused_{};  // Ready: the length; Paused: what was left
  std::optional<TimePoint> ends_;
  bool paused_ = false;
  bool started_ = false;  // false in Ready
  bool end_taken_ = false;
};

// Whole seconds left, rounded up, so "0:01" shows until the very end and "0:00" only then.
long long seconds_shown(std::chrono::steady_clock::duration remaining);

}  // namespace kitbag
