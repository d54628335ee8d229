#include "app/core/frame_scheduler.h"

#include <algorithm>

namespace kitbag {

FrameScheduler::FrameScheduler() = default;

void FrameScheduler::note_input() {
  settle_frames_ = std::max(settle_frames_, kSettleFrames);
}

void FrameScheduler::request_frames(int count) {
  // Asked during a frame, the count means frames after this one, which end_frame() is about to use up.
  settle_frames_ = std::max(settle_frames_, count + (in_frame_ ? 1 : 0));
}

void FrameScheduler::animate_until(TimePoint end) {
  if (frame_time_ && end <= *frame_time_) return;  // this frame already shows the end
  animation_end_ = animation_end_ ? std::max(*animation_end_, end) : end;
}

void FrameScheduler::redraw_at(TimePoint when) {
  if (frame_time_ && when <= *frame_time_) return;
  next_redraw_ = next_redraw_ ? std::min(*next_redraw_, when) : when;
}

void FrameScheduler::request_frame_from_any_thread() {
  cross_thread_request_.store(true);
}

void FrameScheduler::absorb_cross_thread_requests() {
  if (cross_thread_request_.exchange(false)) settle_frames_ = std::max(settle_frames_, 1);
}

bool FrameScheduler::frame_due(TimePoint now) {
  absorb_cross_thread_requests();
  if (settle_frames_ > 0) return true;
  if (animation_end_ && (!last_frame_ || now >= *last_frame_ + kAnimationFrameInterval)) return true;
  return next_redraw_ && now >= *next_redraw_;
}

std::optional<FrameScheduler::Duration> FrameScheduler::time_until_due(TimePoint now) {
  if (frame_due(now)) return Duration::zero();
  std::optional<TimePoint> due;
  if (animation_end_) due = *last_frame_ + kAnimationFrameInterval;
  if (next_redraw_) due = due ? std::min(*due, *next_redraw_) : *next_redraw_;
  if (!due) return std::nullopt;
  return *due - now;
}

void FrameScheduler::begin_frame(TimePoint now) {
  frame_time_ = now;
  in_frame_ = true;
  animation_end_.reset();
  next_redraw_.reset();
}

void FrameScheduler::end_frame(TimePoint now) {
  last_frame_ = now;
  in_frame_ = false;
  if (settle_frames_ > 0) --settle_frames_;
}

bool FrameScheduler::settled() const {
  return settle_frames_ == 0 && !animation_end_ && !cross_thread_request_.load();
}

}  // namespace kitbag
