// What each kitbag-collector command does, with its output streams passed in so tests can run
// the commands in-process.
#pragma once

#include <functional>
#include <ostream>
#include <span>
#include <string>

#include "server/collector_command_line.h"

namespace kitbag::collector {

// Prints the report for every device; never creates or changes the database.
int run_report(const ReportCommand& command, std::ostream& out, std::ostream& err);

// Prints `command.count` different new access codes, one a line, as people read them.
int run_make_codes(const MakeCodesCommand& command, std::ostream& out, std::ostream& err);

// Serves until `wait_for_stop` returns. The first line on `out` (flushed) is
// "listening on http://HOST:PORT", with the port really bound.
int run_serve(const ServeCommand& command, std::ostream& out, std::ostream& err,
              const std::function<void()>& wait_for_stop);

}  // namespace kitbag::collector
