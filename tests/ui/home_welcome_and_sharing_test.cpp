// Home's first-run offer of the welcome tour, and the view to share in a video call, through
// real ImGui frames: the offer takes the greeting's place until it is seen or put aside and
// never shows to a child; Share view opens and closes the presenter from home or Settings.
#include <gtest/gtest.h>

#include "app/core/i18n/current_strings.h"
#include "app/core/ui_ids.h"
#include "platform/fakes/temp_dir.h"
#include "tests/support/ui_harness.h"

namespace kitbag {
namespace {

using test::UiHarness;

bool shows(const UiHarness& ui, std::string_view id) {
  return ui.shown().find_by_id(id) != nullptr;
}

TEST(HomeWelcome, AFirstRunOffersTheTourInPlaceOfTheGreeting) {
  UiHarness ui({.first_run = true});
  ui.settle();
  EXPECT_TRUE(shows(ui, ui_id::kWelcomeTour));
  EXPECT_TRUE(shows(ui, ui_id::kWelcomeDismiss));
  EXPECT_FALSE(ui.shown().shows_text(tr("home.greeting")));
  ui.click(ui_id::kWelcomeTour);
  EXPECT_EQ(ui.navigator().current(), ScreenId::Welcome);
  ui.click(ui_id::kBack);
  EXPECT_FALSE(shows(ui, ui_id::kWelcomeTour)) << "seen once is enough";
  EXPECT_TRUE(ui.shown().shows_text(tr("home.greeting")));
}

TEST(HomeWelcome, NotNowPutsItAsideForGood) {
  TempDir data;
  {
    UiHarness ui({.data_dir = data.path(), .first_run = true});
    ui.settle();
    ui.click(ui_id::kWelcomeDismiss);
    EXPECT_FALSE(shows(ui, ui_id::kWelcomeTour));
    EXPECT_EQ(ui.navigator().current(), ScreenId::Home);
  }
  UiHarness again({.data_dir = data.path(), .first_run = true});
  again.settle();
  EXPECT_FALSE(shows(again, ui_id::kWelcomeTour)) << "remembered on this device";
}

TEST(HomeWelcome, AChildWithTheAppIsNeverOfferedIt) {
  UiHarness ui({.first_run = true});
  ui.settle();
  ui.child_lock().hand_to_child();
  ui.frame();
  ui.settle();
  EXPECT_FALSE(shows(ui, ui_id::kWelcomeTour));
  EXPECT_FALSE(ui.preferences().current().welcome_seen) << "still offered to the grown-up later";
}

TEST(HomeWelcome, OnTheSmallestWindowTheTourStillFitsBesideTheCornerButtons) {
  for (const char* language : {"en", "cy", "pl"}) {
    UiHarness ui({.size = {640, 480}, .language = std::string(language), .first_run = true});
    ui.settle();
    ASSERT_TRUE(shows(ui, ui_id::kWelcomeTour)) << language;
    const Rect tour = ui.target(ui_id::kWelcomeTour).rect;
    for (const UiTarget& target : ui.shown().targets()) {
      EXPECT_TRUE(target.rect.inside(ui.shown().viewport())) << language << ": " << target.id;
      if (target.id != ui_id::kWelcomeTour) {
        EXPECT_FALSE(target.rect.intersects(tour)) << language << ": " << target.id;
      }
    }
  }
}

TEST(HomeWelcome, AboutOffersTheWelcomeAgain) {
  UiHarness ui({.size = {1280, 1000}, .start = ScreenId::About});
  ui.settle();
  ui.click(ui_id::kWelcomeAgain);
  EXPECT_EQ(ui.navigator().current(), ScreenId::Welcome);
}

TEST(ShareView, HomeOpensAndClosesThePresenterAndSaysWhichItWillDo) {
  UiHarness ui;
  ui.settle();
  EXPECT_EQ(ui.target(ui_id::kPresenter).label, tr("presenter.open"));
  ui.click(ui_id::kPresenter);
  EXPECT_TRUE(ui.shell().presenter_open());
  EXPECT_EQ(ui.target(ui_id::kPresenter).label, tr("presenter.close"));
  EXPECT_TRUE(ui.presented().shows_text("Kitbag")) << "drawn from the next frame";
  ui.click(ui_id::kPresenter);
  EXPECT_FALSE(ui.shell().presenter_open());
}

TEST(ShareView, SettingsHasItOnAnyWindowAndAChildHasNeither) {
  UiHarness ui({.size = {640, 480}, .start = ScreenId::Settings});
  ui.settle();
  // Settings scrolls on a small window: the button is found by scrolling to it, as a person would.
  for (int i = 0; i < 20 && !shows(ui, ui_id::kPresenter); ++i) ui.press({Key::PageDown});
  ASSERT_TRUE(shows(ui, ui_id::kPresenter));
  ui.click(ui_id::kPresenter);
  EXPECT_TRUE(ui.shell().presenter_open());

  ui.navigator().home();
  ui.child_lock().hand_to_child();
  ui.frame();
  ui.settle();
  EXPECT_FALSE(shows(ui, ui_id::kPresenter));
  EXPECT_TRUE(ui.shell().presenter_open()) << "handing over leaves an open view open";
}

}  // namespace
}  // namespace kitbag
