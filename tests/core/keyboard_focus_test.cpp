#include "app/core/keyboard_focus.h"

#include <gtest/gtest.h>

namespace kitbag {
namespace {

ScreenInventory three_buttons(bool middle_enabled = true) {
  ScreenInventory shown;
  shown.clear({0, 0, 1000, 1000});
  shown.add_target({"a", "A", {0, 0, 100, 100}, true});
  shown.add_target({"b", "B", {200, 0, 100, 100}, middle_enabled});
  shown.add_target({"c", "C", {400, 0, 100, 100}, true});
  return shown;
}

KeyPresses tab() {
  return {.tab = true};
}
KeyPresses shift_tab() {
  return {.tab = true, .shift = true};
}

TEST(KeyboardFocus, HiddenUntilTheKeyboardIsUsed) {
  KeyboardFocus focus;
  focus.begin_frame(three_buttons(), {});
  EXPECT_FALSE(focus.ring_visible());
  EXPECT_TRUE(focus.focused_id().empty());
  focus.begin_frame(three_buttons(), tab());
  EXPECT_TRUE(focus.ring_visible());
  EXPECT_TRUE(focus.is_focused("a"));
}

TEST(KeyboardFocus, TabAndShiftTabWalkTheControls) {
  KeyboardFocus focus;
  const auto shown = three_buttons();
  focus.begin_frame(shown, tab());
  focus.begin_frame(shown, tab());
  EXPECT_TRUE(focus.is_focused("b"));
  focus.begin_frame(shown, shift_tab());
  EXPECT_TRUE(focus.is_focused("a"));
  focus.begin_frame(shown, shift_tab());
  EXPECT_TRUE(focus.is_focused("c")) << "wraps round";
}

TEST(KeyboardFocus, DisabledControlsAreSkipped) {
  KeyboardFocus focus;
  const auto shown = three_buttons(false);
  focus.begin_frame(shown, tab());
  focus.begin_frame(shown, tab());
  EXPECT_TRUE(focus.is_focused("c"));
}

TEST(KeyboardFocus, ArrowsMoveSpatially) {
  KeyboardFocus focus;
  const auto shown = three_buttons();
  focus.begin_frame(shown, tab());
  focus.begin_frame(shown, {.right = true});
  EXPECT_TRUE(focus.is_focused("b"));
  focus.begin_frame(shown, {.right = true});
  EXPECT_TRUE(focus.is_focused("c"));
  focus.begin_frame(shown, {.left = true});
  EXPECT_TRUE(focus.is_focused("b"));
}

TEST(KeyboardFocus, EnterActivatesOnlyTheVisiblyFocusedControlForOneFrame) {
  KeyboardFocus focus;
  const auto shown = three_buttons();
  focus.begin_frame(shown, tab());
  focus.begin_frame(shown, {.activate = true});
  EXPECT_TRUE(focus.activated("a"));
  EXPECT_FALSE(focus.activated("b"));
  focus.begin_frame(shown, {});
  EXPECT_FALSE(focus.activated("a"));
}

TEST(KeyboardFocus, EnterWithNoVisibleFocusOnlyRevealsIt) {
  KeyboardFocus focus;
  const auto shown = three_buttons();
  focus.begin_frame(shown, {.activate = true});
  EXPECT_FALSE(focus.activated("a")) << "a stray key press must not act unseen";
  EXPECT_TRUE(focus.ring_visible());
  EXPECT_TRUE(focus.is_focused("a"));
}

TEST(KeyboardFocus, AClickMovesFocusThereOutOfSight) {
  KeyboardFocus focus;
  const auto shown = three_buttons();
  focus.begin_frame(shown, tab());
  focus.clicked_with_pointer("c");
  EXPECT_FALSE(focus.ring_visible());
  focus.begin_frame(shown, tab());
  EXPECT_TRUE(focus.is_focused("c")) << "the first Tab after the mouse shows where focus is";
  focus.begin_frame(shown, tab());
  EXPECT_TRUE(focus.is_focused("a"));
}

TEST(KeyboardFocus, ANewScreenStartsAtItsFirstControlWhenUsingTheKeyboard) {
  KeyboardFocus focus;
  focus.begin_frame(three_buttons(), tab());
  focus.begin_frame(three_buttons(), tab());
  focus.screen_changed();
  // The frame after the change still reports the old screen; the one after that, the new one.
  focus.begin_frame(three_buttons(), {});
  EXPECT_TRUE(focus.focused_id().empty()) << "nothing on the old screen is focused";
  ScreenInventory next;
  next.clear({0, 0, 1000, 1000});
  next.add_target({"back", "Back", {0, 0, 100, 50}, true});
  focus.begin_frame(next, {});
  EXPECT_TRUE(focus.is_focused("back"));
}

TEST(KeyboardFocus, FocusOnAVanishedControlIsDropped) {
  KeyboardFocus focus;
  focus.begin_frame(three_buttons(), tab());
  ScreenInventory empty;
  empty.clear({0, 0, 1000, 1000});
  focus.begin_frame(empty, {});
  EXPECT_TRUE(focus.focused_id().empty());
}

}  // namespace
}  // namespace kitbag
