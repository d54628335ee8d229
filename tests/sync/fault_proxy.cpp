#include "tests/sync/fault_proxy.h"

#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <httplib.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cctype>
#include <stdexcept>

#include "app/core/usage/usage_batch.h"

namespace kitbag::test {
namespace {

struct Request {
  std::string path;
  std::string body;
};

bool read_some(int connection, std::string& into) {
  char buffer[4096];
  const ssize_t got = ::recv(connection, buffer, sizeof buffer, 0);
  if (got <= 0) return false;
  into.append(buffer, static_cast<std::size_t>(got));
  return true;
}

std::string lower(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

// One HTTP/1.1 request with a Content-Length body, as cpp-httplib's client sends it.
bool read_request(int connection, Request& request) {
  std::string data;
  std::size_t header_end;
  while ((header_end = data.find("\r\n\r\n")) == std::string::npos)
    if (!read_some(connection, data)) return false;
  const std::string head = data.substr(0, header_end);
  const std::size_t first_space = head.find(' ');
  const std::size_t second_space = head.find(' ', first_space + 1);
  if (first_space == std::string::npos || second_space == std::string::npos) return false;
  request.path = head.substr(first_space + 1, second_space - first_space - 1);

  std::size_t length = 0;
  const std::string lowered = lower(head);
  if (const std::size_t at = lowered.find("\r\ncontent-length:"); at != std::string::npos)
    length = std::stoul(head.substr(at + 17));
  request.body = data.substr(header_end + 4);
  while (request.body.size() < length)
    if (!read_some(connection, request.body)) return false;
  return true;
}

void write_reply(int connection, int status, const std::string& body) {
  const std::string reply = "HTTP/1.1 " + std::to_string(status) + " " + (status == 200 ? "OK" : "Not OK") +
                            "\r\nContent-Type: application/json\r\nContent-Length: " +
                            std::to_string(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
  std::size_t sent = 0;
  while (sent < reply.size()) {
    const ssize_t wrote = ::send(connection, reply.data() + sent, reply.size() - sent, MSG_NOSIGNAL);
    if (wrote <= 0) return;
    sent += static_cast<std::size_t>(wrote);
  }
}

}  // namespace

const char* fault_name(Fault fault) {
  switch (fault) {
    case Fault::None: return "none";
    case Fault::DropReply: return "reply dropped after storing";
    case Fault::ErrorAfterStoring: return "500 after storing";
    case Fault::DeliverTwice: return "delivered twice";
    case Fault::UnavailableBefore: return "503 before forwarding";
    case Fault::Hang: return "never answered";
    case Fault::IdTakenBefore: return "batch ID already taken";
    case Fault::ForeignConflict: return "409 from something else";
  }
  return "?";
}

FaultProxy::FaultProxy(int collector_port, std::vector<Fault> plan)
    : collector_port_(collector_port), plan_(plan.begin(), plan.end()) {
  listener_ = ::socket(AF_INET, SOCK_STREAM, 0);
  if (listener_ < 0) throw std::runtime_error("no socket for the proxy");
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  address.sin_port = 0;
  if (::bind(listener_, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 ||
      ::listen(listener_, 16) != 0)
    throw std::runtime_error("the proxy cannot listen on loopback");
  socklen_t size = sizeof address;
  ::getsockname(listener_, reinterpret_cast<sockaddr*>(&address), &size);
  port_ = ntohs(address.sin_port);
  acceptor_ = std::thread([this] { accept_loop(); });
}

FaultProxy::~FaultProxy() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  stopped_.notify_all();
  ::shutdown(listener_, SHUT_RDWR);  // wakes accept()
  acceptor_.join();
  ::close(listener_);
  for (std::thread& connection : connections_) connection.join();
}

std::vector<Fault> FaultProxy::met() const {
  std::lock_guard lock(mutex_);
  return met_;
}

std::vector<std::string> FaultProxy::batch_ids() const {
  std::lock_guard lock(mutex_);
  return batch_ids_;
}

std::vector<UsageLine> FaultProxy::impostor_lines() const {
  std::lock_guard lock(mutex_);
  return impostors_;
}

Fault FaultProxy::next_fault() {
  std::lock_guard lock(mutex_);
  Fault fault = Fault::None;
  if (!plan_.empty()) {
    fault = plan_.front();
    plan_.pop_front();
  }
  met_.push_back(fault);
  return fault;
}

void FaultProxy::accept_loop() {
  while (true) {
    const int connection = ::accept(listener_, nullptr, nullptr);
    if (connection < 0) return;  // shut down
    std::lock_guard lock(mutex_);
    if (stopping_) {
      ::close(connection);
      return;
    }
    connections_.emplace_back([this, connection] {
      Request request;
      if (read_request(connection, request)) serve(connection, request.path, request.body, next_fault());
      ::close(connection);
    });
  }
}

void FaultProxy::serve(int connection, const std::string& path, const std::string& body, Fault fault) {
  auto batch = usage_batch_from_json(body);
  {
    std::lock_guard lock(mutex_);
    batch_ids_.push_back(batch ? batch.value().id : "(not a batch)");
  }
  httplib::Client collector("127.0.0.1", collector_port_);
  collector.set_read_timeout(10, 0);
  const auto forward = [&](const std::string& what) { return collector.Post(path, what, "application/json"); };
  const auto pass_back = [&](const httplib::Result& reply) {
    if (reply) write_reply(connection, reply->status, reply->body);
  };
  switch (fault) {
    case Fault::None: pass_back(forward(body)); return;
    case Fault::DropReply: forward(body); return;
    case Fault::ErrorAfterStoring:
      forward(body);
      write_reply(connection, 500, R"({"error":"the proxy says the server failed"})");
      return;
    case Fault::DeliverTwice:
      forward(body);
      pass_back(forward(body));
      return;
    case Fault::UnavailableBefore:
      write_reply(connection, 503, R"({"error":"the proxy says come back later"})");
      return;
    case Fault::Hang: {
      std::unique_lock lock(mutex_);
      stopped_.wait(lock, [&] { return stopping_; });
      return;
    }
    case Fault::ForeignConflict:
      write_reply(connection, 409, "<html><body>Conflict</body></html>");
      return;
    case Fault::IdTakenBefore: {
      // Another device's counts under the same ID: the batch's first line with one more session.
      if (!batch || batch.value().lines.empty()) {
        ADD_FAILURE() << "the proxy was sent no batch: " << body;
        return;
      }
      UsageBatch other{batch.value().id, {batch.value().lines.front()}};
      other.lines.front().sessions += 1;
      if (auto stored = forward(usage_batch_to_json(other)); stored && stored->status == 200) {
        std::lock_guard lock(mutex_);
        impostors_.push_back(other.lines.front());
      }
      pass_back(forward(body));
      return;
    }
  }
}

}  // namespace kitbag::test
