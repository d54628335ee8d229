// One line of anonymous usage: for one pseudonymous person (or a guest), organisation and local
// day, how many sessions began and how often each tool was opened. Nothing else is ever counted.
#pragma once

#include <map>
#include <string>
#include <string_view>

namespace kitbag {

// What a count is of: "sessions", or a tool's key ("feelings", "journey", ...).
inline constexpr std::string_view kSessionsMeasure = "sessions";
// The user of every guest line: a guest is counted on the device, never as a person.
inline constexpr std::string_view kGuestUser = "guest";

struct UsageLine {
  std::string user;  // 32 lowercase hex digits (a pseudonym), or kGuestUser
  std::string org;   // an organisation's id from assets/organisations.json, e.g. "leeds"
  std::string day;   // the local date, "2026-12-02"
  long long sessions = 0;
  std::map<std::string, long long> tools;  // tool key -> times opened

  bool guest() const { return user == kGuestUser; }
  std::string month() const { return day.substr(0, 7); }
  bool operator==(const UsageLine&) const = default;
};

// The checks both the app and the collector make on the parts of a line.
bool is_valid_pseudonym(std::string_view user);  // 32 lowercase hex digits
bool is_valid_org_id(std::string_view org);      // 1-64 of a-z, 0-9 and '-'
bool is_valid_tool_key(std::string_view tool);   // 1-32 of a-z and '-', but not "sessions"
bool is_valid_day(std::string_view day);         // a real date, YYYY-MM-DD, from 2020 to 2199

// Counts above this in one line are not a person's use of the app.
inline constexpr long long kMaxCountInLine = 1'000'000;

}  // namespace kitbag
