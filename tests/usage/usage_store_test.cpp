// The usage store on real SQLite files in a temporary folder: owner-only, WAL, counts summed and
// put into exactly one batch, acknowledgements that count once, two connections taking turns,
// and files made by a newer version or not a database at all left exactly as they were.
#include "app/usage/usage_store.h"
#include "app/usage/secure_random.h"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <atomic>
#include <filesystem>
#include <mutex>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "app/usage/pseudonym.h"
#include "platform/fakes/temp_dir.h"
#include "tests/support/contains.h"
#include "tests/support/file_modes.h"
#include "tests/usage/store_checks.h"

namespace kitbag {
namespace {

using test::Amounts;
using test::amounts_in_body;
using test::amounts_of;
using test::Contains;
using test::IsOk;
using test::total_of;

const std::string kAda = "0123456789abcdef0123456789abcdef";
const std::string kBo = "fedcba9876543210fedcba9876543210";

UsageLine line(const std::string& user, const std::string& org, const std::string& day, long long sessions,
               std::map<std::string, long long> tools = {}) {
  return UsageLine{user, org, day, sessions, std::move(tools)};
}

// What went wrong in other threads, for the main thread to report.
class ThreadProblems {
 public:
  void note(const std::string& problem) {
    std::lock_guard<std::mutex> hold(mutex_);
    if (problems_.size() < 10) problems_.push_back(problem);
    ++count_;
  }
  ::testing::AssertionResult none() const {
    if (count_ == 0) return ::testing::AssertionSuccess();
    auto failure = ::testing::AssertionFailure() << count_ << " failures, the first:";
    for (const std::string& problem : problems_) failure << "\n  " << problem;
    return failure;
  }

 private:
  std::mutex mutex_;
  std::vector<std::string> problems_;
  int count_ = 0;
};

class UsageStoreTest : public ::testing::Test {
 protected:
  UsageStore open_store() {
    auto store = UsageStore::open(file);
    if (!store) throw std::runtime_error(store.error());
    return std::move(store).value();
  }
  std::vector<WaitingBatch> waiting(UsageStore& store) {
    auto batches = store.waiting_batches();
    EXPECT_TRUE(IsOk(batches));
    return batches ? batches.value() : std::vector<WaitingBatch>{};
  }
  Amounts all(UsageStore& store) {
    auto counts = store.all_counts();
    EXPECT_TRUE(IsOk(counts));
    return counts ? amounts_of(counts.value()) : Amounts{};
  }
  Amounts unsent(UsageStore& store) {
    auto counts = store.unsent_counts();
    EXPECT_TRUE(IsOk(counts));
    return counts ? amounts_of(counts.value()) : Amounts{};
  }
  long long unsent_total(UsageStore& store) {
    auto total = store.unsent_total();
    EXPECT_TRUE(IsOk(total));
    return total ? total.value() : -1;
  }

