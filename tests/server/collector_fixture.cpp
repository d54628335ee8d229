#include "tests/server/collector_fixture.h"

#include <gtest/gtest.h>

#include <stdexcept>

namespace kitbag::collector::test {

std::string hex_id(int n, char filler) {
  std::string digits = std::to_string(n);
  return std::string(32 - digits.size(), filler) + digits;
}

UsageLine usage_line(const std::string& user, const std::string& org, const std::string& day,
                     long long sessions, std::map<std::string, long long> tools) {
  return UsageLine{user, org, day, sessions, std::move(tools)};
}

std::string batch_body(const std::string& id, const std::vector<UsageLine>& lines) {
  return usage_batch_to_json(UsageBatch{id, lines});
}

namespace {

Posted to_posted(const httplib::Result& result) {
  if (!result) return {};
  const auto body = nlohmann::json::parse(result->body, nullptr, false);
  EXPECT_FALSE(body.is_discarded()) << "not JSON: " << result->body;
  EXPECT_EQ(result->get_header_value("Content-Type"), "application/json");
  return {result->status, body};
}

}  // namespace

RunningCollector::RunningCollector() {
  restart();
}

RunningCollector::~RunningCollector() {
  stop();
}

void RunningCollector::stop() {
  server_.reset();
  store_.reset();
}

void RunningCollector::restart() {
  stop();
  auto store = CollectorStore::open(db_path());
  if (!store) throw std::runtime_error(store.error());
  store_ = std::move(store).value();
  server_ = std::make_unique<CollectorServer>(*store_);
  auto port = server_->start("127.0.0.1", 0);
  if (!port) throw std::runtime_error(port.error());
  port_ = port.value();
}

httplib::Client RunningCollector::client() const {
  httplib::Client client("127.0.0.1", port_);
  client.set_connection_timeout(5);
  client.set_read_timeout(10);
  return client;
}

Posted RunningCollector::post(const std::string& body) const {
  return to_posted(client().Post("/v1/batches", body, "application/json"));
}

Posted RunningCollector::get(const std::string& path) const {
  return to_posted(client().Get(path));
}

nlohmann::json RunningCollector::report(bool suppress_small) const {
  const Posted reply = get(suppress_small ? "/v1/report?suppress=small" : "/v1/report");
  EXPECT_EQ(reply.status, 200) << reply.body.dump();
  return reply.body;
}

}  // namespace kitbag::collector::test
