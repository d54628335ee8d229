// A window with no display for tests of the loop: it counts frames, plays back a queue of
// events on the fake clock, and says when the loop went to sleep with nothing to do.
#pragma once

#include <condition_variable>
#include <deque>
#include <mutex>
#include <utility>
#include <vector>

#include "platform/fakes/fake_clock.h"
#include "platform/fakes/fake_presenter_window.h"
#include "platform/window.h"

namespace kitbag {

class FakeWindow final : public Window {
 public:
  enum class Event { Input, Close };

  FakeWindow(FakeClock& clock, WindowSize size) : clock_(clock), size_(size) {}

  // An event `after` the previous one (or after the loop first waits).
  void queue(Event event, std::chrono::steady_clock::duration after = {});
  // When the loop would sleep with nothing planned: close (the default) or block until wake().
  void set_block_when_idle(bool block) { block_when_idle_ = block; }

  int frames_presented() const { return frames_presented_; }
  int idle_waits() const { return idle_waits_; }
  const std::vector<std::optional<std::chrono::nanoseconds>>& waits() const { return waits_; }
  std::vector<Clock::TimePoint> frame_times() const { return frame_times_; }
  // For another thread: blocks until the loop is asleep with nothing planned.
  void wait_until_idle();

  Status attach_imgui() override { return ok_status(); }
  bool should_close() const override;
  bool wait_events(std::optional<std::chrono::nanoseconds> timeout) override;
  void wake() override;
  bool minimised() const override { return minimised_; }
  // As if the window were minimised (or hidden): frames still run, nothing is presented.
  void set_minimised(bool minimised) { minimised_ = minimised; }
  float content_scale() const override { return 1.0f; }
  WindowSize framebuffer_size() const override { return size_; }
  void begin_frame() override;
  void render_frame() override {}
  Image read_frame() override;
  void present() override;
  void reload_fonts() override {}
  std::vector<std::filesystem::path> take_dropped_files() override { return std::exchange(dropped_, {}); }
  // As if the user dragged files onto the window.
  void drop(std::vector<std::filesystem::path> files) { dropped_ = std::move(files); }

  Result<std::unique_ptr<PresenterWindow>> open_presenter(const PresenterConfig& config) override {
    if (refuse_presenter_) return Error{"the window for sharing could not be opened: no display"};
    return std::unique_ptr<PresenterWindow>(std::make_unique<FakePresenterWindow>(presenter_, config.title));
  }
  // What the presenter window, when open, was shown and can be told.
  FakePresenterState& presenter() { return *presenter_; }
  void set_refuse_presenter(bool refuse) { refuse_presenter_ = refuse; }

 private:
  std::vector<std::filesystem::path> dropped_;
  std::shared_ptr<FakePresenterState> presenter_ = std::make_shared<FakePresenterState>();
  bool refuse_presenter_ = false;
  struct Pending {
    Event event;
    std::chrono::steady_clock::duration after;
  };

  FakeClock& clock_;
  WindowSize size_;
  std::deque<Pending> pending_;
  bool block_when_idle_ = false;
  bool minimised_ = false;
  int frames_presented_ = 0;
  int idle_waits_ = 0;
  std::vector<std::optional<std::chrono::nanoseconds>> waits_;
  std::vector<Clock::TimePoint> frame_times_;
  std::optional<Clock::TimePoint> last_frame_time_;

  mutable std::mutex mutex_;
  std::condition_variable woken_;
  bool wake_pending_ = false;
  bool close_requested_ = false;
};

}  // namespace kitbag
