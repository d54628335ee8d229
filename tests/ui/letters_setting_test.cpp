// Settings' Letters through real ImGui frames: easy-read letters (OpenDyslexic) take over from
// the next frame, on every screen, are remembered, and going back brings Andika back.
#include <gtest/gtest.h>

#include "app/core/ui_ids.h"
#include "platform/fakes/temp_dir.h"
#include "tests/support/ui_harness.h"

namespace kitbag {
namespace {

using test::UiHarness;

TEST(LettersSetting, EasyReadLettersTakeOverFromTheNextFrameAndAreRemembered) {
  TempDir data;
  float usual_width = 0;
  {
    // Tall enough that Settings shows Letters without scrolling.
    UiHarness ui({.size = {1280, 1200}, .start = ScreenId::Settings, .data_dir = data.path()});
    ui.settle();
    EXPECT_EQ(ui.fonts().typeface, "Andika");
    usual_width = ui.target(ui_id::kSettingsLettersUsual).rect.width;
    ui.click(ui_id::kSettingsLettersEasyRead);
    EXPECT_TRUE(ui.preferences().current().easy_read_font);
    EXPECT_EQ(ui.fonts().typeface, "OpenDyslexic");
    EXPECT_NE(ui.target(ui_id::kSettingsLettersUsual).rect.width, usual_width)
        << "its label is measured in the new letters";
    EXPECT_TRUE(ui.notices().empty()) << ui.notices().all().front().detail;
  }
  UiHarness again({.size = {1280, 1200}, .start = ScreenId::Animals, .data_dir = data.path()});
  again.settle();
  EXPECT_EQ(again.fonts().typeface, "OpenDyslexic") << "remembered on this device";
  again.navigator().open(ScreenId::Settings);
  again.frame();
  again.settle();
  again.click(ui_id::kSettingsLettersUsual);
  EXPECT_EQ(again.fonts().typeface, "Andika");
  EXPECT_FLOAT_EQ(again.target(ui_id::kSettingsLettersUsual).rect.width, usual_width);
}

TEST(LettersSetting, EveryScreenFitsAcrossInEasyReadLettersAtTheLargestSize) {
  UiHarness ui({.size = {1024, 600}});
  Preferences easy = ui.preferences().current();
  easy.easy_read_font = true;
  easy.text_size = TextSize::Largest;
  ui.preferences().change(easy);
  for (ScreenId screen : {ScreenId::Home, ScreenId::Feelings, ScreenId::Animals, ScreenId::Presence,
                          ScreenId::Timer, ScreenId::Stick, ScreenId::Journey, ScreenId::Settings,
                          ScreenId::Ideas, ScreenId::Welcome, ScreenId::About, ScreenId::SignIn}) {
    ui.navigator().home();
    ui.navigator().open(screen);
    ui.frame();
    ui.settle();
    ASSERT_EQ(ui.navigator().current(), screen);
    EXPECT_EQ(ui.fonts().typeface, "OpenDyslexic");
    EXPECT_FALSE(ui.shown().texts().empty()) << screen_name(screen);
    for (const UiTarget& target : ui.shown().targets())
      EXPECT_LE(target.rect.right(), 1024.5f) << screen_name(screen) << ": " << target.id;
    for (const UiText& text : ui.shown().texts())
      EXPECT_LE(text.rect.right(), 1024.5f) << screen_name(screen) << ": " << text.text;
  }
}

}  // namespace
}  // namespace kitbag
