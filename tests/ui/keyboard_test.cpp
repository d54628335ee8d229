// Every control reachable and usable from the keyboard, with a visible focus ring.
#include <gtest/gtest.h>

#include <set>

#include "app/core/ui_ids.h"
#include "tests/support/ui_harness.h"

namespace kitbag {
namespace {

using test::UiHarness;

TEST(Keyboard, TabReachesEveryControlOnTheHomeScreen) {
  UiHarness ui;
  ui.settle();
  std::set<std::string> reached;
  for (std::size_t i = 0; i < ui.shown().targets().size(); ++i) {
    ui.press({Key::Tab});
    reached.insert(ui.shell().focus().focused_id());
  }
  EXPECT_EQ(reached.size(), ui.shown().targets().size());
  EXPECT_TRUE(ui.shell().focus().ring_visible());
}

TEST(Keyboard, EnterOpensAboutAndFocusMovesToBack) {
  UiHarness ui;
  ui.settle();
  ui.press({Key::Tab});
  ASSERT_EQ(ui.shell().focus().focused_id(), ui_id::kAbout);
  ui.press({Key::Enter});
  EXPECT_EQ(ui.navigator().current(), ScreenId::About);
  EXPECT_EQ(ui.shell().focus().focused_id(), ui_id::kBack);
  ui.press({Key::Space});
  EXPECT_EQ(ui.navigator().current(), ScreenId::Home);
}

TEST(Keyboard, EscapeGoesBack) {
  UiHarness ui({.start = ScreenId::About});
  ui.settle();
  ui.press({Key::Escape});
  EXPECT_EQ(ui.navigator().current(), ScreenId::Home);
  ui.press({Key::Escape});
  EXPECT_EQ(ui.navigator().current(), ScreenId::Home) << "Escape at home does nothing";
}

TEST(Keyboard, ArrowsMoveBetweenTiles) {
  UiHarness ui;
  ui.settle();
  ui.press({Key::Tab});  // About
  ui.press({Key::Tab});  // Settings
  ui.press({Key::Tab});
  ASSERT_EQ(ui.shell().focus().focused_id(), ui_id::tile("feelings"));
  ui.press({Key::Right});
  EXPECT_EQ(ui.shell().focus().focused_id(), ui_id::tile("animals"));
  ui.press({Key::Down});
  EXPECT_EQ(ui.shell().focus().focused_id(), ui_id::tile("stick"));
  ui.press({Key::Left});
  EXPECT_EQ(ui.shell().focus().focused_id(), ui_id::tile("timer"));
  ui.press({Key::Up});
  EXPECT_EQ(ui.shell().focus().focused_id(), ui_id::tile("feelings"));
}

TEST(Keyboard, EnterOnATileGivesTheSameAnswerAsAClick) {
  UiHarness ui;
  ui.settle();
  // About, Settings, then the tiles in reading order: the sixth tile is the Wonder Journey.
  for (int i = 0; i < 8; ++i) ui.press({Key::Tab});
  ASSERT_EQ(ui.shell().focus().focused_id(), ui_id::tile("journey"));
  ui.press({Key::Enter});
  EXPECT_EQ(ui.navigator().current(), ScreenId::Journey);
  EXPECT_TRUE(ui.shown().find_by_id(ui_id::kJourneyFull)) << "the journey's own screen, as a click opens";
}

}  // namespace
}  // namespace kitbag
