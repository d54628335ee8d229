// The first-run welcome through real ImGui frames: every tool explained and one tap from it,
// Start going home, and leaving it any way meaning it is not offered again on this device.
#include <gtest/gtest.h>

#include "app/core/i18n/current_strings.h"
#include "app/core/tool_catalog.h"
#include "app/core/ui_ids.h"
#include "platform/fakes/temp_dir.h"
#include "tests/support/ui_harness.h"

namespace kitbag {
namespace {

using test::UiHarness;

TEST(WelcomeScreen, ExplainsEveryToolAndEachOpensStraightFromIt) {
  for (const Tool& tool : tools()) {
    UiHarness ui({.start = ScreenId::Welcome});
    ui.settle();
    for (const Tool& each : tools()) {
      EXPECT_NE(ui.shown().find_by_id(ui_id::welcome_tool(each.key)), nullptr) << each.key;
      EXPECT_TRUE(ui.shown().shows_text(tr("ideas." + std::string(each.key) + ".for"))) << each.key;
    }
    ui.click(ui_id::welcome_tool(tool.key));
    EXPECT_EQ(ui.navigator().current(), *tool.screen);
    ui.click(ui_id::kBack);
    EXPECT_EQ(ui.navigator().current(), ScreenId::Home) << "the tour is not in the way back";
  }
}

TEST(WelcomeScreen, StartGoesHomeAndTheWelcomeIsRememberedAsSeen) {
  TempDir data;
  {
    UiHarness ui({.start = ScreenId::Welcome, .data_dir = data.path(), .first_run = true});
    ui.settle();
    EXPECT_FALSE(ui.preferences().current().welcome_seen);
    ui.click(ui_id::kWelcomeStart);
    EXPECT_EQ(ui.navigator().current(), ScreenId::Home);
    EXPECT_TRUE(ui.preferences().current().welcome_seen);
  }
  Notices notices;
  EXPECT_TRUE(PreferencesService(data.path(), notices).current().welcome_seen) << "kept on this device";
}

TEST(WelcomeScreen, LeavingByBackOrByAToolAlsoPutsItAside) {
  {
    UiHarness ui({.start = ScreenId::Welcome, .first_run = true});
    ui.settle();
    ASSERT_FALSE(ui.preferences().current().welcome_seen);
    ui.click(ui_id::kBack);
    EXPECT_TRUE(ui.preferences().current().welcome_seen);
  }
  UiHarness tool_first({.start = ScreenId::Welcome, .first_run = true});
  tool_first.settle();
  ASSERT_FALSE(tool_first.preferences().current().welcome_seen);
  tool_first.click(ui_id::welcome_tool("timer"));
  EXPECT_TRUE(tool_first.preferences().current().welcome_seen);
}

TEST(WelcomeScreen, FitsAcrossTheSmallestWindowInEveryLanguage) {
  for (const char* language : {"en", "cy", "pl"}) {
    UiHarness ui({.size = {640, 480}, .start = ScreenId::Welcome, .language = std::string(language)});
    ui.settle();
    // All of it, scrolled through as a person would.
    for (int page = 0; page < 8; ++page) {
      for (const UiTarget& target : ui.shown().targets())
        EXPECT_LE(target.rect.right(), 640.5f) << language << ": " << target.id;
      for (const UiText& text : ui.shown().texts()) EXPECT_LE(text.rect.right(), 640.5f) << language << ": " << text.text;
      ui.press({Key::PageDown});
    }
    EXPECT_NE(ui.shown().find_by_id(ui_id::kWelcomeStart), nullptr) << language << ": Start at the end";
    EXPECT_TRUE(current_strings().missing().empty()) << language;
  }
}

}  // namespace
}  // namespace kitbag
