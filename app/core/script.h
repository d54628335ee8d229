// The --script language: one command a line, parsed up front so a typo fails before any window opens.
//
//   click TARGET      a visible label or a stable ID such as tile:animals
//   key NAME          Enter, Escape, Tab, shift+Tab, Space, arrows, ...
//   type TEXT         the rest of the line, as typed characters
//   wait SECONDS      let real time pass (animations, timers)
//   expect TEXT       TEXT is visible on screen
//   screenshot FILE   save the current frame as PNG
//   presenter-screenshot FILE   save the presenter view's window as PNG
//   quit              exit 0 now
// Blank lines and lines starting with '#' are ignored.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "app/core/keys.h"
#include "app/core/result.h"

namespace kitbag {

enum class ScriptVerb { Click, Key, Type, Wait, Expect, Screenshot, PresenterScreenshot, Quit };

struct ScriptStep {
  ScriptVerb verb = ScriptVerb::Quit;
  std::string argument;  // target, text or file name
  KeyChord key;          // for Key
  double seconds = 0;    // for Wait
  int line = 0;
  std::string source;  // the line as written, for messages
};

struct Script {
  std::string name;  // the file it came from, for messages
  std::vector<ScriptStep> steps;
};

Result<Script> parse_script(std::string_view text, std::string name);
// "demo.kbs:3: click tile:lion" — how messages point at a step.
std::string where(const Script& script, const ScriptStep& step);

}  // namespace kitbag
