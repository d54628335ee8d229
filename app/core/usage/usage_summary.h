// Usage lines summed up per organisation and month, as providers read them: sessions, distinct
// people, guest sessions and tool opens. The app's `kitbag usage` and the collector's report
// both come from here, so they count the same way.
#pragma once

#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <span>
#include <string>
#include <vector>

#include "app/core/usage/usage_line.h"

namespace kitbag {

struct UsageSummary {
  std::string org;
  std::string month;             // "2026-12"
  long long sessions = 0;        // every session, guests' included
  long long guest_sessions = 0;  // of those, how many were guests'
  long long users = 0;           // distinct signed-in people (pseudonyms) with a session or a tool open
  std::map<std::string, long long> tools;
  bool operator==(const UsageSummary&) const = default;
};

// Sorted by organisation, then month.
std::vector<UsageSummary> summarise(std::span<const UsageLine> lines);

// Counts from 1 to 4 are shown as "c" when figures are published, as official statistics do,
// since so few could point to a person. Zero stays zero.
inline constexpr long long kSmallestPublishedCount = 5;
nlohmann::json published_count(long long count, bool suppress_small);

// [{"org":..., "month":..., "sessions":..., "guest_sessions":..., "users":..., "tools":{...}}]
nlohmann::json summaries_to_json(std::span<const UsageSummary> summaries, bool suppress_small);

// A table for people: one row per organisation and month. `org_name` turns an id into the name
// to show (the id itself when it has none).
using OrgNamer = std::function<std::string(const std::string& org_id)>;
std::string summaries_to_text(std::span<const UsageSummary> summaries, bool suppress_small,
                              const OrgNamer& org_name);

}  // namespace kitbag
