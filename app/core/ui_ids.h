// Stable IDs of the controls, shared by the screens that draw them and the tests and scripts
// that click them. They never change with wording or language.
#pragma once

#include <string>
#include <string_view>

namespace kitbag::ui_id {

inline constexpr std::string_view kBack = "nav:back";
inline constexpr std::string_view kAbout = "nav:about";
inline constexpr std::string_view kDismissNotices = "notice:dismiss";

// A home screen tile, from the tool's key: "tile:animals".
inline std::string tile(std::string_view tool_key) {
  return "tile:" + std::string(tool_key);
}

}  // namespace kitbag::ui_id
