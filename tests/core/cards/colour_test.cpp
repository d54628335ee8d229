// Reading and writing "#RRGGBB" colours, and choosing dark or light words on a card's colour.
#include "app/core/cards/colour.h"

#include <gtest/gtest.h>

namespace kitbag {
namespace {

TEST(Colour, ParsesUppercaseHex) {
  EXPECT_EQ(parse_hex_colour("#F5C542"), (Rgb{0xF5, 0xC5, 0x42}));
  EXPECT_EQ(parse_hex_colour("#000000"), (Rgb{0, 0, 0}));
}

TEST(Colour, ParsesLowercaseAndMixedCaseHex) {
  EXPECT_EQ(parse_hex_colour("#f5c542"), (Rgb{0xF5, 0xC5, 0x42}));
  EXPECT_EQ(parse_hex_colour("#aBcDeF"), (Rgb{0xAB, 0xCD, 0xEF}));
}

TEST(Colour, RefusesTheWrongLength) {
  EXPECT_FALSE(parse_hex_colour("#FFF"));
  EXPECT_FALSE(parse_hex_colour("#FFFFFFF"));
  EXPECT_FALSE(parse_hex_colour("#"));
  EXPECT_FALSE(parse_hex_colour(""));
}

TEST(Colour, RefusesTextWithoutTheHash) {
  EXPECT_FALSE(parse_hex_colour("FFAA00"));
  EXPECT_FALSE(parse_hex_colour("xFFAA00"));
}

TEST(Colour, RefusesANonHexDigit) {
  EXPECT_FALSE(parse_hex_colour("#FFAA0G"));
  EXPECT_FALSE(parse_hex_colour("#G0AA00"));
  EXPECT_FALSE(parse_hex_colour("#FF AA0"));
  EXPECT_FALSE(parse_hex_colour("blue"));
}

TEST(Colour, ToHexWritesUppercaseThatParsesBackToTheSameColour) {
  const Rgb colours[] = {{0, 0, 0}, {255, 255, 255}, {0x1C, 0x2B, 0x5A}, {0xF9, 0xD4, 0x23}, {1, 16, 254}};
  for (const Rgb& colour : colours) {
    const std::string hex = to_hex(colour);
    EXPECT_EQ(parse_hex_colour(hex), colour) << hex;
  }
  EXPECT_EQ(to_hex({0xAB, 0x0C, 0xD9}), "#AB0CD9");
}

TEST(Colour, LightBackgroundsWantDarkText) {
  EXPECT_TRUE(wants_dark_text({255, 255, 255}));     // white
  EXPECT_TRUE(wants_dark_text({0xF9, 0xD4, 0x23}));  // yellow
}

TEST(Colour, DarkBackgroundsWantLightText) {
  EXPECT_FALSE(wants_dark_text({0x1C, 0x2B, 0x5A}));  // navy
  EXPECT_FALSE(wants_dark_text({0, 0, 0}));           // black
}

TEST(Colour, LuminanceRunsFromBlackToWhite) {
  EXPECT_NEAR(relative_luminance({0, 0, 0}), 0.0f, 1e-6);
  EXPECT_NEAR(relative_luminance({255, 255, 255}), 1.0f, 1e-4);
  EXPECT_GT(relative_luminance({0, 255, 0}), relative_luminance({0, 0, 255}))
      << "green looks brighter than blue";
}

}  // namespace
}  // namespace kitbag
