#include "app/core/tool_catalog.h"

#include <array>

#include "app/core/i18n/current_strings.h"

namespace kitbag {
namespace {

// Each tool gains its screen when its own issue lands.
constexpr std::array kTools = {
    Tool{ToolId::Feelings, "feelings", ScreenId::Feelings},
    Tool{ToolId::Animals, "animals", ScreenId::Animals},
    Tool{ToolId::Presence, "presence", ScreenId::Presence},
    Tool{ToolId::Timer, "timer", ScreenId::Timer},
    Tool{ToolId::TalkingStick, "stick", ScreenId::Stick},
    Tool{ToolId::WonderJourney, "journey", ScreenId::Journey},
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

// Spelled out, not built from the key, so each phrase's key can be found in the source.
const std::string& tool_name(const Tool& tool) {
  switch (tool.id) {
    case ToolId::Feelings:
      return tr("tools.feelings.name");
    case ToolId::Animals:
      return tr("tools.animals.name");
    case ToolId::Presence:
      return tr("tools.presence.name");
    case ToolId::Timer:
      return tr("tools.timer.name");
    case ToolId::TalkingStick:
      return tr("tools.stick.name");
    case ToolId::WonderJourney:
      return tr("tools.journey.name");
  }
  return tr("tools.feelings.name");
}

const std::string& tool_hint(const Tool& tool) {
  switch (tool.id) {
    case ToolId::Feelings:
      return tr("tools.feelings.hint");
    case ToolId::Animals:
      return tr("tools.animals.hint");
    case ToolId::Presence:
      return tr("tools.presence.hint");
    case ToolId::Timer:
      return tr("tools.timer.hint");
    case ToolId::TalkingStick:
      return tr("tools.stick.hint");
    case ToolId::WonderJourney:
      return tr("tools.journey.hint");
  }
  return tr("tools.feelings.hint");
}

}  // namespace kitbag
