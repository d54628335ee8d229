// Where the journey is in time when no music keeps that place: a stopwatch that plays, pauses,
// jumps and stops at the story's end, so pages can still turn on their own without sound.
#pragma once

#include <chrono>
#include <optional>

namespace kitbag {

class Playhead {
 public:
  using Clock = std::chrono::steady_clock;

  explicit Playhead(double length_seconds = 0) : length_(length_seconds) {}

  void play(Clock::time_point now);
  void pause(Clock::time_point now);
  void stop();  // back to the start, not running
  // Jumps to `seconds` (held within 0 and the length), running on if it was running.
  void seek(double seconds, Clock::time_point now);

  double length() const { return length_; }
  double position(Clock::time_point now) const;
  bool running() const { return started_.has_value(); }
  // Ran to the end: the position is the length. It counts as running until paused or stopped,
  // which is how its owner learns of the end (JourneyPlayer::keep_time stops it then).
  bool finished(Clock::time_point now) const { return running() && position(now) >= length_; }

 private:
  double length_;
  double held_ = 0;  // the position while paused, or where running began
  std::optional<Clock::time_point> started_;
};

}  // namespace kitbag
