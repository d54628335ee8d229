// A card's colour, and the "#RRGGBB" form decks and saved cards write it in.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace kitbag {

struct Rgb {
  std::uint8_t r = 0;
  std::uint8_t g = 0;
  std::uint8_t b = 0;
  bool operator==(const Rgb&) const = default;
};

std::optional<Rgb> parse_hex_colour(std::string_view text);
std::string to_hex(Rgb colour);

// WCAG relative luminance, 0 (black) to 1 (white): decides whether words on the colour are dark or light.
float relative_luminance(Rgb colour);
bool wants_dark_text(Rgb background);

}  // namespace kitbag
