#include "app/core/keys.h"

#include <gtest/gtest.h>

namespace kitbag {
namespace {

TEST(Keys, NamesAreCaseInsensitive) {
  EXPECT_EQ(parse_key_chord("Enter"), (KeyChord{Key::Enter}));
  EXPECT_EQ(parse_key_chord("enter"), (KeyChord{Key::Enter}));
  EXPECT_EQ(parse_key_chord("PAGEDOWN"), (KeyChord{Key::PageDown}));
}

TEST(Keys, ModifiersJoinWithPlus) {
  EXPECT_EQ(parse_key_chord("shift+Tab"), (KeyChord{Key::Tab, true, false, false}));
  EXPECT_EQ(parse_key_chord("Ctrl+Alt+Home"), (KeyChord{Key::Home, false, true, true}));
}

TEST(Keys, CommonAliases) {
  EXPECT_EQ(parse_key_chord("Esc"), (KeyChord{Key::Escape}));
  EXPECT_EQ(parse_key_chord("Return"), (KeyChord{Key::Enter}));
}

TEST(Keys, UnknownNamesAndModifiersAreRefused) {
  EXPECT_EQ(parse_key_chord("F13"), std::nullopt);
  EXPECT_EQ(parse_key_chord("super+Tab"), std::nullopt);
  EXPECT_EQ(parse_key_chord(""), std::nullopt);
  EXPECT_EQ(parse_key_chord("shift+"), std::nullopt);
}

TEST(Keys, EveryKeyRoundTripsThroughItsName) {
  for (Key key : {Key::Enter, Key::Escape, Key::Tab, Key::Space, Key::Backspace, Key::Delete, Key::Left,
                  Key::Right, Key::Up, Key::Down, Key::Home, Key::End, Key::PageUp, Key::PageDown}) {
    auto chord = parse_key_chord(key_name(key));
    ASSERT_TRUE(chord) << key_name(key);
    EXPECT_EQ(chord->key, key);
    EXPECT_NE(known_key_names().find(std::string(key_name(key))), std::string::npos);
  }
}

}  // namespace
}  // namespace kitbag
