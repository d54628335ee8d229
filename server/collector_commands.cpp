#include "server/collector_commands.h"

#include <exception>
#include <set>

#include "app/core/usage/access_code.h"
#include "app/core/usage/usage_summary.h"
#include "app/usage/secure_random.h"
#include "server/collector_api.h"
#include "server/collector_http.h"
#include "server/collector_store.h"

namespace kitbag::collector {

int run_report(const ReportCommand& command, std::ostream& out, std::ostream& err) {
  auto store = CollectorStore::open_read_only(command.db);
  if (!store) {
    err << "kitbag-collector: " << store.error() << "\n";
    return kExitFailure;
  }
  auto lines = store.value()->lines();
  if (!lines) {
    err << "kitbag-collector: cannot read " << command.db << ": " << lines.error() << "\n";
    return kExitFailure;
  }
  const auto summaries = summarise(lines.value());
  if (command.json)
    out << summaries_to_json(summaries, command.suppress_small).dump(2) << "\n";
  else
    out << summaries_to_text(summaries, command.suppress_small, [](const std::string& org) { return org; });
  return 0;
}

int run_make_codes(const MakeCodesCommand& command, std::ostream& out, std::ostream& err) {
  try {
    // Repeats are drawn again, so a list handed out never gives two people one code.
    std::set<std::string> made;
    while (made.size() < static_cast<std::size_t>(command.count)) {
      std::string code = make_access_code(secure_random_below);
      if (made.insert(code).second) out << format_access_code(code) << "\n";
    }
  } catch (const std::exception& failure) {
    err << "kitbag-collector: cannot make codes: " << failure.what() << "\n";
    return kExitFailure;
  }
  return 0;
}

int run_serve(const ServeCommand& command, std::ostream& out, std::ostream& err,
              const std::function<void()>& wait_for_stop) {
  auto store = CollectorStore::open(command.db);
  if (!store) {
    err << "kitbag-collector: " << store.error() << "\n";
    return kExitFailure;
  }
  CollectorServer server(*store.value());
  auto port = server.start(command.host, command.port);
  if (!port) {
    err << "kitbag-collector: " << port.error() << "\n";
    return kExitFailure;
  }
  const bool ipv6 = command.host.find(':') != std::string::npos;
  const std::string host = ipv6 ? "[" + command.host + "]" : command.host;
  out << "listening on http://" << host << ":" << port.value() << std::endl;
  wait_for_stop();
  server.stop();
  return 0;
}

}  // namespace kitbag::collector
