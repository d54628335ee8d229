#include "app/core/cards/colour.h"

#include <cmath>

namespace kitbag {
namespace {

std::optional<int> hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return std::nullopt;
}

float linear(std::uint8_t channel) {
  const float c = static_cast<float>(channel) / 255.0f;
  return c <= 0.04045f ? c / 12.92f : std::pow((c + 0.055f) / 1.055f, 2.4f);
}

}  // namespace

std::optional<Rgb> parse_hex_colour(std::string_view text) {
  if (text.size() != 7 || text[0] != '#') return std::nullopt;
  std::uint8_t channels[3];
  for (int i = 0; i < 3; ++i) {
    auto high = hex_digit(text[1 + 2 * i]);
    auto low = hex_digit(text[2 + 2 * i]);
    if (!high || !low) return std::nullopt;
    channels[i] = static_cast<std::uint8_t>(*high * 16 + *low);
  }
  return Rgb{channels[0], channels[1], channels[2]};
}

std::string to_hex(Rgb colour) {
  static constexpr char kDigits[] = "0123456789ABCDEF";
  std::string text = "#";
  for (std::uint8_t channel : {colour.r, colour.g, colour.b}) {
    text += kDigits[channel >> 4];
    text += kDigits[channel & 0xF];
  }
  return text;
}

float relative_luminance(Rgb colour) {
  return 0.2126f * linear(colour.r) + 0.7152f * linear(colour.g) + 0.0722f * linear(colour.b);
}

bool wants_dark_text(Rgb background) {
  // Dark ink (luminance ~0.02) against white text (1.0): pick whichever contrasts more.
  const float l = relative_luminance(background);
  return (l + 0.05f) / (0.02f + 0.05f) >= (1.0f + 0.05f) / (l + 0.05f);
}

}  // namespace kitbag
