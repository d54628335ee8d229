// Named keys for scripts and keyboard handling, independent of any windowing library.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace kitbag {

enum class Key {
  Enter,
  Escape,
  Tab,
  Space,
  Backspace,
  Delete,
  Left,
  Right,
  Up,
  Down,
  Home,
  End,
  PageUp,
  PageDown
};

struct KeyChord {
  Key key = Key::Enter;
  bool shift = false;
  bool ctrl = false;
  bool alt = false;
  bool operator==(const KeyChord&) const = default;
};

std::string_view key_name(Key key);
// "Enter", "shift+Tab", "Ctrl+Home": modifiers joined by '+', names case-insensitive.
std::optional<KeyChord> parse_key_chord(std::string_view text);
std::string known_key_names();  // for error messages

}  // namespace kitbag
