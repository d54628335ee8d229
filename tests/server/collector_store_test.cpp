// The collector's SQLite file on its own: outcomes, one transaction per batch, the schema and
// what it keeps, permissions, and read-only opening.
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <sys/stat.h>

#include <fstream>

#include "server/collector_schema.h"
#include "tests/server/collector_fixture.h"

namespace kitbag::collector::test {
namespace {

const std::string kAlice = hex_id(1, 'a');

UsageBatch batch(int id, std::vector<UsageLine> lines) {
  return UsageBatch{hex_id(id), std::move(lines)};
}

std::unique_ptr<CollectorStore> open_store(const std::filesystem::path& path) {
  auto store = CollectorStore::open(path);
  if (!store) ADD_FAILURE() << store.error();
  return store ? std::move(store).value() : nullptr;
}

// Runs `sql` on its own connection and returns the first column of each row as text.
std::vector<std::string> query(const std::filesystem::path& path, const std::string& sql) {
  sqlite3* db = nullptr;
  std::vector<std::string> rows;
  EXPECT_EQ(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
  sqlite3_stmt* statement = nullptr;
  EXPECT_EQ(sqlite3_prepare_v2(db, sql.c_str(), -1, &statement, nullptr), SQLITE_OK) << sqlite3_errmsg(db);
  while (sqlite3_step(statement) == SQLITE_ROW) {
    const auto* text = sqlite3_column_text(statement, 0);
    rows.push_back(text != nullptr ? reinterpret_cast<const char*>(text) : "");
  }
  sqlite3_finalize(statement);
  sqlite3_close(db);
  return rows;
}

unsigned permissions(const std::filesystem::path& path) {
  struct stat info {};
  EXPECT_EQ(stat(path.c_str(), &info), 0) << path;
  return info.st_mode & 0777;
}

TEST(CollectorStore, TellsStoredFromAlreadyStoredFromConflict) {
  TempDir dir;
  auto store = open_store(dir.path() / "c.db");
  ASSERT_TRUE(store);
  const UsageBatch first = batch(1, {usage_line(kAlice, "leeds", "2026-12-01", 2)});
  EXPECT_EQ(store->store(first).value(), StoreOutcome::Stored);
  EXPECT_EQ(store->store(first).value(), StoreOutcome::AlreadyStored);
  EXPECT_EQ(store->store(batch(1, {usage_line(kAlice, "leeds", "2026-12-01", 3)})).value(),
            StoreOutcome::Conflict);
  EXPECT_EQ(store->store(batch(2, {usage_line(kAlice, "leeds", "2026-12-01", 3)})).value(),
            StoreOutcome::Stored);

  auto lines = store->lines();
  ASSERT_TRUE(lines) << lines.error();
  ASSERT_EQ(lines.value().size(), 1u);
  EXPECT_EQ(lines.value()[0], usage_line(kAlice, "leeds", "2026-12-01", 5));
}

TEST(CollectorStore, ReadsBackEveryMeasureAddedUpOverBatches) {
  TempDir dir;
  auto store = open_store(dir.path() / "c.db");
  ASSERT_TRUE(store);
  ASSERT_TRUE(store->store(batch(1, {usage_line(kAlice, "leeds", "2026-12-01", 1, {{"timer", 2}}),
                                     usage_line("guest", "leeds", "2026-12-01", 4)})));
  ASSERT_TRUE(
      store->store(batch(2, {usage_line(kAlice, "leeds", "2026-12-01", 0, {{"timer", 3}, {"stick", 1}})})));
  auto lines = store->lines();
  ASSERT_TRUE(lines) << lines.error();
  EXPECT_EQ(lines.value(), (std::vector<UsageLine>{
                               usage_line(kAlice, "leeds", "2026-12-01", 1, {{"timer", 5}, {"stick", 1}}),
                               usage_line("guest", "leeds", "2026-12-01", 4)}));
}

TEST(CollectorStore, AToolCalledSessionsIsNeverTakenForTheSessionCount) {
  TempDir dir;
  auto store = open_store(dir.path() / "c.db");
  ASSERT_TRUE(store);
  ASSERT_TRUE(store->store(batch(1, {usage_line(kAlice, "leeds", "2026-12-01", 1, {{"sessions", 7}})})));
  auto lines = store->lines();
  ASSERT_TRUE(lines) << lines.error();
  ASSERT_EQ(lines.value().size(), 1u);
  EXPECT_EQ(lines.value()[0].sessions, 1);
  EXPECT_EQ(lines.value()[0].tools.at("sessions"), 7);
}

TEST(CollectorStore, KeepsOnlyTheBatchAndItsCounts) {
  TempDir dir;
  const auto path = dir.path() / "c.db";
  ASSERT_TRUE(open_store(path));
  // No addresses, no arrival times: if a column is added here, it must be argued for in
  // docs/collector.md first.
  EXPECT_EQ(query(path, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"),
            (std::vector<std::string>{"batches", "lines"}));
  EXPECT_EQ(query(path, "SELECT name FROM pragma_table_info('batches')"),
            (std::vector<std::string>{"id", "digest"}));
  EXPECT_EQ(query(path, "SELECT name FROM pragma_table_info('lines')"),
            (std::vector<std::string>{"batch_id", "user", "org", "day", "what", "count"}));
}

TEST(CollectorStore, IsAWalFileWithTheCurrentSchemaVersion) {
  TempDir dir;
  const auto path = dir.path() / "c.db";
  ASSERT_TRUE(open_store(path));
  EXPECT_EQ(query(path, "PRAGMA journal_mode"), std::vector<std::string>{"wal"});
  EXPECT_EQ(query(path, "PRAGMA user_version"), std::vector<std::string>{std::to_string(kSchemaVersion)});
}

TEST(CollectorStore, CreatesItsFileForTheOwnerOnlyWhateverTheUmask) {
  TempDir dir;
  const auto path = dir.path() / "c.db";
  const mode_t old_umask = umask(0);
  auto store = open_store(path);
  umask(old_umask);
  ASSERT_TRUE(store);
  ASSERT_TRUE(store->store(batch(1, {usage_line(kAlice, "leeds", "2026-12-01", 1)})));
  EXPECT_EQ(permissions(path), 0600u);
  // SQLite gives its side files, there while the store is open, the database's own permissions.
  for (const char* side : {"-wal", "-shm"}) EXPECT_EQ(permissions(path.string() + side), 0600u) << side;
}

TEST(CollectorStore, ReopeningKeepsEverything) {
  TempDir dir;
  const auto path = dir.path() / "c.db";
  const UsageBatch stored = batch(1, {usage_line(kAlice, "leeds", "2026-12-01", 2)});
  ASSERT_EQ(open_store(path)->store(stored).value(), StoreOutcome::Stored);
  auto again = open_store(path);
  ASSERT_TRUE(again);
  EXPECT_EQ(again->store(stored).value(), StoreOutcome::AlreadyStored);
  EXPECT_EQ(again->lines().value().size(), 1u);
}

TEST(CollectorStore, ReadOnlyNeverCreatesAMissingFile) {
  TempDir dir;
  const auto path = dir.path() / "missing.db";
  auto store = CollectorStore::open_read_only(path);
  ASSERT_FALSE(store);
  EXPECT_NE(store.error().find(path.string()), std::string::npos) << store.error();
  EXPECT_FALSE(std::filesystem::exists(path));
}

TEST(CollectorStore, ReadOnlySeesWhatIsStoredButCannotWrite) {
  TempDir dir;
  const auto path = dir.path() / "c.db";
  auto writer = open_store(path);
  ASSERT_TRUE(writer->store(batch(1, {usage_line(kAlice, "leeds", "2026-12-01", 2)})));
  auto reader = CollectorStore::open_read_only(path);
  ASSERT_TRUE(reader) << reader.error();
  EXPECT_EQ(reader.value()->lines().value().size(), 1u);
  EXPECT_FALSE(reader.value()->store(batch(2, {usage_line(kAlice, "leeds", "2026-12-01", 2)})));
  EXPECT_EQ(writer->lines().value().size(), 1u);
}

TEST(CollectorStore, ReadOnlyRefusesFilesThatAreNotCollectorDatabases) {
  TempDir dir;
  const auto text = dir.write("notes.db", "these are not the tables you are looking for\n");
  auto store = CollectorStore::open_read_only(text);
  ASSERT_FALSE(store);
  EXPECT_NE(store.error().find("notes.db"), std::string::npos) << store.error();

  const auto empty_sqlite = dir.path() / "empty.db";
  sqlite3* db = nullptr;
  sqlite3_open(empty_sqlite.c_str(), &db);
  sqlite3_exec(db, "CREATE TABLE other (x)", nullptr, nullptr, nullptr);
  sqlite3_close(db);
  auto other = CollectorStore::open_read_only(empty_sqlite);
  ASSERT_FALSE(other);
  EXPECT_NE(other.error().find("not a collector database"), std::string::npos) << other.error();
}

TEST(CollectorStore, LeavesAFileFromANewerCollectorAlone) {
  TempDir dir;
  const auto path = dir.path() / "c.db";
  ASSERT_TRUE(open_store(path));
  sqlite3* db = nullptr;
  sqlite3_open(path.c_str(), &db);
  sqlite3_exec(db, ("PRAGMA user_version = " + std::to_string(kSchemaVersion + 1)).c_str(), nullptr, nullptr,
               nullptr);
  sqlite3_close(db);
  auto store = CollectorStore::open(path);
  ASSERT_FALSE(store);
  EXPECT_NE(store.error().find("newer collector"), std::string::npos) << store.error();
  auto reader = CollectorStore::open_read_only(path);
  ASSERT_FALSE(reader);
  EXPECT_NE(reader.error().find("newer collector"), std::string::npos) << reader.error();
}

TEST(CollectorStore, ABusyDatabaseIsAnErrorNotAWait) {
  TempDir dir;
  const auto path = dir.path() / "c.db";
  auto store = CollectorStore::open(path, StoreOptions{std::chrono::milliseconds(50)});
  ASSERT_TRUE(store) << store.error();
  sqlite3* other = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &other), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(other, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);
  auto outcome = store.value()->store(batch(1, {usage_line(kAlice, "leeds", "2026-12-01", 2)}));
  EXPECT_FALSE(outcome);
  sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
  sqlite3_close(other);
  // Once the other connection lets go, the same batch is new, not half there.
  EXPECT_EQ(store.value()->store(batch(1, {usage_line(kAlice, "leeds", "2026-12-01", 2)})).value(),
            StoreOutcome::Stored);
}

}  // namespace
}  // namespace kitbag::collector::test
