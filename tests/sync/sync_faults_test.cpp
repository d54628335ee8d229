// The app's sender (SyncWorker over HttpBatchUploader) and a real collector on loopback, with a
// proxy between them that loses replies, fails after storing, delivers twice, refuses for a
// while, hangs, or finds the batch's ID taken: whatever happens, once the device says "sent"
// the collector holds exactly the device's counts, each once.
#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "app/usage/batch_uploader.h"
#include "app/usage/sync_worker.h"
#include "app/usage/usage_store.h"
#include "platform/fakes/temp_dir.h"
#include "tests/server/collector_fixture.h"
#include "tests/sync/fault_proxy.h"
#include "tests/usage/store_checks.h"

namespace kitbag {
namespace {

using namespace std::chrono_literals;
using collector::test::RunningCollector;
using test::Amounts;
using test::amounts_of;
using test::Fault;
using test::FaultProxy;
using test::IsOk;

// Fast enough for a test, with the app's own doubling and jitter.
SyncOptions quick_options() {
  SyncOptions options;
  options.backoff.first = 20ms;
  options.backoff.cap = 200ms;
  options.lines_per_batch = 3;  // several batches, so faults land on different ones
  options.first_look = 0ms;
  return options;
}

CollectorUrl url_of(const std::string& text) {
  auto url = parse_collector_url(text);
  if (!url) throw std::runtime_error(url.error());
  return url.value();
}

std::string user_id(int n) {
  char id[33];
  std::snprintf(id, sizeof id, "%032x", 0xada000 + n);
  return id;
}

class SyncFaultsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto opened = UsageStore::open(file);
    ASSERT_TRUE(IsOk(opened));
    store.emplace(std::move(opened).value());
  }

  // Ten people's sessions over several days, some as guests, with tools opened.
  void count_a_fortnight() {
    for (int n = 0; n < 10; ++n) {
      const std::string user = n % 4 == 3 ? std::string(kGuestUser) : user_id(n);
      const std::string day = "2026-11-" + std::to_string(10 + n);
      ASSERT_TRUE(IsOk(store->add({user, n % 2 ? "leeds" : "barnsley-metropolitan-borough-council", day, 1 + n % 3,
                                   {{"feelings", n}, {"journey", 1}}})));
    }
  }

  void start_worker(const std::optional<CollectorUrl>& address, SyncOptions options = quick_options(),
                    std::unique_ptr<BatchUploader> uploader = std::make_unique<HttpBatchUploader>()) {
    worker.emplace(file, address, std::move(uploader), options, [this] {
      std::lock_guard lock(mutex);
      ++changes;
      changed.notify_all();
    });
  }

  // Waits (at most `limit`) for a status `done` accepts, and returns the last one seen.
  template <class Done>
  SyncStatus wait_for(Done done, std::chrono::seconds limit = 30s) {
    std::unique_lock lock(mutex);
    changed.wait_for(lock, limit, [&] { return done(worker->status()); });
    return worker->status();
  }

  SyncStatus wait_until_all_sent() {
    return wait_for([](const SyncStatus& s) { return s.state == SyncStatus::State::Sent && s.unsent == 0; });
  }

  Amounts on_device() {
    auto counts = store->all_counts();
    EXPECT_TRUE(IsOk(counts));
    return counts ? amounts_of(counts.value()) : Amounts{};
  }

  Amounts at_collector() {
    auto stored = collector::CollectorStore::open_read_only(collector.db_path());
    EXPECT_TRUE(IsOk(stored));
    if (!stored) return {};
    auto lines = stored.value()->lines();
    EXPECT_TRUE(IsOk(lines));
    return lines ? amounts_of(lines.value()) : Amounts{};
  }

  TempDir dir;
  std::filesystem::path file = dir.path() / "usage.sqlite3";
  std::optional<UsageStore> store;
  RunningCollector collector;
  std::optional<FaultProxy> proxy;  // between the worker and the collector, when a test puts one

  std::mutex mutex;
  std::condition_variable changed;
  int changes = 0;
  std::optional<SyncWorker> worker;  // last: stopped before what it uses goes
};

TEST_F(SyncFaultsTest, WithNothingInTheWayEveryCountArrivesOnce) {
  count_a_fortnight();
  proxy.emplace(collector.port(), std::vector<Fault>{});
  start_worker(url_of(proxy->url()));

  const SyncStatus status = wait_until_all_sent();
  EXPECT_EQ(status.state, SyncStatus::State::Sent) << status.problem;
  EXPECT_EQ(status.unsent, 0);
  EXPECT_EQ(status.batches_sent, 4);  // 10 lines, 3 to a batch
  EXPECT_EQ(at_collector(), on_device());
  EXPECT_FALSE(on_device().empty());
}

