#include "app/usage_report.h"

#include <map>
#include <nlohmann/json.hpp>

#include "app/core/usage/usage_session.h"
#include "app/core/usage/usage_summary.h"
#include "app/usage/usage_store.h"
#include "app/usage/usage_store_opener.h"

namespace kitbag {
namespace {

using Json = nlohmann::json;

std::string name_of(const OrganisationList& organisations, const std::string& id) {
  if (id == kUnknownOrg) return "(not yet signed in on this device)";
  const Organisation* org = organisations.find(id);
  return org ? org->name : id;
}

long long tool_opens(const UsageSummary& summary) {
  long long total = 0;
  for (const auto& [tool, count] : summary.tools) total += count;
  return total;
}

}  // namespace

int print_usage_report(const std::optional<std::filesystem::path>& data_dir,
                       const OrganisationList& organisations, bool json, std::ostream& out,
                       std::ostream& err) {
  std::vector<UsageLine> all, unsent;
  std::error_code missing;
  if (data_dir && std::filesystem::exists(*data_dir / kUsageStoreFile, missing)) {
    auto store = UsageStore::open(*data_dir / kUsageStoreFile);
    if (!store) {
      err << "kitbag: " << store.error() << "\n";
      return 1;
    }
    auto counted = store.value().all_counts();
    auto waiting = store.value().unsent_counts();
    if (!counted || !waiting) {
      err << "kitbag: " << (counted ? waiting.error() : counted.error()) << "\n";
      return 1;
    }
    all = std::move(counted).value();
    unsent = std::move(waiting).value();
  }
  const std::vector<UsageSummary> totals = summarise(all);
  std::map<std::pair<std::string, std::string>, UsageSummary> waiting;
  for (UsageSummary& summary : summarise(unsent)) waiting[{summary.org, summary.month}] = summary;

  if (json) {
    Json rows = summaries_to_json(totals, false);
    for (std::size_t i = 0; i < totals.size(); ++i) {
      const UsageSummary& w = waiting[{totals[i].org, totals[i].month}];
      rows[i]["org_name"] = name_of(organisations, totals[i].org);
      rows[i]["unsent"] = {{"sessions", w.sessions}, {"tools", w.tools}};
    }
    out << Json{{"device_counts", rows}}.dump(2) << "\n";
    return 0;
  }
  out << "Usage counted on this device (anonymous: nothing about any child is kept)\n\n";
  out << summaries_to_text(totals, false, [&](const std::string& id) { return name_of(organisations, id); });
  if (!totals.empty()) {
    out << "\nWaiting to be sent:\n";
    bool any = false;
    for (const UsageSummary& summary : totals) {
      const UsageSummary& w = waiting[{summary.org, summary.month}];
      if (w.sessions == 0 && tool_opens(w) == 0) continue;
      any = true;
      out << "  " << name_of(organisations, summary.org) << ", " << summary.month << ": " << w.sessions
          << " sessions and " << tool_opens(w) << " tool opens not yet sent\n";
    }
    if (!any) out << "  nothing: everything counted has been sent\n";
  }
  return 0;
}

}  // namespace kitbag