  TempDir dir;
  std::filesystem::path file = dir.path() / "usage.sqlite3";
  test::NumberedIds ids;
};

TEST_F(UsageStoreTest, OpeningCreatesTheFileOwnerOnlyAndItsWalAndShmFilesToo) {
  test::ScopedUmask loose(0);  // anything SQLite made with its default 0644 would show
  auto store = UsageStore::open(file);
  ASSERT_TRUE(IsOk(store));
  EXPECT_EQ(test::permissions(file), "0600");
  ASSERT_TRUE(IsOk(store.value().add(line(kAda, "leeds", "2026-12-02", 1, {{"feelings", 1}}))));
  const std::filesystem::path wal = file.string() + "-wal";
  const std::filesystem::path shm = file.string() + "-shm";
  ASSERT_TRUE(std::filesystem::exists(wal));
  ASSERT_TRUE(std::filesystem::exists(shm));
  EXPECT_EQ(test::permissions(wal), "0600");
  EXPECT_EQ(test::permissions(shm), "0600");
}

TEST_F(UsageStoreTest, AnExistingFileOthersCanReadIsMadeOwnerOnly) {
  dir.write("usage.sqlite3", "");
  ASSERT_EQ(::chmod(file.c_str(), 0666), 0);
  auto store = UsageStore::open(file);
  ASSERT_TRUE(IsOk(store));
  EXPECT_EQ(test::permissions(file), "0600");
}

TEST_F(UsageStoreTest, TheJournalIsWalAndTheSchemaIsTheCurrentVersion) {
  UsageStore store = open_store();
  SqliteDatabase raw = test::raw_connection(file);
  auto journal = raw.text_of("PRAGMA journal_mode");
  ASSERT_TRUE(IsOk(journal));
  EXPECT_EQ(journal.value(), "wal");
  auto version = raw.number_of("PRAGMA user_version");
  ASSERT_TRUE(IsOk(version));
  EXPECT_EQ(version.value(), kUsageSchemaVersion);
  EXPECT_EQ(version.value(), 1);
  auto check = store.integrity_check();
  ASSERT_TRUE(IsOk(check));
  EXPECT_EQ(check.value(), "ok");
}

TEST_F(UsageStoreTest, ReopeningKeepsEveryCountAndDoesNotMigrateAgain) {
  {
    UsageStore store = open_store();
    ASSERT_TRUE(IsOk(store.add(line(kAda, "leeds", "2026-12-02", 2, {{"timer", 1}}))));
  }
  UsageStore store = open_store();
  EXPECT_EQ(all(store), amounts_of({line(kAda, "leeds", "2026-12-02", 2, {{"timer", 1}})}));
  auto version = test::raw_connection(file).number_of("PRAGMA user_version");
  ASSERT_TRUE(IsOk(version));
  EXPECT_EQ(version.value(), kUsageSchemaVersion);
}

TEST_F(UsageStoreTest, RepeatedLinesAreAddedTogether) {
  UsageStore store = open_store();
  ASSERT_TRUE(IsOk(store.add(line(kAda, "leeds", "2026-12-02", 1, {{"feelings", 1}}))));
  ASSERT_TRUE(IsOk(store.add(line(kAda, "leeds", "2026-12-02", 0, {{"feelings", 2}, {"timer", 1}}))));
  ASSERT_TRUE(IsOk(store.add(line(kAda, "leeds", "2026-12-02", 1))));
  auto counts = store.all_counts();
  ASSERT_TRUE(IsOk(counts));
  ASSERT_EQ(counts.value().size(), 1u);
  EXPECT_EQ(counts.value()[0], line(kAda, "leeds", "2026-12-02", 2, {{"feelings", 3}, {"timer", 1}}));
  EXPECT_EQ(unsent_total(store), 2 + 3 + 1);
}

TEST_F(UsageStoreTest, CountsAreKeptApartByPersonOrganisationAndDayAndListedInThatOrder) {
  UsageStore store = open_store();
  // Added out of order, to see the listing sort them.
  ASSERT_TRUE(IsOk(store.add(line("guest", "unknown", "2026-12-02", 1, {{"stick", 1}}))));
  ASSERT_TRUE(IsOk(store.add(line(kBo, "leeds", "2026-12-02", 1))));
  ASSERT_TRUE(IsOk(store.add(line(kAda, "york", "2026-12-02", 1, {{"timer", 2}}))));
  ASSERT_TRUE(IsOk(store.add(line(kAda, "leeds", "2026-12-03", 1))));
  ASSERT_TRUE(IsOk(store.add(line(kAda, "leeds", "2026-12-02", 3, {{"feelings", 1}}))));
  auto counts = store.all_counts();
  ASSERT_TRUE(IsOk(counts));
  EXPECT_EQ(counts.value(), (std::vector<UsageLine>{
                                line(kAda, "leeds", "2026-12-02", 3, {{"feelings", 1}}),
                                line(kAda, "leeds", "2026-12-03", 1),
                                line(kAda, "york", "2026-12-02", 1, {{"timer", 2}}),
                                line(kBo, "leeds", "2026-12-02", 1),
                                line("guest", "unknown", "2026-12-02", 1, {{"stick", 1}}),
                            }));
  EXPECT_EQ(unsent_total(store), 1 + 1 + 3 + 1 + 3 + 1 + 1);
  auto unsent_lines = store.unsent_counts();
  ASSERT_TRUE(IsOk(unsent_lines));
  EXPECT_EQ(unsent_lines.value(), counts.value()) << "nothing is sent yet";
}

TEST_F(UsageStoreTest, ALineWithNothingInItAddsNoRow) {
  UsageStore store = open_store();
  ASSERT_TRUE(IsOk(store.add(line(kAda, "leeds", "2026-12-02", 0, {{"feelings", 0}}))));
  ASSERT_TRUE(IsOk(store.add(line(kAda, "leeds", "2026-12-02", 0))));
  EXPECT_TRUE(test::stored_rows(file).empty());
  EXPECT_TRUE(all(store).empty());
  EXPECT_EQ(unsent_total(store), 0);
}

TEST_F(UsageStoreTest, AFreshStoreHasNothingToSend) {
  UsageStore store = open_store();
  EXPECT_EQ(unsent_total(store), 0);
  EXPECT_TRUE(all(store).empty());
  EXPECT_TRUE(waiting(store).empty());
  auto made = store.make_batches(kMaxLinesInBatch, ids.source());
  ASSERT_TRUE(IsOk(made));
  EXPECT_EQ(made.value(), 0);
  EXPECT_TRUE(ids.made().empty()) << "no id is taken for a batch that is not made";
}

// Five lines, one a day, with different amounts.
std::vector<UsageLine> five_days() {
  std::vector<UsageLine> lines;
  for (int day = 1; day <= 5; ++day)
    lines.push_back(line(kAda, "leeds", "2026-12-0" + std::to_string(day), day, {{"feelings", 2 * day}}));
  return lines;
}

TEST_F(UsageStoreTest, BatchesHoldAtMostMaxLinesAndBetweenThemExactlyTheCounts) {
  UsageStore store = open_store();
  const auto lines = five_days();
  for (const UsageLine& l : lines) ASSERT_TRUE(IsOk(store.add(l)));
  auto made = store.make_batches(2, ids.source());
  ASSERT_TRUE(IsOk(made));
  EXPECT_EQ(made.value(), 3);

  const auto batches = waiting(store);
  ASSERT_EQ(batches.size(), 3u);
  ASSERT_EQ(ids.made().size(), 3u);
  Amounts in_batches;
  std::vector<std::size_t> sizes;
  for (std::size_t i = 0; i < batches.size(); ++i) {
    EXPECT_EQ(batches[i].id, ids.made()[i]) << "oldest first, with the ids the function gave";
    const auto batch = usage_batch_from_json(batches[i].body);
    ASSERT_TRUE(IsOk(batch)) << batches[i].body;
    EXPECT_EQ(batch.value().id, batches[i].id) << "the body carries the batch's own id";
    sizes.push_back(batch.value().lines.size());
    test::add_amounts(in_batches, amounts_of(batch.value().lines));
  }
  EXPECT_EQ(sizes, (std::vector<std::size_t>{2, 2, 1}));
  EXPECT_EQ(in_batches, amounts_of(lines));
  EXPECT_EQ(unsent_total(store), total_of(amounts_of(lines))) << "batched is not sent";
}

TEST_F(UsageStoreTest, OneLineWithSeveralToolsIsOneLineOfABatch) {
  UsageStore store = open_store();
  ASSERT_TRUE(IsOk(store.add(line(kAda, "leeds", "2026-12-02", 1, {{"feelings", 1}, {"timer", 4}}))));
  ASSERT_TRUE(IsOk(store.add(line(kAda, "leeds", "2026-12-03", 1, {{"stick", 1}}))));
  auto made = store.make_batches(1, ids.source());
  ASSERT_TRUE(IsOk(made));
  EXPECT_EQ(made.value(), 2) << "a line is a person, organisation and day, not a measure";
}

TEST_F(UsageStoreTest, MakingBatchesAgainWithNothingNewMakesNone) {
  UsageStore store = open_store();
  for (const UsageLine& l : five_days()) ASSERT_TRUE(IsOk(store.add(l)));
  ASSERT_TRUE(IsOk(store.make_batches(2, ids.source())));
  const auto before = waiting(store);
  auto again = store.make_batches(2, ids.source());
  ASSERT_TRUE(IsOk(again));
  EXPECT_EQ(again.value(), 0);
  EXPECT_EQ(ids.made().size(), 3u);
  const auto after = waiting(store);
  ASSERT_EQ(after.size(), before.size());
  for (std::size_t i = 0; i < after.size(); ++i) {
    EXPECT_EQ(after[i].id, before[i].id);
    EXPECT_EQ(after[i].body, before[i].body);
  }
}

TEST_F(UsageStoreTest, CountsAddedAfterBatchingGoOnlyIntoALaterBatch) {
  UsageStore store = open_store();
  ASSERT_TRUE(IsOk(store.add(line(kAda, "leeds", "2026-12-02", 2, {{"feelings", 1}}))));
  ASSERT_TRUE(IsOk(store.make_batches(kMaxLinesInBatch, ids.source())));
  const std::string first_body = waiting(store).at(0).body;

  ASSERT_TRUE(IsOk(store.add(line(kAda, "leeds", "2026-12-02", 3))));
  ASSERT_TRUE(IsOk(store.add(line(kBo, "york", "2026-12-02", 1, {{"timer", 1}}))));
  auto made = store.make_batches(kMaxLinesInBatch, ids.source());
  ASSERT_TRUE(IsOk(made));
  EXPECT_EQ(made.value(), 1);

  const auto batches = waiting(store);
  ASSERT_EQ(batches.size(), 2u);
  EXPECT_EQ(batches[0].body, first_body) << "a batch made is never changed";
  EXPECT_EQ(amounts_in_body(batches[0].body),
            amounts_of({line(kAda, "leeds", "2026-12-02", 2, {{"feelings", 1}})}));
  EXPECT_EQ(
      amounts_in_body(batches[1].body),
      amounts_of({line(kAda, "leeds", "2026-12-02", 3), line(kBo, "york", "2026-12-02", 1, {{"timer", 1}})}))
      << "only what was added since";
}

TEST_F(UsageStoreTest, MarkSentTakesExactlyTheBatchsAmountsOffWhatIsUnsent) {
  UsageStore store = open_store();
  const auto lines = five_days();
  for (const UsageLine& l : lines) ASSERT_TRUE(IsOk(store.add(l)));
  ASSERT_TRUE(IsOk(store.make_batches(2, ids.source())));
  const auto batches = waiting(store);
  ASSERT_EQ(batches.size(), 3u);
  const long long before = unsent_total(store);
  const Amounts second = amounts_in_body(batches[1].body);
  ASSERT_FALSE(second.empty());

  ASSERT_TRUE(IsOk(store.mark_sent(batches[1].id)));
  EXPECT_EQ(unsent_total(store), before - total_of(second));
  const auto still_waiting = waiting(store);
  ASSERT_EQ(still_waiting.size(), 2u);
  EXPECT_EQ(still_waiting[0].id, batches[0].id);
  EXPECT_EQ(still_waiting[1].id, batches[2].id);

  Amounts expected_unsent = amounts_of(lines);
  for (const auto& [key, amount] : second)
    if ((expected_unsent[key] -= amount) == 0) expected_unsent.erase(key);
  EXPECT_EQ(unsent(store), expected_unsent);
  EXPECT_EQ(all(store), amounts_of(lines)) << "sent counts are still counts";
}

TEST_F(UsageStoreTest, EveryBatchSentLeavesNothingUnsent) {
  UsageStore store = open_store();
  for (const UsageLine& l : five_days()) ASSERT_TRUE(IsOk(store.add(l)));
  ASSERT_TRUE(IsOk(store.make_batches(2, ids.source())));
  for (const WaitingBatch& batch : waiting(store)) ASSERT_TRUE(IsOk(store.mark_sent(batch.id)));
  EXPECT_EQ(unsent_total(store), 0);
  EXPECT_TRUE(unsent(store).empty());
  EXPECT_TRUE(waiting(store).empty());
  for (const StoredCount& row : test::stored_rows(file)) {
    EXPECT_EQ(row.sent, row.count) << row.day << " " << row.what;
    EXPECT_EQ(row.batched, row.count) << row.day << " " << row.what;
  }
}

TEST_F(UsageStoreTest, MarkingTheSameBatchSentTwiceChangesNothing) {
  UsageStore store = open_store();
  for (const UsageLine& l : five_days()) ASSERT_TRUE(IsOk(store.add(l)));
  ASSERT_TRUE(IsOk(store.make_batches(2, ids.source())));
  const std::string first = waiting(store).at(0).id;
  ASSERT_TRUE(IsOk(store.mark_sent(first)));
  const long long after_once = unsent_total(store);
  const auto rows_once = test::stored_rows(file);

  EXPECT_TRUE(IsOk(store.mark_sent(first)));
  EXPECT_EQ(unsent_total(store), after_once);
  const auto rows_twice = test::stored_rows(file);
  ASSERT_EQ(rows_twice.size(), rows_once.size());
  for (std::size_t i = 0; i < rows_once.size(); ++i) EXPECT_EQ(rows_twice[i].sent, rows_once[i].sent) << i;

  // From another copy of the app, too.
  UsageStore other = open_store();
  EXPECT_TRUE(IsOk(other.mark_sent(first)));
  EXPECT_EQ(unsent_total(store), after_once);
}

TEST_F(UsageStoreTest, MarkingAnUnknownBatchSentChangesNothing) {
  UsageStore store = open_store();
  for (const UsageLine& l : five_days()) ASSERT_TRUE(IsOk(store.add(l)));
  ASSERT_TRUE(IsOk(store.make_batches(2, ids.source())));
  const long long before = unsent_total(store);
  EXPECT_TRUE(IsOk(store.mark_sent("ffffffffffffffffffffffffffffffff")));
  EXPECT_EQ(unsent_total(store), before);
  EXPECT_EQ(waiting(store).size(), 3u);
}

TEST_F(UsageStoreTest, ABatchAcknowledgedAfterMoreCountsArrivedSendsOnlyWhatItHeld) {
  UsageStore store = open_store();
  ASSERT_TRUE(IsOk(store.add(line(kAda, "leeds", "2026-12-02", 2))));
  ASSERT_TRUE(IsOk(store.make_batches(kMaxLinesInBatch, ids.source())));
  ASSERT_TRUE(IsOk(store.add(line(kAda, "leeds", "2026-12-02", 3))));
  ASSERT_TRUE(IsOk(store.mark_sent(ids.made().at(0))));
  EXPECT_EQ(unsent_total(store), 3);
  EXPECT_EQ(unsent(store), amounts_of({line(kAda, "leeds", "2026-12-02", 3)}));
}

TEST_F(UsageStoreTest, ARefusedBatchStaysUnsentAndIsNoLongerWaiting) {
  UsageStore store = open_store();
  for (const UsageLine& l : five_days()) ASSERT_TRUE(IsOk(store.add(l)));
  ASSERT_TRUE(IsOk(store.make_batches(2, ids.source())));
  const auto batches = waiting(store);
  const long long before = unsent_total(store);
  const Amounts unsent_before = unsent(store);

  ASSERT_TRUE(IsOk(store.mark_refused(batches[0].id)));
  EXPECT_EQ(unsent_total(store), before);
  EXPECT_EQ(unsent(store), unsent_before);
  const auto after = waiting(store);
  ASSERT_EQ(after.size(), 2u);
  EXPECT_EQ(after[0].id, batches[1].id);
  EXPECT_EQ(after[1].id, batches[2].id);

  // A late acknowledgement of a refused batch is not taken as sending it.
  EXPECT_TRUE(IsOk(store.mark_sent(batches[0].id)));
  EXPECT_EQ(unsent_total(store), before);
}

// "Anything to send" follows a count from being counted, through its batch, to sent or refused:
// refused counts stay unsent but can never go, so they leave nothing to send.
TEST_F(UsageStoreTest, ThereIsSomethingToSendUntilEveryBatchIsSentOrRefused) {
  UsageStore store = open_store();
  const auto to_send = [&] {
    auto read = store.unsent();
    EXPECT_TRUE(IsOk(read));
    return read ? read.value().to_send : false;
  };
  EXPECT_FALSE(to_send()) << "a fresh store";
  ASSERT_TRUE(IsOk(store.add(line(kAda, "leeds", "2026-12-02", 1, {{"timer", 1}}))));
  EXPECT_TRUE(to_send()) << "counted, not yet batched";
  ASSERT_TRUE(IsOk(store.make_batches(kMaxLinesInBatch, ids.source())));
  EXPECT_TRUE(to_send()) << "in a batch that waits";
  ASSERT_TRUE(IsOk(store.mark_sent(ids.made().at(0))));
  EXPECT_FALSE(to_send()) << "sent";
  EXPECT_EQ(store.unsent().value().total, 0);

  ASSERT_TRUE(IsOk(store.add(line(kBo, "leeds", "2026-12-02", 2))));
  ASSERT_TRUE(IsOk(store.make_batches(kMaxLinesInBatch, ids.source())));
  ASSERT_TRUE(IsOk(store.mark_refused(ids.made().at(1))));
  EXPECT_FALSE(to_send()) << "refused: it can never go";
  EXPECT_EQ(store.unsent().value().total, 2) << "but it is not sent";
}

TEST_F(UsageStoreTest, ABatchGivenANewIdWaitsInItsPlaceWithTheSameCounts) {
  UsageStore store = open_store();
  for (const UsageLine& l : five_days()) ASSERT_TRUE(IsOk(store.add(l)));
  ASSERT_TRUE(IsOk(store.make_batches(2, ids.source())));
  const auto batches = waiting(store);
  ASSERT_EQ(batches.size(), 3u);
  const long long before = unsent_total(store);
  const std::string renewed = "99999999999999999999999999999999";

  ASSERT_TRUE(IsOk(store.give_new_id(batches[0].id, renewed)));
  const auto after = waiting(store);
  ASSERT_EQ(after.size(), 3u);
  EXPECT_EQ(after[0].id, renewed) << "still first in line";
  EXPECT_EQ(amounts_in_body(after[0].body), amounts_in_body(batches[0].body));
  auto body = usage_batch_from_json(after[0].body);
  ASSERT_TRUE(IsOk(body));
  EXPECT_EQ(body.value().id, renewed) << "the body sent says the new id too";
  EXPECT_EQ(after[1].body, batches[1].body);
  EXPECT_EQ(unsent_total(store), before);

  // Acknowledging it under its new id sends its counts; the old id means nothing now.
  EXPECT_TRUE(IsOk(store.mark_sent(batches[0].id)));
  EXPECT_EQ(unsent_total(store), before);
  ASSERT_TRUE(IsOk(store.mark_sent(renewed)));
  EXPECT_EQ(unsent_total(store), before - total_of(amounts_in_body(batches[0].body)));
}

TEST_F(UsageStoreTest, ANewIdForABatchNoLongerWaitingChangesNothing) {
  UsageStore store = open_store();
  for (const UsageLine& l : five_days()) ASSERT_TRUE(IsOk(store.add(l)));
  ASSERT_TRUE(IsOk(store.make_batches(2, ids.source())));
  const auto batches = waiting(store);
  // Another copy of the app had it acknowledged in the meantime.
  UsageStore other = open_store();
  ASSERT_TRUE(IsOk(other.mark_sent(batches[0].id)));
  const long long before = unsent_total(store);

  EXPECT_TRUE(IsOk(store.give_new_id(batches[0].id, "99999999999999999999999999999999")));
  EXPECT_EQ(unsent_total(store), before);
  const auto after = waiting(store);
  ASSERT_EQ(after.size(), 2u);
  EXPECT_EQ(after[0].id, batches[1].id);
  EXPECT_EQ(test::batch_bodies(file, "sent"), std::vector<std::string>{batches[0].body});
}

TEST_F(UsageStoreTest, ManyCopiesOpeningANewStoreAtOnceAllGetIt) {
  // Two copies of the app started together each open the store twice (the screens' connection
  // and the sender's), on a file that may not exist yet: switching it to WAL then races, and
  // SQLite answers "locked" at once rather than waiting. Every open must still succeed.
  for (int round = 0; round < 20; ++round) {
    const std::filesystem::path fresh = dir.path() / ("fresh-" + std::to_string(round) + ".sqlite3");
    constexpr int kOpeners = 6;
    std::atomic<int> ready = 0;
    ThreadProblems problems;
    std::vector<std::thread> openers;
    for (int n = 0; n < kOpeners; ++n)
      openers.emplace_back([&] {
        ++ready;
        while (ready < kOpeners) std::this_thread::yield();
        auto opened = UsageStore::open(fresh);
        if (!opened) problems.note(opened.error());
      });
    for (std::thread& opener : openers) opener.join();
    ASSERT_TRUE(problems.none()) << "round " << round;
  }
}

TEST_F(UsageStoreTest, TwoConnectionsAddingAtOnceLoseNothing) {
  UsageStore first = open_store();
  UsageStore second = open_store();
  constexpr int kAddsEach = 500;
  ThreadProblems problems;
  const UsageLine shared = line("guest", "unknown", "2026-12-02", 1, {{"timer", 1}});
  auto adder = [&](UsageStore& store, const std::string& own_user) {
    for (int i = 0; i < kAddsEach; ++i) {
      if (auto added = store.add(shared); !added) problems.note(added.error());
      if (auto added = store.add(line(own_user, "leeds", "2026-12-02", 1)); !added)
        problems.note(added.error());
    }
  };
  std::thread a(adder, std::ref(first), kAda);
  std::thread b(adder, std::ref(second), kBo);
  a.join();
  b.join();
  EXPECT_TRUE(problems.none());
  EXPECT_EQ(all(first),
            amounts_of({line("guest", "unknown", "2026-12-02", 2 * kAddsEach, {{"timer", 2 * kAddsEach}}),
                        line(kAda, "leeds", "2026-12-02", kAddsEach),
                        line(kBo, "leeds", "2026-12-02", kAddsEach)}));
}

TEST_F(UsageStoreTest, TwoConnectionsBatchingAtOnceNeverPutACountIntoTwoBatches) {
  UsageStore first = open_store();
  UsageStore second = open_store();
  constexpr int kRounds = 200;
  ThreadProblems problems;
  auto worker = [&](UsageStore& store, const std::string& user) {
    for (int i = 0; i < kRounds; ++i) {
      const UsageLine added =
          line(user, "leeds", "2026-12-0" + std::to_string(1 + i % 9), 1, {{"feelings", 1 + i % 3}});
      if (auto done = store.add(added); !done) problems.note(done.error());
      // Both copies batch the same, shared counts.
      if (auto done = store.add(line("guest", "unknown", "2026-12-02", 1)); !done)
        problems.note(done.error());
      if (auto made = store.make_batches(3, random_hex_id); !made) problems.note(made.error());
    }
  };
  std::thread a(worker, std::ref(first), kAda);
  std::thread b(worker, std::ref(second), kBo);
  a.join();
  b.join();
  EXPECT_TRUE(problems.none());
  ASSERT_TRUE(IsOk(first.make_batches(3, random_hex_id)));  // whatever the last adds left

  Amounts expected;
  for (const std::string& user : {kAda, kBo})
    for (int i = 0; i < kRounds; ++i)
      test::add_line(expected, line(user, "leeds", "2026-12-0" + std::to_string(1 + i % 9), 1,
                                    {{"feelings", 1 + i % 3}}));
  test::add_line(expected, line("guest", "unknown", "2026-12-02", 2 * kRounds));
  EXPECT_EQ(all(first), expected);

  Amounts in_batches;
  std::set<std::string> batch_ids;
  const auto batches = waiting(first);
  for (const WaitingBatch& batch : batches) {
    EXPECT_TRUE(batch_ids.insert(batch.id).second) << "batch id " << batch.id << " used twice";
    test::add_amounts(in_batches, amounts_in_body(batch.body));
  }
  EXPECT_EQ(in_batches, expected) << "every count in exactly one batch";
  EXPECT_GT(batches.size(), 2u) << "batches were made along the way, not only at the end";
}

TEST_F(UsageStoreTest, SettingsAreKeptAndOutliveTheConnection) {
  {
    UsageStore store = open_store();
    auto missing = store.setting(kLastOrgSetting);
    ASSERT_TRUE(IsOk(missing));
    EXPECT_FALSE(missing.value().has_value());
    ASSERT_TRUE(IsOk(store.set_setting(kLastOrgSetting, "leeds")));
    ASSERT_TRUE(IsOk(store.set_setting(kLastOrgSetting, "york")));
    ASSERT_TRUE(IsOk(store.set_setting(kSyncUrlSetting, "https://kitbag.example.org/it's \"here\"")));
  }
  UsageStore store = open_store();
  auto org = store.setting(kLastOrgSetting);
  ASSERT_TRUE(IsOk(org));
  EXPECT_EQ(org.value(), std::optional<std::string>("york"));
  auto url = store.setting(kSyncUrlSetting);
  ASSERT_TRUE(IsOk(url));
  EXPECT_EQ(url.value(), std::optional<std::string>("https://kitbag.example.org/it's \"here\""));
  auto other = store.setting("never_set");
  ASSERT_TRUE(IsOk(other));
  EXPECT_FALSE(other.value().has_value());
}

// A store as a later version of the app might leave it: its own table, schema 99.
void make_newer_store(const std::filesystem::path& file, const std::string& journal_mode) {
  ASSERT_TRUE(IsOk(make_private_file(file)));
  SqliteDatabase raw = test::raw_connection(file);
  ASSERT_TRUE(IsOk(raw.text_of("PRAGMA journal_mode=" + journal_mode)));
  ASSERT_TRUE(IsOk(
      raw.exec("CREATE TABLE counts_v99 (anything TEXT); INSERT INTO counts_v99 VALUES ('from the future');"
               "PRAGMA user_version = 99;")));
  ASSERT_TRUE(IsOk(raw.text_of("PRAGMA wal_checkpoint(TRUNCATE)")));
}

TEST_F(UsageStoreTest, AStoreMadeByANewerVersionIsRefusedAndLeftByteForByte) {
  for (const char* journal : {"WAL", "DELETE"}) {
    std::filesystem::remove(file);
    make_newer_store(file, journal);
    const std::string before = test::file_bytes(file);
    ASSERT_GT(before.size(), 0u);
    UsageStore::Problem problem = UsageStore::Problem::None;
    auto store = UsageStore::open(file, &problem);
    ASSERT_FALSE(store.ok()) << journal;
    EXPECT_EQ(problem, UsageStore::Problem::Newer) << journal;
    EXPECT_TRUE(Contains(store.error(), "newer")) << journal;
    EXPECT_TRUE(Contains(store.error(), file.string())) << journal;
    EXPECT_TRUE(test::SameBytes(test::file_bytes(file), before)) << journal;
    auto version = test::raw_connection(file).number_of("PRAGMA user_version");
    ASSERT_TRUE(IsOk(version));
    EXPECT_EQ(version.value(), 99) << journal;
  }
}

TEST_F(UsageStoreTest, AFileThatIsNotADatabaseIsReportedDamagedAndLeftAsItWas) {
  for (const std::string& bytes :
       {test::random_bytes(16 * 1024, 7), test::random_bytes(4096 * 3 + 17, 8),
        std::string("these are not the counts you are looking for\n"), std::string(8192, '\0') + "x"}) {
    test::write_bytes(file, bytes);
    UsageStore::Problem problem = UsageStore::Problem::None;
    auto store = UsageStore::open(file, &problem);
    ASSERT_FALSE(store.ok()) << bytes.size() << " bytes";
    EXPECT_EQ(problem, UsageStore::Problem::Damaged) << store.error();
    EXPECT_TRUE(test::SameBytes(test::file_bytes(file), bytes)) << bytes.size() << " bytes";
  }
}

TEST_F(UsageStoreTest, ADamagedStoreWithCommitsInItsWalIsLeftAsItWasWalAndAll) {
  // A crash's leftovers: commits that are only in the -wal (copied from a live store after a
  // checkpoint and one more add), beside a main file whose first page is spoiled.
  TempDir live;
  const std::filesystem::path live_file = live.path() / "usage.sqlite3";
  {
    auto opened = UsageStore::open(live_file);
    ASSERT_TRUE(IsOk(opened));
    ASSERT_TRUE(IsOk(opened.value().add(line(kAda, "leeds", "2026-12-02", 1))));
    ASSERT_TRUE(IsOk(test::raw_connection(live_file).text_of("PRAGMA wal_checkpoint(TRUNCATE)")));
    ASSERT_TRUE(IsOk(opened.value().add(line(kAda, "leeds", "2026-12-02", 1))));
    std::filesystem::copy_file(live_file, file);
    std::filesystem::copy_file(live_file.string() + "-wal", file.string() + "-wal");
  }
  std::string bytes = test::file_bytes(file);
  for (std::size_t i = 0; i < 16; ++i) bytes[i] = 'x';  // "SQLite format 3" no more
  test::write_bytes(file, bytes);
  const std::string wal = test::file_bytes(file.string() + "-wal");
  ASSERT_GT(wal.size(), 0u);

  UsageStore::Problem problem = UsageStore::Problem::None;
  auto store = UsageStore::open(file, &problem);
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(problem, UsageStore::Problem::Damaged) << store.error();
  EXPECT_TRUE(test::SameBytes(test::file_bytes(file), bytes)) << "\"fails, touching nothing\"";
  ASSERT_TRUE(std::filesystem::exists(file.string() + "-wal"))
      << "the -wal, with the last commits, was deleted";
  EXPECT_TRUE(test::SameBytes(test::file_bytes(file.string() + "-wal"), wal));
}

TEST_F(UsageStoreTest, AStoreThatCannotBeCreatedIsAnOtherProblem) {
  dir.write("not-a-folder", "a file where a folder should be");
  UsageStore::Problem problem = UsageStore::Problem::None;
  auto store = UsageStore::open(dir.path() / "not-a-folder" / "usage.sqlite3", &problem);
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(problem, UsageStore::Problem::Other);
  EXPECT_TRUE(Contains(store.error(), "usage.sqlite3"));
}

}  // namespace
}  // namespace kitbag
