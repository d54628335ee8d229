// A loopback HTTP proxy in front of a real collector that misbehaves on purpose, one request at
// a time, the ways real networks and servers do: the reply lost after the collector stored the
// batch, a 500 after storing, the same request delivered twice, a 503 before forwarding, a
// connection that never answers, and another device's counts already under the batch's ID.
// Plain sockets, so a reply can really be dropped halfway (cpp-httplib's server always answers).
#pragma once

#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "app/core/usage/usage_line.h"

namespace kitbag::test {

enum class Fault {
  None,                  // forwarded, and the collector's reply passed back
  DropReply,             // forwarded, then the connection closed with no reply at all
  ErrorAfterStoring,     // forwarded, then "500" in place of the collector's reply
  DeliverTwice,          // forwarded twice over; the second reply passed back
  UnavailableBefore,     // "503" and not forwarded
  Hang,                  // read, never forwarded, never answered until the proxy stops
  IdTakenBefore,         // other counts posted under the same batch ID first, then forwarded
  ForeignConflict,       // "409" from something that is not the collector, not forwarded
};

const char* fault_name(Fault fault);

class FaultProxy {
 public:
  // Requests meet `plan`'s faults in order; once it runs out they are forwarded faithfully.
  FaultProxy(int collector_port, std::vector<Fault> plan);
  ~FaultProxy();  // stops, ending any hung connection
  FaultProxy(const FaultProxy&) = delete;
  FaultProxy& operator=(const FaultProxy&) = delete;

  std::string url() const { return "http://127.0.0.1:" + std::to_string(port_); }
  // The faults met so far, one per request, in order.
  std::vector<Fault> met() const;
  // The batch ID each request carried, in order.
  std::vector<std::string> batch_ids() const;
  // The counts IdTakenBefore posted as another device's, which the collector now holds too.
  std::vector<UsageLine> impostor_lines() const;

 private:
  void accept_loop();
  void serve(int connection, const std::string& path, const std::string& body, Fault fault);
  Fault next_fault();

  const int collector_port_;
  int listener_ = -1;
  int port_ = 0;

  mutable std::mutex mutex_;
  std::condition_variable stopped_;
  std::deque<Fault> plan_;
  std::vector<Fault> met_;
  std::vector<std::string> batch_ids_;
  std::vector<UsageLine> impostors_;
  bool stopping_ = false;
  std::vector<std::thread> connections_;
  std::thread acceptor_;  // last: started once everything above exists
};

}  // namespace kitbag::test
