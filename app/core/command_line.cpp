#include "app/core/command_line.h"

#include <charconv>
#include <functional>
#include <map>

#include "app/core/i18n/languages.h"
#include "app/core/journey/story.h"
#include "app/core/seconds.h"
#include "app/core/timer/timer_lengths.h"
#include "app/core/version.h"

namespace kitbag {
namespace {

std::string screen_list() {
  std::string list;
  for (ScreenId screen : all_screens()) {
    if (!list.empty()) list += ", ";
    list += screen_name(screen);
  }
  return list;
}

std::string language_list() {
  std::string list;
  for (const Language& language : kLanguages)
    list += (list.empty() ? "" : ", ") + std::string(language.code) + " (" + std::string(language.own_name) + ")";
  return list;
}

std::string deck_list() {
  std::string list;
  for (DeckId deck : kAllDecks) list += (list.empty() ? "" : "|") + std::string(deck_name(deck));
  return list;
}

CommandLine exit_with(int code, std::string message) {
  CommandLine result;
  result.action = CommandLine::Action::Exit;
  result.exit_code = code;
  result.message = std::move(message);
  return result;
}

CommandLine usage_error(const std::string& problem) {
  return exit_with(kExitUsage, "kitbag: " + problem + "\n\n" + usage_text());
}

std::optional<int> parse_int(std::string_view text) {
  int value = 0;
  const auto* end = text.data() + text.size();
  auto [ptr, ec] = std::from_chars(text.data(), end, value);
  if (ec != std::errc() || ptr != end) return std::nullopt;
  return value;
}

// Each option that takes a value: how to store it, or a sentence saying what was wrong.
using ValueHandler = std::function<std::optional<std::string>(Options&, const std::string&)>;

const std::map<std::string_view, ValueHandler>& value_options() {
  static const std::map<std::string_view, ValueHandler> handlers = {
      {"--screen",
       [](Options& options, const std::string& value) -> std::optional<std::string> {
         auto screen = screen_from_name(value);
         if (!screen) return "unknown screen '" + value + "'. Valid screens: " + screen_list();
         options.screen = *screen;
         return std::nullopt;
       }},
      {"--size",
       [](Options& options, const std::string& value) -> std::optional<std::string> {
         auto size = parse_window_size(value);
         if (!size)
           return "--size expects WIDTHxHEIGHT of at least " + std::to_string(kMinWindowSize.width) + "x" +
                  std::to_string(kMinWindowSize.height) + ", e.g. 1024x600 (got '" + value + "')";
         options.size = size;
         return std::nullopt;
       }},
      {"--data-dir",
       [](Options& options, const std::string& value) -> std::optional<std::string> {
         if (value.empty()) return "--data-dir needs a directory";
         options.data_dir = value;
         return std::nullopt;
       }},
      {"--screenshot",
       [](Options& options, const std::string& value) -> std::optional<std::string> {
         if (value.empty()) return "--screenshot needs a file name";
         options.screenshot_path = value;
         return std::nullopt;
       }},
      {"--script",
       [](Options& options, const std::string& value) -> std::optional<std::string> {
         if (value.empty()) return "--script needs a file name";
         options.script_path = value;
         return std::nullopt;
       }},
      {"--timer",
       [](Options& options, const std::string& value) -> std::optional<std::string> {
         auto seconds = parse_timer_length(value);
         if (!seconds)
           return "--timer expects a length of 1 second to a day, as seconds (90) or minutes:seconds "
                  "(1:30) (got '" +
                  value + "')";
         options.timer_seconds = seconds;
         return std::nullopt;
       }},
      {"--journey",
       [](Options& options, const std::string& value) -> std::optional<std::string> {
         auto choice = journey_choice_from_name(value);
         if (!choice) return "--journey expects full, short or music (got '" + value + "')";
         options.journey = choice;
         return std::nullopt;
       }},
      {"--lang",
       [](Options& options, const std::string& value) -> std::optional<std::string> {
         if (find_language(value) == nullptr)
           return "--lang expects one of the languages Kitbag Desk speaks: " + language_list() + " (got '" +
                  value + "')";
         options.language = value;
         return std::nullopt;
       }},
      {"--quit-after",
       [](Options& options, const std::string& value) -> std::optional<std::string> {
         auto seconds = parse_seconds(value);
         if (!seconds)
           return "--quit-after expects a number of seconds up to a day, e.g. 2.5 (got '" + value + "')";
         options.quit_after_seconds = seconds;
         return std::nullopt;
       }},
  };
  return handlers;
}

}  // namespace

std::optional<WindowSize> parse_window_size(std::string_view text) {
  auto x = text.find_first_of("xX");
  if (x == std::string_view::npos) return std::nullopt;
  auto width = parse_int(text.substr(0, x));
  auto height = parse_int(text.substr(x + 1));
  if (!width || !height) return std::nullopt;
  if (*width < kMinWindowSize.width || *height < kMinWindowSize.height) return std::nullopt;
  if (*width > kMaxWindowSide || *height > kMaxWindowSide) return std::nullopt;
  return WindowSize{*width, *height};
}

std::string usage_text() {
  return "Usage: kitbag [OPTIONS]\n"
         "       kitbag cards " +
         deck_list() +
         " [--data-dir DIR] [--lang CODE]\n"
         "       kitbag usage [--json] [--data-dir DIR]\n"
         "Kitbag Desk: the Kitbag toolkit for direct work with children, fully offline.\n"
         "\n"
         "Options:\n"
         "  --screen NAME         open on a screen: " +
         screen_list() +
         "\n"
         "  --size WxH            window size in pixels, e.g. 1024x600\n"
         "  --data-dir DIR        where local data lives (or KITBAG_DATA_DIR);\n"
         "                        default $XDG_DATA_HOME/kitbag, created owner-only\n"
         "  --screenshot FILE     render the screen until it settles, save a PNG, exit\n"
         "  --script FILE         drive the UI from a script, one command a line:\n"
         "                        click TARGET, key NAME, type TEXT, wait SECONDS,\n"
         "                        expect TEXT, screenshot FILE, quit\n"
         "  --timer LENGTH        set the timer to LENGTH: seconds (90) or minutes:seconds (1:30)\n"
         "  --journey full|short|music\n"
         "                        open the Wonder Journey's full story, its short one\n"
         "                        for younger children, or its music alone\n"
         "  --play                start the Wonder Journey's music (with --screen journey)\n"
         "  --presenter           open the presenter view too: a second window showing only\n"
         "                        what the child should see, to share in a video call\n"
         "  --lang CODE           the language for this run, over the one chosen in Settings:\n"
         "                        " + language_list() + "\n"
         "  --quit-after SECONDS  exit cleanly after that long\n"
         "  --report-first-frame  print the wall-clock time of the first frame shown\n"
         "                        (for bench/)\n"
         "  --version             print the version and exit\n"
         "  -h, --help            print this help and exit\n"
         "\n"
         "kitbag cards DECK prints the deck as the app shows it (with your own cards),\n"
         "one card a line: id<TAB>title. Problems with the deck go to stderr (exit 1).\n"
         "kitbag usage prints the anonymous usage counts kept on this device, per\n"
         "organisation and month, and how many wait to be sent (--json for machines).\n"
         "\n"
         "Environment: KITBAG_DATA_DIR, KITBAG_ASSETS_DIR (use only this assets folder),\n"
         "KITBAG_SYNC_URL (the collector the usage counts are sent to).\n";
}

CommandLine parse_command_line(std::span<const std::string> args) {
  CommandLine result;
  std::size_t first = 0;
  if (!args.empty() && args[0] == "cards") {
    if (args.size() < 2) return usage_error("cards needs a deck: " + deck_list());
    auto deck = deck_from_name(args[1]);
    if (!deck) return usage_error("unknown deck '" + args[1] + "'. Decks: " + deck_list());
    result.action = CommandLine::Action::ListCards;
    result.options.list_deck = deck;
    first = 2;
  } else if (!args.empty() && args[0] == "usage") {
    result.action = CommandLine::Action::ReportUsage;
    first = 1;
  }
  for (std::size_t i = first; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (arg == "-h" || arg == "--help") return exit_with(0, usage_text());
    if (arg == "--version") return exit_with(0, std::string("kitbag ") + kVersion + "\n");
    if (arg == "--report-first-frame") {
      result.options.report_first_frame = true;
      continue;
    }
    if (arg == "--play") {
      result.options.play = true;
      continue;
    }
    if (arg == "--presenter") {
      result.options.presenter = true;
      continue;
    }
    if (arg == "--json" && result.action == CommandLine::Action::ReportUsage) {
      result.options.json = true;
      continue;
    }

    std::string name = arg;
    std::optional<std::string> value;
    if (auto eq = arg.find('='); arg.starts_with("--") && eq != std::string::npos) {
      name = arg.substr(0, eq);
      value = arg.substr(eq + 1);
    }
    auto handler = value_options().find(name);
    if (handler == value_options().end()) {
      if (arg.starts_with("-")) return usage_error("unknown option '" + arg + "'");
      return usage_error("unexpected argument '" + arg + "'");
    }
    if (!value) {
      if (i + 1 >= args.size()) return usage_error(name + " needs a value");
      value = args[++i];
    }
    if (auto problem = handler->second(result.options, *value)) return usage_error(*problem);
  }
  return result;
}

}  // namespace kitbag
