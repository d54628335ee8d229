// Turns SIGINT and SIGTERM into a call on a thread of its own, so the app can close cleanly
// (the call asks the loop to stop and wakes it) instead of dying mid-write. A second signal
// ends the process the ordinary way, so Ctrl+C twice always works.
#pragma once

#include <functional>
#include <thread>

namespace kitbag {

class TerminationSignals {
 public:
  // Blocks SIGINT and SIGTERM for this thread and the threads it starts later: construct it
  // in main() before anything starts threads (the OpenGL driver does).
  explicit TerminationSignals(std::function<void()> on_signal);
  ~TerminationSignals();

  TerminationSignals(const TerminationSignals&) = delete;
  TerminationSignals& operator=(const TerminationSignals&) = delete;

 private:
  std::function<void()> on_signal_;
  std::thread waiter_;
  bool stopping_ = false;
};

}  // namespace kitbag
