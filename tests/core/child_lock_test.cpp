// Child mode: locked on hand-over; out again only with the grown-up's PIN, or with no PIN by a
// deliberate three-second hold that a child's tap never completes.
#include "app/core/child_lock.h"

#include <gtest/gtest.h>

#include <chrono>
#include <optional>
#include <string>

namespace kitbag {
namespace {

using std::chrono::milliseconds;
using TimePoint = ChildLock::TimePoint;

const TimePoint t0 = TimePoint() + std::chrono::hours(5);

TEST(ChildLock, IsNotLockedAtFirst) {
  ChildLock lock;
  EXPECT_FALSE(lock.locked());
  EXPECT_FALSE(lock.needs_pin());
  EXPECT_FALSE(lock.hold(true, t0)) << "holding does nothing when not locked";
  EXPECT_FALSE(lock.try_pin("1234"));
  EXPECT_FALSE(lock.locked());
}

TEST(ChildLock, HandingToAChildLocks) {
  ChildLock lock;
  lock.hand_to_child();
  EXPECT_TRUE(lock.locked());
  EXPECT_FALSE(lock.needs_pin());
}

TEST(ChildLock, HoldingForLessThanThreeSecondsDoesNotUnlock) {
  ChildLock lock;
  lock.hand_to_child();
  EXPECT_FALSE(lock.hold(true, t0));
  EXPECT_FALSE(lock.hold(true, t0 + milliseconds(1'000)));
  EXPECT_FALSE(lock.hold(true, t0 + milliseconds(2'999)));
  EXPECT_TRUE(lock.locked());
}

TEST(ChildLock, AFullThreeSecondHoldUnlocks) {
  ChildLock lock;
  lock.hand_to_child();
  EXPECT_FALSE(lock.hold(true, t0));
  EXPECT_FALSE(lock.hold(true, t0 + milliseconds(1'500)));
  EXPECT_TRUE(lock.hold(true, t0 + milliseconds(3'000)));
  EXPECT_FALSE(lock.locked());
  EXPECT_FALSE(lock.hold(true, t0 + milliseconds(6'000))) << "once unlocked there is nothing to hold for";
}

TEST(ChildLock, LettingGoStartsTheHoldAgain) {
  ChildLock lock;
  lock.hand_to_child();
  lock.hold(true, t0);
  lock.hold(true, t0 + milliseconds(2'900));
  EXPECT_FALSE(lock.hold(false, t0 + milliseconds(2'950)));
  EXPECT_EQ(lock.hold_progress(t0 + milliseconds(2'950)), 0.0f);
  // Three seconds after the first press, but only a moment into the second.
  EXPECT_FALSE(lock.hold(true, t0 + milliseconds(3'000)));
  EXPECT_FALSE(lock.hold(true, t0 + milliseconds(5'999)));
  EXPECT_TRUE(lock.locked());
  EXPECT_TRUE(lock.hold(true, t0 + milliseconds(6'000)));
  EXPECT_FALSE(lock.locked());
}

TEST(ChildLock, ManyShortTapsNeverUnlock) {
  ChildLock lock;
  lock.hand_to_child();
  for (int tap = 0; tap < 100; ++tap) {
    const TimePoint down = t0 + milliseconds(400 * tap);
    EXPECT_FALSE(lock.hold(true, down));
    EXPECT_FALSE(lock.hold(true, down + milliseconds(200)));
    EXPECT_FALSE(lock.hold(false, down + milliseconds(250)));
  }
  EXPECT_TRUE(lock.locked());
}

TEST(ChildLock, HoldProgressRunsFromZeroToOne) {
  ChildLock lock;
  lock.hand_to_child();
  EXPECT_EQ(lock.hold_progress(t0), 0.0f) << "nothing held yet";
  lock.hold(true, t0);
  EXPECT_FLOAT_EQ(lock.hold_progress(t0), 0.0f);
  EXPECT_FLOAT_EQ(lock.hold_progress(t0 + milliseconds(750)), 0.25f);
  EXPECT_FLOAT_EQ(lock.hold_progress(t0 + milliseconds(1'500)), 0.5f);
  EXPECT_FLOAT_EQ(lock.hold_progress(t0 + milliseconds(3'000)), 1.0f);
  EXPECT_FLOAT_EQ(lock.hold_progress(t0 + milliseconds(60'000)), 1.0f);
  EXPECT_FLOAT_EQ(lock.hold_progress(t0 - milliseconds(500)), 0.0f) << "a clock read before the press";
}

TEST(ChildLock, HoldEndsSaysWhenTheHoldUnderWayWillBeLongEnough) {
  ChildLock lock;
  lock.hand_to_child();
  EXPECT_FALSE(lock.hold_ends().has_value());
  lock.hold(true, t0);
  ASSERT_TRUE(lock.hold_ends().has_value());
  EXPECT_EQ(*lock.hold_ends(), t0 + milliseconds(3'000));
  lock.hold(true, t0 + milliseconds(1'000));
  EXPECT_EQ(*lock.hold_ends(), t0 + milliseconds(3'000)) << "still held: it does not start again";
  lock.hold(false, t0 + milliseconds(1'200));
  EXPECT_FALSE(lock.hold_ends().has_value());
  lock.hold(true, t0 + milliseconds(2'000));
  EXPECT_EQ(*lock.hold_ends(), t0 + milliseconds(5'000));
}

TEST(ChildLock, HandingOverAgainForgetsAHoldUnderWay) {
  ChildLock lock;
  lock.hand_to_child();
  lock.hold(true, t0);
  lock.hand_to_child();
  EXPECT_FALSE(lock.hold_ends().has_value());
  EXPECT_FALSE(lock.hold(true, t0 + milliseconds(3'000)));
  EXPECT_TRUE(lock.locked());
}

TEST(ChildLock, WithAPinHoldingNeverUnlocks) {
  ChildLock lock;
  lock.hand_to_child("4821");
  EXPECT_TRUE(lock.locked());
  EXPECT_TRUE(lock.needs_pin());
  EXPECT_FALSE(lock.hold(true, t0));
  EXPECT_FALSE(lock.hold(true, t0 + milliseconds(3'000)));
  EXPECT_FALSE(lock.hold(true, t0 + std::chrono::minutes(10)));
  EXPECT_TRUE(lock.locked());
  EXPECT_EQ(lock.hold_progress(t0 + milliseconds(3'000)), 0.0f) << "no ring fills when holding is no way out";
  EXPECT_FALSE(lock.hold_ends().has_value());
}

TEST(ChildLock, AWrongPinKeepsItLockedAndTheRightOneUnlocks) {
  ChildLock lock;
  lock.hand_to_child("4821");
  for (const char* wrong : {"0000", "1284", "482", "48210", "", "4821 "}) {
    EXPECT_FALSE(lock.try_pin(wrong)) << wrong;
    EXPECT_TRUE(lock.locked()) << wrong;
    EXPECT_TRUE(lock.needs_pin()) << wrong;
  }
  EXPECT_TRUE(lock.try_pin("4821"));
  EXPECT_FALSE(lock.locked());
  EXPECT_FALSE(lock.needs_pin());
  EXPECT_FALSE(lock.try_pin("4821")) << "already unlocked";
}

TEST(ChildLock, ThePinIsForOneHandOverOnly) {
  ChildLock lock;
  lock.hand_to_child("4821");
  ASSERT_TRUE(lock.try_pin("4821"));
  lock.hand_to_child("1357");
  EXPECT_FALSE(lock.try_pin("4821"));
  EXPECT_TRUE(lock.locked());
  EXPECT_TRUE(lock.try_pin("1357"));

  lock.hand_to_child();
  EXPECT_FALSE(lock.needs_pin()) << "a hand-over without a PIN does not reuse the last one";
  EXPECT_FALSE(lock.try_pin("1357"));
  EXPECT_TRUE(lock.locked());
}

TEST(ChildLock, AnInvalidPinMeansNoPin) {
  for (const char* invalid : {"123", "12345", "12a4", "abcd", "", " 123", "12 4"}) {
    ChildLock lock;
    lock.hand_to_child(std::string(invalid));
    EXPECT_TRUE(lock.locked()) << invalid;
    EXPECT_FALSE(lock.needs_pin()) << invalid;
    EXPECT_FALSE(lock.try_pin(invalid)) << invalid;
    lock.hold(true, t0);
    EXPECT_TRUE(lock.hold(true, t0 + milliseconds(3'000))) << invalid << ": the hold must be the way out";
  }
}

TEST(ChildLock, AValidPinIsFourDigits) {
  for (const char* valid : {"0000", "1234", "9999", "0420"})
    EXPECT_TRUE(ChildLock::is_valid_pin(valid)) << valid;
  for (const char* invalid : {"", "1", "123", "12345", "12a4", "abcd", "12 4", " 1234", "-123", "+123",
                              "1.23", "\xD9\xA1\xD9\xA2"})  // two Arabic-Indic digits, four bytes
    EXPECT_FALSE(ChildLock::is_valid_pin(invalid)) << invalid;
}

}  // namespace
}  // namespace kitbag
