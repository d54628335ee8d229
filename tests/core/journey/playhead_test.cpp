// The journey's stopwatch when no music keeps its time: play, pause, seek, stop and the end.
#include "app/core/journey/playhead.h"

#include <gtest/gtest.h>

namespace kitbag {
namespace {

using namespace std::chrono_literals;
using Clock = Playhead::Clock;

const Clock::time_point t0 = Clock::time_point{} + 1h;

TEST(Playhead, StartsAtZeroNotRunning) {
  const Playhead playhead(60);
  EXPECT_DOUBLE_EQ(playhead.length(), 60);
  EXPECT_FALSE(playhead.running());
  EXPECT_DOUBLE_EQ(playhead.position(t0), 0);
  EXPECT_DOUBLE_EQ(playhead.position(t0 + 10s), 0) << "time passing does not move it";
  EXPECT_FALSE(playhead.finished(t0 + 100s));
}

TEST(Playhead, PlayingMovesWithTheClock) {
  Playhead playhead(60);
  playhead.play(t0);
  EXPECT_TRUE(playhead.running());
  EXPECT_DOUBLE_EQ(playhead.position(t0), 0);
  EXPECT_DOUBLE_EQ(playhead.position(t0 + 1500ms), 1.5);
  EXPECT_DOUBLE_EQ(playhead.position(t0 + 30s), 30);
  EXPECT_FALSE(playhead.finished(t0 + 30s));
}

TEST(Playhead, PlayingAgainWhileRunningDoesNotRestartIt) {
  Playhead playhead(60);
  playhead.play(t0);
  playhead.play(t0 + 10s);
  EXPECT_DOUBLE_EQ(playhead.position(t0 + 12s), 12);
}

TEST(Playhead, PauseHoldsThePositionUntilPlayCarriesOn) {
  Playhead playhead(60);
  playhead.play(t0);
  playhead.pause(t0 + 10s);
  EXPECT_FALSE(playhead.running());
  EXPECT_DOUBLE_EQ(playhead.position(t0 + 10s), 10);
  EXPECT_DOUBLE_EQ(playhead.position(t0 + 50s), 10) << "paused, time passing does not move it";
  playhead.play(t0 + 50s);
  EXPECT_DOUBLE_EQ(playhead.position(t0 + 55s), 15);
}

TEST(Playhead, PausingWhenNotRunningChangesNothing) {
  Playhead playhead(60);
  playhead.pause(t0);
  EXPECT_DOUBLE_EQ(playhead.position(t0), 0);
  playhead.play(t0);
  playhead.pause(t0 + 5s);
  playhead.pause(t0 + 20s);
  EXPECT_DOUBLE_EQ(playhead.position(t0 + 20s), 5) << "a second pause does not take the later time";
}

TEST(Playhead, ItStopsAtTheEnd) {
  Playhead playhead(60);
  playhead.play(t0);
  EXPECT_FALSE(playhead.finished(t0 + 59s));
  EXPECT_TRUE(playhead.finished(t0 + 60s));
  EXPECT_DOUBLE_EQ(playhead.position(t0 + 60s), 60);
  EXPECT_DOUBLE_EQ(playhead.position(t0 + 10min), 60) << "never past the length";
  EXPECT_TRUE(playhead.finished(t0 + 10min));
}

TEST(Playhead, PlayAfterTheEndStartsFromTheBeginning) {
  Playhead playhead(60);
  playhead.play(t0);
  playhead.pause(t0 + 90s);
  ASSERT_DOUBLE_EQ(playhead.position(t0 + 90s), 60);
  EXPECT_FALSE(playhead.finished(t0 + 90s)) << "not running, so not running to its end";
  playhead.play(t0 + 100s);
  EXPECT_DOUBLE_EQ(playhead.position(t0 + 100s), 0);
  EXPECT_DOUBLE_EQ(playhead.position(t0 + 104s), 4);
}

TEST(Playhead, PlayFromASeekToTheEndStartsFromTheBeginning) {
  Playhead playhead(60);
  playhead.seek(60, t0);
  playhead.play(t0);
  EXPECT_DOUBLE_EQ(playhead.position(t0 + 1s), 1);
}

TEST(Playhead, StopGoesBackToTheStart) {
  Playhead playhead(60);
  playhead.play(t0);
  playhead.stop();
  EXPECT_FALSE(playhead.running());
  EXPECT_DOUBLE_EQ(playhead.position(t0 + 20s), 0);
  playhead.play(t0 + 20s);
  EXPECT_DOUBLE_EQ(playhead.position(t0 + 23s), 3);
}

TEST(Playhead, SeekWhilePausedMovesAndStaysPaused) {
  Playhead playhead(60);
  playhead.seek(25, t0);
  EXPECT_FALSE(playhead.running());
  EXPECT_DOUBLE_EQ(playhead.position(t0 + 10s), 25);
  playhead.play(t0 + 10s);
  EXPECT_DOUBLE_EQ(playhead.position(t0 + 12s), 27);
}

TEST(Playhead, SeekWhileRunningRunsOnFromThere) {
  Playhead playhead(60);
  playhead.play(t0);
  playhead.seek(40, t0 + 5s);
  EXPECT_TRUE(playhead.running());
  EXPECT_DOUBLE_EQ(playhead.position(t0 + 5s), 40);
  EXPECT_DOUBLE_EQ(playhead.position(t0 + 8s), 43);
  playhead.seek(2, t0 + 8s);
  EXPECT_DOUBLE_EQ(playhead.position(t0 + 9s), 3) << "back as well as on";
}

TEST(Playhead, SeekIsHeldWithinTheStory) {
  Playhead playhead(60);
  playhead.seek(-10, t0);
  EXPECT_DOUBLE_EQ(playhead.position(t0), 0);
  playhead.seek(75, t0);
  EXPECT_DOUBLE_EQ(playhead.position(t0), 60);
  playhead.play(t0);
  playhead.seek(1e9, t0 + 1s);
  EXPECT_TRUE(playhead.finished(t0 + 1s));
}

TEST(Playhead, SeekingBackAfterTheEndWhileRunningRunsOn) {
  Playhead playhead(60);
  playhead.play(t0);
  ASSERT_TRUE(playhead.finished(t0 + 70s));
  playhead.seek(30, t0 + 70s);
  EXPECT_FALSE(playhead.finished(t0 + 70s));
  EXPECT_DOUBLE_EQ(playhead.position(t0 + 75s), 35);
}

TEST(Playhead, AStoryOfNoLengthIsFinishedAsSoonAsItPlays) {
  Playhead playhead;
  EXPECT_DOUBLE_EQ(playhead.length(), 0);
  playhead.play(t0);
  EXPECT_TRUE(playhead.finished(t0));
  EXPECT_DOUBLE_EQ(playhead.position(t0 + 5s), 0);
}

}  // namespace
}  // namespace kitbag
