// Sends the device's unsent counts to the collector in the background, so the UI never waits
// on a network: batches are made and sent oldest first, a failure waits (doubling, capped,
// jittered) before trying again, and a batch is only marked sent once the collector says so.
// It keeps its own connection to the store, so the UI thread's counting never waits on it.
#pragma once

#include <chrono>
#include <condition_variable>
#include <filesystem>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include "app/core/usage/collector_url.h"
#include "app/core/usage/retry_backoff.h"
#include "app/usage/batch_uploader.h"

namespace kitbag {

struct SyncStatus {
  enum class State {
    Starting,   // not looked yet
    NoAddress,  // no collector is set: counts stay on this device
    Sending,
    Sent,        // everything counted is with the collector
    WillRetry,   // the last try failed; another comes at `retry_at`
    Unavailable  // the store cannot be used
  };
  State state = State::Starting;
  long long unsent = 0;  // counts on this device not yet acknowledged
  std::string problem;   // the last failure or refusal, in words
  std::optional<std::chrono::steady_clock::time_point> retry_at;
  int batches_sent = 0;  // in this run, for the settings screen
  bool operator==(const SyncStatus&) const = default;
};

struct SyncOptions {
  RetryBackoff backoff;
  std::size_t lines_per_batch = 200;
  // The first look waits this long, so start-up is not shared with the network.
  std::chrono::milliseconds first_look{1500};
};

class SyncWorker {
 public:
  // `changed` is called from the worker's thread whenever the status changes (to wake the UI),
  // and only then: a look that finds nothing new leaves an idle app asleep.
  SyncWorker(std::filesystem::path store_file, std::optional<CollectorUrl> collector,
             std::unique_ptr<BatchUploader> uploader, SyncOptions options,
             std::function<void()> changed = {});
  ~SyncWorker();  // stops at once, cancelling a send in progress
  SyncWorker(const SyncWorker&) = delete;
  SyncWorker& operator=(const SyncWorker&) = delete;

  // New counts were saved: send them when the next try is due.
  void counts_changed();
  // Try now, whatever the wait (the "Send now" button, or the address changed).
  void send_now();
  void set_collector(std::optional<CollectorUrl> collector);
  void set_changed_callback(std::function<void()> changed);

  SyncStatus status() const;

 private:
  void run();
  void publish(const SyncStatus& status);
  std::optional<std::chrono::steady_clock::time_point> one_round(class UsageStore& store,
                                                                 const CollectorUrl& collector,
                                                                 SyncStatus& status, int& failures);

  const std::filesystem::path store_file_;
  std::unique_ptr<BatchUploader> uploader_;
  const SyncOptions options_;

  mutable std::mutex mutex_;
  std::condition_variable wake_;
  std::optional<CollectorUrl> collector_;
  std::mutex callback_mutex_;
  std::function<void()> changed_;  // guarded by callback_mutex_
  SyncStatus status_;
  bool work_waiting_ = true;
  bool try_now_ = false;
  bool stopping_ = false;
  std::thread thread_;  // last: started once everything above exists
};

}  // namespace kitbag
