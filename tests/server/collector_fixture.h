// Shared by the collector's tests: batches made the way the app makes them, and a real collector
// on a real SQLite file in a temp folder, listening on a free loopback port.
#pragma once

#include <httplib.h>

#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "app/core/usage/usage_batch.h"
#include "platform/fakes/temp_dir.h"
#include "server/collector_http.h"
#include "server/collector_store.h"

namespace kitbag::collector::test {

// A batch or user id: 32 lowercase hex digits, different for every `n`.
std::string hex_id(int n, char filler = 'a');

UsageLine usage_line(const std::string& user, const std::string& org, const std::string& day,
                     long long sessions, std::map<std::string, long long> tools = {});

// The body the app would POST.
std::string batch_body(const std::string& id, const std::vector<UsageLine>& lines);

struct Posted {
  int status = 0;  // 0: no reply at all
  nlohmann::json body;
};

// A collector serving a database file in its own temp folder; restart() starts a new store and
// server on the same file, as a restarted process would.
class RunningCollector {
 public:
  RunningCollector();
  ~RunningCollector();

  void stop();
  void restart();

  std::filesystem::path db_path() const { return dir_.path() / "collector.db"; }
  int port() const { return port_; }
  httplib::Client client() const;

  Posted post(const std::string& body) const;
  Posted get(const std::string& path) const;
  nlohmann::json report(bool suppress_small = false) const;

 private:
  TempDir dir_;
  std::unique_ptr<CollectorStore> store_;
  std::unique_ptr<CollectorServer> server_;
  int port_ = 0;
};

}  // namespace kitbag::collector::test
