#include "platform/termination_signals.h"

#include <pthread.h>
#include <signal.h>

#include <atomic>

namespace kitbag {
namespace {

sigset_t termination_set() {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGINT);
  sigaddset(&set, SIGTERM);
  return set;
}

}  // namespace

TerminationSignals::TerminationSignals(std::function<void()> on_signal) : on_signal_(std::move(on_signal)) {
  sigset_t set = termination_set();
  pthread_sigmask(SIG_BLOCK, &set, nullptr);
  waiter_ = std::thread([this, set] {
    int received = 0;
    while (true) {
      int signal_number = 0;
      if (sigwait(&set, &signal_number) != 0) continue;
      if (std::atomic_ref<bool>(stopping_).load()) return;
      if (++received == 1) {
        on_signal_();
        continue;
      }
      // Asked twice: the app has not closed (stuck starting the graphics driver, say), so let
      // the signal do what it does by default and end the process.
      signal(signal_number, SIG_DFL);
      pthread_sigmask(SIG_UNBLOCK, &set, nullptr);
      raise(signal_number);
    }
  });
}

TerminationSignals::~TerminationSignals() {
  std::atomic_ref<bool>(stopping_).store(true);
  pthread_kill(waiter_.native_handle(), SIGTERM);
  waiter_.join();
}

}  // namespace kitbag