class EachFault : public SyncFaultsTest, public ::testing::WithParamInterface<Fault> {};

TEST_P(EachFault, TheCollectorEndsWithTheDevicesTotalsExactly) {
  count_a_fortnight();
  // Each batch meets the fault once, and the first batch twice running.
  const Fault fault = GetParam();
  proxy.emplace(collector.port(), std::vector<Fault>{fault, fault, Fault::None, fault, Fault::None, fault});
  start_worker(url_of(proxy->url()));

  const SyncStatus status = wait_until_all_sent();
  ASSERT_EQ(status.state, SyncStatus::State::Sent) << status.problem;
  EXPECT_EQ(status.unsent, 0);
  EXPECT_EQ(at_collector(), on_device());
  // A delivery twice over is answered "already stored", which is as good as stored: 4 batches,
  // 4 requests. Every other fault is a failure followed by a resend of the same batch.
  const bool fails = fault != Fault::DeliverTwice;
  const std::vector<Fault> met = proxy->met();
  EXPECT_EQ(std::count(met.begin(), met.end(), fault), fails ? 4 : 3);
  EXPECT_EQ(met.size(), fails ? 8u : 4u);
}

INSTANTIATE_TEST_SUITE_P(Faults, EachFault,
                         ::testing::Values(Fault::DropReply, Fault::ErrorAfterStoring, Fault::DeliverTwice,
                                           Fault::UnavailableBefore),
                         [](const auto& fault_info) {
                           switch (fault_info.param) {
                             case Fault::DropReply: return std::string("DroppedReplies");
                             case Fault::ErrorAfterStoring: return std::string("ServerErrorsAfterStoring");
                             case Fault::DeliverTwice: return std::string("DuplicateDeliveries");
                             default: return std::string("UnavailableForAWhile");
                           }
                         });

TEST_F(SyncFaultsTest, EveryFaultMixedTogetherStillEndsWithTheDevicesTotals) {
  count_a_fortnight();
  proxy.emplace(collector.port(), std::vector<Fault>{Fault::DropReply, Fault::DeliverTwice, Fault::ErrorAfterStoring,
                                      Fault::UnavailableBefore, Fault::DropReply, Fault::ErrorAfterStoring});
  start_worker(url_of(proxy->url()));
  ASSERT_EQ(wait_until_all_sent().state, SyncStatus::State::Sent);

  // More counts after the first round go in a later batch, through the same faults.
  ASSERT_TRUE(IsOk(store->add({user_id(1), "leeds", "2026-11-30", 2, {{"stick", 3}}})));
  worker->counts_changed();
  const SyncStatus status = wait_for([](const SyncStatus& s) {
    return s.batches_sent == 5 && s.state == SyncStatus::State::Sent && s.unsent == 0;
  });
  ASSERT_EQ(status.batches_sent, 5) << status.problem;
  EXPECT_EQ(at_collector(), on_device());
}

TEST_F(SyncFaultsTest, ABatchWhoseIdIsTakenIsSentUnderANewIdAndNothingIsMixedUp) {
  count_a_fortnight();
  proxy.emplace(collector.port(), std::vector<Fault>{Fault::IdTakenBefore});
  start_worker(url_of(proxy->url()));

  const SyncStatus status = wait_until_all_sent();
  ASSERT_EQ(status.state, SyncStatus::State::Sent) << status.problem;
  const auto impostors = proxy->impostor_lines();
  ASSERT_EQ(impostors.size(), 1u) << "the proxy did not get other counts in first";
  // The collector holds the device's counts and, apart from them, the other device's.
  Amounts expected = on_device();
  test::add_amounts(expected, amounts_of(impostors));
  EXPECT_EQ(at_collector(), expected);
  EXPECT_EQ(proxy->met().size(), 5u) << "4 batches, one of them twice";
}

TEST_F(SyncFaultsTest, AllSentIsSaidOnlyOnceTheCollectorHasEverything) {
  count_a_fortnight();
  proxy.emplace(collector.port(), std::vector<Fault>(6, Fault::UnavailableBefore));
  start_worker(url_of(proxy->url()));

  const SyncStatus failing = wait_for([](const SyncStatus& s) { return s.state == SyncStatus::State::WillRetry; });
  EXPECT_EQ(failing.state, SyncStatus::State::WillRetry);
  EXPECT_GT(failing.unsent, 0);
  EXPECT_NE(failing.problem.find("not taking counts now"), std::string::npos) << failing.problem;
  EXPECT_TRUE(failing.retry_at.has_value());
  EXPECT_EQ(wait_until_all_sent().state, SyncStatus::State::Sent);
  EXPECT_EQ(at_collector(), on_device());
}

