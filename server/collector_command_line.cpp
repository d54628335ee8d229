#include "server/collector_command_line.h"

#include <charconv>
#include <optional>
#include <set>
#include <string_view>

namespace kitbag::collector {
namespace {

std::optional<int> whole_number(std::string_view text, int lowest, int highest) {
  int value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || value < lowest || value > highest)
    return {};
  return value;
}

// "HOST:PORT", split at the last colon so "[::1]:8470" works too.
Status read_listen(std::string_view text, ServeCommand& serve) {
  const Error bad{"--listen must be HOST:PORT with a port from 0 to 65535, like 127.0.0.1:8470 (got \"" +
                  std::string(text) + "\")"};
  const auto colon = text.rfind(':');
  if (colon == std::string_view::npos || colon == 0) return bad;
  std::string_view host = text.substr(0, colon);
  if (host.size() >= 2 && host.front() == '[' && host.back() == ']') host = host.substr(1, host.size() - 2);
  const auto port = whole_number(text.substr(colon + 1), 0, 65535);
  if (host.empty() || !port) return bad;
  serve.host = std::string(host);
  serve.port = *port;
  return ok_status();
}

// The flags after the command: each "--name value" or "--name=value" or a bare switch, once.
class FlagReader {
 public:
  explicit FlagReader(std::span<const std::string> args) : args_(args) {}

  template <class OnFlag>
  Status read(const std::set<std::string, std::less<>>& with_value,
              const std::set<std::string, std::less<>>& switches, OnFlag on_flag) {
    for (std::size_t i = 0; i < args_.size(); ++i) {
      std::string name = args_[i];
      std::optional<std::string> value;
      if (const auto eq = name.find('='); name.starts_with("--") && eq != std::string::npos) {
        value = name.substr(eq + 1);
        name = name.substr(0, eq);
      }
      if (!seen_.insert(name).second) return Error{name + " is given twice"};
      if (with_value.contains(name)) {
        if (!value) {
          if (i + 1 >= args_.size() || args_[i + 1].starts_with("--")) return Error{name + " needs a value"};
          value = args_[++i];
        }
        if (auto done = on_flag(name, *value); !done) return done;
      } else if (switches.contains(name) && !value) {
        if (auto done = on_flag(name, ""); !done) return done;
      } else if (switches.contains(name)) {
        return Error{name + " takes no value"};
      } else {
        return Error{"unknown " + std::string(name.starts_with("-") ? "flag " : "argument ") + name};
      }
    }
    return ok_status();
  }

 private:
  std::span<const std::string> args_;
  std::set<std::string, std::less<>> seen_;
};

Result<CollectorCommand> parse_serve(std::span<const std::string> args) {
  ServeCommand serve;
  auto read =
      FlagReader(args).read({"--db", "--listen"}, {}, [&](const std::string& flag, const std::string& value) {
        if (flag == "--listen") return read_listen(value, serve);
        serve.db = value;
        return ok_status();
      });
  if (!read) return Error{"serve: " + read.error()};
  if (serve.db.empty()) return Error{"serve: --db FILE is required"};
  return CollectorCommand{serve};
}

Result<CollectorCommand> parse_report(std::span<const std::string> args) {
  ReportCommand report;
  auto read = FlagReader(args).read({"--db"}, {"--json", "--suppress-small"},
                                    [&](const std::string& flag, const std::string& value) {
                                      if (flag == "--db") report.db = value;
                                      if (flag == "--json") report.json = true;
                                      if (flag == "--suppress-small") report.suppress_small = true;
                                      return ok_status();
                                    });
  if (!read) return Error{"report: " + read.error()};
  if (report.db.empty()) return Error{"report: --db FILE is required"};
  return CollectorCommand{report};
}

Result<CollectorCommand> parse_make_codes(std::span<const std::string> args) {
  const std::string wanted =
      "make-codes: N must be a whole number from 1 to " + std::to_string(kMaxCodesAtOnce);
  if (args.empty()) return Error{wanted};
  if (args.size() > 1) return Error{"make-codes: unknown argument " + args[1]};
  const auto count = whole_number(args[0], 1, kMaxCodesAtOnce);
  if (!count) return Error{wanted + " (got \"" + args[0] + "\")"};
  return CollectorCommand{MakeCodesCommand{*count}};
}

}  // namespace

Result<CollectorCommand> parse_collector_command_line(std::span<const std::string> args) {
  for (const std::string& arg : args)
    if (arg == "--help" || arg == "-h") return CollectorCommand{HelpCommand{}};
  if (args.empty()) return Error{"no command given"};
  const std::string& command = args[0];
  const auto rest = args.subspan(1);
  if (command == "serve") return parse_serve(rest);
  if (command == "report") return parse_report(rest);
  if (command == "make-codes") return parse_make_codes(rest);
  return Error{"unknown command " + command};
}

std::string collector_usage_text() {
  return "usage:\n"
         "  kitbag-collector serve --db FILE [--listen HOST:PORT]   (default 127.0.0.1:8470; port 0: any)\n"
         "  kitbag-collector report --db FILE [--json] [--suppress-small]\n"
         "  kitbag-collector make-codes N\n"
         "See docs/collector.md.\n";
}

}  // namespace kitbag::collector
