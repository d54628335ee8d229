// The six tools of the kit, as the home screen offers them. A tool whose screen is not built yet
// has no screen, and the home screen says so rather than pretending.
#pragma once

#include <optional>
#include <span>
#include <string_view>

#include "app/core/screen_id.h"

namespace kitbag {

enum class ToolId { Feelings, Animals, Presence, Timer, TalkingStick, WonderJourney };

struct Tool {
  ToolId id;
  std::string_view key;    // stable: the tile's ID is ui_id::tile(key)
  std::string_view title;  // what the tile says
  std::string_view hint;   // one short line under the title
  std::optional<ScreenId> screen;
};

std::span<const Tool> tools();
const Tool& tool(ToolId id);
// The tool whose screen this is, if it is one.
const Tool* tool_on_screen(ScreenId screen);

}  // namespace kitbag
