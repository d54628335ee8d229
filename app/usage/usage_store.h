// The device's only stored data about people: anonymous usage counts, kept in a SQLite file in
// the data directory until they are sent, plus two device settings (the last organisation
// used and the collector's address). WAL, numbered migrations, a busy timeout, and write
// transactions that last one statement's worth, so a second copy of the app simply takes turns.
#pragma once

#include <chrono>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "app/core/result.h"
#include "app/core/usage/usage_batch.h"
#include "app/core/usage/usage_line.h"
#include "app/usage/sqlite_database.h"

namespace kitbag {

inline constexpr int kUsageSchemaVersion = 1;
inline constexpr std::chrono::milliseconds kUsageBusyTimeout{5000};

// A batch made on this device, waiting to be acknowledged by the collector.
struct WaitingBatch {
  std::string id;
  std::string body;  // exactly what is sent, every time it is sent
};

class UsageStore {
 public:
  // Opens the store at `file`, creating it owner-only (0600) when missing and bringing its
  // schema up to date. Fails, touching nothing, when the file is damaged or was made by a newer
  // version; see usage_store_opener.h for what the app then does.
  enum class Problem { None, Damaged, Newer, Other };
  static Result<UsageStore> open(const std::filesystem::path& file, Problem* problem = nullptr);

  // Adds `line`'s sessions and tool opens to the counts, in one transaction.
  Status add(const UsageLine& line);

  // Gathers every count not yet in a batch into new batches of at most `max_lines` lines, each
  // with an id from `new_id`. In one transaction, so two copies of the app never batch the same
  // counts. Returns how many batches were made.
  Result<int> make_batches(std::size_t max_lines, const std::function<std::string()>& new_id);
  // Oldest first.
  Result<std::vector<WaitingBatch>> waiting_batches();
  // The collector has it: its counts are sent. Acknowledging the same batch twice changes nothing.
  Status mark_sent(const std::string& batch_id);
  // The collector will never take it (its content was refused): it stays on this device, unsent.
  Status mark_refused(const std::string& batch_id);
  // The collector holds other counts under this batch's id (a clash of random ids): the same
  // counts wait under `new_id` instead, so they are neither lost nor mistaken for the others.
  Status give_new_id(const std::string& batch_id, const std::string& new_id);
  // What could be read back from a damaged store, put into this (fresh) one: every count, and
  // the batches that were waiting with the same ids and bodies (so a batch the collector already
  // has is not counted twice). Counts that were in batches now lost are batched afresh.
  Status restore(const struct UsageSalvage& salvage);

  // Every count on this device, and the part of it not yet acknowledged by the collector.
  Result<std::vector<UsageLine>> all_counts();
  Result<std::vector<UsageLine>> unsent_counts();
  // How many counts (sessions and tool opens) wait to be sent: 0 means everything is sent.
  Result<long long> unsent_total();
  // The same, and whether any of it could go now (counts not yet in a batch, or batches
  // waiting), read together so the two agree even while another copy of the app counts.
  struct Unsent {
    long long total = 0;
    bool to_send = false;
  };
  Result<Unsent> unsent();

  Result<std::optional<std::string>> setting(const std::string& key);
  Status set_setting(const std::string& key, const std::string& value);

  // "ok", or what SQLite's integrity check found.
  Result<std::string> integrity_check();
  const std::filesystem::path& file() const { return db_.file(); }
  // When this store is closed, its files stay as they are now (see keep_wal_on_close).
  void leave_files_as_they_are() { db_.keep_wal_on_close(); }

 private:
  explicit UsageStore(SqliteDatabase db) : db_(std::move(db)) {}
  // One try; `locked` says it failed only because another connection held the file just then.
  static Result<UsageStore> open_once(const std::filesystem::path& file, Problem* problem, bool& locked,
                                      std::chrono::milliseconds busy_timeout);
  Status migrate();
  // The batch waiting under `batch_id`, read back from its body; nothing when it is not waiting.
  Result<std::optional<UsageBatch>> waiting_batch(const std::string& batch_id);
  Result<std::vector<UsageLine>> lines_where(const char* amount_sql, const char* filter_sql);
  SqliteDatabase db_;
};

// One row of the store as it is kept: a count, how much of it is in batches, how much is sent.
struct StoredCount {
  std::string user, org, day, what;
  long long count = 0, batched = 0, sent = 0;
};

struct UsageSalvage {
  std::vector<StoredCount> counts;
  std::vector<WaitingBatch> waiting;
  std::string problem;  // why reading stopped early, or empty when everything read
};

// Reads what it can from a damaged store, read-only: a file that is not a database gives nothing.
UsageSalvage salvage_usage(const std::filesystem::path& file);

// Setting keys.
inline constexpr const char* kLastOrgSetting = "last_org";
inline constexpr const char* kSyncUrlSetting = "sync_url";

}  // namespace kitbag
