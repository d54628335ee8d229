// The collector's HTTP server: cpp-httplib's thread pool in front of collector_api, listening on
// one address until stopped.
#pragma once

#include <memory>
#include <string>

#include "app/core/result.h"
#include "server/collector_store.h"

namespace kitbag::collector {

class CollectorServer {
 public:
  explicit CollectorServer(CollectorStore& store);
  ~CollectorServer();  // stops it
  CollectorServer(const CollectorServer&) = delete;
  CollectorServer& operator=(const CollectorServer&) = delete;

  // Binds to host:port (port 0: any free one) and serves on threads of its own; returns the
  // port it listens on. Connections made after this returns are served.
  Result<int> start(const std::string& host, int port);

  // Stops taking connections and returns once every request under way has been answered.
  void stop();

 private:
  struct Running;
  CollectorStore& store_;
  std::unique_ptr<Running> running_;
};

}  // namespace kitbag::collector
