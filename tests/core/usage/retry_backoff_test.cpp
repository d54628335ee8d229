// Waiting to send again after failures: doubling, capped, jittered into the upper half, and never
// thrown by a silly failure count.
#include "app/core/usage/retry_backoff.h"

#include <gtest/gtest.h>

#include <chrono>
#include <climits>

namespace kitbag {
namespace {

using std::chrono::milliseconds;

constexpr double kAlmostOne = 0.999999;

TEST(RetryBackoff, TheDefaultsStartAtFiveSecondsAndStopAtFifteenMinutes) {
  const RetryBackoff backoff;
  EXPECT_EQ(backoff.first, milliseconds(5'000));
  EXPECT_EQ(backoff.cap, milliseconds(900'000));
}

TEST(RetryBackoff, TheDelayDoublesFromTheFirstWaitWithEachFailure) {
  const RetryBackoff backoff{milliseconds(1'000), milliseconds(1'000'000)};
  // With no jitter the wait is half the doubled delay: 1 s, 2 s, 4 s ... halved.
  long long doubled = 1'000;
  for (int failures = 1; failures <= 9; ++failures, doubled *= 2)
    EXPECT_EQ(backoff.delay(failures, 0.0), milliseconds(doubled / 2)) << failures << " failures";
}

TEST(RetryBackoff, TheDelayStopsGrowingAtTheCap) {
  const RetryBackoff backoff{milliseconds(1'000), milliseconds(8'000)};
  EXPECT_EQ(backoff.delay(3, 0.0), milliseconds(2'000));  // 4 s doubled, halved
  EXPECT_EQ(backoff.delay(4, 0.0), milliseconds(4'000));  // 8 s: the cap itself
  EXPECT_EQ(backoff.delay(5, 0.0), milliseconds(4'000));  // 16 s, capped to 8 s
  EXPECT_EQ(backoff.delay(40, 0.0), milliseconds(4'000));
}

TEST(RetryBackoff, TheDefaultCapIsReachedOnTheNinthFailure) {
  const RetryBackoff backoff;
  // 5 s * 2^7 = 640 s is under 900 s; 5 s * 2^8 = 1280 s is over it.
  EXPECT_EQ(backoff.delay(8, 0.0), milliseconds(320'000));
  EXPECT_EQ(backoff.delay(9, 0.0), milliseconds(450'000));
  EXPECT_EQ(backoff.delay(10, 0.0), milliseconds(450'000));
}

TEST(RetryBackoff, NoJitterGivesHalfTheDelayAndJitterNearOneGivesNearlyAllOfIt) {
  const RetryBackoff backoff;  // 5 s first
  EXPECT_EQ(backoff.delay(1, 0.0), milliseconds(2'500));
  EXPECT_EQ(backoff.delay(3, 0.0), milliseconds(10'000));
  const milliseconds nearly_all = backoff.delay(3, kAlmostOne);
  EXPECT_LT(nearly_all, milliseconds(20'000));
  EXPECT_GE(nearly_all, milliseconds(19'990));
  EXPECT_EQ(backoff.delay(3, 0.5), milliseconds(15'000));
}

TEST(RetryBackoff, MoreJitterNeverMeansAShorterWait) {
  const RetryBackoff backoff;
  for (int failures = 1; failures <= 12; ++failures) {
    milliseconds previous{0};
    for (double jitter = 0.0; jitter < 1.0; jitter += 0.125) {
      const milliseconds wait = backoff.delay(failures, jitter);
      EXPECT_GE(wait, previous) << failures << " failures, jitter " << jitter;
      previous = wait;
    }
  }
}

TEST(RetryBackoff, TheWaitIsNeverAboveTheCapNorBelowHalfTheFirstWait) {
  const RetryBackoff backoff;
  for (int failures : {1, 2, 5, 8, 9, 10, 20, 21, 30, 63, 64, 100, 1'000, INT_MAX})
    for (double jitter : {0.0, 0.25, 0.5, kAlmostOne, 1.0, 7.0, -3.0}) {
      const milliseconds wait = backoff.delay(failures, jitter);
      EXPECT_LE(wait, backoff.cap) << failures << " failures, jitter " << jitter;
      EXPECT_GE(wait, backoff.first / 2) << failures << " failures, jitter " << jitter;
    }
}

TEST(RetryBackoff, HugeFailureCountsDoNotOverflow) {
  // A cap far beyond anything doubling could reach in a sane number of steps.
  const RetryBackoff backoff{milliseconds(1'000), milliseconds(365LL * 24 * 3'600'000)};
  milliseconds previous{0};
  for (int failures : {1, 10, 20, 30, 40, 62, 63, 64, 65, 1'000, 1'000'000, INT_MAX - 1, INT_MAX}) {
    const milliseconds wait = backoff.delay(failures, 0.0);
    EXPECT_GT(wait, milliseconds(0)) << failures << " failures";
    EXPECT_GE(wait, previous) << failures << " failures: more failures must never mean a shorter wait";
    EXPECT_LE(wait, backoff.cap) << failures << " failures";
    previous = wait;
  }
}

TEST(RetryBackoff, ZeroOrNegativeFailuresAreTreatedAsOne) {
  const RetryBackoff backoff;
  for (double jitter : {0.0, 0.5, kAlmostOne}) {
    EXPECT_EQ(backoff.delay(0, jitter), backoff.delay(1, jitter)) << jitter;
    EXPECT_EQ(backoff.delay(-1, jitter), backoff.delay(1, jitter)) << jitter;
    EXPECT_EQ(backoff.delay(-1'000'000, jitter), backoff.delay(1, jitter)) << jitter;
  }
  EXPECT_EQ(backoff.delay(0, 0.0), milliseconds(2'500));
}

TEST(RetryBackoff, TheMostNegativeFailureCountIsTreatedAsOneToo) {
  // `failures - 1` must not be worked out for INT_MIN: that overflows.
  const RetryBackoff backoff;
  EXPECT_EQ(backoff.delay(INT_MIN, 0.0), milliseconds(2'500));
  EXPECT_EQ(backoff.delay(INT_MIN + 1, 0.0), milliseconds(2'500));
}

}  // namespace
}  // namespace kitbag
