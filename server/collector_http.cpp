#include "server/collector_http.h"

#include <httplib.h>
#include <sys/socket.h>

#include <atomic>
#include <chrono>
#include <optional>
#include <string>
#include <thread>

#include "server/collector_api.h"

namespace kitbag::collector {
namespace {

void send(httplib::Response& res, const Reply& reply) {
  res.status = reply.status;
  // replace: a reply must never fail to be written, whatever bytes an error message quotes.
  res.set_content(reply.body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace),
                  "application/json");
}

void add_routes(httplib::Server& server, CollectorStore& store) {
  server.Post("/v1/batches", [&store](const httplib::Request& req, httplib::Response& res) {
    send(res, post_batch(store, req.body));
  });
  server.Get("/v1/report", [&store](const httplib::Request& req, httplib::Response& res) {
    std::optional<std::string> suppress;
    if (req.has_param("suppress")) suppress = req.get_param_value("suppress");
    send(res, get_report(store, suppress));
  });
  server.Get("/v1/health", [](const httplib::Request&, httplib::Response& res) { send(res, get_health()); });
  // Runs for every reply of 400 and above; only the ones httplib made itself (no route, a body
  // too large, a request it could not parse) are still without a body.
  server.set_error_handler(
      httplib::Server::HandlerWithResponse([](const httplib::Request&, httplib::Response& res) {
        if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
        send(res, error_reply(res.status));
        return httplib::Server::HandlerResponse::Handled;
      }));
  server.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
    send(res, error_reply(500));
  });
}

}  // namespace

struct CollectorServer::Running {
  httplib::Server server;
  std::thread thread;
  std::atomic<bool> finished{false};
};

CollectorServer::CollectorServer(CollectorStore& store) : store_(store) {}

CollectorServer::~CollectorServer() {
  stop();
}

Result<int> CollectorServer::start(const std::string& host, int port) {
  stop();
  auto running = std::make_unique<Running>();
  httplib::Server& server = running->server;
  add_routes(server, store_);
  // httplib reads at most this much and answers 413 itself, so a huge body is never held.
  server.set_payload_max_length(kMaxBatchBytes);
  // httplib's default sets SO_REUSEPORT, which lets a second collector bind the same port and
  // silently take half the batches into another file. SO_REUSEADDR alone still allows a quick
  // restart while old connections linger in TIME_WAIT.
  server.set_socket_options([](socket_t sock) {
    int yes = 1;
    setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
  });
  // An idle kept-alive connection holds a worker (and stop()) for this long at most.
  server.set_keep_alive_timeout(2);
  const int bound = port == 0 ? server.bind_to_any_port(host) : (server.bind_to_port(host, port) ? port : -1);
  if (bound < 0) return Error{"cannot listen on " + host + ":" + std::to_string(port)};
  Running* raw = running.get();
  running->thread = std::thread([raw] {
    raw->server.listen_after_bind();
    raw->finished = true;
  });
  // httplib's stop() does nothing until its loop has begun, so a stop right after start would
  // be lost; wait for the loop (the socket already queues connections meanwhile).
  while (!server.is_running() && !running->finished)
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  running_ = std::move(running);
  return bound;
}

void CollectorServer::stop() {
  if (!running_) return;
  running_->server.stop();
  running_->thread.join();
  running_.reset();
}

}  // namespace kitbag::collector
