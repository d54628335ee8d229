// Usage summed per organisation and month, as providers read it, with small counts kept back
// when the figures are published.
#include "app/core/usage/usage_summary.h"

#include <gtest/gtest.h>

#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "tests/support/contains.h"

namespace kitbag {
namespace {

using Json = nlohmann::json;
using test::Contains;

const std::string kAda = "0123456789abcdef0123456789abcdef";
const std::string kBo = "fedcba9876543210fedcba9876543210";
const std::string kCy = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
const std::string kGuest(kGuestUser);

std::string id_itself(const std::string& id) {
  return id;
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// The columns of a row after the organisation's name: month, sessions, guests, people, then the tools.
std::vector<std::string> columns_after(const std::string& row, const std::string& name) {
  EXPECT_EQ(row.rfind(name, 0), 0u) << "\"" << row << "\" does not start with \"" << name << "\"";
  std::istringstream in(row.substr(name.size()));
  std::vector<std::string> columns(4);
  for (std::string& column : columns) in >> column;
  std::string tools;
  std::getline(in >> std::ws, tools);
  columns.push_back(tools);
  return columns;
}

TEST(UsageSummary, TwoDaysInOneMonthAreSummedTogether) {
  const std::vector<UsageLine> lines{{kAda, "leeds", "2026-12-01", 2, {{"feelings", 1}}},
                                     {kBo, "leeds", "2026-12-31", 3, {{"feelings", 2}, {"timer", 5}}}};
  const auto summaries = summarise(lines);
  ASSERT_EQ(summaries.size(), 1u);
  EXPECT_EQ(summaries[0], (UsageSummary{"leeds", "2026-12", 5, 0, 2, {{"feelings", 3}, {"timer", 5}}}));
}

TEST(UsageSummary, DifferentMonthsAndOrganisationsAreKeptApartAndSorted) {
  const std::vector<UsageLine> lines{{kAda, "york", "2027-01-01", 1, {}},
                                     {kAda, "leeds", "2026-12-31", 2, {}},
                                     {kAda, "york", "2026-12-05", 3, {}},
                                     {kAda, "leeds", "2027-01-02", 4, {}},
                                     {kAda, "bradford", "2027-02-01", 5, {}}};
  const auto summaries = summarise(lines);
  ASSERT_EQ(summaries.size(), 5u);
  std::vector<std::pair<std::string, std::string>> keys;
  std::vector<long long> sessions;
  for (const UsageSummary& s : summaries) {
    keys.emplace_back(s.org, s.month);
    sessions.push_back(s.sessions);
  }
  EXPECT_EQ(keys, (std::vector<std::pair<std::string, std::string>>{{"bradford", "2027-02"},
                                                                    {"leeds", "2026-12"},
                                                                    {"leeds", "2027-01"},
                                                                    {"york", "2026-12"},
                                                                    {"york", "2027-01"}}));
  EXPECT_EQ(sessions, (std::vector<long long>{5, 2, 4, 3, 1}));
  for (const UsageSummary& s : summaries) EXPECT_EQ(s.users, 1) << s.org << " " << s.month;
}

TEST(UsageSummary, GuestSessionsCountInBothSessionsAndGuestSessions) {
  const std::vector<UsageLine> lines{{kAda, "leeds", "2026-12-01", 2, {}},
                                     {kGuest, "leeds", "2026-12-01", 3, {{"journey", 1}}},
                                     {kGuest, "leeds", "2026-12-02", 4, {}}};
  const auto summaries = summarise(lines);
  ASSERT_EQ(summaries.size(), 1u);
  EXPECT_EQ(summaries[0].sessions, 9);
  EXPECT_EQ(summaries[0].guest_sessions, 7);
  EXPECT_EQ(summaries[0].users, 1) << "guests are never people";
  EXPECT_EQ(summaries[0].tools, (std::map<std::string, long long>{{"journey", 1}}));
}

TEST(UsageSummary, PeopleAreCountedOnceEachAndOnlyWhenTheyUsedSomething) {
  const std::vector<UsageLine> lines{
      {kAda, "leeds", "2026-12-01", 1, {}},                // a session
      {kAda, "leeds", "2026-12-02", 2, {}},                // the same person another day
      {kBo, "leeds", "2026-12-03", 0, {{"feelings", 1}}},  // only a tool opened
      {kCy, "leeds", "2026-12-04", 0, {}},                 // nothing at all
      {kCy, "leeds", "2026-12-05", 0, {{"timer", 0}}},     // nothing, written as a zero
      {kGuest, "leeds", "2026-12-06", 5, {{"timer", 2}}},
  };
  const auto summaries = summarise(lines);
  ASSERT_EQ(summaries.size(), 1u);
  EXPECT_EQ(summaries[0].users, 2);
  EXPECT_EQ(summaries[0].sessions, 8);
  EXPECT_EQ(summaries[0].guest_sessions, 5);
}

TEST(UsageSummary, APersonInTwoMonthsOrOrganisationsCountsInEach) {
  const std::vector<UsageLine> lines{{kAda, "leeds", "2026-12-31", 1, {}},
                                     {kAda, "leeds", "2027-01-01", 1, {}},
                                     {kAda, "york", "2026-12-31", 1, {}}};
  const auto summaries = summarise(lines);
  ASSERT_EQ(summaries.size(), 3u);
  for (const UsageSummary& s : summaries) EXPECT_EQ(s.users, 1) << s.org << " " << s.month;
}

TEST(UsageSummary, NoLinesGiveNoSummaries) {
  EXPECT_TRUE(summarise(std::vector<UsageLine>{}).empty());
}

TEST(UsageSummary, SmallCountsArePublishedAsCOnlyWhenSuppressing) {
  EXPECT_EQ(published_count(0, true), Json(0));
  for (long long count = 1; count < 5; ++count) {
    EXPECT_EQ(published_count(count, true), Json("c")) << count;
    EXPECT_EQ(published_count(count, false), Json(count)) << count;
  }
  EXPECT_EQ(published_count(5, true), Json(5));
  EXPECT_EQ(published_count(6, true), Json(6));
  EXPECT_EQ(published_count(1'000'000, true), Json(1'000'000));
  EXPECT_EQ(published_count(0, false), Json(0));
  EXPECT_EQ(published_count(5, false), Json(5));
}

TEST(UsageSummary, TheJsonHasEveryFieldOfEverySummary) {
  const std::vector<UsageSummary> summaries{{"leeds", "2026-12", 12, 3, 7, {{"feelings", 9}, {"timer", 2}}},
                                            {"york", "2027-01", 0, 0, 0, {}}};
  const Json plain = summaries_to_json(summaries, false);
  EXPECT_EQ(plain, Json::parse(R"([
    {"org":"leeds","month":"2026-12","sessions":12,"guest_sessions":3,"users":7,"tools":{"feelings":9,"timer":2}},
    {"org":"york","month":"2027-01","sessions":0,"guest_sessions":0,"users":0,"tools":{}}
  ])"));
  const Json published = summaries_to_json(summaries, true);
  EXPECT_EQ(published, Json::parse(R"([
    {"org":"leeds","month":"2026-12","sessions":12,"guest_sessions":"c","users":7,"tools":{"feelings":9,"timer":"c"}},
    {"org":"york","month":"2027-01","sessions":0,"guest_sessions":0,"users":0,"tools":{}}
  ])"));
  EXPECT_EQ(summaries_to_json(std::vector<UsageSummary>{}, true), Json::array());
}

TEST(UsageSummary, TheTextHasAHeaderAndOneRowPerSummaryWithTheOrganisationsName) {
  const std::vector<UsageSummary> summaries{{"leeds", "2026-12", 12, 3, 7, {{"feelings", 9}, {"timer", 2}}},
                                            {"york", "2027-01", 6, 0, 5, {}}};
  const std::map<std::string, std::string> names{{"leeds", "Leeds City Council"}};
  const OrgNamer namer = [&](const std::string& id) { return names.contains(id) ? names.at(id) : id; };
  const auto lines = lines_of(summaries_to_text(summaries, false, namer));
  ASSERT_EQ(lines.size(), 3u) << summaries_to_text(summaries, false, namer);
  for (const char* heading : {"Organisation", "Month", "Sessions", "Guests", "People", "Tools opened"})
    EXPECT_TRUE(Contains(lines[0], heading));
  EXPECT_EQ(columns_after(lines[1], "Leeds City Council"),
            (std::vector<std::string>{"2026-12", "12", "3", "7", "feelings 9, timer 2"}));
  EXPECT_EQ(columns_after(lines[2], "york"), (std::vector<std::string>{"2027-01", "6", "0", "5", "-"}));
}

TEST(UsageSummary, TheTextShowsCAndItsFootnoteOnlyWhenSuppressing) {
  const std::vector<UsageSummary> summaries{{"leeds", "2026-12", 12, 3, 1, {{"feelings", 9}, {"timer", 2}}}};
  const auto published = lines_of(summaries_to_text(summaries, true, id_itself));
  ASSERT_EQ(published.size(), 3u);
  EXPECT_EQ(columns_after(published[1], "leeds"),
            (std::vector<std::string>{"2026-12", "12", "c", "c", "feelings 9, timer c"}));
  EXPECT_TRUE(Contains(published[2], "c: a count from 1 to 4"));

  const std::string plain = summaries_to_text(summaries, false, id_itself);
  const auto rows = lines_of(plain);
  ASSERT_EQ(rows.size(), 2u) << plain;
  EXPECT_EQ(columns_after(rows[1], "leeds"),
            (std::vector<std::string>{"2026-12", "12", "3", "1", "feelings 9, timer 2"}));
  EXPECT_FALSE(Contains(plain, "c: a count"));
}

TEST(UsageSummary, ZeroToolCountsAreLeftOutOfTheText) {
  const std::vector<UsageSummary> summaries{{"leeds", "2026-12", 12, 0, 6, {{"feelings", 0}, {"timer", 7}}}};
  const auto lines = lines_of(summaries_to_text(summaries, true, id_itself));
  ASSERT_GE(lines.size(), 2u);
  EXPECT_EQ(columns_after(lines[1], "leeds").back(), "timer 7");
}

TEST(UsageSummary, NothingCountedYetIsSaid) {
  const auto plain = lines_of(summaries_to_text(std::vector<UsageSummary>{}, false, id_itself));
  ASSERT_EQ(plain.size(), 2u);
  EXPECT_TRUE(Contains(plain[0], "Organisation"));
  EXPECT_EQ(plain[1], "(nothing counted yet)");
  EXPECT_TRUE(
      Contains(summaries_to_text(std::vector<UsageSummary>{}, true, id_itself), "(nothing counted yet)"));
}

TEST(UsageSummary, TheColumnsLineUpUnderTheirHeadings) {
  // Short names (the ids themselves) and a long one: every row's month starts under "Month".
  const std::vector<UsageSummary> summaries{{"leeds", "2026-12", 12, 3, 7, {}},
                                            {"york", "2027-01", 6, 0, 5, {}}};
  for (const OrgNamer& namer : {OrgNamer(id_itself), OrgNamer([](const std::string& id) {
                                  return id == "leeds" ? std::string("Leeds City Council") : id;
                                })}) {
    const std::string text = summaries_to_text(summaries, false, namer);
    const auto lines = lines_of(text);
    ASSERT_EQ(lines.size(), 3u);
    const std::size_t month_at = lines[0].find("Month");
    const std::size_t sessions_at = lines[0].find("Sessions");
    EXPECT_EQ(lines[1].find("2026-12"), month_at) << text;
    EXPECT_EQ(lines[2].find("2027-01"), month_at) << text;
    EXPECT_EQ(lines[1].find_first_not_of(' ', lines[1].find("2026-12") + 7), sessions_at) << text;
  }
}

}  // namespace
}  // namespace kitbag
