#include "app/core/usage/usage_summary.h"

#include <algorithm>
#include <set>
#include <tuple>

namespace kitbag {

std::vector<UsageSummary> summarise(std::span<const UsageLine> lines) {
  std::map<std::pair<std::string, std::string>, UsageSummary> by_org_month;
  std::map<std::pair<std::string, std::string>, std::set<std::string>> people;
  for (const UsageLine& line : lines) {
    const std::pair key{line.org, line.month()};
    UsageSummary& summary = by_org_month[key];
    summary.org = line.org;
    summary.month = line.month();
    summary.sessions += line.sessions;
    if (line.guest()) summary.guest_sessions += line.sessions;
    for (const auto& [tool, count] : line.tools)
      if (count > 0) summary.tools[tool] += count;
    const bool used = line.sessions > 0 || std::any_of(line.tools.begin(), line.tools.end(),
                                                       [](const auto& tool) { return tool.second > 0; });
    if (!line.guest() && used) people[key].insert(line.user);
  }
  std::vector<UsageSummary> summaries;
  for (auto& [key, summary] : by_org_month) {
    summary.users = static_cast<long long>(people[key].size());
    summaries.push_back(std::move(summary));
  }
  return summaries;
}

nlohmann::json published_count(long long count, bool suppress_small) {
  if (suppress_small && count > 0 && count < kSmallestPublishedCount) return "c";
  return count;
}

nlohmann::json summaries_to_json(std::span<const UsageSummary> summaries, bool suppress_small) {
  nlohmann::json rows = nlohmann::json::array();
  for (const UsageSummary& s : summaries) {
    nlohmann::json tools = nlohmann::json::object();
    for (const auto& [tool, count] : s.tools) tools[tool] = published_count(count, suppress_small);
    rows.push_back({{"org", s.org},
                    {"month", s.month},
                    {"sessions", published_count(s.sessions, suppress_small)},
                    {"guest_sessions", published_count(s.guest_sessions, suppress_small)},
                    {"users", published_count(s.users, suppress_small)},
                    {"tools", tools}});
  }
  return rows;
}

namespace {

std::string shown(long long count, bool suppress_small) {
  const nlohmann::json value = published_count(count, suppress_small);
  return value.is_string() ? value.get<std::string>() : std::to_string(count);
}

std::string padded(const std::string& text, std::size_t width) {
  return text.size() >= width ? text + " " : text + std::string(width - text.size(), ' ');
}

}  // namespace

std::string summaries_to_text(std::span<const UsageSummary> summaries, bool suppress_small,
                              const OrgNamer& org_name) {
  std::size_t name_width = std::string_view("Organisation ").size();
  for (const UsageSummary& s : summaries) name_width = std::max(name_width, org_name(s.org).size() + 1);
  std::string text = padded("Organisation", name_width) + "Month    Sessions  Guests  People  Tools opened\n";
  for (const UsageSummary& s : summaries) {
    std::string tools;
    for (const auto& [tool, count] : s.tools) {
      if (count == 0) continue;
      tools += (tools.empty() ? "" : ", ") + tool + " " + shown(count, suppress_small);
    }
    text += padded(org_name(s.org), name_width) + padded(s.month, 9) +
            padded(shown(s.sessions, suppress_small), 10) +
            padded(shown(s.guest_sessions, suppress_small), 8) + padded(shown(s.users, suppress_small), 8) +
            (tools.empty() ? "-" : tools) + "\n";
  }
  if (summaries.empty()) text += "(nothing counted yet)\n";
  if (suppress_small) text += "c: a count from 1 to 4, not shown so that no one can be picked out.\n";
  return text;
}

}  // namespace kitbag
