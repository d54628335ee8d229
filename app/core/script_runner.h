// Plays a parsed script against the real UI, one step at a time, each once the screen has
// settled. It decides what input each frame gets (pointer, button, key, typed text) and judges
// each frame by what it showed; the UI layer applies the input and reports back.
#pragma once

#include <chrono>
#include <optional>
#include <string>

#include "app/core/result.h"
#include "app/core/screen_inventory.h"
#include "app/core/script.h"

namespace kitbag {

// The input one frame should see.
struct ScriptInput {
  struct Point {
    float x = 0;
    float y = 0;
  };
  std::optional<Point> pointer;  // nullopt: the pointer is away from the window
  bool button_down = false;
  std::optional<KeyChord> key_down;
  std::string typed;
};

class ScriptRunner {
 public:
  using TimePoint = std::chrono::steady_clock::time_point;
  enum class State { Running, Finished, Failed };

  explicit ScriptRunner(Script script);

  ScriptInput input_for_frame() const;
  // When set, save the frame being drawn to this file and call capture_finished().
  std::optional<std::string> capture_path() const;
  // The capture asked for is of the presenter view's window, not the main one.
  bool capture_is_of_presenter() const;
  void capture_finished(const Status& saved);
  // After each frame: `settled` says the UI has stopped changing.
  void after_frame(const ScreenInventory& shown, bool settled, TimePoint now);

  bool wants_frame() const;                  // has input to give: draw another frame now
  std::optional<TimePoint> wake_at() const;  // waiting for time to pass

  State state() const { return state_; }
  const std::string& failure() const { return failure_; }
  // Where the script is: "demo.kbs:3: wait 5", or where it will start.
  std::string current_step() const;

 private:
  enum class Phase { Settling, Hover, Press, Release, Leave, KeyDown, KeyUp, Typing, Waiting, Capturing };

  void start_steps(const ScreenInventory& shown, TimePoint now);
  void fail(const ScriptStep& step, const std::string& problem);

  Script script_;
  std::size_t next_step_ = 0;  // the step after the current one
  Phase phase_ = Phase::Settling;
  State state_ = State::Running;
  std::string failure_;
  ScriptInput::Point target_point_;
  std::optional<TimePoint> wait_until_;
};

}  // namespace kitbag
