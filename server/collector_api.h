// What each request to the collector gets back, decided apart from HTTP plumbing: a status code
// and a JSON body. See docs/collector.md.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "server/collector_store.h"

namespace kitbag::collector {

struct Reply {
  int status = 200;
  nlohmann::json body;
};

// POST /v1/batches
Reply post_batch(CollectorStore& store, std::string_view body);
// GET /v1/report; `suppress` is the query's suppress value, if it has one.
Reply get_report(CollectorStore& store, const std::optional<std::string>& suppress);
// GET /v1/health
Reply get_health();
// Any status above 400 that no handler gave a body (no such endpoint, a body too large, ...).
Reply error_reply(int status);

// The report itself, shared with `kitbag-collector report --json`.
Result<nlohmann::json> report_json(CollectorStore& store, bool suppress_small);

}  // namespace kitbag::collector
