// The countdown with time given by hand: pausing, resuming, adding time, zero and very long
// lengths, and the moments its picture changes.
#include "app/core/timer/countdown.h"

#include <gtest/gtest.h>

namespace kitbag {
namespace {

using namespace std::chrono_literals;
using State = Countdown::State;

const Countdown::TimePoint t0 = Countdown::TimePoint{} + 1000s;

TEST(Countdown, RunsForItsLengthByTheClock) {
  Countdown timer(5min);
  EXPECT_EQ(timer.state(t0), State::Ready);
  EXPECT_EQ(timer.remaining(t0), 5min);
  timer.start(t0);
  EXPECT_EQ(timer.state(t0 + 4min), State::Running);
  EXPECT_EQ(timer.remaining(t0 + 4min), 1min);
  EXPECT_FLOAT_EQ(timer.fraction_left(t0 + 4min), 0.2f);
  EXPECT_EQ(timer.ends_at(), t0 + 5min);
  EXPECT_EQ(timer.state(t0 + 5min - 1ns), State::Running);
  EXPECT_EQ(timer.state(t0 + 5min), State::Finished) << "exactly on time, not a frame later";
  EXPECT_EQ(timer.remaining(t0 + 6min), 0s);
}

TEST(Countdown, PauseHoldsTheTimeLeftAndResumeCarriesOn) {
  Countdown timer(2min);
  timer.start(t0);
  timer.pause(t0 + 30s);
  EXPECT_EQ(timer.state(t0 + 10min), State::Paused);
  EXPECT_EQ(timer.remaining(t0 + 10min), 90s) << "time stands still while paused";
  EXPECT_FALSE(timer.ends_at());
  timer.resume(t0 + 10min);
  EXPECT_EQ(timer.ends_at(), t0 + 10min + 90s);
  EXPECT_EQ(timer.state(t0 + 11min + 29s), State::Running);
  EXPECT_EQ(timer.state(t0 + 11min + 30s), State::Finished);
}

TEST(Countdown, PauseAndResumeOnlyWhereTheyMeanSomething) {
  Countdown timer(1min);
  timer.pause(t0);
  EXPECT_EQ(timer.state(t0), State::Ready);
  timer.resume(t0);
  EXPECT_EQ(timer.state(t0), State::Ready);
  timer.start(t0);
  timer.resume(t0 + 10s);
  EXPECT_EQ(timer.ends_at(), t0 + 1min) << "resuming a running timer changes nothing";
  timer.start(t0 + 20s);
  EXPECT_EQ(timer.ends_at(), t0 + 1min) << "start while running does not restart";
  timer.pause(t0 + 2min);
  EXPECT_EQ(timer.state(t0 + 2min), State::Finished) << "a finished timer cannot be paused";
}

TEST(Countdown, AddingAMinuteWorksInEveryState) {
  Countdown ready(1min);
  ready.add(1min, t0);
  EXPECT_EQ(ready.remaining(t0), 2min);

  Countdown running(1min);
  running.start(t0);
  running.add(1min, t0 + 30s);
  EXPECT_EQ(running.remaining(t0 + 30s), 90s);

  Countdown paused(1min);
  paused.start(t0);
  paused.pause(t0 + 45s);
  paused.add(1min, t0 + 50s);
  EXPECT_EQ(paused.remaining(t0 + 50s), 75s);

  Countdown finished(1min);
  finished.start(t0);
  finished.add(1min, t0 + 5min);
  EXPECT_EQ(finished.state(t0 + 5min), State::Running) << "a finished timer runs again";
  EXPECT_EQ(finished.remaining(t0 + 5min + 15s), 45s);
}

TEST(Countdown, AddedTimeGrowsTheDiscSoItNeverSitsFullWhileTimePasses) {
  Countdown timer(1min);
  timer.start(t0);
  for (int i = 0; i < 4; ++i) timer.add(1min, t0);
  EXPECT_FLOAT_EQ(timer.fraction_left(t0 + 1min), 0.8f) << "five minutes in all, one gone";
  timer.reset();
  EXPECT_EQ(timer.length(), 1min) << "reset goes back to the length that was chosen";

  Countdown finished(2min);
  finished.start(t0);
  finished.add(1min, t0 + 3min);
  EXPECT_FLOAT_EQ(finished.fraction_left(t0 + 3min), 1.0f) << "the added minute starts full, not red";
  EXPECT_EQ(finished.chosen_length(), 2min);
}

TEST(Countdown, ResetAndANewLengthStartAgain) {
  Countdown timer(3min);
  timer.start(t0);
  timer.reset();
  EXPECT_EQ(timer.state(t0 + 1min), State::Ready);
  EXPECT_EQ(timer.remaining(t0 + 1min), 3min);
  timer.start(t0);
  timer.set_length(10min);
  EXPECT_EQ(timer.state(t0 + 1min), State::Ready);
  EXPECT_EQ(timer.remaining(t0 + 1min), 10min);
}

TEST(Countdown, ZeroLengthFinishesAtOnceAndShowsAnEmptyDisc) {
  Countdown timer(0s);
  EXPECT_FLOAT_EQ(timer.fraction_left(t0), 0);
  timer.start(t0);
  EXPECT_EQ(timer.state(t0), State::Finished);
  EXPECT_FALSE(timer.next_change(t0, 1000));
  EXPECT_TRUE(timer.take_end(t0)) << "and chimes at once";
}

TEST(Countdown, LengthsStayWithinADay) {
  Countdown timer(100h);
  EXPECT_EQ(timer.length(), Countdown::kLongest);
  timer.start(t0);
  timer.add(100h, t0);
  EXPECT_EQ(timer.remaining(t0), Countdown::kLongest);
  Countdown negative(-5s);
  EXPECT_EQ(negative.length(), 0s);
}

TEST(Countdown, DigitsRoundUpSoZeroShowsOnlyAtTheEnd) {
  EXPECT_EQ(seconds_shown(0s), 0);
  EXPECT_EQ(seconds_shown(1ns), 1);
  EXPECT_EQ(seconds_shown(1s), 1);
  EXPECT_EQ(seconds_shown(1s + 1ns), 2);
  EXPECT_EQ(seconds_shown(-3s), 0);
}

TEST(Countdown, TheNextChangeIsTheNextSecondOrDiscStepWhicheverComesFirst) {
  Countdown timer(100s);
  EXPECT_FALSE(timer.next_change(t0, 10)) << "nothing changes before it starts";
  timer.start(t0);
  // 10 disc steps of 10 s each: the digits change first, every second.
  EXPECT_EQ(timer.next_change(t0, 10), t0 + 1s);
  EXPECT_EQ(timer.next_change(t0 + 250ms, 10), t0 + 1s);
  // 1000 disc steps of 100 ms: the disc changes first.
  EXPECT_EQ(timer.next_change(t0 + 250ms, 1000), t0 + 300ms);
  // Never beyond the end.
  EXPECT_EQ(timer.next_change(t0 + 99s + 900ms, 10), t0 + 100s);
  timer.pause(t0 + 5s);
  EXPECT_FALSE(timer.next_change(t0 + 6s, 10)) << "a paused timer asks for no frames";
}

TEST(Countdown, ATenMinuteRunHasTheDigitsChangeOncePerSecond) {
  // A long run asks for a frame at each change and no more: 600 changes for 600 seconds.
  Countdown timer(10min);
  timer.start(t0);
  int changes = 0;
  for (auto now = t0; timer.state(now) == State::Running; ++changes) {
    const auto next = timer.next_change(now, 0);
    ASSERT_TRUE(next);
    ASSERT_GT(*next, now);
    now = *next;
  }
  EXPECT_EQ(changes, 600);
}

TEST(Countdown, TheEndIsTakenOncePerEnd) {
  Countdown timer(10s);
  EXPECT_FALSE(timer.take_end(t0 + 1h)) << "a timer never started never ends";
  timer.start(t0);
  EXPECT_FALSE(timer.take_end(t0 + 9s));
  EXPECT_TRUE(timer.take_end(t0 + 12s)) << "late (the loop slept), but still once";
  EXPECT_FALSE(timer.take_end(t0 + 13s));
  timer.add(1min, t0 + 14s);
  EXPECT_FALSE(timer.take_end(t0 + 70s));
  EXPECT_TRUE(timer.take_end(t0 + 74s)) << "the added minute ends with a chime of its own";
  timer.start(t0 + 80s);
  EXPECT_TRUE(timer.take_end(t0 + 90s)) << "a fresh run, a fresh end";
  timer.start(t0 + 100s);
  timer.pause(t0 + 105s);
  EXPECT_FALSE(timer.take_end(t0 + 1h)) << "paused: no end";
  timer.reset();
  EXPECT_FALSE(timer.take_end(t0 + 2h));
}

}  // namespace
}  // namespace kitbag
