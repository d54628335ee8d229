// Reads kitbag-collector's command line into one command, or a sentence naming what is wrong.
#pragma once

#include <span>
#include <string>
#include <variant>

#include "app/core/result.h"

namespace kitbag::collector {

inline constexpr const char* kDefaultHost = "127.0.0.1";
inline constexpr int kDefaultPort = 8470;
inline constexpr int kMaxCodesAtOnce = 10000;

struct ServeCommand {
  std::string db;
  std::string host = kDefaultHost;
  int port = kDefaultPort;  // 0: any free port
  bool operator==(const ServeCommand&) const = default;
};

struct ReportCommand {
  std::string db;
  bool json = false;
  bool suppress_small = false;
  bool operator==(const ReportCommand&) const = default;
};

struct MakeCodesCommand {
  int count = 0;
  bool operator==(const MakeCodesCommand&) const = default;
};

struct HelpCommand {
  bool operator==(const HelpCommand&) const = default;
};

using CollectorCommand = std::variant<ServeCommand, ReportCommand, MakeCodesCommand, HelpCommand>;

// `args` excludes the program name.
Result<CollectorCommand> parse_collector_command_line(std::span<const std::string> args);
std::string collector_usage_text();

inline constexpr int kExitFailure = 1;  // the command could not do its work
inline constexpr int kExitUsage = 2;    // the command line was wrong

}  // namespace kitbag::collector
