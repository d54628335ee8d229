#include "app/core/script.h"

#include "app/core/seconds.h"

namespace kitbag {
namespace {

std::string_view trim(std::string_view text) {
  const auto* space = " \t\r";
  auto first = text.find_first_not_of(space);
  if (first == std::string_view::npos) return {};
  auto last = text.find_last_not_of(space);
  return text.substr(first, last - first + 1);
}

Error at_line(const std::string& name, int line, const std::string& problem) {
  return Error{name + ":" + std::to_string(line) + ": " + problem};
}

}  // namespace

Result<Script> parse_script(std::string_view text, std::string name) {
  Script script{std::move(name), {}};
  int line_number = 0;
  while (!text.empty()) {
    auto newline = text.find('\n');
    std::string_view raw = text.substr(0, newline);
    text = newline == std::string_view::npos ? std::string_view{} : text.substr(newline + 1);
    ++line_number;

    std::string_view line = trim(raw);
    if (line.empty() || line.front() == '#') continue;

    auto space = line.find_first_of(" \t");
    std::string_view verb = line.substr(0, space);
    std::string_view argument =
        space == std::string_view::npos ? std::string_view{} : trim(line.substr(space));

    ScriptStep step;
    step.line = line_number;
    step.source = std::string(line);
    step.argument = std::string(argument);
    auto needs_argument = [&](const char* what) -> std::optional<Error> {
      if (!argument.empty()) return std::nullopt;
      return at_line(script.name, line_number, std::string(verb) + " needs " + what);
    };

    if (verb == "click") {
      step.verb = ScriptVerb::Click;
      if (auto e = needs_argument("a target (a visible label or an ID such as tile:animals)")) return *e;
    } else if (verb == "key") {
      step.verb = ScriptVerb::Key;
      if (auto e = needs_argument("a key name")) return *e;
      auto chord = parse_key_chord(argument);
      if (!chord)
        return at_line(script.name, line_number,
                       "unknown key '" + step.argument + "'. Known keys: " + known_key_names());
      step.key = *chord;
    } else if (verb == "type") {
      step.verb = ScriptVerb::Type;
      if (auto e = needs_argument("some text")) return *e;
    } else if (verb == "wait") {
      step.verb = ScriptVerb::Wait;
      if (auto e = needs_argument("a number of seconds")) return *e;
      auto seconds = parse_seconds(argument);
      if (!seconds)
        return at_line(script.name, line_number,
                       "wait expects seconds up to a day, e.g. 0.5 (got '" + step.argument + "')");
      step.seconds = *seconds;
    } else if (verb == "expect") {
      step.verb = ScriptVerb::Expect;
      if (auto e = needs_argument("the text to look for")) return *e;
    } else if (verb == "screenshot") {
      step.verb = ScriptVerb::Screenshot;
      if (auto e = needs_argument("a file name")) return *e;
    } else if (verb == "presenter-screenshot") {
      step.verb = ScriptVerb::PresenterScreenshot;
      if (auto e = needs_argument("a file name")) return *e;
    } else if (verb == "quit") {
      step.verb = ScriptVerb::Quit;
    } else {
      return at_line(script.name, line_number,
                     "unknown command '" + std::string(verb) +
                         "' (commands: click, key, type, wait, expect, screenshot, presenter-screenshot, quit)");
    }
    script.steps.push_back(std::move(step));
  }
  return script;
}

std::string where(const Script& script, const ScriptStep& step) {
  return script.name + ":" + std::to_string(step.line) + ": " + step.source;
}

}  // namespace kitbag
