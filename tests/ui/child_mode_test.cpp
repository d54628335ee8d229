// Child mode through real ImGui frames: handing over leaves only the tools; a grown-up leaves by
// pressing and holding for the full time (on the fake clock) or, when one was set, by the PIN.
#include <gtest/gtest.h>

#include "app/core/tool_catalog.h"
#include "platform/fakes/temp_dir.h"
#include "tests/support/file_search.h"
#include "tests/support/ui_harness.h"
#include "tests/ui/usage_screens.h"

namespace kitbag {
namespace {

using namespace std::chrono_literals;
using test::counted;
using test::kLeeds;
using test::let_go;
using test::press_and_hold;
using test::stored_counts;
using test::UiHarness;
using test::valid_code;

// What a child must not reach from the home screen.
const std::vector<std::string_view> kGrownUpControls = {ui_id::kSignOut,     ui_id::kSwitchPerson,
                                                        ui_id::kOpenSignIn,  ui_id::kSyncStatus,
                                                        ui_id::kHandToChild, ui_id::kAbout};

// Signed in, as a carer usually is before handing over: so the account bar has all it can show.
void sign_in(UiHarness& ui) {
  ASSERT_TRUE(ui.usage().sign_in(std::string(kLeeds), valid_code()).ok());
  ui.frame();
  ui.settle();
}

void hand_over(UiHarness& ui, const std::string& pin = "") {
  ui.click(ui_id::kHandToChild);
  ASSERT_EQ(ui.navigator().current(), ScreenId::HandOver);
  if (!pin.empty()) {
    ui.click(ui_id::kHandOverPin);
    ui.type(pin);
  }
  ui.click(ui_id::kHandOverStart);
}

void type_unlock_pin(UiHarness& ui, const std::string& pin) {
  ui.click(ui_id::kUnlockPin);
  ui.type(pin);
  ui.click(ui_id::kUnlockSubmit);
}

TEST(ChildMode, HandingOverLeavesOnlyTheToolsAndTheWayOut) {
  TempDir data;
  UiHarness ui({.data_dir = data.path()});
  ui.settle();
  sign_in(ui);
  for (std::string_view id : {ui_id::kSignOut, ui_id::kSwitchPerson, ui_id::kSyncStatus})
    ASSERT_NE(ui.shown().find_by_id(id), nullptr) << id << " is there before handing over";

  hand_over(ui);
  EXPECT_TRUE(ui.child_lock().locked());
  EXPECT_FALSE(ui.child_lock().needs_pin());
  EXPECT_EQ(ui.navigator().current(), ScreenId::Home);
  for (const Tool& tool : tools())
    EXPECT_NE(ui.shown().find_by_id(ui_id::tile(tool.key)), nullptr) << tool.key;
  for (std::string_view id : kGrownUpControls) EXPECT_EQ(ui.shown().find_by_id(id), nullptr) << id;
  EXPECT_NE(ui.shown().find_by_id(ui_id::kGrownUps), nullptr);
  EXPECT_FALSE(ui.shown().shows_text("Signed in with")) << "not even who is signed in";
  EXPECT_TRUE(ui.shown().shows_text("What would you like to choose?"));
  EXPECT_TRUE(ui.usage().person().has_value()) << "handing over does not sign the carer out";
}

TEST(ChildMode, ToolsStillOpenAndAreCountedButNotYourCards) {
  TempDir data;
  UiHarness ui({.data_dir = data.path()});
  ui.settle();
  sign_in(ui);
  hand_over(ui);
  ui.click(ui_id::tile("feelings"));
  EXPECT_EQ(ui.navigator().current(), ScreenId::Feelings);
  EXPECT_EQ(ui.shown().find_by_id(ui_id::kEditCards), nullptr) << "a child cannot change the cards";
  EXPECT_EQ(counted(stored_counts(data.path()), ui.usage().person()->user, kLeeds, "feelings"), 1);
  ui.click(ui_id::kBack);
  ui.click(ui_id::tile("timer"));
  EXPECT_EQ(ui.navigator().current(), ScreenId::Timer);
  EXPECT_TRUE(ui.child_lock().locked());
}

TEST(ChildMode, AGrownUpsScreenAskedForAnotherWayIsTurnedBackHome) {
  UiHarness ui;
  ui.settle();
  hand_over(ui);
  for (ScreenId screen :
       {ScreenId::Settings, ScreenId::SignIn, ScreenId::HandOver, ScreenId::About, ScreenId::OwnCards}) {
    ui.navigator().open(screen);  // as a script or a stray key might
    ui.frame();
    EXPECT_EQ(ui.navigator().current(), ScreenId::Home) << static_cast<int>(screen);
    EXPECT_EQ(ui.shown().find_by_id(ui_id::kSettingsAddress), nullptr);
    EXPECT_EQ(ui.shown().find_by_id(ui_id::kSignInCode), nullptr);
  }
}

TEST(ChildMode, AGrownUpsScreenAskedForSaysItIsForGrownUps) {
  UiHarness ui;
  ui.settle();
  hand_over(ui);
  ui.navigator().open(ScreenId::Settings);
  ui.frame();
  ui.settle();
  EXPECT_TRUE(ui.shown().shows_text("That part is for grown-ups."));
}

TEST(ChildMode, GrownUpsOpensTheUnlockScreenWithTheCircleToHold) {
  UiHarness ui;
  ui.settle();
  hand_over(ui);
  ui.click(ui_id::kGrownUps);
  EXPECT_EQ(ui.navigator().current(), ScreenId::Unlock);
  EXPECT_NE(ui.shown().find_by_id(ui_id::kUnlockHold), nullptr);
  EXPECT_EQ(ui.shown().find_by_id(ui_id::kUnlockPin), nullptr) << "no PIN was set";
  EXPECT_TRUE(ui.shown().shows_text("press and hold the circle"));
  ui.click(ui_id::kBack);
  EXPECT_EQ(ui.navigator().current(), ScreenId::Home);
  EXPECT_TRUE(ui.child_lock().locked()) << "going back is not unlocking";
}

TEST(ChildMode, HoldingForLessThanThreeSecondsDoesNotUnlock) {
  ASSERT_EQ(ChildLock::kHoldToUnlock, 3000ms) << "the screen's words say three seconds";
  UiHarness ui;
  ui.settle();
  hand_over(ui);
  ui.click(ui_id::kGrownUps);
  press_and_hold(ui, ui_id::kUnlockHold, 2800ms);
  EXPECT_TRUE(ui.child_lock().locked());
  EXPECT_TRUE(ui.shown().shows_text("Keep holding...")) << "the circle says it is being held";
  let_go(ui, ui_id::kUnlockHold);
  EXPECT_TRUE(ui.child_lock().locked()) << "a tap or a short press never unlocks";
  EXPECT_EQ(ui.navigator().current(), ScreenId::Unlock);
  EXPECT_TRUE(ui.shown().shows_text("Press and hold"));
}

TEST(ChildMode, LettingGoStartsTheHoldAgain) {
  UiHarness ui;
  ui.settle();
  hand_over(ui);
  ui.click(ui_id::kGrownUps);
  // Two presses of two seconds make four, but neither is three seconds held.
  press_and_hold(ui, ui_id::kUnlockHold, 2000ms);
  EXPECT_NEAR(ui.child_lock().hold_progress(ui.clock().now()), 2.0f / 3, 0.02f) << "the ring two-thirds full";
  let_go(ui, ui_id::kUnlockHold);
  EXPECT_EQ(ui.child_lock().hold_progress(ui.clock().now()), 0.0f) << "and empty again";
  press_and_hold(ui, ui_id::kUnlockHold, 2000ms);
  EXPECT_TRUE(ui.child_lock().locked());
  let_go(ui, ui_id::kUnlockHold);
  EXPECT_TRUE(ui.child_lock().locked());
}

TEST(ChildMode, HoldingForThreeSecondsUnlocksAndBringsBackEverything) {
  TempDir data;
  UiHarness ui({.data_dir = data.path()});
  ui.settle();
  sign_in(ui);
  hand_over(ui);
  ui.click(ui_id::kGrownUps);
  press_and_hold(ui, ui_id::kUnlockHold, 3100ms);
  EXPECT_FALSE(ui.child_lock().locked());
  let_go(ui, ui_id::kUnlockHold);
  EXPECT_EQ(ui.navigator().current(), ScreenId::Home);
  for (std::string_view id :
       {ui_id::kSignOut, ui_id::kSwitchPerson, ui_id::kSyncStatus, ui_id::kHandToChild, ui_id::kAbout})
    EXPECT_NE(ui.shown().find_by_id(id), nullptr) << id;
  EXPECT_EQ(ui.shown().find_by_id(ui_id::kGrownUps), nullptr);
  ui.click(ui_id::kSyncStatus);
  EXPECT_EQ(ui.navigator().current(), ScreenId::Settings) << "settings open again";
}

TEST(ChildMode, TheCircleCanBeHeldWithTheSpaceBarToo) {
  UiHarness ui;
  ui.settle();
  hand_over(ui);
  ui.click(ui_id::kGrownUps);
  for (int i = 0; i < 10 && ui.shell().focus().focused_id() != ui_id::kUnlockHold; ++i) ui.press({Key::Tab});
  ASSERT_EQ(ui.shell().focus().focused_id(), ui_id::kUnlockHold);
  ScriptInput space;
  space.key_down = KeyChord{Key::Space};
  auto hold_space = [&](std::chrono::milliseconds held) {
    ui.frame(space);
    for (auto at = 0ms; at < held; at += 100ms) {
      ui.clock().advance(100ms - 16ms);
      ui.frame(space);
    }
  };
  hold_space(2000ms);
  EXPECT_TRUE(ui.child_lock().locked());
  EXPECT_TRUE(ui.shown().shows_text("Keep holding..."));
  ui.frame();  // let go
  hold_space(2000ms);
  EXPECT_TRUE(ui.child_lock().locked()) << "letting go of the key starts again too";
  hold_space(1100ms);
  EXPECT_FALSE(ui.child_lock().locked()) << "held 3.1 seconds without letting go";
  ui.frame();
  ui.settle();
  EXPECT_EQ(ui.navigator().current(), ScreenId::Home);
}

TEST(ChildMode, APinThatIsNotFourDigitsIsRefusedAtHandOver) {
  UiHarness ui;
  ui.settle();
  hand_over(ui, "25");
  EXPECT_FALSE(ui.child_lock().locked());
  EXPECT_EQ(ui.navigator().current(), ScreenId::HandOver);
  EXPECT_TRUE(ui.shown().shows_text("A PIN is 4 digits, like 2580."));
}

TEST(ChildMode, LeavingTheHandOverScreenForgetsThePinTyped) {
  UiHarness ui;
  ui.settle();
  ui.click(ui_id::kHandToChild);
  ui.click(ui_id::kHandOverPin);
  ui.type("2580");
  ui.click(ui_id::kBack);  // changed their mind
  EXPECT_FALSE(ui.child_lock().locked());
  hand_over(ui);  // later, handing over without typing a PIN
  EXPECT_TRUE(ui.child_lock().locked());
  EXPECT_FALSE(ui.child_lock().needs_pin()) << "the PIN typed before going back was kept";
}

TEST(ChildMode, WithAPinAWrongPinDoesNotUnlockAndTheRightOneDoes) {
  UiHarness ui;
  ui.settle();
  hand_over(ui, "2580");
  ASSERT_TRUE(ui.child_lock().locked());
  EXPECT_TRUE(ui.child_lock().needs_pin());
  ui.click(ui_id::kGrownUps);
  ASSERT_NE(ui.shown().find_by_id(ui_id::kUnlockPin), nullptr);

  type_unlock_pin(ui, "1234");
  EXPECT_TRUE(ui.child_lock().locked());
  EXPECT_EQ(ui.navigator().current(), ScreenId::Unlock);
  EXPECT_TRUE(ui.shown().shows_text("That is not the PIN. Please try again."));

  type_unlock_pin(ui, "2580");
  EXPECT_FALSE(ui.child_lock().locked());
  EXPECT_EQ(ui.navigator().current(), ScreenId::Home);
  EXPECT_NE(ui.shown().find_by_id(ui_id::kHandToChild), nullptr);
}

TEST(ChildMode, APinIsNotLeftInImGuisMemoryOnceUsed) {
  UiHarness ui;
  ui.settle();
  hand_over(ui, "2580");
  ASSERT_TRUE(ui.child_lock().locked());
  EXPECT_FALSE(test::holds(test::imgui_text_box_memory(), "2580")) << "after handing over";

  ui.click(ui_id::kGrownUps);
  type_unlock_pin(ui, "1234");
  EXPECT_FALSE(test::holds(test::imgui_text_box_memory(), "1234")) << "after a wrong PIN";
  type_unlock_pin(ui, "2580");
  ASSERT_FALSE(ui.child_lock().locked());
  EXPECT_FALSE(test::holds(test::imgui_text_box_memory(), "2580")) << "after unlocking";
}

TEST(ChildMode, WithAPinSetHoldingIsNoWayOut) {
  // Otherwise the PIN would keep nobody out: a child could simply hold on.
  UiHarness ui;
  ui.settle();
  hand_over(ui, "2580");
  ui.click(ui_id::kGrownUps);
  EXPECT_EQ(ui.shown().find_by_id(ui_id::kUnlockHold), nullptr) << "no circle is offered";
  press_and_hold(ui, ui_id::kUnlockSubmit, 5000ms);  // the one big button, held down long
  let_go(ui, ui_id::kUnlockSubmit);
  EXPECT_TRUE(ui.child_lock().locked());
  EXPECT_TRUE(ui.shown().shows_text("That is not the PIN.")) << "an empty PIN is just a wrong one";
}

TEST(ChildMode, TheNextHandOverForgetsTheLastPin) {
  UiHarness ui;
  ui.settle();
  hand_over(ui, "2580");
  ui.click(ui_id::kGrownUps);
  type_unlock_pin(ui, "2580");
  ASSERT_FALSE(ui.child_lock().locked());
  hand_over(ui);  // this time without one
  EXPECT_TRUE(ui.child_lock().locked());
  EXPECT_FALSE(ui.child_lock().needs_pin()) << "the PIN box starts empty, and the old PIN is gone";
  ui.click(ui_id::kGrownUps);
  EXPECT_NE(ui.shown().find_by_id(ui_id::kUnlockHold), nullptr);
}

TEST(ChildMode, HandingOverSaysSoWithAToast) {
  UiHarness ui;
  ui.settle();
  hand_over(ui);
  EXPECT_TRUE(ui.shown().shows_text("Over to you! Choose whatever you like."));
  ui.click(ui_id::kGrownUps);
  press_and_hold(ui, ui_id::kUnlockHold, 3100ms);
  let_go(ui, ui_id::kUnlockHold);
  EXPECT_TRUE(ui.shown().shows_text("Child mode is off."));
}

}  // namespace
}  // namespace kitbag
