// kitbag-collector: counts anonymous usage batches from Kitbag Desk and reports them per
// organisation and month (docs/collector.md).
#include <pthread.h>
#include <signal.h>

#include <iostream>
#include <string>
#include <vector>

#include "server/collector_command_line.h"
#include "server/collector_commands.h"

namespace {

// Blocks SIGINT and SIGTERM before any thread starts (the server's threads inherit the mask),
// so the only place they arrive is the sigwait below and the server stops in an orderly way.
sigset_t block_termination_signals() {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGINT);
  sigaddset(&set, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &set, nullptr);
  return set;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace kitbag::collector;
  const std::vector<std::string> args(argv + 1, argv + argc);
  auto command = parse_collector_command_line(args);
  if (!command) {
    std::cerr << "kitbag-collector: " << command.error() << "\n" << collector_usage_text();
    return kExitUsage;
  }
  if (std::holds_alternative<HelpCommand>(command.value())) {
    std::cout << collector_usage_text();
    return 0;
  }
  if (const auto* report = std::get_if<ReportCommand>(&command.value()))
    return run_report(*report, std::cout, std::cerr);
  if (const auto* codes = std::get_if<MakeCodesCommand>(&command.value()))
    return run_make_codes(*codes, std::cout, std::cerr);

  // A client hanging up mid-reply must not end the process.
  signal(SIGPIPE, SIG_IGN);
  const sigset_t termination = block_termination_signals();
  return run_serve(std::get<ServeCommand>(command.value()), std::cout, std::cerr, [&termination] {
    int received = 0;
    while (sigwait(&termination, &received) != 0) {
    }
  });
}
