// Decides when the event-driven loop draws, so that at rest the app draws nothing and uses no CPU.
//
// Input earns a few frames (ImGui needs two or three to settle hover, clicks and new layouts).
// Screens ask, while drawing a frame, for what they need next: an animation asks for frames
// until it ends, a clock asks for one frame at its next tick. Those asks are remade every frame,
// the immediate-mode way, so a finished animation simply stops asking.
#pragma once

#include <atomic>
#include <chrono>
#include <optional>

namespace kitbag {

class FrameScheduler {
 public:
  using Clock = std::chrono::steady_clock;
  using TimePoint = Clock::time_point;
  using Duration = Clock::duration;

  static constexpr int kSettleFrames = 3;
  static constexpr Duration kAnimationFrameInterval = std::chrono::microseconds(16'667);

  FrameScheduler();

  // From the loop, outside frames.
  void note_input();
  bool frame_due(TimePoint now);
  // How long the loop may sleep before a frame is due; nullopt means until input arrives.
  std::optional<Duration> time_until_due(TimePoint now);
  void begin_frame(TimePoint now);
  void end_frame(TimePoint now);
  // Nothing left to settle and no animation running (a later clock tick does not count).
  bool settled() const;

  // From screens, while drawing a frame.
  void request_frames(int count);  // this many frames after the current one
  void animate_until(TimePoint end);
  void redraw_at(TimePoint when);

  // From any thread; pair it with Window::wake() so a sleeping loop notices.
  void request_frame_from_any_thread();

 private:
  void absorb_cross_thread_requests();

  int settle_frames_ = kSettleFrames;
  bool in_frame_ = false;
  std::optional<TimePoint> frame_time_;
  std::optional<TimePoint> last_frame_;
  std::optional<TimePoint> animation_end_;
  std::optional<TimePoint> next_redraw_;
  std::atomic<bool> cross_thread_request_{false};
};

}  // namespace kitbag
