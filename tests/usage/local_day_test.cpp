// The day a count carries is the day where the device is: the same moment is a different date
// in London and on Kiritimati, fourteen hours ahead.
#include "app/usage/local_day.h"

#include <gtest/gtest.h>

#include <chrono>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <optional>
#include <string>

namespace kitbag {
namespace {

using namespace std::chrono_literals;
using std::chrono::sys_days;

// TZ for one test, with the C library told when it is set and when it is put back.
class ScopedTimeZone {
 public:
  explicit ScopedTimeZone(const std::string& zone) {
    if (const char* old = std::getenv("TZ")) previous_ = old;
    ::setenv("TZ", zone.c_str(), 1);
    ::tzset();
  }
  ~ScopedTimeZone() {
    if (previous_)
      ::setenv("TZ", previous_->c_str(), 1);
    else
      ::unsetenv("TZ");
    ::tzset();
  }
  ScopedTimeZone(const ScopedTimeZone&) = delete;
  ScopedTimeZone& operator=(const ScopedTimeZone&) = delete;

 private:
  std::optional<std::string> previous_;
};

// Kiritimati from the time zone database when it is installed, else the same offset written out.
std::string kiritimati() {
  return std::filesystem::exists("/usr/share/zoneinfo/Pacific/Kiritimati") ? "Pacific/Kiritimati"
                                                                           : "<+14>-14";
}

const auto kMorningUtc = sys_days{std::chrono::year{2026} / 12 / 2} + 11h;               // 11:00 UTC
const auto kNewYearsEveUtc = sys_days{std::chrono::year{2026} / 12 / 31} + 23h + 30min;  // 23:30 UTC

TEST(LocalDay, InUtcTheDateIsTheUtcDate) {
  ScopedTimeZone zone("UTC");
  EXPECT_EQ(local_day(kMorningUtc), "2026-12-02");
  EXPECT_EQ(local_day(kNewYearsEveUtc), "2026-12-31");
  EXPECT_EQ(local_day(sys_days{std::chrono::year{2028} / 2 / 29}), "2028-02-29");
}

TEST(LocalDay, FourteenHoursAheadTheSameMomentIsTheNextDay) {
  ScopedTimeZone zone(kiritimati());
  EXPECT_EQ(local_day(kMorningUtc), "2026-12-03");      // 01:00 the next day
  EXPECT_EQ(local_day(kNewYearsEveUtc), "2027-01-01");  // 13:30 on New Year's Day
  // Midnight there is 10:00 UTC the day before.
  const auto local_midnight = sys_days{std::chrono::year{2026} / 12 / 1} + 10h;
  EXPECT_EQ(local_day(local_midnight), "2026-12-02");
  EXPECT_EQ(local_day(local_midnight - 1s), "2026-12-01");
}

TEST(LocalDay, BehindUtcTheSameMomentIsTheDayBefore) {
  ScopedTimeZone zone("<-08>8");  // eight hours behind, written out so no zone file is needed
  EXPECT_EQ(local_day(sys_days{std::chrono::year{2026} / 12 / 2} + 5h), "2026-12-01");
  EXPECT_EQ(local_day(sys_days{std::chrono::year{2026} / 12 / 2} + 8h), "2026-12-02");
}

TEST(LocalDay, TheTimeZoneIsPutBackAfterwards) {
  const char* before = std::getenv("TZ");
  const std::string saved = before ? before : "(unset)";
  { ScopedTimeZone zone(kiritimati()); }
  const char* after = std::getenv("TZ");
  EXPECT_EQ(after ? after : "(unset)", saved);
}

TEST(LocalDay, TodayIsADate) {
  const std::string today = local_day();
  ASSERT_EQ(today.size(), 10u) << today;
  EXPECT_EQ(today[4], '-');
  EXPECT_EQ(today[7], '-');
}

}  // namespace
}  // namespace kitbag
