// Ideas for grown-ups through real ImGui frames: offered on every tool's top bar and nowhere
// else, opened on that tool's ideas, every way of using every tool written down, and Back
// returning to the tool as it was left. A child with the app never sees them.
#include <gtest/gtest.h>

#include <set>

#include "app/core/i18n/current_strings.h"
#include "app/core/tool_catalog.h"
#include "app/core/ui_ids.h"
#include "app/ui/screens/feelings_screen.h"
#include "app/ui/screens/ideas_screen.h"
#include "app/ui/screens/journey_screen.h"
#include "app/ui/screens/stick_screen.h"
#include "tests/support/ui_harness.h"

namespace kitbag {
namespace {

using test::UiHarness;

TEST(IdeasScreen, EveryToolOffersIdeasAndOtherScreensDoNot) {
  for (const Tool& tool : tools()) {
    UiHarness ui({.start = *tool.screen});
    ui.settle();
    EXPECT_NE(ui.shown().find_by_id(ui_id::kOpenIdeas), nullptr) << tool.key;
  }
  for (ScreenId other : {ScreenId::Settings, ScreenId::About, ScreenId::OwnCards, ScreenId::SignIn}) {
    UiHarness ui({.start = other});
    ui.settle();
    EXPECT_EQ(ui.shown().find_by_id(ui_id::kOpenIdeas), nullptr) << screen_name(other);
  }
}

TEST(IdeasScreen, OpensOnTheToolItCameFromAndBackReturnsToItAsItWas) {
  UiHarness ui({.start = ScreenId::Feelings});
  ui.settle();
  ui.click(ui_id::card("red"));
  ASSERT_TRUE(ui.screen<ui::FeelingsScreen>(ScreenId::Feelings).table().picked("red"));

  ui.click(ui_id::kOpenIdeas);
  ASSERT_EQ(ui.navigator().current(), ScreenId::Ideas);
  EXPECT_EQ(ui.screen<ui::IdeasScreen>(ScreenId::Ideas).showing(), ToolId::Feelings);
  EXPECT_TRUE(ui.shown().shows_text(tr("ideas.feelings.closing"))) << "how to close a session, for this tool";

  ui.click(ui_id::kBack);
  EXPECT_EQ(ui.navigator().current(), ScreenId::Feelings);
  EXPECT_TRUE(ui.screen<ui::FeelingsScreen>(ScreenId::Feelings).table().picked("red"))
      << "reading ideas does not disturb the session";
}

TEST(IdeasScreen, ReadingThemAtTheStickSummaryOrWithTheJourneyPlayingDisturbsNeither) {
  {
    UiHarness ui({.start = ScreenId::Stick});
    ui.settle();
    ui.click(ui_id::stick_name(1));
    ui.type("Sam");
    ui.click(ui_id::kStickBegin);
    ui.click(ui_id::kStickPass);
    ui.clock().advance(std::chrono::seconds(20));
    ui.click(ui_id::kStickClosing);
    ui.click(ui_id::kStickFinish);
    ASSERT_EQ(ui.screen<ui::StickScreen>(ScreenId::Stick).stage(), ui::StickScreen::Stage::Summary);
    ui.click(ui_id::kOpenIdeas);
    ui.click(ui_id::kBack);
    EXPECT_EQ(ui.screen<ui::StickScreen>(ScreenId::Stick).stage(), ui::StickScreen::Stage::Summary);
    EXPECT_TRUE(ui.shown().shows_text("Sam")) << "the summary is still there to close the session with";
  }
  UiHarness ui({.start = ScreenId::Journey});
  ui.settle();
  ui.click(ui_id::kJourneyFull);
  ASSERT_EQ(ui.screen<ui::JourneyScreen>(ScreenId::Journey).player().state(), PlayState::Playing);
  ui.click(ui_id::kOpenIdeas);
  EXPECT_EQ(ui.screen<ui::JourneyScreen>(ScreenId::Journey).player().state(), PlayState::Playing);
  ui.click(ui_id::kBack);
  EXPECT_EQ(ui.screen<ui::JourneyScreen>(ScreenId::Journey).player().state(), PlayState::Playing);
}

TEST(IdeasScreen, EachToolsIdeasCoverEveryWayAndClosingInWordsOfTheirOwn) {
  UiHarness ui({.start = ScreenId::Ideas});
  ui.settle();
  std::set<std::string> closings;
  for (const Tool& tool : tools()) {
    ui.click(ui_id::ideas_tool(tool.key));
    EXPECT_EQ(ui.screen<ui::IdeasScreen>(ScreenId::Ideas).showing(), tool.id);
    for (const char* part :
         {"for", "ice-breaker", "check-in", "siblings", "parents", "teenagers", "team", "closing"}) {
      const std::string key = "ideas." + std::string(tool.key) + "." + part;
      ASSERT_TRUE(current_strings().has(key)) << key;
    }
    closings.insert(tr("ideas." + std::string(tool.key) + ".closing"));
    EXPECT_TRUE(ui.shown().shows_text(tr("ideas.way.team")));
  }
  EXPECT_EQ(closings.size(), tools().size()) << "each tool closes in its own way";
  EXPECT_TRUE(current_strings().missing().empty()) << current_strings().missing().front();
}

TEST(IdeasScreen, FitsAcrossTheSmallestWindowAtTheLargestSizeInEveryLanguage) {
  for (const char* language : {"en", "cy", "pl"}) {
    UiHarness ui({.size = {640, 480}, .start = ScreenId::Ideas, .language = std::string(language)});
    Preferences largest = ui.preferences().current();
    largest.text_size = TextSize::Largest;
    ui.preferences().change(largest);
    for (const Tool& tool : tools()) {
      ui.settle();
      ui.click(ui_id::ideas_tool(tool.key));
      for (const UiTarget& target : ui.shown().targets())
        EXPECT_LE(target.rect.right(), 640.5f) << language << " " << tool.key << ": " << target.id;
      for (const UiText& text : ui.shown().texts())
        EXPECT_LE(text.rect.right(), 640.5f) << language << " " << tool.key << ": " << text.text;
    }
    EXPECT_TRUE(current_strings().missing().empty()) << language;
  }
}

TEST(IdeasScreen, ATitleTooLongBesideIdeasStepsDownRatherThanRunningUnderIt) {
  for (const char* language : {"en", "cy", "pl"}) {
    for (const Tool& tool : tools()) {
      UiHarness ui({.size = {640, 480}, .start = *tool.screen, .language = std::string(language)});
      Preferences largest = ui.preferences().current();
      largest.text_size = TextSize::Largest;
      ui.preferences().change(largest);
      ui.settle();
      // The journey's page has a button of its own in the bar's row too.
      if (tool.id == ToolId::WonderJourney) ui.click(ui_id::kJourneyFull);
      std::vector<Rect> buttons{ui.target(ui_id::kOpenIdeas).rect};
      if (const UiTarget* others = ui.shown().find_by_id(ui_id::kJourneyChoose)) buttons.push_back(others->rect);
      for (const Rect& button : buttons)
        for (const UiText& text : ui.shown().texts())
          if (!text.rect.inside(button)) {  // its own label is inside it
            EXPECT_FALSE(text.rect.intersects(button)) << language << " " << tool.key << ": " << text.text;
          }
    }
  }
}

TEST(IdeasScreen, AChildWithTheAppIsNotOfferedIdeas) {
  UiHarness ui({.start = ScreenId::Home});
  ui.settle();
  ui.child_lock().hand_to_child();
  ui.navigator().open(ScreenId::Animals);
  ui.frame();
  ui.settle();
  EXPECT_EQ(ui.shown().find_by_id(ui_id::kOpenIdeas), nullptr);
  ui.navigator().open(ScreenId::Ideas);
  ui.frame();
  ui.settle();
  EXPECT_EQ(ui.navigator().current(), ScreenId::Home);
}

}  // namespace
}  // namespace kitbag
