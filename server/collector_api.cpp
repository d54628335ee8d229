#include "server/collector_api.h"

#include <iostream>
#include <string>

#include "app/core/usage/usage_summary.h"

namespace kitbag::collector {
namespace {

using Json = nlohmann::json;

std::string too_large_message() {
  return "the batch is larger than " + std::to_string(kMaxBatchBytes / 1024) + " KiB";
}

// The database's own words go to the operator's terminal, not to the client; no request
// content is logged.
Reply database_failure(const std::string& what, const std::string& detail) {
  std::cerr << "kitbag-collector: " << what << ": " << detail << "\n";
  return {500, Json{{"status", "error"}, {"error", what + "; nothing was stored, try again later"}}};
}

}  // namespace

Reply post_batch(CollectorStore& store, std::string_view body) {
  if (body.size() > kMaxBatchBytes) return {413, Json{{"status", "refused"}, {"error", too_large_message()}}};
  auto batch = usage_batch_from_json(body);
  if (!batch) return {400, Json{{"status", "refused"}, {"error", batch.error()}}};
  const std::string& id = batch.value().id;
  auto outcome = store.store(batch.value());
  if (!outcome) return database_failure("the database could not store the batch", outcome.error());
  switch (outcome.value()) {
    case StoreOutcome::Stored:
      return {200, Json{{"status", "stored"}, {"batch_id", id}}};
    case StoreOutcome::AlreadyStored:
      return {200, Json{{"status", "already-stored"}, {"batch_id", id}}};
    case StoreOutcome::Conflict:
      break;
  }
  return {409,
          Json{{"status", "conflict"},
               {"batch_id", id},
               {"error", "a different batch with this \"batch_id\" is already stored; nothing was stored"}}};
}

Result<Json> report_json(CollectorStore& store, bool suppress_small) {
  auto lines = store.lines();
  if (!lines) return Error{lines.error()};
  return summaries_to_json(summarise(lines.value()), suppress_small);
}

Reply get_report(CollectorStore& store, const std::optional<std::string>& suppress) {
  if (suppress && *suppress != "small")
    return {400, Json{{"status", "refused"}, {"error", "\"suppress\" may only be \"small\""}}};
  auto report = report_json(store, suppress.has_value());
  if (!report) return database_failure("the database could not be read", report.error());
  return {200, std::move(report).value()};
}

Reply get_health() {
  return {200, Json{{"status", "ok"}}};
}

Reply error_reply(int status) {
  if (status == 404) return {404, Json{{"status", "not-found"}, {"error", "no such endpoint"}}};
  if (status == 413) return {413, Json{{"status", "refused"}, {"error", too_large_message()}}};
  if (status >= 500) return {status, Json{{"status", "error"}, {"error", "the collector failed"}}};
  return {status, Json{{"status", "refused"}, {"error", "the request could not be read"}}};
}

}  // namespace kitbag::collector
