// A batch of usage lines as the app sends it to the collector: a batch ID the app makes, so a
// batch sent again (after a lost reply) can be recognised and never counted twice. The same
// text format is read by the collector, so both ends check it the same way.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "app/core/result.h"
#include "app/core/usage/usage_line.h"

namespace kitbag {

inline constexpr int kUsageBatchSchema = 1;
inline constexpr std::size_t kMaxLinesInBatch = 500;
// A batch's text is never longer than this; a bigger body is not from the app.
inline constexpr std::size_t kMaxBatchBytes = 256 * 1024;

struct UsageBatch {
  std::string id;  // 32 lowercase hex digits, random
  std::vector<UsageLine> lines;
  bool operator==(const UsageBatch&) const = default;
};

bool is_valid_batch_id(std::string_view id);

// The batch as JSON, in one canonical form: lines sorted by user, organisation and day, keys
// sorted, no spaces, zero counts (and lines of nothing but zeros) left out. Two batches with the same content
// give the same text.
std::string usage_batch_to_json(const UsageBatch& batch);

// Reads and checks a batch: every field, with messages that name the line and field at fault.
// Lines for the same user, organisation and day are added together.
Result<UsageBatch> usage_batch_from_json(std::string_view text);

}  // namespace kitbag
