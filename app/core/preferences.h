// How the app looks and moves, chosen in Settings and remembered on this device: who the tools
// are set up for (any age, younger, older), how big everything is drawn, calmer motion (cards
// turn and the stick moves at once, with no animation), and high contrast. It describes how
// this laptop is set up, never who used it.
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace kitbag {

enum class TextSize { Standard, Large, Largest };
inline constexpr std::array kTextSizes{TextSize::Standard, TextSize::Large, TextSize::Largest};
// Who the tools are set up for. Younger: faces first, fewer words, bigger cards, the short
// Wonder Journey first. Older: a calm, neutral look, smaller type, plainer wording.
enum class AgeMode { Any, Younger, Older };
inline constexpr std::array kAgeModes{AgeMode::Any, AgeMode::Younger, AgeMode::Older};

struct Preferences {
  TextSize text_size = TextSize::Standard;
  bool calm_motion = false;
  bool high_contrast = false;  // black on white, raised things outlined
  AgeMode age = AgeMode::Any;
  std::string language = "en";  // one of kLanguages' codes
  bool easy_read_font = false;  // a typeface made for readers with dyslexia, in place of Andika
  bool welcome_seen = false;    // the first-run welcome was read or put aside
  bool operator==(const Preferences&) const = default;
};

// How much bigger than standard the screens are drawn: text and the controls around it together,
// so nothing that fits at standard overflows.
float text_size_factor(TextSize size);
std::string_view text_size_key(TextSize size);  // "standard", "large", "largest"
std::string_view age_key(AgeMode age);          // "any", "younger", "older"
// How much bigger than the window's own scale everything is drawn: the text size, a little
// smaller for older children and teenagers.
float look_scale(const Preferences& preferences);

std::string preferences_to_json(const Preferences& preferences);

struct ReadPreferences {
  Preferences preferences;            // what could be read; the standard choice for the rest
  std::vector<std::string> problems;  // what could not be read, each naming `where` and the field
  // What this version does not know (a newer schema, a field it has not heard of): not damage,
  // just not kept when a setting is next saved.
  std::vector<std::string> notes;
};
ReadPreferences preferences_from_json(std::string_view text, const std::string& where);

}  // namespace kitbag
