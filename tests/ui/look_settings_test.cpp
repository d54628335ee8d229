// "How Kitbag looks" in Settings through real ImGui frames: who it is for, the size of words and
// buttons, keeping things still and high contrast take effect on the next frame, on every
// screen, and are remembered.
#include <gtest/gtest.h>
#include <imgui.h>

#include "app/core/tool_catalog.h"
#include "app/core/ui_ids.h"
#include "app/ui/screens/animals_screen.h"
#include "app/ui/screens/feelings_screen.h"
#include "app/ui/theme.h"
#include "app/ui/widgets.h"
#include "platform/fakes/temp_dir.h"
#include "tests/support/ui_harness.h"

namespace kitbag {
namespace {

using namespace std::chrono_literals;
using test::UiHarness;

// Clicks `choices` in Settings, opens the animal cards and taps the owl, with no frames after
// the tap: the table as a turn starts.
const AnimalTable& owl_tapped_after_choosing(UiHarness& ui, std::initializer_list<std::string_view> choices) {
  ui.settle();
  for (std::string_view choice : choices) ui.click(choice);
  ui.navigator().open(ScreenId::Animals);
  ui.frame();
  ui.settle();
  const ScriptInput over = ui.pointer_over(ui_id::card("owl"));
  ScriptInput down = over;
  down.button_down = true;
  ui.frame(over);
  ui.frame(down);
  ui.frame(over);
  return ui.screen<ui::AnimalsScreen>(ScreenId::Animals).table();
}

TEST(LookSettings, ALargerSizeDrawsEverythingBiggerFromTheNextFrame) {
  UiHarness ui({.start = ScreenId::Settings});
  ui.settle();
  const float standard_scale = ui.scale();
  const float standard_text = ui.fonts().body->FontSize;
  const float standard_button = ui.target(ui_id::settings_size("standard")).rect.height;
  EXPECT_TRUE(ui.target(ui_id::settings_size("standard")).label == "Standard");

  ui.click(ui_id::settings_size("large"));
  EXPECT_EQ(ui.preferences().current().text_size, TextSize::Large);
  EXPECT_FLOAT_EQ(ui.scale(), standard_scale * text_size_factor(TextSize::Large));
  EXPECT_GT(ui.fonts().body->FontSize, standard_text * 1.15f);
  EXPECT_GT(ui.target(ui_id::settings_size("standard")).rect.height, standard_button * 1.15f)
      << "buttons grow with the words";

  ui.click(ui_id::settings_size("largest"));
  EXPECT_FLOAT_EQ(ui.scale(), standard_scale * text_size_factor(TextSize::Largest));
  ui.click(ui_id::settings_size("standard"));
  EXPECT_FLOAT_EQ(ui.scale(), standard_scale);
  EXPECT_FLOAT_EQ(ui.fonts().body->FontSize, standard_text);
}

class EveryLook : public ::testing::TestWithParam<Preferences> {};

// At the largest size, for younger children too (the biggest cards), on a small laptop: every
// control and every word on every screen is within the window's width (long pages scroll down).
TEST_P(EveryLook, EveryScreenFitsAcrossASmallLaptop) {
  UiHarness ui({.size = {1024, 600}});
  ui.preferences().change(GetParam());
  ui.settle();
  for (ScreenId screen : {ScreenId::Home, ScreenId::About, ScreenId::Feelings, ScreenId::Animals,
                          ScreenId::Presence, ScreenId::OwnCards, ScreenId::Timer, ScreenId::Stick,
                          ScreenId::Journey, ScreenId::SignIn, ScreenId::Settings, ScreenId::HandOver}) {
    ui.navigator().open(screen);
    ui.frame();
    ui.settle();
    ASSERT_EQ(ui.navigator().current(), screen);
    for (const UiTarget& target : ui.shown().targets()) {
      EXPECT_GE(target.rect.x, -0.5f) << screen_name(screen) << " " << target.id;
      EXPECT_LE(target.rect.right(), 1024.5f)
          << screen_name(screen) << " " << target.id << " is off the window";
    }
    for (const UiText& text : ui.shown().texts()) {
      EXPECT_GE(text.rect.x, -0.5f) << screen_name(screen) << " \"" << text.text << "\"";
      EXPECT_LE(text.rect.right(), 1024.5f)
          << screen_name(screen) << " \"" << text.text << "\" is off the window";
    }
  }
}

INSTANTIATE_TEST_SUITE_P(
    LookSettings, EveryLook,
    ::testing::Values(Preferences{.text_size = TextSize::Largest},
                      Preferences{.text_size = TextSize::Largest, .age = AgeMode::Younger},
                      Preferences{.text_size = TextSize::Largest, .high_contrast = true}),
    [](const auto& look_info) {
      return std::string(text_size_key(look_info.param.text_size)) + "_" +
             std::string(age_key(look_info.param.age)) + (look_info.param.high_contrast ? "_contrast" : "");
    });

TEST(AgeModes, OlderChildrensButtonsStayFingerSizedOnTheSmallestWindow) {
  UiHarness ui({.size = {640, 480}});
  ui.preferences().change({.age = AgeMode::Older});
  ui.settle();
  for (const UiTarget& target : ui.shown().targets()) {
    EXPECT_GE(target.rect.height, ui::kMinTouchTarget) << target.id;
    EXPECT_GE(target.rect.width, ui::kMinTouchTarget) << target.id;
  }
}

TEST(LookSettings, TheChoicesAreRememberedOnThisComputer) {
  TempDir data;
  {
    UiHarness ui({.start = ScreenId::Settings, .data_dir = data.path()});
    ui.settle();
    ui.click(ui_id::settings_size("large"));
    ui.click(ui_id::kSettingsMotionCalm);
  }
  UiHarness again({.start = ScreenId::Settings, .data_dir = data.path()});
  const Preferences& kept = again.preferences().current();
  EXPECT_EQ(kept.text_size, TextSize::Large);
  EXPECT_TRUE(kept.calm_motion);
  EXPECT_FALSE(kept.high_contrast);
  EXPECT_EQ(kept.age, AgeMode::Any);
  again.settle();
  EXPECT_TRUE(
      again.shown().shows_text("Cards turn over, and the talking stick moves, at once, with no animation."));
}

TEST(LookSettings, KeptStillACardTurnsOverAtOnce) {
  UiHarness ui({.start = ScreenId::Settings});
  const AnimalTable& table = owl_tapped_after_choosing(ui, {ui_id::kSettingsMotionCalm});
  ASSERT_TRUE(ui.preferences().current().calm_motion);
  const auto look = table.look("owl", ui.clock().now());
  EXPECT_EQ(look.showing, CardSide::Words);
  EXPECT_FLOAT_EQ(look.width, 1.0f) << "flat on the table already, not turning";
  EXPECT_FALSE(table.turning_until(ui.clock().now())) << "no frames are asked for an animation";
}

TEST(LookSettings, WithGentleMovementBackACardTurnsAsBefore) {
  UiHarness ui({.start = ScreenId::Settings});
  const AnimalTable& table =
      owl_tapped_after_choosing(ui, {ui_id::kSettingsMotionCalm, ui_id::kSettingsMotionOn});
  EXPECT_FALSE(ui.preferences().current().calm_motion);
  EXPECT_TRUE(table.turning_until(ui.clock().now()).has_value());
  EXPECT_LT(table.look("owl", ui.clock().now() + AnimalTable::kTurnTime / 2 - 10ms).width, 0.2f)
      << "halfway through, the card is edge-on";
}

TEST(LookSettings, HighContrastIsBlackOnWhiteWithOutlinesFromTheNextFrame) {
  UiHarness ui({.start = ScreenId::Settings});
  ui.settle();
  EXPECT_FALSE(ui::palette().outlined);
  ui.click(ui_id::kSettingsColoursContrast);
  EXPECT_TRUE(ui.preferences().current().high_contrast);
  ui.frame();
  const ui::Palette& p = ui::palette();
  EXPECT_TRUE(p.outlined);
  EXPECT_EQ(p.ink, IM_COL32(0, 0, 0, 255));
  EXPECT_EQ(p.page, IM_COL32(255, 255, 255, 255));
  EXPECT_EQ(p.ink_soft, p.ink) << "no pale grey text";
  // ImGui's own colours (a text box's words) follow too.
  EXPECT_EQ(ImGui::ColorConvertFloat4ToU32(ImGui::GetStyle().Colors[ImGuiCol_Text]), p.ink);

  ui.click(ui_id::kSettingsColoursUsual);
  ui.frame();
  EXPECT_FALSE(ui::palette().outlined);
  EXPECT_NE(ui::palette().ink, IM_COL32(0, 0, 0, 255));
}

TEST(LookSettings, HomeHasAWayToSettingsForGrownUpsOnly) {
  UiHarness ui;
  ui.settle();
  ui.click(ui_id::kOpenSettings);
  EXPECT_EQ(ui.navigator().current(), ScreenId::Settings);
  ui.click(ui_id::kBack);
  ui.child_lock().hand_to_child();
  ui.frame();
  ui.settle();
  EXPECT_EQ(ui.shown().find_by_id(ui_id::kOpenSettings), nullptr);
}

TEST(AgeModes, YoungerChildrenGetFacesFirstBiggerCardsAndFewerWords) {
  float any_card_width;
  {  // The same screen at any age, for comparing (one harness at a time: each has its ImGui context).
    UiHarness any_age({.start = ScreenId::Feelings});
    any_age.settle();
    any_card_width = any_age.target(ui_id::card("red")).rect.width;
    EXPECT_EQ(any_age.screen<ui::FeelingsScreen>(ScreenId::Feelings).table().set(), FeelingsSet::Colours);
  }

  UiHarness ui({.start = ScreenId::Settings});
  ui.settle();
  ui.click(ui_id::settings_age("younger"));
  EXPECT_EQ(ui.preferences().current().age, AgeMode::Younger);
  ui.click(ui_id::kBack);
  EXPECT_TRUE(ui.shown().shows_text("What shall we do?"));
  EXPECT_FALSE(ui.shown().shows_text(tool_hint(tools().front()))) << "tiles keep to their names";
  ui.click(ui_id::kOpenSettings);
  ui.click(ui_id::settings_age("any"));
  ui.click(ui_id::kBack);
  EXPECT_TRUE(ui.shown().shows_text(tool_hint(tools().front())))
      << "at any age the tiles say what they are for";
  ui.click(ui_id::kOpenSettings);
  ui.click(ui_id::settings_age("younger"));
  ui.click(ui_id::kBack);

  ui.click(ui_id::tile("feelings"));
  const auto& feelings = ui.screen<ui::FeelingsScreen>(ScreenId::Feelings);
  EXPECT_EQ(feelings.table().set(), FeelingsSet::Faces) << "faces first";
  EXPECT_TRUE(ui.shown().shows_text("Tap how you feel.")) << "fewer words";
  ui.click(ui_id::kColours);
  ASSERT_EQ(feelings.table().set(), FeelingsSet::Colours) << "and the colours a tap away";
  EXPECT_GT(ui.target(ui_id::card("red")).rect.width, any_card_width * 1.15f) << "bigger cards";
}

TEST(AgeModes, YoungerChildrenAreOfferedTheShortJourneyFirst) {
  UiHarness ui({.start = ScreenId::Journey});
  ui.preferences().change({.age = AgeMode::Younger});
  ui.settle();
  const Rect shorter = ui.target(ui_id::kJourneyShort).rect;
  const Rect full = ui.target(ui_id::kJourneyFull).rect;
  EXPECT_TRUE(shorter.x < full.x || shorter.y < full.y) << "the short journey comes first";
}

TEST(AgeModes, OlderChildrenGetACalmLookSmallerTypeAndPlainerWords) {
  ImU32 warm_page, warm_feelings;
  float any_scale;
  {  // At any age, for comparing.
    UiHarness any_age;
    any_age.settle();
    warm_page = ui::palette().page;
    warm_feelings = ui::tool_colours(ToolId::Feelings).fill;
    any_scale = any_age.scale();
  }

  UiHarness ui({.start = ScreenId::Settings});
  ui.settle();
  ui.click(ui_id::settings_age("older"));
  ui.click(ui_id::kBack);
  EXPECT_EQ(ui::current_look(), ui::Look::Calm);
  EXPECT_NE(ui::palette().page, warm_page);
  EXPECT_NE(ui::tool_colours(ToolId::Feelings).fill, warm_feelings) << "no nursery colours";
  EXPECT_FLOAT_EQ(ui.scale(), any_scale * 0.9f);
  EXPECT_TRUE(ui.shown().shows_text("Choose a tool."));

  // High contrast wins over the calm look.
  ui.preferences().change({.high_contrast = true, .age = AgeMode::Older});
  ui.frame();
  EXPECT_EQ(ui::current_look(), ui::Look::HighContrast);
}

TEST(LookSettings, AChildCannotReachThem) {
  UiHarness ui;
  ui.settle();
  ui.child_lock().hand_to_child();
  ui.navigator().open(ScreenId::Settings);
  ui.frame();
  ui.settle();
  EXPECT_EQ(ui.navigator().current(), ScreenId::Home);
  EXPECT_EQ(ui.shown().find_by_id(ui_id::settings_size("large")), nullptr);
}

}  // namespace
}  // namespace kitbag
