// The presenter view's picture through real ImGui frames: drawn only while it is wanted, with
// nothing in it to click, and never touching what the grown-up's window shows or can do.
#include <gtest/gtest.h>

#include "app/core/ui_ids.h"
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

}  // namespace
}  // namespace kitbag
