#include "app/core/tool_catalog.h"

#include <array>

#include "app/core/i18n/current_strings.h"

namespace kitbag {
namespace {

// The phrases' keys are spelled out, not built from the tool's key, so each can be found in
// the source (the repository's language check looks for them).
constexpr std::array kTools = {
    Tool{ToolId::Feelings, "feelings", "tools.feelings.name", "tools.feelings.hint", ScreenId::Feelings},
    Tool{ToolId::Animals, "animals", "tools.animals.name", "tools.animals.hint", ScreenId::Animals},
    Tool{ToolId::Presence, "presence", "tools.presence.name", "tools.presence.hint", ScreenId::Presence},
    Tool{ToolId::Timer, "timer", "tools.timer.name", "tools.timer.hint", ScreenId::Timer},
    Tool{ToolId::TalkingStick, "stick", "tools.stick.name", "tools.stick.hint", ScreenId::Stick},
    Tool{ToolId::WonderJourney, "journey", "tools.journey.name", "tools.journey.hint", ScreenId::Journey},
};

}  // namespace

std::span<const Tool> tools() {
  return kTools;
}

const Tool& tool(ToolId id) {
  for (const auto& t : kTools)
    if (t.id == id) return t;
  return kTools.front();
}

const Tool* tool_on_screen(ScreenId screen) {
  for (const auto& t : kTools)
    if (t.screen == screen) return &t;
  return nullptr;
}

const std::string& tool_name(const Tool& tool) {
  return tr(tool.name_key);
}

const std::string& tool_hint(const Tool& tool) {
  return tr(tool.hint_key);
}

const std::string& tool_idea(const Tool& tool, std::string_view part) {
  return tr("ideas." + std::string(tool.key) + "." + std::string(part));
}

}  // namespace kitbag
