// Sending one batch to the collector, and what came of it: stored (now or on an earlier try),
// refused for good (the collector will never take this content), its ID already taken by other
// counts (so it needs a new one), or failed for now (no network, a timeout, a server error) and
// worth trying again later.
#pragma once

#include <memory>
#include <mutex>
#include <string>

#include "app/core/usage/collector_url.h"
#include "app/usage/usage_store.h"

namespace httplib {
class Client;
}

namespace kitbag {

struct UploadResult {
  enum class Outcome { Stored, Refused, IdTaken, Failed };
  Outcome outcome = Outcome::Failed;
  std::string detail;  // what the collector or the network said, for the settings screen
};

class BatchUploader {
 public:
  virtual ~BatchUploader() = default;
  virtual UploadResult send(const CollectorUrl& collector, const WaitingBatch& batch) = 0;
  // From another thread: ends a send in progress at once (the app is closing).
  virtual void cancel() = 0;
};

// Over HTTP or HTTPS with cpp-httplib: POST {collector}/v1/batches.
class HttpBatchUploader final : public BatchUploader {
 public:
  UploadResult send(const CollectorUrl& collector, const WaitingBatch& batch) override;
  void cancel() override;

 private:
  std::mutex mutex_;
  httplib::Client* in_flight_ = nullptr;  // guarded by mutex_
  bool cancelled_ = false;
};

}  // namespace kitbag
