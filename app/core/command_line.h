// Parses kitbag's command line into options, or into the text to print and the code to exit with.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "app/core/cards/deck.h"
#include "app/core/journey/story.h"
#include "app/core/screen_id.h"

namespace kitbag {

struct WindowSize {
  int width = 0;
  int height = 0;
  bool operator==(const WindowSize&) const = default;
};

// The smallest window the screens are laid out for; --size and the window both hold to it.
inline constexpr WindowSize kMinWindowSize{640, 480};
inline constexpr int kMaxWindowSide = 16384;

struct Options {
  ScreenId screen = ScreenId::Home;
  std::optional<WindowSize> size;
  std::optional<std::string> data_dir;
  std::optional<std::string> screenshot_path;
  std::optional<std::string> script_path;
  std::optional<double> quit_after_seconds;
  bool report_first_frame = false;
  std::optional<DeckId> list_deck;       // `kitbag cards DECK`
  std::optional<int> timer_seconds;      // --timer: the timer's length to begin with
  std::optional<JourneyChoice> journey;  // --journey: what the journey screen opens on
  bool play = false;                     // --play: the journey's music starts at once
  bool presenter = false;                // --presenter: the presenter view's window opens at start
  bool json = false;                     // `kitbag usage --json`
  std::optional<std::string> language;   // --lang: this run's language, over the one in Settings
};

struct CommandLine {
  // ListCards prints options.list_deck, one card a line, and exits without opening a window;
  // ReportUsage prints the usage counts cached on this device.
  enum class Action { Run, ListCards, ReportUsage, Exit };
  Action action = Action::Run;
  int exit_code = 0;
  std::string message;  // printed before exiting: to stdout when exit_code is 0, else to stderr
  Options options;
};

// `args` excludes the program name.
CommandLine parse_command_line(std::span<const std::string> args);
std::string usage_text();
std::optional<WindowSize> parse_window_size(std::string_view text);

inline constexpr int kExitUsage = 2;  // bad command line, as in sysexits' EX_USAGE spirit and getopt tools

}  // namespace kitbag
