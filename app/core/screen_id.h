// The screens the app can show, and their command-line names (--screen NAME).
#pragma once

#include <optional>
#include <span>
#include <string_view>

namespace kitbag {

enum class ScreenId { Home, About, Feelings, Animals, Presence, OwnCards, Timer, Stick, Journey };

std::string_view screen_name(ScreenId screen);
std::optional<ScreenId> screen_from_name(std::string_view name);
// Every screen this build has, in the order --help lists them.
std::span<const ScreenId> all_screens();

}  // namespace kitbag
