#include "app/core/usage/usage_line.h"

#include <algorithm>
#include <chrono>

namespace kitbag {
namespace {

bool all_of(std::string_view text, bool (*allowed)(char)) {
  return std::all_of(text.begin(), text.end(), allowed);
}

int digits(std::string_view text) {
  int value = 0;
  for (char c : text) value = value * 10 + (c - '0');
  return value;
}

}  // namespace

bool is_valid_pseudonym(std::string_view user) {
  return user.size() == 32 &&
         all_of(user, [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

bool is_valid_org_id(std::string_view org) {
  return !org.empty() && org.size() <= 64 &&
         all_of(org, [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; });
}

bool is_valid_tool_key(std::string_view tool) {
  // "sessions" is what a line's sessions are stored under, so no tool may be called that.
  return tool != kSessionsMeasure && !tool.empty() && tool.size() <= 32 &&
         all_of(tool, [](char c) { return (c >= 'a' && c <= 'z') || c == '-'; });
}

bool is_valid_day(std::string_view day) {
  if (day.size() != 10 || day[4] != '-' || day[7] != '-') return false;
  const std::string_view year = day.substr(0, 4), month = day.substr(5, 2), mday = day.substr(8, 2);
  for (std::string_view part : {year, month, mday})
    if (!all_of(part, [](char c) { return c >= '0' && c <= '9'; })) return false;
  const std::chrono::year_month_day date{std::chrono::year(digits(year)),
                                         std::chrono::month(static_cast<unsigned>(digits(month))),
                                         std::chrono::day(static_cast<unsigned>(digits(mday)))};
  return date.ok() && digits(year) >= 2020 && digits(year) < 2200;
}

}  // namespace kitbag
