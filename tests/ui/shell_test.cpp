// The frame around screens: one full-window surface and no ImGui windows, notices that never
// cover a tool, and a toast that stops costing frames once it stops moving.
#include <gtest/gtest.h>
#include <imgui.h>
#include <imgui_internal.h>

#include "app/core/ui_ids.h"
#include "tests/support/ui_harness.h"

namespace kitbag {
namespace {

using namespace std::chrono_literals;
using test::UiHarness;

TEST(Shell, DrawsOneFullWindowSurfaceWithNoImGuiChrome) {
  UiHarness ui({.size = {1100, 700}});
  ui.settle();
  int visible = 0;
  for (ImGuiWindow* window : GImGui->Windows) {
    if (!window->WasActive || window->Hidden || window->DrawList->CmdBuffer.Size == 0) continue;
    if (window->DrawList->VtxBuffer.Size == 0) continue;  // ImGui's implicit, empty debug window
    ++visible;
    EXPECT_FLOAT_EQ(window->Pos.x, 0);
    EXPECT_FLOAT_EQ(window->Pos.y, 0);
    EXPECT_FLOAT_EQ(window->Size.x, 1100);
    EXPECT_FLOAT_EQ(window->Size.y, 700);
    EXPECT_TRUE(window->Flags & ImGuiWindowFlags_NoTitleBar) << window->Name;
    EXPECT_TRUE(window->Flags & ImGuiWindowFlags_NoResize) << window->Name;
  }
  EXPECT_EQ(visible, 1);
  EXPECT_EQ(ImGui::GetIO().IniFilename, nullptr) << "no imgui.ini is written anywhere";
}

TEST(Shell, EveryScreenButHomeHasABackControl) {
  for (ScreenId screen : all_screens()) {
    UiHarness ui({.start = screen});
    ui.settle();
    if (screen == ScreenId::Home) continue;
    EXPECT_NE(ui.shown().find_by_id(ui_id::kBack), nullptr) << screen_name(screen);
  }
}

TEST(Shell, NoticesTakeTheirOwnSpaceAndCanBeDismissed) {
  UiHarness ui({.size = {1024, 600}});
  ui.notices().add(
      {"A font file is missing", "fonts/Andika-Regular.ttf was not found. Looked in:\n  /somewhere"});
  ui.settle();
  EXPECT_TRUE(ui.shown().shows_text("A font file is missing"));
  EXPECT_TRUE(ui.shown().shows_text("/somewhere"));
  const Rect dismiss = ui.target(ui_id::kDismissNotices).rect;
  for (const auto& target : ui.shown().targets()) {
    if (target.id.starts_with("tile:")) {
      EXPECT_LT(target.rect.bottom(), dismiss.y) << target.id << " is covered";
    }
  }
  ui.click("Dismiss");
  EXPECT_TRUE(ui.notices().empty());
  EXPECT_FALSE(ui.shown().shows_text("A font file is missing"));
}

TEST(Shell, ATallScreenScrollsByKeyboardAndShowsOnlyWhatIsInSight) {
  // Large text in a small window: the About card is taller than the room left beside the notices.
  UiHarness ui({.size = {800, 600}, .start = ScreenId::About, .scale = 1.6f});
  ui.add_missing_font_notices();
  ui.settle();
  ASSERT_TRUE(ui.shown().shows_text("Kitbag Desk 9.9.9-test"));
  ASSERT_FALSE(ui.shown().shows_text("SIL Open Font License")) << "below the fold, behind the notices";
  ui.press({Key::End});
  EXPECT_NE(ui.shown().find_by_id(ui_id::kWelcomeAgain), nullptr) << "the card's last button";
  EXPECT_FALSE(ui.shown().shows_text("Kitbag Desk 9.9.9-test"));
  ui.press({Key::Home});
  EXPECT_TRUE(ui.shown().shows_text("Kitbag Desk 9.9.9-test"));
}

TEST(Shell, ManyNoticesAreSummarised) {
  UiHarness ui;
  for (int i = 0; i < 5; ++i) ui.notices().add({"Problem " + std::to_string(i), "detail"});
  ui.settle();
  EXPECT_TRUE(ui.shown().shows_text("Problem 2"));
  EXPECT_FALSE(ui.shown().shows_text("Problem 3"));
  EXPECT_TRUE(ui.shown().shows_text("and 2 more"));
}

// A toast, as the app shows one: a one-second timer ends while the home screen shows.
void show_the_timers_toast(UiHarness& ui) {
  ui.settle();
  ui.tools().timer.set_length(1s);
  ui.tools().timer.start(ui.clock().now());
  ui.clock().advance(1s);
  ui.frame();
  ui.settle();
}

TEST(Shell, TheToastCostsFramesOnlyWhileItFades) {
  UiHarness ui;
  show_the_timers_toast(ui);
  ASSERT_TRUE(ui.shown().shows_text("The timer has finished"));
  EXPECT_TRUE(ui.scheduler().settled()) << "faded in, it just stays: nothing to animate";
  EXPECT_FALSE(ui.scheduler().frame_due(ui.clock().now() + 1s));

  ui.clock().advance(Toast::kHold);
  ASSERT_TRUE(ui.scheduler().frame_due(ui.clock().now())) << "time to start fading out";
  ui.frame();
  EXPECT_FALSE(ui.scheduler().settled()) << "fading out animates";
  ui.clock().advance(Toast::kFadeOut);
  ui.frame();
  ui.settle();
  EXPECT_FALSE(ui.shown().shows_text("The timer has finished"));
  EXPECT_TRUE(ui.scheduler().settled());
  EXPECT_EQ(ui.scheduler().time_until_due(ui.clock().now()), std::nullopt);
}

TEST(Shell, LeavingAScreenClearsItsToast) {
  UiHarness ui;
  show_the_timers_toast(ui);
  ASSERT_TRUE(ui.shown().shows_text("The timer has finished"));
  ui.click("About");
  EXPECT_FALSE(ui.shown().shows_text("The timer has finished")) << "not carried to the next screen";
  ui.click("Back");
  EXPECT_FALSE(ui.shown().shows_text("The timer has finished"));
}

}  // namespace
}  // namespace kitbag