TEST_F(SyncFaultsTest, WithNoCollectorSetItSaysSoAtOnceAndSendsNothing) {
  count_a_fortnight();
  SyncOptions options = quick_options();
  options.first_look = 60s;  // the answer must not wait for the first look at the network
  start_worker(std::nullopt, options);

  const SyncStatus status =
      wait_for([](const SyncStatus& s) { return s.state == SyncStatus::State::NoAddress; }, 10s);
  EXPECT_EQ(status.state, SyncStatus::State::NoAddress);
  EXPECT_EQ(status.unsent, test::total_of(on_device()));
  EXPECT_TRUE(at_collector().empty());
}

TEST_F(SyncFaultsTest, ALookThatFindsNothingNewWakesNobody) {
  count_a_fortnight();
  start_worker(std::nullopt);
  ASSERT_EQ(wait_for([](const SyncStatus& s) { return s.state == SyncStatus::State::NoAddress; }).state,
            SyncStatus::State::NoAddress);
  const auto changes_now = [this] {
    std::lock_guard lock(mutex);
    return changes;
  };
  const int at_start = changes_now();

  // A look with nothing new: an idle app must stay asleep, so no call. (On a slow machine the
  // look may come late and merge with the next one; then this passes without proving much.)
  worker->send_now();
  std::this_thread::sleep_for(200ms);
  EXPECT_EQ(changes_now(), at_start);

  // A new count is news: the number waiting changes.
  ASSERT_TRUE(IsOk(store->add({user_id(1), "leeds", "2026-12-01", 1, {}})));
  worker->counts_changed();
  const long long waiting = test::total_of(on_device());
  EXPECT_EQ(wait_for([&](const SyncStatus& s) { return s.unsent == waiting; }).unsent, waiting);
  EXPECT_EQ(changes_now(), at_start + 1);
}

TEST_F(SyncFaultsTest, WithEverythingSentALookWakesNobodyEither) {
  count_a_fortnight();
  proxy.emplace(collector.port(), std::vector<Fault>{});
  start_worker(url_of(proxy->url()));
  ASSERT_EQ(wait_until_all_sent().state, SyncStatus::State::Sent);
  const auto changes_now = [this] {
    std::lock_guard lock(mutex);
    return changes;
  };
  const int at_rest = changes_now();
  const std::size_t requests = proxy->met().size();

  worker->send_now();  // a look with nothing to send: no request, no "Sending", no call
  std::this_thread::sleep_for(200ms);
  EXPECT_EQ(changes_now(), at_rest);
  EXPECT_EQ(proxy->met().size(), requests);
  EXPECT_EQ(worker->status().state, SyncStatus::State::Sent);
}

TEST_F(SyncFaultsTest, AnAddressSetLaterSendsEverythingThatWaited) {
  count_a_fortnight();
  start_worker(std::nullopt);
  ASSERT_EQ(wait_for([](const SyncStatus& s) { return s.state == SyncStatus::State::NoAddress; }).state,
            SyncStatus::State::NoAddress);
  proxy.emplace(collector.port(), std::vector<Fault>{});
  worker->set_collector(url_of(proxy->url()));
  EXPECT_EQ(wait_until_all_sent().state, SyncStatus::State::Sent);
  EXPECT_EQ(at_collector(), on_device());
}

TEST_F(SyncFaultsTest, AHungSendLeavesCountingFreeAndClosingQuick) {
  count_a_fortnight();
  proxy.emplace(collector.port(), std::vector<Fault>{Fault::Hang});
  start_worker(url_of(proxy->url()));
  ASSERT_EQ(wait_for([](const SyncStatus& s) { return s.state == SyncStatus::State::Sending; }).state,
            SyncStatus::State::Sending);
  for (int waited = 0; proxy->met().empty() && waited < 2000; ++waited) std::this_thread::sleep_for(5ms);
  ASSERT_FALSE(proxy->met().empty()) << "the send never reached the proxy";

  // While the collector says nothing, the app still counts and asks for the status freely.
  for (int n = 0; n < 20; ++n) {
    ASSERT_TRUE(IsOk(store->add({user_id(50), "leeds", "2026-12-01", 1, {}})));
    worker->counts_changed();
    EXPECT_EQ(worker->status().state, SyncStatus::State::Sending);
  }
  // Closing the app cancels the send rather than waiting out the uploader's 15 s read timeout.
  const auto before = std::chrono::steady_clock::now();
  worker.reset();
  EXPECT_LT(std::chrono::steady_clock::now() - before, 5s);
  EXPECT_TRUE(at_collector().empty());

  // Nothing was acknowledged, so the next run sends it all.
  proxy.emplace(collector.port(), std::vector<Fault>{});
  start_worker(url_of(proxy->url()));
  EXPECT_EQ(wait_until_all_sent().state, SyncStatus::State::Sent);
  EXPECT_EQ(at_collector(), on_device());
}

