// The presenter view's picture through real ImGui frames: drawn only while it is wanted, with
// nothing in it to click, and never touching what the grown-up's window shows or can do.
#include <gtest/gtest.h>

#include "app/core/i18n/current_strings.h"
#include "app/core/ui_ids.h"
#include "app/ui/screens/journey_screen.h"
#include "app/ui/screens/stick_screen.h"
#include "tests/support/ui_harness.h"

namespace kitbag {
namespace {

using test::UiHarness;

TEST(PresenterView, WhileTheGrownUpIsAtHomeTheChildSeesACalmPageWithNothingToClick) {
  UiHarness ui;
  ui.set_presenter_open(true);
  ui.settle();
  EXPECT_TRUE(ui.presented().shows_text("Kitbag"));
  EXPECT_TRUE(ui.presented().targets().empty());
  EXPECT_GT(ui.presenter_picture().TotalVtxCount, 0);
  EXPECT_FLOAT_EQ(ui.presenter_picture().DisplaySize.x, 960);
  EXPECT_FLOAT_EQ(ui.presenter_picture().DisplaySize.y, 640);
  EXPECT_FALSE(ui.presented().shows_text("Sign in")) << "nothing of the grown-up's";
}

TEST(PresenterView, TheGrownUpsWindowIsTheSameWithItOpenOrClosed) {
  std::vector<UiTarget> without;
  {
    UiHarness closed({.start = ScreenId::Animals});  // one ImGui context at a time
    closed.settle();
    without = closed.shown().targets();
  }
  UiHarness open({.start = ScreenId::Animals});
  open.set_presenter_open(true);
  open.settle();
  ASSERT_EQ(open.shown().targets().size(), without.size());
  for (std::size_t i = 0; i < without.size(); ++i) {
    EXPECT_EQ(open.shown().targets()[i].id, without[i].id);
    EXPECT_FLOAT_EQ(open.shown().targets()[i].rect.y, without[i].rect.y);
  }
  open.click(ui_id::card("owl"));
  EXPECT_EQ(open.navigator().current(), ScreenId::Animals) << "clicks still reach the grown-up's window";
}

TEST(PresenterView, OpeningAndClosingItLeavesTheSessionAsItWas) {
  UiHarness ui({.start = ScreenId::Timer});
  ui.settle();
  ui.tools().timer.start(ui.clock().now());
  ui.set_presenter_open(true);
  ui.settle();
  ui.set_presenter_open(false);
  ui.settle();
  EXPECT_EQ(ui.navigator().current(), ScreenId::Timer);
  EXPECT_EQ(ui.tools().timer.state(ui.clock().now()), Countdown::State::Running);
}

// Each tool's presentation: what the child sees, and none of the grown-up's buttons or hints.

bool presents(const UiHarness& ui, std::string_view text) {
  return ui.presented().shows_text(text);
}

TEST(PresenterView, FeelingsShowTheSetUntilCardsArePickedThenOnlyThose) {
  UiHarness ui({.start = ScreenId::Feelings});
  ui.set_presenter_open(true);
  ui.settle();
  const std::string& red = ui.cards().deck(DeckId::Feelings).find("red")->title;
  const std::string& yellow = ui.cards().deck(DeckId::Feelings).find("yellow")->title;
  EXPECT_TRUE(presents(ui, red));
  EXPECT_TRUE(presents(ui, yellow));
  EXPECT_FALSE(presents(ui, tr("feelings.hint"))) << "the grown-up's hint stays theirs";

  ui.click(ui_id::card("red"));
  EXPECT_TRUE(presents(ui, red));
  EXPECT_FALSE(presents(ui, yellow)) << "only what the child picked";
  EXPECT_TRUE(ui.presented().targets().empty());
}

TEST(PresenterView, AnAnimalTurnedOverShowsItsQualityAndOneChosenIsShownLarge) {
  UiHarness ui({.start = ScreenId::Animals});
  ui.set_presenter_open(true);
  ui.settle();
  const Card& owl = *ui.cards().deck(DeckId::Animals).find("owl");
  EXPECT_FALSE(presents(ui, owl.quality));
  ui.click(ui_id::card("owl"));
  ui.clock().advance(std::chrono::seconds(2));
  ui.frame();
  ui.settle();
  EXPECT_TRUE(presents(ui, owl.quality)) << "turned over on both windows";

  ui.click(ui_id::show_card("lion"));
  const Card& lion = *ui.cards().deck(DeckId::Animals).find("lion");
  EXPECT_TRUE(presents(ui, lion.text)) << "the chosen card, large, with its words";
  EXPECT_FALSE(presents(ui, owl.title));
}

TEST(PresenterView, TheTimerShowsItsDigitsAndHidesThemWhenTheGrownUpDoes) {
  UiHarness ui({.start = ScreenId::Timer});
  ui.set_presenter_open(true);
  ui.settle();
  EXPECT_TRUE(presents(ui, "5:00"));
  ui.click(ui_id::kTimerStart);
  ui.clock().advance(std::chrono::seconds(61));
  ui.frame();
  ui.settle();
  EXPECT_TRUE(presents(ui, "3:59")) << "the same moment as the main window";
  ui.click(ui_id::kTimerDigits);
  EXPECT_FALSE(presents(ui, "3:59"));
  EXPECT_FALSE(presents(ui, tr("timer.reset")));
}

TEST(PresenterView, TheTalkingStickShowsTheCircleWithItsNamesButNotTheSummary) {
  UiHarness ui({.start = ScreenId::Stick});
  ui.set_presenter_open(true);
  ui.settle();
  ui.click(ui_id::stick_name(1));
  ui.type("Sam");
  ui.click(ui_id::kStickBegin);
  EXPECT_TRUE(presents(ui, "Sam"));
  EXPECT_TRUE(ui.presented().targets().empty());
  ui.click(ui_id::kStickPass);
  ui.clock().advance(std::chrono::seconds(20));
  ui.click(ui_id::kStickClosing);
  ui.click(ui_id::kStickFinish);
  ASSERT_EQ(ui.screen<ui::StickScreen>(ScreenId::Stick).stage(), ui::StickScreen::Stage::Summary);
  EXPECT_FALSE(presents(ui, "Sam")) << "who spoke how much is for the grown-up";
  EXPECT_TRUE(presents(ui, "Kitbag"));
}

TEST(PresenterView, TheJourneyShowsThePageBeingReadAndACalmPageWhileOneIsChosen) {
  UiHarness ui({.start = ScreenId::Journey});
  ui.set_presenter_open(true);
  ui.settle();
  EXPECT_TRUE(presents(ui, "Kitbag")) << "choosing is the grown-up's";
  ui.click(ui_id::kJourneyFull);
  ASSERT_EQ(ui.screen<ui::JourneyScreen>(ScreenId::Journey).page(), 0u);
  ui.click(ui_id::kJourneyNextPage);
  EXPECT_EQ(ui.screen<ui::JourneyScreen>(ScreenId::Journey).page(), 1u);
  EXPECT_FALSE(presents(ui, tr("journey.page.next")));
  EXPECT_TRUE(ui.presented().targets().empty());
  EXPECT_TRUE(presents(ui, tr("story.full.first-breaths.text").substr(0, 24))) << "the page's words";
}

}  // namespace
}  // namespace kitbag
