// A short, gentle message at the bottom of the screen that fades in, stays a few seconds and
// fades out. It says what the drawing frame needs from the scheduler, so it costs frames only
// while it fades.
#pragma once

#include <chrono>
#include <optional>
#include <string>

namespace kitbag {

class Toast {
 public:
  using TimePoint = std::chrono::steady_clock::time_point;
  static constexpr auto kFadeIn = std::chrono::milliseconds(150);
  static constexpr auto kHold = std::chrono::milliseconds(3500);
  static constexpr auto kFadeOut = std::chrono::milliseconds(400);

  void show(std::string text, TimePoint now);
  void hide() { text_.clear(); }
  // How many toasts have been shown so far: tells a frame whether one was shown during it.
  unsigned long long shown_count() const { return shown_count_; }

  struct View {
    const std::string& text;
    float opacity;  // 0..1
  };
  std::optional<View> view(TimePoint now) const;

  struct Needs {
    std::optional<TimePoint> animate_until;  // frames until then
    std::optional<TimePoint> redraw_at;      // one frame then
  };
  Needs needs(TimePoint now) const;

 private:
  std::string text_;
  TimePoint shown_at_{};
  unsigned long long shown_count_ = 0;
};

}  // namespace kitbag
