// The screens the app can show, and their command-line names (--screen NAME).
#pragma once

#include <optional>
#include <span>
#include <string_view>

namespace kitbag {

enum class ScreenId {
  Home,
  About,
  Feelings,
  Animals,
  Presence,
  OwnCards,
  Timer,
  Stick,
  Journey,
  SignIn,
  Settings,
  HandOver,  // handing the app to a child: child mode, with an optional PIN
  Unlock,    // a grown-up leaving child mode
  Ideas,     // ways to use each tool, for grown-ups
  Welcome    // the first-run tour of the tools
};

// In child mode only these can be shown: home, the tools, and the way out for a grown-up.
bool open_in_child_mode(ScreenId screen);

std::string_view screen_name(ScreenId screen);
std::optional<ScreenId> screen_from_name(std::string_view name);
// Every screen this build has, in the order --help lists them.
std::span<const ScreenId> all_screens();

}  // namespace kitbag
