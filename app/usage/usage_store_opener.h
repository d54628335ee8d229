// Opening the usage store at start-up: a store that fails its integrity check, or a file that
// is not a database at all, is moved aside with a calm notice and a fresh store started,
// keeping every unsent count that can be read back from the damaged one.
#pragma once

#include <filesystem>
#include <optional>

#include "app/core/notices.h"
#include "app/usage/usage_store.h"

namespace kitbag {

inline constexpr const char* kUsageStoreFile = "usage.sqlite3";

// The store in `data_dir`, or nothing (counting is off for this run) when it cannot be had;
// every problem goes to `notices`. Nothing already on disk is ever deleted.
std::optional<UsageStore> open_usage_store(const std::filesystem::path& data_dir, Notices& notices);

}  // namespace kitbag
