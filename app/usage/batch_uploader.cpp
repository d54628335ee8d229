#include "app/usage/batch_uploader.h"

#include <httplib.h>

#include <nlohmann/json.hpp>

namespace kitbag {
namespace {

// Long enough for a slow mobile connection, short enough that a dead one is noticed in time.
constexpr time_t kConnectSeconds = 5;
constexpr time_t kReplySeconds = 15;

std::string collector_said(const httplib::Result& reply) {
  const auto json = nlohmann::json::parse(reply->body, nullptr, false);
  if (json.is_object() && json.contains("error") && json["error"].is_string())
    return json["error"].get<std::string>();
  return "HTTP " + std::to_string(reply->status);
}

}  // namespace

UploadResult HttpBatchUploader::send(const CollectorUrl& collector, const WaitingBatch& batch) {
  httplib::Client client(collector.origin);
  client.set_connection_timeout(kConnectSeconds, 0);
  client.set_read_timeout(kReplySeconds, 0);
  client.set_write_timeout(kReplySeconds, 0);
  client.set_keep_alive(false);
  {
    std::lock_guard lock(mutex_);
    if (cancelled_) return {UploadResult::Outcome::Failed, "the app is closing"};
    in_flight_ = &client;
  }
  auto reply = client.Post(collector.endpoint("/v1/batches"), batch.body, "application/json");
  {
    std::lock_guard lock(mutex_);
    in_flight_ = nullptr;
  }
  if (!reply)
    return {UploadResult::Outcome::Failed,
            "could not reach " + collector.text() + " (" + httplib::to_string(reply.error()) + ")"};
  const int status = reply->status;
  // What the collector said of this batch, when the reply is its JSON naming the batch: a 200 or
  // 409 from anything else (a captive portal's page, a proxy) is only a failure, tried again as it
  // is. A new id for a batch the collector already has would count it twice.
  const auto json = nlohmann::json::parse(reply->body, nullptr, false);
  const std::string said =
      json.is_object() && json.value("batch_id", "") == batch.id ? json.value("status", "") : "";
  const std::string not_ours = collector.text() + " answered, but not as a Kitbag collector does";
  if (status == 200) {
    if (said == "stored" || said == "already-stored") return {UploadResult::Outcome::Stored, said};
    return {UploadResult::Outcome::Failed, not_ours};
  }
  if (status == 409) {
    if (said == "conflict") return {UploadResult::Outcome::IdTaken, collector_said(reply)};
    return {UploadResult::Outcome::Failed, not_ours + " (" + collector_said(reply) + ")"};
  }
  if (status == 400 || status == 413)
    return {UploadResult::Outcome::Refused, collector_said(reply)};
  return {UploadResult::Outcome::Failed,
          collector.text() + " is not taking counts now (" + collector_said(reply) + ")"};
}

void HttpBatchUploader::cancel() {
  std::lock_guard lock(mutex_);
  cancelled_ = true;
  if (in_flight_ != nullptr) in_flight_->stop();
}

}  // namespace kitbag
