// What a running timer shows, by a clock given by hand: digits and disc step together, rounded
// up, and a long timer with hidden digits wakes only when its disc steps.
#include "app/core/timer/timer_face.h"

#include <gtest/gtest.h>

namespace kitbag {
namespace {

using namespace std::chrono_literals;

const Countdown::TimePoint t0 = Countdown::TimePoint{} + 1000s;

TEST(TimerFace, TheDiscStepsWithTheDigitsRoundedUp) {
  Countdown timer(10s);
  timer.start(t0);
  const TimerFaceAt start = timer_face_at(timer, t0 + 100ms, 1000, true);
  EXPECT_EQ(start.seconds_left, 10);
  EXPECT_FLOAT_EQ(start.fraction_left, 1.0f) << "full until the first second has gone";
  EXPECT_EQ(start.next_change, t0 + 1s);
  const TimerFaceAt later = timer_face_at(timer, t0 + 6500ms, 1000, true);
  EXPECT_EQ(later.seconds_left, 4);
  EXPECT_FLOAT_EQ(later.fraction_left, 0.4f);
  EXPECT_EQ(later.next_change, t0 + 7s);
}

TEST(TimerFace, ALongTimerOnASmallDiscStepsEverySoManySeconds) {
  Countdown timer(1h);
  timer.start(t0);
  // 360 steps: one every 10 s.
  const TimerFaceAt face = timer_face_at(timer, t0 + 25s, 360, true);
  EXPECT_EQ(face.seconds_left, 3575);
  EXPECT_FLOAT_EQ(face.fraction_left, 3580.0f / 3600) << "rounded up to the step";
  EXPECT_EQ(face.next_change, t0 + 26s) << "the digits still change every second";
  const TimerFaceAt hidden = timer_face_at(timer, t0 + 25s, 360, false);
  EXPECT_EQ(hidden.next_change, t0 + 30s) << "without digits, only the disc's next step wakes the app";
}

TEST(TimerFace, NothingIsDueWhenNotRunning) {
  Countdown timer(1min);
  EXPECT_FALSE(timer_face_at(timer, t0, 100, true).next_change);
  timer.start(t0);
  timer.pause(t0 + 20s);
  const TimerFaceAt paused = timer_face_at(timer, t0 + 1h, 100, true);
  EXPECT_FALSE(paused.next_change);
  EXPECT_EQ(paused.seconds_left, 40);
  const TimerFaceAt zero = timer_face_at(Countdown(0s), t0, 100, true);
  EXPECT_FLOAT_EQ(zero.fraction_left, 0.0f);
}

}  // namespace
}  // namespace kitbag
