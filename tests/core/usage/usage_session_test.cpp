// Who is using the app and what that counts: a sign-in is a session, a tool opened is a tool
// open, and a guest's first tool begins one guest session so a child is never blocked.
#include "app/core/usage/usage_session.h"

#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

namespace kitbag {
namespace {

const std::string kAda = "0123456789abcdef0123456789abcdef";
const std::string kBo = "fedcba9876543210fedcba9876543210";

UsageLine line(const std::string& user, const std::string& org, const std::string& day, long long sessions,
               std::map<std::string, long long> tools = {}) {
  return UsageLine{user, org, day, sessions, std::move(tools)};
}

class UsageSessionTest : public ::testing::Test {
 protected:
  std::vector<UsageLine> counted;
  std::string today = "2026-12-02";
  int days_asked = 0;
  UsageSession session{[this](const UsageLine& l) { counted.push_back(l); },
                       [this] {
                         ++days_asked;
                         return today;
                       }};
};

TEST_F(UsageSessionTest, NothingIsCountedBeforeAnythingHappens) {
  EXPECT_TRUE(counted.empty());
  EXPECT_FALSE(session.in_session());
  EXPECT_FALSE(session.person().has_value());
}

TEST_F(UsageSessionTest, SigningInCountsOneSessionForThePseudonymAndOrganisation) {
  session.sign_in({kAda, "leeds"});
  ASSERT_EQ(counted.size(), 1u);
  EXPECT_EQ(counted[0], line(kAda, "leeds", "2026-12-02", 1));
  EXPECT_FALSE(counted[0].guest());
  EXPECT_TRUE(session.in_session());
  ASSERT_TRUE(session.person().has_value());
  EXPECT_EQ(session.person()->user, kAda);
  EXPECT_EQ(session.person()->org, "leeds");
}

TEST_F(UsageSessionTest, AToolOpenedWhileSignedInCountsAToolOpenAndNoSession) {
  session.sign_in({kAda, "leeds"});
  session.tool_opened("feelings");
  session.tool_opened("feelings");
  session.tool_opened("timer");
  ASSERT_EQ(counted.size(), 4u);
  EXPECT_EQ(counted[1], line(kAda, "leeds", "2026-12-02", 0, {{"feelings", 1}}));
  EXPECT_EQ(counted[2], line(kAda, "leeds", "2026-12-02", 0, {{"feelings", 1}}));
  EXPECT_EQ(counted[3], line(kAda, "leeds", "2026-12-02", 0, {{"timer", 1}}));
}

TEST_F(UsageSessionTest, AToolOpenedWithNobodySignedInBeginsOneGuestSession) {
  session.tool_opened("feelings");
  ASSERT_EQ(counted.size(), 1u);
  EXPECT_EQ(counted[0], line("guest", "unknown", "2026-12-02", 1, {{"feelings", 1}}));
  EXPECT_TRUE(counted[0].guest());
  EXPECT_TRUE(session.in_session());
  EXPECT_FALSE(session.person().has_value());

  session.tool_opened("animals");
  session.tool_opened("feelings");
  ASSERT_EQ(counted.size(), 3u);
  EXPECT_EQ(counted[1], line("guest", "unknown", "2026-12-02", 0, {{"animals", 1}}));
  EXPECT_EQ(counted[2], line("guest", "unknown", "2026-12-02", 0, {{"feelings", 1}}));
}

TEST_F(UsageSessionTest, GuestsAreCountedWithTheOrganisationTheDeviceLastSignedInTo) {
  session.set_guest_org("leeds");
  session.tool_opened("stick");
  ASSERT_EQ(counted.size(), 1u);
  EXPECT_EQ(counted[0], line("guest", "leeds", "2026-12-02", 1, {{"stick", 1}}));
}

TEST_F(UsageSessionTest, SigningOutCountsNothingAndTheNextToolBeginsANewGuestSession) {
  session.set_guest_org("york");
  session.sign_in({kAda, "leeds"});
  session.tool_opened("feelings");
  session.sign_out();
  EXPECT_EQ(counted.size(), 2u) << "signing out is not counted";
  EXPECT_FALSE(session.in_session());
  EXPECT_FALSE(session.person().has_value());

  session.tool_opened("timer");
  session.tool_opened("journey");
  ASSERT_EQ(counted.size(), 4u);
  EXPECT_EQ(counted[2], line("guest", "york", "2026-12-02", 1, {{"timer", 1}}));
  EXPECT_EQ(counted[3], line("guest", "york", "2026-12-02", 0, {{"journey", 1}}));
}

TEST_F(UsageSessionTest, SigningInAfterAGuestSessionBeginsANewSession) {
  session.tool_opened("feelings");
  session.sign_in({kAda, "leeds"});
  session.tool_opened("animals");
  ASSERT_EQ(counted.size(), 3u);
  EXPECT_EQ(counted[0], line("guest", "unknown", "2026-12-02", 1, {{"feelings", 1}}));
  EXPECT_EQ(counted[1], line(kAda, "leeds", "2026-12-02", 1));
  EXPECT_EQ(counted[2], line(kAda, "leeds", "2026-12-02", 0, {{"animals", 1}}));
}

TEST_F(UsageSessionTest, SigningInAsSomeoneElseEndsTheFirstSessionAndBeginsTheirs) {
  session.sign_in({kAda, "leeds"});
  session.sign_in({kBo, "york"});
  session.tool_opened("timer");
  ASSERT_EQ(counted.size(), 3u);
  EXPECT_EQ(counted[1], line(kBo, "york", "2026-12-02", 1));
  EXPECT_EQ(counted[2], line(kBo, "york", "2026-12-02", 0, {{"timer", 1}}));
}

TEST_F(UsageSessionTest, SigningOutTwiceAndThenInCountsOneSession) {
  session.sign_out();
  session.sign_out();
  EXPECT_TRUE(counted.empty());
  session.sign_in({kAda, "leeds"});
  ASSERT_EQ(counted.size(), 1u);
  EXPECT_EQ(counted[0].sessions, 1);
}

TEST_F(UsageSessionTest, TheDayIsAskedForAtEachCount) {
  session.sign_in({kAda, "leeds"});
  today = "2026-12-03";  // past midnight, still signed in
  session.tool_opened("feelings");
  session.sign_out();
  today = "2027-01-01";
  session.tool_opened("timer");
  ASSERT_EQ(counted.size(), 3u);
  EXPECT_EQ(counted[0].day, "2026-12-02");
  EXPECT_EQ(counted[1], line(kAda, "leeds", "2026-12-03", 0, {{"feelings", 1}}));
  EXPECT_EQ(counted[2], line("guest", "unknown", "2027-01-01", 1, {{"timer", 1}}));
  EXPECT_GE(days_asked, 3);
}

}  // namespace
}  // namespace kitbag
