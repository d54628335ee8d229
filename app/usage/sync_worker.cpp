#include "app/usage/sync_worker.h"

#include <random>

#include "app/usage/secure_random.h"
#include "app/usage/usage_store.h"

namespace kitbag {

SyncWorker::SyncWorker(std::filesystem::path store_file, std::optional<CollectorUrl> collector,
                       std::unique_ptr<BatchUploader> uploader, SyncOptions options,
                       std::function<void()> changed)
    : store_file_(std::move(store_file)),
      uploader_(std::move(uploader)),
      options_(options),
      collector_(std::move(collector)),
      changed_(std::move(changed)),
      thread_([this] { run(); }) {}

SyncWorker::~SyncWorker() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  uploader_->cancel();
  wake_.notify_all();
  thread_.join();
}

void SyncWorker::counts_changed() {
  {
    std::lock_guard lock(mutex_);
    work_waiting_ = true;
  }
  wake_.notify_all();
}

void SyncWorker::send_now() {
  {
    std::lock_guard lock(mutex_);
    work_waiting_ = true;
    try_now_ = true;
  }
  wake_.notify_all();
}

void SyncWorker::set_collector(std::optional<CollectorUrl> collector) {
  {
    std::lock_guard lock(mutex_);
    collector_ = std::move(collector);
  }
  send_now();
}

void SyncWorker::set_changed_callback(std::function<void()> changed) {
  // Taken while the callback runs too: once this returns, the old callback is never called again,
  // so whatever it pointed at (a window) can go.
  std::lock_guard calling(callback_mutex_);
  changed_ = std::move(changed);
}

SyncStatus SyncWorker::status() const {
  std::lock_guard lock(mutex_);
  return status_;
}

void SyncWorker::publish(const SyncStatus& status) {
  {
    std::lock_guard lock(mutex_);
    if (status == status_) return;
    status_ = status;
  }
  std::lock_guard calling(callback_mutex_);
  if (changed_) changed_();
}

// One look at the store: batch what is new and send what waits, oldest first. Returns when to
// try again after a failure, or nothing when all went (or there was nothing to send).
std::optional<std::chrono::steady_clock::time_point> SyncWorker::one_round(UsageStore& store,
                                                                           const CollectorUrl& collector,
                                                                           SyncStatus& status,
                                                                           int& failures) {
  static thread_local std::mt19937 random(std::random_device{}());
  if (auto made = store.make_batches(options_.lines_per_batch, random_hex_id); !made)
    status.problem = made.error();
  auto waiting = store.waiting_batches();
  if (!waiting) {
    status.problem = waiting.error();
    return std::nullopt;
  }
  // Only a round with something to send says "Sending": a look that finds nothing leaves the
  // status as it was, and an idle app asleep.
  if (waiting.value().empty()) return std::nullopt;
  status.state = SyncStatus::State::Sending;
  publish(status);
  for (const WaitingBatch& batch : waiting.value()) {
    {
      std::lock_guard lock(mutex_);
      if (stopping_) return std::nullopt;
    }
    const UploadResult result = uploader_->send(collector, batch);
    const auto wait_after_failure = [&] {
      ++failures;
      return std::chrono::steady_clock::now() +
             options_.backoff.delay(failures, std::uniform_real_distribution<double>(0, 1)(random));
    };
    if (result.outcome == UploadResult::Outcome::Failed) {
      status.problem = result.detail;
      return wait_after_failure();
    }
    if (result.outcome == UploadResult::Outcome::IdTaken) {
      // Resent under a new id after the usual wait, so a collector that answers 409 to everything
      // is not asked again and again.
      const Status renewed = store.give_new_id(batch.id, random_hex_id());
      status.problem = renewed ? "the collector already had other counts under the same batch id, so they "
                                 "go again under a new one"
                               : renewed.error();
      return wait_after_failure();
    }
    failures = 0;
    const Status marked = result.outcome == UploadResult::Outcome::Stored ? store.mark_sent(batch.id)
                                                                          : store.mark_refused(batch.id);
    if (!marked) status.problem = marked.error();
    if (result.outcome == UploadResult::Outcome::Refused)
      status.problem =
          "The collector refused a batch of counts (" + result.detail + "); they stay on this device.";
    else
      ++status.batches_sent;
  }
  return std::nullopt;
}

void SyncWorker::run() {
  SyncStatus status;
  std::optional<UsageStore> store;
  int failures = 0;
  std::optional<std::chrono::steady_clock::time_point> retry_at;
  // Say at once what waits, and whether there is anywhere to send it, so the settings screen
  // never has to say "not looked yet" for long; the network waits for the first look.
  if (auto opened = UsageStore::open(store_file_)) {
    store.emplace(std::move(opened).value());
    const auto unsent = store->unsent_total();
    if (unsent) status.unsent = unsent.value();
    bool no_address;
    {
      std::lock_guard lock(mutex_);
      no_address = !collector_;
    }
    if (no_address)
      status.state = SyncStatus::State::NoAddress;
    else if (unsent && unsent.value() == 0)
      status.state = SyncStatus::State::Sent;  // the collector has acknowledged every count there is
    publish(status);
  }
  std::unique_lock lock(mutex_);
  wake_.wait_for(lock, options_.first_look, [&] { return stopping_ || try_now_; });
  while (!stopping_) {
    const std::optional<CollectorUrl> collector = collector_;
    const bool forced = try_now_;
    try_now_ = false;
    work_waiting_ = false;
    lock.unlock();

    if (!store) {
      auto opened = UsageStore::open(store_file_);
      if (opened)
        store.emplace(std::move(opened).value());
      else
        status.problem = opened.error();
    }
    if (!store) {
      status.state = SyncStatus::State::Unavailable;
    } else if (!collector) {
      status.state = SyncStatus::State::NoAddress;
      retry_at.reset();
      status.retry_at.reset();
    } else if (!retry_at || forced || std::chrono::steady_clock::now() >= *retry_at) {
      status.problem.clear();
      retry_at = one_round(*store, *collector, status, failures);
      // Another copy of the app may have counted while this round was sending, without a word
      // to this one: that goes too before this copy says "All sent" of the store they share.
      // A few rounds at most, so a store that cannot batch does not keep the worker spinning.
      for (int more = 0; !retry_at && more < 3; ++more) {
        const auto left = store->unsent();
        if (!left || !left.value().to_send) break;
        retry_at = one_round(*store, *collector, status, failures);
      }
      status.retry_at = retry_at;
      status.state = retry_at ? SyncStatus::State::WillRetry : SyncStatus::State::Sent;
    }
    if (store)
      if (auto unsent = store->unsent()) status.unsent = unsent.value().total;
    publish(status);

    lock.lock();
    // Counts saved while a round ran set work_waiting_ again, so they go in the next round at
    // once; during a wait after a failure they simply join the retry.
    const auto woken = [&] { return stopping_ || try_now_ || (work_waiting_ && !retry_at); };
    if (retry_at)
      wake_.wait_until(lock, *retry_at, woken);
    else
      wake_.wait(lock, woken);
  }
}

}  // namespace kitbag
