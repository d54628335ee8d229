#include "app/core/tool_catalog.h"

#include <array>

namespace kitbag {
namespace {

// Each tool gains its screen when its own issue lands.
constexpr std::array kTools = {
    Tool{ToolId::Feelings, "feelings", "Feelings", "Colours and faces for how you feel", ScreenId::Feelings},
    Tool{ToolId::Animals, "animals", "Animals", "Pick an animal and turn it over", ScreenId::Animals},
    Tool{ToolId::Presence, "presence", "Presence", "Small moments to breathe and notice", ScreenId::Presence},
    Tool{ToolId::Timer, "timer", "Timer", "Watch the time shrink away", ScreenId::Timer},
    Tool{ToolId::TalkingStick, "stick", "Talking stick", "Take turns to talk and listen", ScreenId::Stick},
    Tool{ToolId::WonderJourney, "journey", "Wonder Journey", "A calm story with music", ScreenId::Journey},
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

}  // namespace kitbag
