#include "app/usage/usage_store.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <map>
#include <thread>
#include <tuple>

namespace kitbag {
namespace {

// Each migration takes the schema from the version before it to its own number. Never edit
// one that has shipped: add the next.
constexpr const char* kMigrations[] = {
    // 1: counts, the batches made from them, and the device's settings.
    "CREATE TABLE counts ("
    "  user TEXT NOT NULL, org TEXT NOT NULL, day TEXT NOT NULL, what TEXT NOT NULL,"
    "  count INTEGER NOT NULL DEFAULT 0, batched INTEGER NOT NULL DEFAULT 0, sent INTEGER NOT NULL DEFAULT 0,"
    "  PRIMARY KEY (user, org, day, what)) WITHOUT ROWID;"
    "CREATE TABLE batches ("
    "  seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, body TEXT NOT NULL,"
    "  state TEXT NOT NULL CHECK (state IN ('waiting', 'sent', 'refused')));"
    "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;",
};
constexpr int kMigrationCount = static_cast<int>(std::size(kMigrations));
static_assert(kMigrationCount == kUsageSchemaVersion);

using Key = std::tuple<std::string, std::string, std::string, std::string>;  // user, org, day, what

// Every (measure, amount) a line holds.
std::vector<std::pair<std::string, long long>> measures_of(const UsageLine& line) {
  std::vector<std::pair<std::string, long long>> measures;
  if (line.sessions > 0) measures.emplace_back(kSessionsMeasure, line.sessions);
  for (const auto& [tool, count] : line.tools)
    if (count > 0) measures.emplace_back(tool, count);
  return measures;
}

// Rows of (user, org, day, what, amount) sorted by user, org and day, as lines.
std::vector<UsageLine> to_lines(SqliteStatement& rows, Status& status) {
  std::vector<UsageLine> lines;
  while (true) {
    auto row = rows.step();
    if (!row) {
      status = Error{row.error()};
      return {};
    }
    if (!row.value()) break;
    UsageLine line{rows.text(0), rows.text(1), rows.text(2), 0, {}};
    if (lines.empty() || lines.back().user != line.user || lines.back().org != line.org ||
        lines.back().day != line.day)
      lines.push_back(line);
    const std::string what = rows.text(3);
    if (what == kSessionsMeasure)
      lines.back().sessions += rows.number(4);
    else
      lines.back().tools[what] += rows.number(4);
  }
  status = ok_status();
  return lines;
}

}  // namespace

Result<UsageStore> UsageStore::open(const std::filesystem::path& file, Problem* problem) {
  // Opening switches a new file to WAL, which upgrades a read lock to a write lock inside one
  // statement; when another connection does the same at that moment (two copies of the app
  // started together), SQLite answers "locked" at once instead of waiting, to avoid a deadlock.
  // So a locked open is tried again, for as long as any other write would wait.
  const auto give_up_at = std::chrono::steady_clock::now() + kUsageBusyTimeout;
  while (true) {
    bool locked = false;
    // Each try waits on locks only for what is left, so the whole open never waits much longer.
    const auto left =
        std::chrono::duration_cast<std::chrono::milliseconds>(give_up_at - std::chrono::steady_clock::now());
    auto opened = open_once(file, problem, locked, std::max(left, std::chrono::milliseconds(10)));
    if (opened || !locked || std::chrono::steady_clock::now() >= give_up_at) return opened;
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
}

Result<UsageStore> UsageStore::open_once(const std::filesystem::path& file, Problem* problem, bool& locked,
                                         std::chrono::milliseconds busy_timeout) {
  auto failed = [&](Problem kind, std::string why) -> Result<UsageStore> {
    if (problem != nullptr) *problem = kind;
    return Error{std::move(why)};
  };
  if (problem != nullptr) *problem = Problem::None;
  // SQLite makes its -wal and -shm files with the main file's permissions, so 0600 here keeps all three
  // private.
  if (auto made = make_private_file(file); !made) return failed(Problem::Other, made.error());
  auto db = SqliteDatabase::open(file, SqliteDatabase::Mode::ReadWrite, busy_timeout);
  if (!db) return failed(Problem::Other, db.error());
  UsageStore store(std::move(db).value());
  auto failed_on = [&](const std::string& why) {
    locked = is_locked_code(store.db_.last_error_code());
    // A store given up on is left exactly as it was found, its -wal file too.
    store.leave_files_as_they_are();
    return failed(is_damaged_file_code(store.db_.last_error_code()) ? Problem::Damaged : Problem::Other, why);
  };
  // Reading the schema version is the first read of the file: a file that is not a database fails here.
  auto version = store.db_.number_of("PRAGMA user_version");
  if (!version) return failed_on(version.error());
  if (version.value() > kUsageSchemaVersion) {
    store.leave_files_as_they_are();
    return failed(Problem::Newer, file.string() + " was made by a newer version of Kitbag Desk (schema " +
                                      std::to_string(version.value()) + "), so it is left as it is");
  }
  if (auto wal = store.db_.text_of("PRAGMA journal_mode=WAL"); !wal) return failed_on(wal.error());
  // Commits reach the WAL file at once, so a crash or kill keeps them; only a power cut could
  // lose the last few seconds, the price of not waiting on the disk in the UI thread.
  if (auto sync = store.db_.exec("PRAGMA synchronous=NORMAL"); !sync) return failed_on(sync.error());
  if (auto migrated = store.migrate(); !migrated) return failed_on(migrated.error());
  store.db_.set_busy_timeout(kUsageBusyTimeout);  // opened: later writes wait the usual time
  return store;
}

Status UsageStore::migrate() {
  auto transaction = SqliteTransaction::begin(db_);
  if (!transaction) return Error{transaction.error()};
  // Read again inside the transaction: another copy of the app may have migrated meanwhile.
  auto version = db_.number_of("PRAGMA user_version");
  if (!version) return Error{version.error()};
  for (long long next = version.value() + 1; next <= kMigrationCount; ++next) {
    if (auto done = db_.exec(kMigrations[next - 1]); !done) return done;
    if (auto noted = db_.exec("PRAGMA user_version = " + std::to_string(next)); !noted) return noted;
  }
  return transaction.value().commit();
}

Status UsageStore::add(const UsageLine& line) {
  auto transaction = SqliteTransaction::begin(db_);
  if (!transaction) return Error{transaction.error()};
  auto upsert = db_.prepare(
      "INSERT INTO counts (user, org, day, what, count) VALUES (?1, ?2, ?3, ?4, ?5) "
      "ON CONFLICT (user, org, day, what) DO UPDATE SET count = count + excluded.count");
  if (!upsert) return Error{upsert.error()};
  for (const auto& [what, amount] : measures_of(line)) {
    auto& statement = upsert.value();
    statement.bind(1, line.user).bind(2, line.org).bind(3, line.day).bind(4, what).bind(5, amount);
    if (auto done = statement.run(); !done) return done;
  }
  return transaction.value().commit();
}

Result<int> UsageStore::make_batches(std::size_t max_lines, const std::function<std::string()>& new_id) {
  auto transaction = SqliteTransaction::begin(db_);
  if (!transaction) return Error{transaction.error()};
  auto rows = db_.prepare(
      "SELECT user, org, day, what, count - batched FROM counts WHERE count > batched ORDER BY user, org, "
      "day");
  if (!rows) return Error{rows.error()};
  Status read = ok_status();
  const std::vector<UsageLine> lines = to_lines(rows.value(), read);
  if (!read) return Error{read.error()};
  if (lines.empty()) return 0;

  auto insert = db_.prepare("INSERT INTO batches (id, body, state) VALUES (?1, ?2, 'waiting')");
  if (!insert) return Error{insert.error()};
  int made = 0;
  max_lines = std::max<std::size_t>(max_lines, 1);  // a batch holds at least one line, or this never ends
  for (std::size_t first = 0; first < lines.size(); first += max_lines) {
    UsageBatch batch{new_id(), {}};
    const std::size_t end = std::min(lines.size(), first + max_lines);
    batch.lines.assign(lines.begin() + static_cast<std::ptrdiff_t>(first),
                       lines.begin() + static_cast<std::ptrdiff_t>(end));
    if (auto done = insert.value().bind(1, batch.id).bind(2, usage_batch_to_json(batch)).run(); !done)
      return Error{done.error()};
    ++made;
  }
  // Inside the same transaction, so a count is in exactly one batch.
  if (auto marked = db_.exec("UPDATE counts SET batched = count WHERE count > batched"); !marked)
    return Error{marked.error()};
  if (auto committed = transaction.value().commit(); !committed) return Error{committed.error()};
  return made;
}

Result<std::vector<WaitingBatch>> UsageStore::waiting_batches() {
  auto rows = db_.prepare("SELECT id, body FROM batches WHERE state = 'waiting' ORDER BY seq");
  if (!rows) return Error{rows.error()};
  std::vector<WaitingBatch> batches;
  while (true) {
    auto row = rows.value().step();
    if (!row) return Error{row.error()};
    if (!row.value()) return batches;
    batches.push_back({rows.value().text(0), rows.value().text(1)});
  }
}

Result<std::optional<UsageBatch>> UsageStore::waiting_batch(const std::string& batch_id) {
  auto body = db_.prepare("SELECT body FROM batches WHERE id = ?1 AND state = 'waiting'");
  if (!body) return Error{body.error()};
  auto row = body.value().bind(1, batch_id).step();
  if (!row) return Error{row.error()};
  if (!row.value()) return std::optional<UsageBatch>();
  auto batch = usage_batch_from_json(body.value().text(0));
  if (!batch)
    return Error{file().string() + ": batch " + batch_id + " cannot be read back: " + batch.error()};
  return std::optional<UsageBatch>(std::move(batch).value());
}

Status UsageStore::mark_sent(const std::string& batch_id) {
  auto transaction = SqliteTransaction::begin(db_);
  if (!transaction) return Error{transaction.error()};
  auto batch = waiting_batch(batch_id);
  if (!batch) return Error{batch.error()};
  // Already marked (by this copy of the app or another): nothing more to count.
  if (!batch.value()) return ok_status();

  auto add_sent = db_.prepare(
      "UPDATE counts SET sent = sent + ?5 WHERE user = ?1 AND org = ?2 AND day = ?3 AND what = ?4");
  if (!add_sent) return Error{add_sent.error()};
  for (const UsageLine& line : batch.value()->lines)
    for (const auto& [what, amount] : measures_of(line))
      if (auto done = add_sent.value()
                          .bind(1, line.user)
                          .bind(2, line.org)
                          .bind(3, line.day)
                          .bind(4, what)
                          .bind(5, amount)
                          .run();
          !done)
        return done;
  auto mark = db_.prepare("UPDATE batches SET state = 'sent' WHERE id = ?1");
  if (!mark) return Error{mark.error()};
  if (auto done = mark.value().bind(1, batch_id).run(); !done) return done;
  return transaction.value().commit();
}

Status UsageStore::mark_refused(const std::string& batch_id) {
  auto mark = db_.prepare("UPDATE batches SET state = 'refused' WHERE id = ?1 AND state = 'waiting'");
  if (!mark) return Error{mark.error()};
  return mark.value().bind(1, batch_id).run();
}

Status UsageStore::give_new_id(const std::string& batch_id, const std::string& new_id) {
  auto transaction = SqliteTransaction::begin(db_);
  if (!transaction) return Error{transaction.error()};
  auto batch = waiting_batch(batch_id);
  if (!batch) return Error{batch.error()};
  if (!batch.value()) return ok_status();  // another copy of the app dealt with it
  batch.value()->id = new_id;
  auto renew = db_.prepare("UPDATE batches SET id = ?2, body = ?3 WHERE id = ?1");
  if (!renew) return Error{renew.error()};
  if (auto done =
          renew.value().bind(1, batch_id).bind(2, new_id).bind(3, usage_batch_to_json(*batch.value())).run();
      !done)
    return done;
  return transaction.value().commit();
}

Result<std::vector<UsageLine>> UsageStore::lines_where(const char* amount_sql, const char* filter_sql) {
  auto rows = db_.prepare(std::string("SELECT user, org, day, what, ") + amount_sql + " FROM counts WHERE " +
                          filter_sql + " ORDER BY user, org, day");
  if (!rows) return Error{rows.error()};
  Status read = ok_status();
  std::vector<UsageLine> lines = to_lines(rows.value(), read);
  if (!read) return Error{read.error()};
  return lines;
}

Result<std::vector<UsageLine>> UsageStore::all_counts() {
  return lines_where("count", "count > 0");
}

Result<std::vector<UsageLine>> UsageStore::unsent_counts() {
  return lines_where("count - sent", "count > sent");
}

Result<long long> UsageStore::unsent_total() {
  auto read = unsent();
  if (!read) return Error{read.error()};
  return read.value().total;
}

Result<UsageStore::Unsent> UsageStore::unsent() {
  // One statement, so one snapshot of the file.
  auto read = db_.prepare(
      "SELECT (SELECT COALESCE(SUM(count - sent), 0) FROM counts), "
      "EXISTS (SELECT 1 FROM counts WHERE count > batched) OR "
      "EXISTS (SELECT 1 FROM batches WHERE state = 'waiting')");
  if (!read) return Error{read.error()};
  auto row = read.value().step();
  if (!row) return Error{row.error()};
  if (!row.value()) return Unsent{};
  return Unsent{read.value().number(0), read.value().number(1) != 0};
}

Result<std::optional<std::string>> UsageStore::setting(const std::string& key) {
  auto read = db_.prepare("SELECT value FROM settings WHERE key = ?1");
  if (!read) return Error{read.error()};
  auto row = read.value().bind(1, key).step();
  if (!row) return Error{row.error()};
  if (!row.value()) return std::optional<std::string>();
  return std::optional<std::string>(read.value().text(0));
}

Status UsageStore::set_setting(const std::string& key, const std::string& value) {
  auto write = db_.prepare(
      "INSERT INTO settings (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = "
      "excluded.value");
  if (!write) return Error{write.error()};
  return write.value().bind(1, key).bind(2, value).run();
}

Result<std::string> UsageStore::integrity_check() {
  return db_.text_of("PRAGMA integrity_check");
}

Status UsageStore::restore(const UsageSalvage& salvage) {
  // How much of each count the salvaged waiting batches hold.
  std::map<Key, long long> in_batches;
  std::vector<WaitingBatch> batches;
  for (const WaitingBatch& waiting : salvage.waiting) {
    auto batch = usage_batch_from_json(waiting.body);
    if (!batch || batch.value().id != waiting.id) continue;  // its counts are batched afresh instead
    batches.push_back(waiting);
    for (const UsageLine& line : batch.value().lines)
      for (const auto& [what, amount] : measures_of(line))
        in_batches[{line.user, line.org, line.day, what}] += amount;
  }
  std::map<Key, StoredCount> rows;
  for (const StoredCount& count : salvage.counts)
    rows[{count.user, count.org, count.day, count.what}] = count;
  for (const auto& [key, amount] : in_batches)
    if (!rows.contains(key))
      rows[key] =
          StoredCount{std::get<0>(key), std::get<1>(key), std::get<2>(key), std::get<3>(key), 0, 0, 0};
  for (auto& [key, row] : rows) {
    row.sent = std::clamp(row.sent, 0LL, row.count);
    auto batched = in_batches.find(key);
    row.batched = row.sent + (batched == in_batches.end() ? 0 : batched->second);
    row.count = std::max(row.count, row.batched);
  }

  auto transaction = SqliteTransaction::begin(db_);
  if (!transaction) return Error{transaction.error()};
  auto insert_count = db_.prepare(
      "INSERT INTO counts (user, org, day, what, count, batched, sent) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) "
      "ON CONFLICT (user, org, day, what) DO UPDATE SET count = count + excluded.count, "
      "batched = batched + excluded.batched, sent = sent + excluded.sent");
  auto insert_batch =
      db_.prepare("INSERT OR IGNORE INTO batches (id, body, state) VALUES (?1, ?2, 'waiting')");
  if (!insert_count) return Error{insert_count.error()};
  if (!insert_batch) return Error{insert_batch.error()};
  for (const auto& [key, row] : rows)
    if (auto done = insert_count.value()
                        .bind(1, row.user)
                        .bind(2, row.org)
                        .bind(3, row.day)
                        .bind(4, row.what)
                        .bind(5, row.count)
                        .bind(6, row.batched)
                        .bind(7, row.sent)
                        .run();
        !done)
      return done;
  for (const WaitingBatch& batch : batches)
    if (auto done = insert_batch.value().bind(1, batch.id).bind(2, batch.body).run(); !done) return done;
  return transaction.value().commit();
}

UsageSalvage salvage_usage(const std::filesystem::path& file) {
  UsageSalvage salvage;
  auto db = SqliteDatabase::open(file, SqliteDatabase::Mode::ReadOnly, std::chrono::milliseconds(200));
  if (!db) {
    salvage.problem = db.error();
    return salvage;
  }
  // Row by row, keeping every row read before the damage stops the reading.
  auto read_rows = [&](const char* sql, auto&& take) {
    auto rows = db.value().prepare(sql);
    if (!rows) {
      if (salvage.problem.empty()) salvage.problem = rows.error();
      return;
    }
    while (true) {
      auto row = rows.value().step();
      if (!row) {
        if (salvage.problem.empty()) salvage.problem = row.error();
        return;
      }
      if (!row.value()) return;
      take(rows.value());
    }
  };
  read_rows("SELECT user, org, day, what, count, batched, sent FROM counts", [&](SqliteStatement& row) {
    StoredCount count{row.text(0),   row.text(1),   row.text(2),  row.text(3),
                      row.number(4), row.number(5), row.number(6)};
    // Only rows that could have been written by the app are brought back.
    const bool valid_user = count.user == kGuestUser || is_valid_pseudonym(count.user);
    const bool valid_what = count.what == kSessionsMeasure || is_valid_tool_key(count.what);
    if (valid_user && is_valid_org_id(count.org) && is_valid_day(count.day) && valid_what &&
        count.count > 0 && count.count <= kMaxCountInLine * 1000)
      salvage.counts.push_back(std::move(count));
  });
  read_rows("SELECT id, body FROM batches WHERE state = 'waiting' ORDER BY seq", [&](SqliteStatement& row) {
    salvage.waiting.push_back({row.text(0), row.text(1)});
  });
  return salvage;
}

}  // namespace kitbag
