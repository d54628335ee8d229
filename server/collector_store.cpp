#include "server/collector_store.h"

#include <fcntl.h>
#include <openssl/evp.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string_view>

#include "server/collector_schema.h"

namespace kitbag::collector {
namespace {

constexpr std::string_view kSessionsWhat = "sessions";
constexpr std::string_view kToolPrefix = "tool:";

std::string sha256_hex(std::string_view text) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  EVP_Digest(text.data(), text.size(), digest, &length, EVP_sha256(), nullptr);
  static constexpr char kHex[] = "0123456789abcdef";
  std::string hex;
  for (unsigned int i = 0; i < length; ++i) {
    hex += kHex[digest[i] >> 4];
    hex += kHex[digest[i] & 0xf];
  }
  return hex;
}

}  // namespace

Result<std::unique_ptr<CollectorStore>> CollectorStore::open(const std::filesystem::path& path,
                                                             const StoreOptions& options) {
  if (auto created = make_private_file(path); !created) return Error{created.error()};
  auto db = SqliteDatabase::open(path, SqliteDatabase::Mode::ReadWrite, options.busy_timeout);
  if (!db) return Error{db.error()};
  SqliteDatabase& handle = db.value();
  // WAL lets the report (and `kitbag-collector report`) read while a batch is written;
  // synchronous=FULL because "stored" tells the app it may forget those counts.
  for (const char* pragma :
       {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL", "PRAGMA foreign_keys = ON"})
    if (auto done = handle.exec(pragma); !done) return Error{done.error()};
  if (auto migrated = migrate(handle); !migrated) return Error{path.string() + ": " + migrated.error()};
  return std::unique_ptr<CollectorStore>(new CollectorStore(std::move(db).value()));
}

Result<std::unique_ptr<CollectorStore>> CollectorStore::open_read_only(const std::filesystem::path& path) {
  std::error_code error;
  if (!std::filesystem::is_regular_file(path, error))
    return Error{"there is no collector database at " + path.string() + " (nothing has been created)"};
  auto db = SqliteDatabase::open(path, SqliteDatabase::Mode::ReadOnly, StoreOptions{}.busy_timeout);
  if (!db) return Error{db.error()};
  if (auto checked = check_schema(db.value()); !checked)
    return Error{"cannot read " + path.string() + ": " + checked.error()};
  return std::unique_ptr<CollectorStore>(new CollectorStore(std::move(db).value()));
}

Result<StoreOutcome> CollectorStore::store(const UsageBatch& batch) {
  // The canonical text, not the bytes received: the same counts in another order are the same batch.
  const std::string digest = sha256_hex(usage_batch_to_json(batch));
  std::lock_guard lock(mutex_);
  return store_locked(batch, digest);
}

Result<StoreOutcome> CollectorStore::compare_with_stored(const std::string& id, const std::string& digest) {
  auto select = db_.prepare("SELECT digest FROM batches WHERE id = ?");
  if (!select) return Error{select.error()};
  select.value().bind(1, id);
  auto row = select.value().step();
  if (!row) return Error{row.error()};
  if (!row.value()) return Error{"the batch was neither stored nor found"};
  return select.value().text(0) == digest ? StoreOutcome::AlreadyStored : StoreOutcome::Conflict;
}

Result<StoreOutcome> CollectorStore::store_locked(const UsageBatch& batch, const std::string& digest) {
  // IMMEDIATE takes the write lock first, so another process cannot slip the same ID in between
  // our look and our insert. Every return before the commit rolls the whole batch back.
  auto transaction = SqliteTransaction::begin(db_);
  if (!transaction) return Error{transaction.error()};

  auto insert_batch = db_.prepare("INSERT INTO batches (id, digest) VALUES (?, ?)");
  if (!insert_batch) return Error{insert_batch.error()};
  SqliteStatement& batch_statement = insert_batch.value();
  if (auto inserted = batch_statement.bind(1, batch.id).bind(2, digest).run(); !inserted) {
    if (batch_statement.last_error_code() != SQLITE_CONSTRAINT_PRIMARYKEY) return Error{inserted.error()};
    // Nothing of this batch was written; what is stored under its ID decides the outcome.
    return compare_with_stored(batch.id, digest);
  }

  auto insert_line =
      db_.prepare("INSERT INTO lines (batch_id, user, org, day, what, count) VALUES (?, ?, ?, ?, ?, ?)");
  if (!insert_line) return Error{insert_line.error()};
  SqliteStatement& line_statement = insert_line.value();
  auto add = [&](const UsageLine& line, std::string_view what, long long count) -> Status {
    if (count <= 0) return ok_status();
    return line_statement.bind(1, batch.id)
        .bind(2, line.user)
        .bind(3, line.org)
        .bind(4, line.day)
        .bind(5, what)
        .bind(6, count)
        .run();
  };
  for (const UsageLine& line : batch.lines) {
    if (auto added = add(line, kSessionsWhat, line.sessions); !added) return Error{added.error()};
    for (const auto& [tool, count] : line.tools)
      if (auto added = add(line, std::string(kToolPrefix) + tool, count); !added) return Error{added.error()};
  }
  if (auto committed = transaction.value().commit(); !committed) return Error{committed.error()};
  return StoreOutcome::Stored;
}

Result<std::vector<UsageLine>> CollectorStore::lines() {
  std::lock_guard lock(mutex_);
  auto select = db_.prepare(
      "SELECT user, org, day, what, SUM(count) FROM lines GROUP BY user, org, day, what ORDER BY user, org, "
      "day");
  if (!select) return Error{select.error()};
  std::vector<UsageLine> lines;
  while (true) {
    auto row = select.value().step();
    if (!row) return Error{row.error()};
    if (!row.value()) break;
    const SqliteStatement& s = select.value();
    std::string user = s.text(0), org = s.text(1), day = s.text(2), what = s.text(3);
    // Rows come grouped by person, organisation and day, so each line is built up in place.
    if (lines.empty() || lines.back().user != user || lines.back().org != org || lines.back().day != day)
      lines.push_back(UsageLine{std::move(user), std::move(org), std::move(day), 0, {}});
    UsageLine& line = lines.back();
    if (what == kSessionsWhat)
      line.sessions += s.number(4);
    else if (what.starts_with(kToolPrefix))
      line.tools[what.substr(kToolPrefix.size())] += s.number(4);
  }
  return lines;
}

}  // namespace kitbag::collector
