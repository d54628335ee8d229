#include "app/core/screen_id.h"

#include <array>

namespace kitbag {
namespace {

struct NamedScreen {
  ScreenId id;
  std::string_view name;
};

constexpr std::array kScreens = {
    NamedScreen{ScreenId::Home, "home"},         NamedScreen{ScreenId::About, "about"},
    NamedScreen{ScreenId::Feelings, "feelings"}, NamedScreen{ScreenId::Animals, "animals"},
    NamedScreen{ScreenId::Presence, "presence"}, NamedScreen{ScreenId::OwnCards, "your-cards"},
    NamedScreen{ScreenId::Timer, "timer"},       NamedScreen{ScreenId::Stick, "stick"},
    NamedScreen{ScreenId::Journey, "journey"},   NamedScreen{ScreenId::SignIn, "signin"},
    NamedScreen{ScreenId::Settings, "settings"}, NamedScreen{ScreenId::HandOver, "hand-over"},
    NamedScreen{ScreenId::Unlock, "unlock"},     NamedScreen{ScreenId::Ideas, "ideas"},
    NamedScreen{ScreenId::Welcome, "welcome"},
};

constexpr auto kScreenIds = [] {
  std::array<ScreenId, kScreens.size()> ids{};
  for (std::size_t i = 0; i < kScreens.size(); ++i) ids[i] = kScreens[i].id;
  return ids;
}();

}  // namespace

std::string_view screen_name(ScreenId screen) {
  for (const auto& named : kScreens)
    if (named.id == screen) return named.name;
  return "unknown";
}

std::optional<ScreenId> screen_from_name(std::string_view name) {
  for (const auto& named : kScreens)
    if (named.name == name) return named.id;
  return std::nullopt;
}

bool open_in_child_mode(ScreenId screen) {
  switch (screen) {
    case ScreenId::About:
    case ScreenId::OwnCards:
    case ScreenId::SignIn:
    case ScreenId::Settings:
    case ScreenId::HandOver:
    case ScreenId::Ideas:
    case ScreenId::Welcome:
      return false;
    case ScreenId::Home:
    case ScreenId::Feelings:
    case ScreenId::Animals:
    case ScreenId::Presence:
    case ScreenId::Timer:
    case ScreenId::Stick:
    case ScreenId::Journey:
    case ScreenId::Unlock:
      return true;
  }
  return false;
}

std::span<const ScreenId> all_screens() {
  return kScreenIds;
}

}  // namespace kitbag
