// The six tools of the kit, as the home screen offers them. A tool whose screen is not built yet
// has no screen, and the home screen says so rather than pretending.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "app/core/screen_id.h"

namespace kitbag {

enum class ToolId { Feelings, Animals, Presence, Timer, TalkingStick, WonderJourney };

struct Tool {
  ToolId id;
  std::string_view key;  // stable, never translated: the tile's ID is ui_id::tile(key)
  std::string_view name_key;  // the phrases for what the tile says, and the line under it
  std::string_view hint_key;
  std::optional<ScreenId> screen;
};

std::span<const Tool> tools();
const Tool& tool(ToolId id);
// What the tile says, and the one short line under it, in the language in use now.
const std::string& tool_name(const Tool& tool);
const std::string& tool_hint(const Tool& tool);
// A part of the tool's ideas ("for", "closing", or a way such as "check-in"), in the language in
// use. Their keys are built, so the repository's check leaves them to the test that walks them.
const std::string& tool_idea(const Tool& tool, std::string_view part);
// The tool whose screen this is, if it is one.
const Tool* tool_on_screen(ScreenId screen);

}  // namespace kitbag
