// A writer process killed with SIGKILL at random points, fifty times over on one store, loses no
// count it had committed and leaves a file that passes SQLite's integrity check, with every
// count's batched and sent parts still adding up.
#include <gtest/gtest.h>
#include <signal.h>

#include <chrono>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "app/usage/usage_store.h"
#include "platform/fakes/temp_dir.h"
#include "tests/support/process.h"
#include "tests/usage/store_checks.h"

namespace kitbag {
namespace {

using test::Amounts;
using test::IsOk;

// The last whole line the writer printed (its running total of committed sessions); 0 for none.
// A line cut short by the kill is not counted. Each line must be one more than the one before.
long long last_total(const std::string& out, int run) {
  long long expected = 1;
  std::size_t start = 0;
  for (std::size_t end; (end = out.find('\n', start)) != std::string::npos; start = end + 1, ++expected) {
    const std::string text = out.substr(start, end - start);
    EXPECT_EQ(text, std::to_string(expected)) << "run " << run << " printed out of turn";
    if (text != std::to_string(expected)) return expected - 1;
  }
  return expected - 1;
}

TEST(UsageStoreKill, AWriterKilledFiftyTimesLosesNoCommittedCountAndLeavesAnIntactStore) {
  TempDir dir;
  const auto file = dir.path() / "usage.sqlite3";
  std::mt19937 random(20261202);  // seeded: a failure can be run again the same way
  std::uniform_int_distribution<int> delay_ms(5, 150);
  const std::vector<std::string> days = {"2026-12-01", "2026-12-02", "2026-12-03"};
  constexpr int kRuns = 50;

  long long printed = 0;
  for (int run = 0; run < kRuns; ++run) {
    test::BackgroundProcess writer({KITBAG_USAGE_WRITER, file.string(), days[run % days.size()]});
    // Most runs are killed a while after their first commit; every fifth from its start, inside
    // opening the store, WAL recovery after the last kill, or the first transaction.
    if (run % 5 != 0) writer.wait_for_output("\n", std::chrono::seconds(10));
    std::this_thread::sleep_for(std::chrono::milliseconds(delay_ms(random)));
    writer.send_signal(SIGKILL);
    const test::ProcessResult ended = writer.wait(std::chrono::seconds(10));
    ASSERT_EQ(ended.signal, SIGKILL) << "run " << run << " ended by itself (exit " << ended.exit_code
                                     << "): " << ended.err;
    printed += last_total(ended.out, run);
  }

  auto opened = UsageStore::open(file);
  ASSERT_TRUE(IsOk(opened));
  UsageStore& store = opened.value();
  auto check = store.integrity_check();
  ASSERT_TRUE(IsOk(check));
  EXPECT_EQ(check.value(), "ok");

  auto counts = store.all_counts();
  ASSERT_TRUE(IsOk(counts));
  const Amounts all = test::amounts_of(counts.value());
  const long long sessions = test::measure_total(all, std::string(kSessionsMeasure));
  RecordProperty("sessions_committed", std::to_string(sessions));
  RecordProperty("sessions_printed", std::to_string(printed));
  ASSERT_GT(printed, kRuns) << "the writer hardly wrote: the test proves little";
  // An add can commit and be killed before it prints: at most one such add a run.
  EXPECT_GE(sessions, printed) << "a count the writer had committed is lost";
  EXPECT_LE(sessions, printed + kRuns);
  EXPECT_EQ(test::measure_total(all, "feelings"), sessions)
      << "a line's session and tool open are one commit";

  // Every count's parts still add up, and the batches hold exactly the batched and sent parts.
  Amounts batched, sent;
  for (const StoredCount& row : test::stored_rows(file)) {
    EXPECT_GE(row.count, row.batched) << row.day << " " << row.what;
    EXPECT_GE(row.batched, row.sent) << row.day << " " << row.what;
    EXPECT_GE(row.sent, 0) << row.day << " " << row.what;
    batched[{row.user, row.org, row.day, row.what}] = row.batched;
    sent[{row.user, row.org, row.day, row.what}] = row.sent;
  }
  Amounts in_sent_batches, in_all_batches;
  for (const std::string& body : test::batch_bodies(file, "sent")) {
    test::add_amounts(in_sent_batches, test::amounts_in_body(body));
    test::add_amounts(in_all_batches, test::amounts_in_body(body));
  }
  for (const std::string& body : test::batch_bodies(file, "waiting"))
    test::add_amounts(in_all_batches, test::amounts_in_body(body));
  std::erase_if(batched, [](const auto& entry) { return entry.second == 0; });
  std::erase_if(sent, [](const auto& entry) { return entry.second == 0; });
  EXPECT_EQ(in_all_batches, batched) << "a batch and the counts it holds are made in one commit";
  EXPECT_EQ(in_sent_batches, sent) << "a batch is marked sent and its counts sent in one commit";
  EXPECT_GT(test::total_of(sent), 0) << "the kills should have landed among acknowledgements too";
}

}  // namespace
}  // namespace kitbag
