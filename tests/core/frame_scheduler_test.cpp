#include "app/core/frame_scheduler.h"

#include <gtest/gtest.h>

#include <thread>

namespace kitbag {
namespace {

using namespace std::chrono_literals;
using TimePoint = FrameScheduler::TimePoint;

// Draws frames while any are due at `now`, returning how many.
int draw_due_frames(FrameScheduler& scheduler, TimePoint now) {
  int frames = 0;
  while (scheduler.frame_due(now) && frames < 100) {
    scheduler.begin_frame(now);
    scheduler.end_frame(now);
    ++frames;
  }
  return frames;
}

class FrameSchedulerTest : public ::testing::Test {
 protected:
  FrameScheduler scheduler;
  TimePoint t0 = TimePoint(1000h);
};

TEST_F(FrameSchedulerTest, DrawsAFewFramesAtStartThenRests) {
  EXPECT_EQ(draw_due_frames(scheduler, t0), FrameScheduler::kSettleFrames);
  EXPECT_TRUE(scheduler.settled());
  EXPECT_FALSE(scheduler.frame_due(t0 + 1h));
  EXPECT_EQ(scheduler.time_until_due(t0 + 1h), std::nullopt) << "at rest the loop sleeps until input";
}

TEST_F(FrameSchedulerTest, InputEarnsSettleFrames) {
  draw_due_frames(scheduler, t0);
  scheduler.note_input();
  EXPECT_FALSE(scheduler.settled());
  EXPECT_EQ(draw_due_frames(scheduler, t0 + 1s), FrameScheduler::kSettleFrames);
}

TEST_F(FrameSchedulerTest, FramesRequestedDuringAFrameComeAfterIt) {
  draw_due_frames(scheduler, t0);
  scheduler.note_input();
  scheduler.begin_frame(t0);
  scheduler.request_frames(5);
  scheduler.end_frame(t0);
  EXPECT_EQ(draw_due_frames(scheduler, t0), 5);
}

TEST_F(FrameSchedulerTest, AnimationIsPacedAndStopsWhenNoLongerAsked) {
  draw_due_frames(scheduler, t0);
  const TimePoint end = t0 + 100ms;
  scheduler.request_frames(1);
  // Run the loop as the app does: sleep until due, draw; screens ask again each frame until done.
  TimePoint now = t0;
  std::vector<TimePoint> frames;
  while (auto wait = scheduler.time_until_due(now)) {
    now += *wait;
    scheduler.begin_frame(now);
    if (now < end) scheduler.animate_until(end);
    scheduler.end_frame(now);
    frames.push_back(now);
    if (frames.size() > 100) break;
  }
  ASSERT_GE(frames.size(), 2u);
  for (std::size_t i = 1; i < frames.size(); ++i)
    EXPECT_GE(frames[i] - frames[i - 1], FrameScheduler::kAnimationFrameInterval);
  EXPECT_GE(frames.back(), end) << "the last frame shows the animation's end";
  EXPECT_EQ(frames.size(), 7u) << "100 ms at 60 frames a second, plus the frame that started it";
  EXPECT_TRUE(scheduler.settled());
}

TEST_F(FrameSchedulerTest, RedrawAtWakesOnceAtThatTime) {
  draw_due_frames(scheduler, t0);
  scheduler.begin_frame(t0);
  scheduler.redraw_at(t0 + 2s);
  scheduler.end_frame(t0);
  EXPECT_TRUE(scheduler.settled()) << "a later tick does not make the screen unsettled";
  EXPECT_FALSE(scheduler.frame_due(t0 + 1s));
  EXPECT_EQ(scheduler.time_until_due(t0 + 1s), 1s);
  EXPECT_EQ(draw_due_frames(scheduler, t0 + 2s), 1);
  EXPECT_EQ(scheduler.time_until_due(t0 + 3s), std::nullopt);
}

TEST_F(FrameSchedulerTest, TheEarliestRedrawWins) {
  draw_due_frames(scheduler, t0);
  scheduler.begin_frame(t0);
  scheduler.redraw_at(t0 + 5s);
  scheduler.redraw_at(t0 + 3s);
  scheduler.end_frame(t0);
  EXPECT_EQ(scheduler.time_until_due(t0), 3s);
}

TEST_F(FrameSchedulerTest, RequestsForThePastAreIgnored) {
  draw_due_frames(scheduler, t0);
  scheduler.begin_frame(t0);
  scheduler.redraw_at(t0 - 1s);
  scheduler.animate_until(t0);
  scheduler.end_frame(t0);
  EXPECT_FALSE(scheduler.frame_due(t0 + 1s));
}

TEST_F(FrameSchedulerTest, AnotherThreadCanAskForAFrame) {
  draw_due_frames(scheduler, t0);
  std::thread other([this] { scheduler.request_frame_from_any_thread(); });
  other.join();
  EXPECT_FALSE(scheduler.settled());
  EXPECT_EQ(draw_due_frames(scheduler, t0), 1);
  EXPECT_TRUE(scheduler.settled());
}

}  // namespace
}  // namespace kitbag
