#include "app/core/keys.h"

#include <array>
#include <utility>

#include "app/core/text_compare.h"

namespace kitbag {
namespace {

constexpr std::array<std::pair<Key, std::string_view>, 14> kKeyNames = {{
    {Key::Enter, "Enter"},
    {Key::Escape, "Escape"},
    {Key::Tab, "Tab"},
    {Key::Space, "Space"},
    {Key::Backspace, "Backspace"},
    {Key::Delete, "Delete"},
    {Key::Left, "Left"},
    {Key::Right, "Right"},
    {Key::Up, "Up"},
    {Key::Down, "Down"},
    {Key::Home, "Home"},
    {Key::End, "End"},
    {Key::PageUp, "PageUp"},
    {Key::PageDown, "PageDown"},
}};

}  // namespace

std::string_view key_name(Key key) {
  for (const auto& [k, name] : kKeyNames)
    if (k == key) return name;
  return "?";
}

std::optional<KeyChord> parse_key_chord(std::string_view text) {
  KeyChord chord;
  while (true) {
    auto plus = text.find('+');
    if (plus == std::string_view::npos || plus == text.size() - 1) break;
    auto modifier = text.substr(0, plus);
    if (equal_ignoring_case(modifier, "shift"))
      chord.shift = true;
    else if (equal_ignoring_case(modifier, "ctrl"))
      chord.ctrl = true;
    else if (equal_ignoring_case(modifier, "alt"))
      chord.alt = true;
    else
      return std::nullopt;
    text.remove_prefix(plus + 1);
  }
  for (const auto& [key, name] : kKeyNames) {
    if (equal_ignoring_case(text, name)) {
      chord.key = key;
      return chord;
    }
  }
  if (equal_ignoring_case(text, "Esc")) return chord.key = Key::Escape, chord;
  if (equal_ignoring_case(text, "Return")) return chord.key = Key::Enter, chord;
  return std::nullopt;
}

std::string known_key_names() {
  std::string names;
  for (const auto& [key, name] : kKeyNames) {
    if (!names.empty()) names += ", ";
    names += name;
  }
  return names + " (with shift+, ctrl+ or alt+)";
}

}  // namespace kitbag
