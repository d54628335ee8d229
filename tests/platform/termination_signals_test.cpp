// SIGTERM and SIGINT ask the app to close; asked twice, the process ends.
#include "platform/termination_signals.h"

#include <signal.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <thread>

namespace kitbag {
namespace {

using namespace std::chrono_literals;

// Each case runs in a child process of its own, since the signals are real.
class TerminationSignalsTest : public ::testing::Test {
 protected:
  void SetUp() override { GTEST_FLAG_SET(death_test_style, "threadsafe"); }
};

// Exits 0 when the callback ran once for one signal, 1 if it did not.
[[noreturn]] void one_signal_is_a_request(int signal_number) {
  std::atomic<int> calls{0};
  {
    TerminationSignals signals([&] { ++calls; });
    kill(getpid(), signal_number);
    for (int i = 0; i < 500 && calls.load() == 0; ++i) std::this_thread::sleep_for(10ms);
  }
  std::_Exit(calls.load() == 1 ? 0 : 1);
}

TEST_F(TerminationSignalsTest, OneTerminateIsARequestToClose) {
  EXPECT_EXIT(one_signal_is_a_request(SIGTERM), ::testing::ExitedWithCode(0), "");
}

TEST_F(TerminationSignalsTest, OneInterruptIsARequestToClose) {
  EXPECT_EXIT(one_signal_is_a_request(SIGINT), ::testing::ExitedWithCode(0), "");
}

TEST_F(TerminationSignalsTest, ASecondSignalEndsAnAppThatDidNotClose) {
  EXPECT_EXIT(
      {
        TerminationSignals signals([] {});  // an app too stuck to act on the request
        kill(getpid(), SIGINT);
        std::this_thread::sleep_for(200ms);
        kill(getpid(), SIGINT);
        std::this_thread::sleep_for(10s);
        std::_Exit(0);
      },
      ::testing::KilledBySignal(SIGINT), "");
}

}  // namespace
}  // namespace kitbag
