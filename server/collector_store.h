// The collector's SQLite file: each batch stored once, whole or not at all, and every stored line
// read back for the report. Safe to share between the HTTP server's threads.
#pragma once

#include <chrono>
#include <filesystem>
#include <memory>
#include <mutex>
#include <vector>

#include "app/core/result.h"
#include "app/core/usage/usage_batch.h"
#include "app/core/usage/usage_line.h"
#include "app/usage/sqlite_database.h"

namespace kitbag::collector {

enum class StoreOutcome {
  Stored,         // new: its lines now count
  AlreadyStored,  // the same batch came before; nothing changed
  Conflict,       // its ID was stored with other content; nothing changed
};

struct StoreOptions {
  // How long a write waits for another connection (another collector, a backup) to let go.
  std::chrono::milliseconds busy_timeout{5000};
};

class CollectorStore {
 public:
  // Opens the file for serving, creating it (owner-only, 0600) and its tables when needed.
  static Result<std::unique_ptr<CollectorStore>> open(const std::filesystem::path& path,
                                                      const StoreOptions& options = {});
  // Opens an existing file for reading only; a missing file is an error and is not created.
  static Result<std::unique_ptr<CollectorStore>> open_read_only(const std::filesystem::path& path);

  // One write transaction: either the batch and all its lines, or nothing.
  Result<StoreOutcome> store(const UsageBatch& batch);

  // Every stored count, added up over batches per user, organisation, day and measure.
  Result<std::vector<UsageLine>> lines();

 private:
  explicit CollectorStore(SqliteDatabase db) : db_(std::move(db)) {}
  Result<StoreOutcome> store_locked(const UsageBatch& batch, const std::string& digest);
  Result<StoreOutcome> compare_with_stored(const std::string& id, const std::string& digest);

  // One connection for all threads: batches are small and SQLite writes one at a time anyway,
  // so a mutex costs nothing and makes "check, then insert" trivially safe in this process.
  std::mutex mutex_;
  SqliteDatabase db_;
};

}  // namespace kitbag::collector
