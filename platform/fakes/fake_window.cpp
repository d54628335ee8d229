#include "platform/fakes/fake_window.h"

#include <imgui.h>

namespace kitbag {

void FakeWindow::queue(Event event, std::chrono::steady_clock::duration after) {
  pending_.push_back({event, after});
}

bool FakeWindow::should_close() const {
  std::lock_guard lock(mutex_);
  return close_requested_;
}

void FakeWindow::wait_until_idle() {
  std::unique_lock lock(mutex_);
  woken_.wait(lock, [this] { return idle_waits_ > 0; });
}

void FakeWindow::wake() {
  std::lock_guard lock(mutex_);
  wake_pending_ = true;
  woken_.notify_all();
}

bool FakeWindow::wait_events(std::optional<std::chrono::nanoseconds> timeout) {
  waits_.push_back(timeout);
  {
    std::lock_guard lock(mutex_);
    if (std::exchange(wake_pending_, false)) return false;
  }
  if (!pending_.empty()) {
    Pending& next = pending_.front();
    if (timeout && *timeout < next.after) {
      clock_.advance(*timeout);
      next.after -= *timeout;
      return false;
    }
    clock_.advance(next.after);
    const Event event = next.event;
    pending_.pop_front();
    if (event == Event::Close) {
      std::lock_guard lock(mutex_);
      close_requested_ = true;
      return false;
    }
    return true;
  }
  if (timeout) {
    clock_.advance(*timeout);
    return false;
  }
  // The loop has nothing planned and would sleep until input: the app is at rest.
  std::unique_lock lock(mutex_);
  ++idle_waits_;
  woken_.notify_all();
  if (!block_when_idle_) {
    close_requested_ = true;
    return false;
  }
  woken_.wait(lock, [this] { return wake_pending_ || close_requested_; });
  wake_pending_ = false;
  return false;
}

void FakeWindow::begin_frame() {
  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = ImVec2(static_cast<float>(size_.width), static_cast<float>(size_.height));
  const auto now = clock_.now();
  io.DeltaTime = last_frame_time_ ? std::chrono::duration<float>(now - *last_frame_time_).count() : 1.0f / 60;
  if (io.DeltaTime <= 0) io.DeltaTime = 1.0f / 1000;
  last_frame_time_ = now;
}

Image FakeWindow::read_frame() {
  Image image;
  image.width = size_.width;
  image.height = size_.height;
  image.rgba.assign(static_cast<std::size_t>(size_.width) * size_.height * 4, 200);
  return image;
}

void FakeWindow::present() {
  ++frames_presented_;
  frame_times_.push_back(clock_.now());
}

}  // namespace kitbag