TEST_F(SyncFaultsTest, AnUnreachableCollectorIsRetriedAndSaidInWords) {
  count_a_fortnight();
  // A port bound but not listening: connecting is refused, and nothing else can take the port.
  const int held = ::socket(AF_INET, SOCK_STREAM, 0);
  ASSERT_GE(held, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  ASSERT_EQ(::bind(held, reinterpret_cast<sockaddr*>(&address), sizeof address), 0);
  socklen_t size = sizeof address;
  ::getsockname(held, reinterpret_cast<sockaddr*>(&address), &size);
  const int free_port = ntohs(address.sin_port);
  start_worker(url_of("http://127.0.0.1:" + std::to_string(free_port)));
  const SyncStatus status = wait_for([](const SyncStatus& s) { return s.state == SyncStatus::State::WillRetry; });
  EXPECT_EQ(status.state, SyncStatus::State::WillRetry);
  EXPECT_NE(status.problem.find("could not reach http://127.0.0.1:" + std::to_string(free_port)), std::string::npos)
      << status.problem;
  EXPECT_EQ(status.unsent, test::total_of(on_device()));
  worker.reset();
  ::close(held);
}

TEST_F(SyncFaultsTest, A409ThatIsNotTheCollectorsIsAFailureAndTheBatchKeepsItsId) {
  count_a_fortnight();
  proxy.emplace(collector.port(), std::vector<Fault>{Fault::ForeignConflict, Fault::ForeignConflict});
  start_worker(url_of(proxy->url()));

  const SyncStatus status = wait_until_all_sent();
  ASSERT_EQ(status.state, SyncStatus::State::Sent) << status.problem;
  EXPECT_EQ(at_collector(), on_device());
  const std::vector<std::string> ids = proxy->batch_ids();
  ASSERT_EQ(ids.size(), 6u) << "4 batches, the first sent three times";
  EXPECT_EQ(ids[0], ids[1]);
  EXPECT_EQ(ids[1], ids[2]) << "resent as it was, not under a new id";
}

// Sends over HTTP, but first lets another copy of the app count, on its own connection to the
// same store and without a word to this worker: counting that lands while a batch is on its way.
class AnotherCopyCountsMidSend final : public BatchUploader {
 public:
  AnotherCopyCountsMidSend(std::filesystem::path file, int sends_with_counting)
      : file_(std::move(file)), left_(sends_with_counting) {}
  UploadResult send(const CollectorUrl& collector, const WaitingBatch& batch) override {
    if (left_ > 0) {
      --left_;
      auto other = UsageStore::open(file_);
      if (!other || !other.value().add({user_id(90 + left_), "leeds", "2026-12-04", 1, {{"timer", 2}}}))
        return {UploadResult::Outcome::Failed, "the other copy could not count"};
    }
    return http_.send(collector, batch);
  }
  void cancel() override { http_.cancel(); }

 private:
  std::filesystem::path file_;
  int left_;
  HttpBatchUploader http_;
};

// "All sent" is said of the whole store: what another copy counted while this one was sending
// goes too, before this copy says so (it once stayed "Saved on this device" for good).
TEST_F(SyncFaultsTest, CountsAnotherCopyMadeDuringASendGoBeforeAllSentIsSaid) {
  count_a_fortnight();
  start_worker(url_of("http://127.0.0.1:" + std::to_string(collector.port())), quick_options(), std::make_unique<AnotherCopyCountsMidSend>(file, 2));

  const SyncStatus status = wait_until_all_sent();
  EXPECT_EQ(status.state, SyncStatus::State::Sent) << status.problem;
  EXPECT_EQ(status.unsent, 0);
  EXPECT_EQ(at_collector(), on_device());
  EXPECT_EQ(test::measure_total(on_device(), "timer"), 4) << "both of the other copy's counts are on the device";
}

}  // namespace
}  // namespace kitbag
