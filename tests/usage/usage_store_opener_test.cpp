// Opening the store at start-up: a damaged one is moved aside, never deleted, and what can be
// read from it carries on in a fresh store; a newer one is left alone; either way one calm notice.
#include "app/usage/usage_store_opener.h"
#include "app/usage/secure_random.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "app/usage/pseudonym.h"
#include "platform/fakes/temp_dir.h"
#include "tests/support/contains.h"
#include "tests/usage/store_checks.h"

namespace kitbag {
namespace {

using test::Amounts;
using test::amounts_in_body;
using test::amounts_of;
using test::Contains;
using test::IsOk;

const std::string kAda = "0123456789abcdef0123456789abcdef";

UsageLine line(const std::string& user, const std::string& org, const std::string& day, long long sessions,
               std::map<std::string, long long> tools = {}) {
  return UsageLine{user, org, day, sessions, std::move(tools)};
}

// The day number `n` (0 to 335) as a date: 12 months of 28 days.
std::string day_number(int n) {
  char day[16];
  std::snprintf(day, sizeof day, "2025-%02d-%02d", n / 28 + 1, n % 28 + 1);
  return day;
}

// The files in the data folder whose names start with `prefix`.
std::vector<std::filesystem::path> files_starting(const std::filesystem::path& folder,
                                                  const std::string& prefix) {
  std::vector<std::filesystem::path> found;
  for (const auto& entry : std::filesystem::directory_iterator(folder))
    if (entry.path().filename().string().starts_with(prefix)) found.push_back(entry.path());
  return found;
}

// The one file moved aside, without its -wal and -shm companions.
std::vector<std::filesystem::path> moved_aside(const std::filesystem::path& folder) {
  std::vector<std::filesystem::path> found;
  for (const auto& path : files_starting(folder, "usage.sqlite3.damaged-")) {
    const std::string name = path.filename().string();
    if (!name.ends_with("-wal") && !name.ends_with("-shm")) found.push_back(path);
  }
  return found;
}

std::string all_notices(const Notices& notices) {
  std::string text;
  for (const Notice& notice : notices.all()) text += "\n  " + notice.title + ": " + notice.detail;
  return text;
}

class UsageStoreOpenerTest : public ::testing::Test {
 protected:
  TempDir dir;
  std::filesystem::path file = dir.path() / kUsageStoreFile;
  Notices notices;
};

TEST_F(UsageStoreOpenerTest, AHealthyStoreOpensWithNoNotice) {
  {
    auto store = open_usage_store(dir.path(), notices);
    ASSERT_TRUE(store.has_value()) << all_notices(notices);
    ASSERT_TRUE(IsOk(store->add(line(kAda, "leeds", "2026-12-02", 1, {{"feelings", 1}}))));
  }
  auto store = open_usage_store(dir.path(), notices);
  ASSERT_TRUE(store.has_value()) << all_notices(notices);
  EXPECT_TRUE(notices.empty()) << all_notices(notices);
  auto counts = store->all_counts();
  ASSERT_TRUE(IsOk(counts));
  EXPECT_EQ(counts.value(),
            (std::vector<UsageLine>{line(kAda, "leeds", "2026-12-02", 1, {{"feelings", 1}})}));
  EXPECT_TRUE(moved_aside(dir.path()).empty());
}

TEST_F(UsageStoreOpenerTest, GarbageInPlaceOfTheStoreIsMovedAsideAndAFreshStoreStarted) {
  const std::string garbage = test::random_bytes(20'000, 42);
  test::write_bytes(file, garbage);

  auto store = open_usage_store(dir.path(), notices);
  ASSERT_TRUE(store.has_value()) << all_notices(notices);
  ASSERT_EQ(notices.all().size(), 1u) << all_notices(notices);
  EXPECT_TRUE(Contains(notices.all()[0].title + " " + notices.all()[0].detail, file.string()));
  EXPECT_TRUE(Contains(notices.all()[0].title, "damaged"));

  const auto aside = moved_aside(dir.path());
  ASSERT_EQ(aside.size(), 1u) << "the damaged file is kept, under one new name";
  EXPECT_TRUE(test::SameBytes(test::file_bytes(aside[0]), garbage)) << "moved, not changed";
  EXPECT_TRUE(Contains(notices.all()[0].detail, aside[0].string())) << "the notice says where it is";

  // The fresh store works.
  ASSERT_TRUE(IsOk(store->add(line("guest", "unknown", "2026-12-02", 1, {{"timer", 1}}))));
  auto counts = store->all_counts();
  ASSERT_TRUE(IsOk(counts));
  EXPECT_EQ(counts.value(),
            (std::vector<UsageLine>{line("guest", "unknown", "2026-12-02", 1, {{"timer", 1}})}));
  auto check = store->integrity_check();
  ASSERT_TRUE(IsOk(check));
  EXPECT_EQ(check.value(), "ok");
  EXPECT_TRUE(test::file_bytes(file).starts_with(std::string("SQLite format 3\0", 16)))
      << "a new SQLite file";
}

TEST_F(UsageStoreOpenerTest, AWalFileBesideAGarbageStoreIsMovedAsideWithIt) {
  // "Nothing already on disk is ever deleted", and the -wal goes aside with its main file.
  const std::string garbage_wal = test::random_bytes(3'000, 43);
  test::write_bytes(file, test::random_bytes(20'000, 42));
  test::write_bytes(file.string() + "-wal", garbage_wal);
  auto store = open_usage_store(dir.path(), notices);
  ASSERT_TRUE(store.has_value()) << all_notices(notices);
  const auto aside = moved_aside(dir.path());
  ASSERT_EQ(aside.size(), 1u);
  ASSERT_TRUE(std::filesystem::exists(aside[0].string() + "-wal")) << "its -wal file was deleted, not moved";
  EXPECT_TRUE(test::SameBytes(test::file_bytes(aside[0].string() + "-wal"), garbage_wal));
}

TEST_F(UsageStoreOpenerTest, ASpoiledFirstPageWithANewerCopyInTheWalLosesNoCount) {
  // The state a crash can leave: the latest commits only in the -wal (copied from a live store,
  // before any checkpoint), and the main file's first page spoiled. The -wal's copy of that page
  // is the one SQLite reads, so however the store is opened, no count may go.
  TempDir live;
  std::vector<UsageLine> added;
  {
    auto opened = UsageStore::open(live.path() / kUsageStoreFile);
    ASSERT_TRUE(IsOk(opened));
    for (int n = 0; n < 40; ++n) {
      added.push_back(line(kAda, "leeds", day_number(n), 1 + n % 4, {{"timer", 1}}));
      ASSERT_TRUE(IsOk(opened.value().add(added.back())));
    }
    std::filesystem::copy_file(live.path() / kUsageStoreFile, file);
    std::filesystem::copy_file(live.path() / (std::string(kUsageStoreFile) + "-wal"), file.string() + "-wal");
  }
  std::string bytes = test::file_bytes(file);
  ASSERT_GE(bytes.size(), 16u);
  for (std::size_t i = 0; i < 16; ++i) bytes[i] = 'x';  // "SQLite format 3" no more
  test::write_bytes(file, bytes);

  auto store = open_usage_store(dir.path(), notices);
  ASSERT_TRUE(store.has_value()) << all_notices(notices);
  auto counts = store->all_counts();
  ASSERT_TRUE(IsOk(counts));
  EXPECT_EQ(amounts_of(counts.value()), amounts_of(added)) << all_notices(notices);
  auto check = store->integrity_check();
  ASSERT_TRUE(IsOk(check));
  EXPECT_EQ(check.value(), "ok");
}

TEST_F(UsageStoreOpenerTest, GarbageTwiceKeepsBothDamagedFiles) {
  test::write_bytes(file, test::random_bytes(9'000, 1));
  { ASSERT_TRUE(open_usage_store(dir.path(), notices).has_value()); }
  test::write_bytes(file, test::random_bytes(9'000, 2));
  { ASSERT_TRUE(open_usage_store(dir.path(), notices).has_value()); }
  EXPECT_EQ(moved_aside(dir.path()).size(), 2u) << "nothing already on disk is deleted";
  EXPECT_EQ(notices.all().size(), 2u);
}

// Reads the counts of a damaged file the way anyone could: row by row in the table's own order,
// until the damage stops the reading. Says whether it stopped early.
std::vector<StoredCount> readable_rows(const std::filesystem::path& file, bool& stopped_early) {
  stopped_early = false;
  std::vector<StoredCount> rows;
  auto db = SqliteDatabase::open(file, SqliteDatabase::Mode::ReadOnly, std::chrono::milliseconds(1000));
  if (!db) {
    stopped_early = true;
    return rows;
  }
  auto select = db.value().prepare("SELECT user, org, day, what, count, batched, sent FROM counts");
  if (!select) {
    stopped_early = true;
    return rows;
  }
  while (true) {
    auto row = select.value().step();
    if (!row) {
      stopped_early = true;
      return rows;
    }
    if (!row.value()) return rows;
    SqliteStatement& r = select.value();
    rows.push_back({r.text(0), r.text(1), r.text(2), r.text(3), r.number(4), r.number(5), r.number(6)});
  }
}

test::CountKey key_of(const StoredCount& row) {
  return {row.user, row.org, row.day, row.what};
}

TEST_F(UsageStoreOpenerTest, ADamagedStoreCarriesOnWithEverythingThatCouldBeReadFromIt) {
  std::string waiting_id, waiting_body;
  std::size_t all_rows = 0;
  {
    auto opened = UsageStore::open(file);
    ASSERT_TRUE(IsOk(opened));
    UsageStore& store = opened.value();
    // A batch sent, and a batch still waiting for the collector (guests sort after every pseudonym).
    ASSERT_TRUE(IsOk(store.add(line("guest", "leeds", "2025-01-01", 4, {{"stick", 2}}))));
    ASSERT_TRUE(IsOk(store.make_batches(kMaxLinesInBatch, random_hex_id)));
    ASSERT_TRUE(IsOk(store.mark_sent(store.waiting_batches().value().at(0).id)));
    ASSERT_TRUE(IsOk(store.add(line("guest", "leeds", "2025-01-02", 3, {{"feelings", 5}}))));
    ASSERT_TRUE(IsOk(store.add(line("guest", "york", "2025-01-02", 1))));
    ASSERT_TRUE(IsOk(store.make_batches(kMaxLinesInBatch, random_hex_id)));
    const auto waiting = store.waiting_batches();
    ASSERT_TRUE(IsOk(waiting));
    ASSERT_EQ(waiting.value().size(), 1u);
    waiting_id = waiting.value()[0].id;
    waiting_body = waiting.value()[0].body;
    // Then a year of unsent counts, enough to fill many pages.
    for (int n = 0; n < 336; ++n)
      ASSERT_TRUE(
          IsOk(store.add(line(kAda, "york", day_number(n), 1 + n % 3, {{"feelings", 2}, {"timer", 1}}))));
    all_rows = test::stored_rows(file).size();
  }
  // Everything into the main file, so the damage below is the only copy of those pages.
  int page_size = 0;
  std::vector<long long> leaves;
  {
    SqliteDatabase raw = test::raw_connection(file);
    ASSERT_TRUE(IsOk(raw.text_of("PRAGMA wal_checkpoint(TRUNCATE)")));
    page_size = static_cast<int>(raw.number_of("PRAGMA page_size").value());
    auto pages =
        raw.prepare("SELECT pageno FROM dbstat WHERE name = 'counts' AND pagetype = 'leaf' ORDER BY path");
    ASSERT_TRUE(IsOk(pages)) << "SQLite without the dbstat table";
    while (pages.value().step().value()) leaves.push_back(pages.value().number(0));
  }
  ASSERT_GE(leaves.size(), 6u) << "the counts must span several pages";
  std::string bytes = test::file_bytes(file);
  const long long damaged_page = leaves[leaves.size() / 2];
  const std::size_t at = static_cast<std::size_t>((damaged_page - 1) * page_size);
  ASSERT_LE(at + 64, bytes.size());
  for (std::size_t i = 0; i < 64; ++i) bytes[at + i] = static_cast<char>(0xA5 ^ i);
  test::write_bytes(file, bytes);

  auto store = open_usage_store(dir.path(), notices);
  ASSERT_TRUE(store.has_value()) << all_notices(notices);
  ASSERT_EQ(notices.all().size(), 1u) << all_notices(notices);
  const Notice& notice = notices.all()[0];
  EXPECT_TRUE(Contains(notice.title, "damaged"));
  EXPECT_TRUE(Contains(notice.detail, file.string()));
  EXPECT_TRUE(Contains(notice.detail, "integrity"));

  const auto aside = moved_aside(dir.path());
  ASSERT_EQ(aside.size(), 1u);
  EXPECT_TRUE(test::SameBytes(test::file_bytes(aside[0]), bytes)) << "the damaged file is kept as it was";

  // What can be read back from it, by the test's own reading.
  bool stopped_early = false;
  const std::vector<StoredCount> readable = readable_rows(aside[0], stopped_early);
  ASSERT_TRUE(stopped_early) << "the damage must stop the reading";
  ASSERT_GT(readable.size(), 0u);
  ASSERT_LT(readable.size(), all_rows);

  // The waiting batch keeps its id and its body, so the collector will know it if it has it.
  const auto waiting = store->waiting_batches();
  ASSERT_TRUE(IsOk(waiting));
  ASSERT_EQ(waiting.value().size(), 1u);
  EXPECT_EQ(waiting.value()[0].id, waiting_id);
  EXPECT_EQ(waiting.value()[0].body, waiting_body);
  const Amounts in_waiting = amounts_in_body(waiting_body);

  // Every readable unsent count is still unsent; nothing readable is sent twice or batched twice.
  std::map<test::CountKey, StoredCount> fresh;
  for (const StoredCount& row : test::stored_rows(file)) fresh[key_of(row)] = row;
  long long readable_unsent = 0;
  Amounts to_batch;  // what the fresh store has still to put into a batch
  for (const StoredCount& row : readable) {
    readable_unsent += row.count - row.sent;
    if (row.count > row.batched) to_batch[key_of(row)] = row.count - row.batched;
    ASSERT_TRUE(fresh.contains(key_of(row))) << row.user << " " << row.day << " " << row.what;
    const StoredCount& now = fresh[key_of(row)];
    EXPECT_EQ(now.count, row.count) << row.day << " " << row.what;
    EXPECT_EQ(now.sent, row.sent) << row.day << " " << row.what;
    EXPECT_EQ(now.batched, row.batched) << row.day << " " << row.what;
  }
  long long unreadable_in_waiting = 0;
  for (const auto& [key, amount] : in_waiting) {
    ASSERT_TRUE(fresh.contains(key)) << "a waiting batch's counts are counted";
    EXPECT_EQ(fresh[key].batched - fresh[key].sent, amount)
        << "and are in that batch, not waiting for another";
    bool was_readable = false;
    for (const StoredCount& row : readable) was_readable = was_readable || key_of(row) == key;
    if (!was_readable) unreadable_in_waiting += amount;
  }
  EXPECT_EQ(store->unsent_total().value(), readable_unsent + unreadable_in_waiting);
  EXPECT_TRUE(Contains(notice.detail, std::to_string(readable_unsent) + " counts not yet sent"));

  auto made = store->make_batches(kMaxLinesInBatch, random_hex_id);
  ASSERT_TRUE(IsOk(made));
  Amounts newly_batched;
  const auto all_waiting = store->waiting_batches();
  ASSERT_TRUE(IsOk(all_waiting));
  for (const WaitingBatch& batch : all_waiting.value())
    if (batch.id != waiting_id) test::add_amounts(newly_batched, amounts_in_body(batch.body));
  EXPECT_EQ(newly_batched, to_batch) << "batched afresh: exactly the readable counts that were in no batch";
  auto check = store->integrity_check();
  ASSERT_TRUE(IsOk(check));
  EXPECT_EQ(check.value(), "ok");
}

TEST_F(UsageStoreOpenerTest, ANewerStoreMeansNoCountingANoticeAndAnUntouchedFile) {
  ASSERT_TRUE(IsOk(make_private_file(file)));
  {
    SqliteDatabase raw = test::raw_connection(file);
    ASSERT_TRUE(IsOk(raw.text_of("PRAGMA journal_mode=WAL")));
    ASSERT_TRUE(
        IsOk(raw.exec("CREATE TABLE later (x); INSERT INTO later VALUES (1); PRAGMA user_version = 2;")));
    ASSERT_TRUE(IsOk(raw.text_of("PRAGMA wal_checkpoint(TRUNCATE)")));
  }
  const std::string before = test::file_bytes(file);
  auto store = open_usage_store(dir.path(), notices);
  EXPECT_FALSE(store.has_value());
  ASSERT_EQ(notices.all().size(), 1u) << all_notices(notices);
  EXPECT_TRUE(Contains(notices.all()[0].detail, "newer"));
  EXPECT_TRUE(Contains(notices.all()[0].detail, file.string()));
  EXPECT_TRUE(test::SameBytes(test::file_bytes(file), before));
  EXPECT_TRUE(moved_aside(dir.path()).empty()) << "a newer store is not damaged";
}

TEST_F(UsageStoreOpenerTest, AnUnwritableDataFolderMeansNoCountingAndANotice) {
  if (::geteuid() == 0) GTEST_SKIP() << "root writes into a 0500 folder anyway";
  ASSERT_EQ(::chmod(dir.path().c_str(), 0500), 0);
  auto store = open_usage_store(dir.path(), notices);
  ::chmod(dir.path().c_str(), 0700);
  EXPECT_FALSE(store.has_value());
  ASSERT_EQ(notices.all().size(), 1u) << all_notices(notices);
  EXPECT_TRUE(Contains(notices.all()[0].detail, file.string()));
}

TEST_F(UsageStoreOpenerTest, ADataFolderThatIsAFileMeansNoCountingAndANotice) {
  const auto not_a_folder = dir.write("data", "a file where the data folder should be");
  auto store = open_usage_store(not_a_folder, notices);
  EXPECT_FALSE(store.has_value());
  ASSERT_EQ(notices.all().size(), 1u) << all_notices(notices);
  EXPECT_TRUE(Contains(notices.all()[0].detail, (not_a_folder / kUsageStoreFile).string()));
  EXPECT_TRUE(test::SameBytes(test::file_bytes(not_a_folder), "a file where the data folder should be"));
}

}  // namespace
}  // namespace kitbag
