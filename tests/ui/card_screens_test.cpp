// What every cards screen owes a child at any window size: cards big enough for a finger, none
// overlapping, every card reachable, and the keyboard able to do what the mouse does.
#include <gtest/gtest.h>

#include "app/core/ui_ids.h"
#include "app/ui/screens/animals_screen.h"
#include "app/ui/screens/feelings_screen.h"
#include "app/ui/widgets.h"
#include "platform/fakes/temp_dir.h"
#include "tests/support/ui_harness.h"

#include <fstream>
#include <set>

namespace kitbag {
namespace {

using test::UiHarness;

struct Case {
  ScreenId screen;
  WindowSize size;
};

class CardScreenSizes : public ::testing::TestWithParam<Case> {};

TEST_P(CardScreenSizes, CardsAreBigAndApartAndNothingLeavesTheWindow) {
  UiHarness ui({.size = GetParam().size, .start = GetParam().screen});
  ui.settle();
  std::vector<Rect> cards;
  float tallest_card = 0;
  for (const UiTarget& t : ui.shown().targets()) {
    EXPECT_GE(t.rect.x, 0) << t.id;
    EXPECT_LE(t.rect.right(), static_cast<float>(GetParam().size.width) + 0.5f) << t.id;
    if (t.id.starts_with("card:") && !t.id.ends_with(":show")) {
      EXPECT_GE(t.rect.width, 100) << t.id;
      tallest_card = std::max(tallest_card, t.rect.height);
      cards.push_back(t.rect);
    }
    // What a scrolling area cuts short is only partly in sight; what is whole must be big enough.
    if (t.partly_hidden) continue;
    EXPECT_GE(t.rect.width, ui::kMinTouchTarget - 0.5f) << t.id;
    EXPECT_GE(t.rect.height, ui::kMinTouchTarget - 0.5f) << t.id;
  }
  if (GetParam().screen != ScreenId::OwnCards) {
    EXPECT_GE(cards.size(), 1u);
    EXPECT_GE(tallest_card, 100);
  }
  for (std::size_t i = 0; i < cards.size(); ++i)
    for (std::size_t j = i + 1; j < cards.size(); ++j) {
      const Rect& a = cards[i];
      const Rect& b = cards[j];
      const bool apart = a.right() <= b.x || b.right() <= a.x || a.bottom() <= b.y || b.bottom() <= a.y;
      EXPECT_TRUE(apart) << "cards " << i << " and " << j << " overlap";
    }
  EXPECT_TRUE(ui.shown().duplicate_ids().empty());
}

INSTANTIATE_TEST_SUITE_P(
    Netbook_To_BigScreen, CardScreenSizes,
    ::testing::Values(Case{ScreenId::Feelings, {1024, 600}}, Case{ScreenId::Feelings, {1920, 1080}},
                      Case{ScreenId::Feelings, {640, 480}}, Case{ScreenId::Animals, {1024, 600}},
                      Case{ScreenId::Animals, {1920, 1080}}, Case{ScreenId::Animals, {640, 480}},
                      Case{ScreenId::Presence, {1024, 600}}, Case{ScreenId::Presence, {1920, 1080}},
                      Case{ScreenId::Presence, {640, 480}}, Case{ScreenId::OwnCards, {1024, 600}},
                      Case{ScreenId::OwnCards, {1920, 1080}}));

TEST(CardScreens, ScrollingBringsTheLastAnimalIntoReach) {
  UiHarness ui({.size = {1024, 600}, .start = ScreenId::Animals});
  ui.settle();
  const std::string last = ui_id::card(ui.cards().deck(DeckId::Animals).cards.back().id);
  EXPECT_EQ(ui.shown().find_by_id(last), nullptr) << "a netbook shows the first rows";
  ui.press({Key::End});
  EXPECT_NE(ui.shown().find_by_id(last), nullptr);
}

TEST(CardScreens, TabReachesEveryAnimalAndScrollsItIntoView) {
  UiHarness ui({.size = {1024, 600}, .start = ScreenId::Animals});
  ui.settle();
  const Deck& deck = ui.cards().deck(DeckId::Animals);
  std::set<std::string> reached;
  for (int i = 0; i < 200; ++i) {
    ui.press({Key::Tab});
    const std::string id = ui.shell().focus().focused_id();
    if (!id.starts_with("card:") || id.ends_with(":show")) continue;
    reached.insert(id);
    // Wherever focus is, it is in sight.
    const UiTarget* shown = ui.shown().find_by_id(id);
    ASSERT_NE(shown, nullptr) << id << " has focus but is out of sight";
    EXPECT_FALSE(shown->partly_hidden) << id;
  }
  EXPECT_EQ(reached.size(), deck.cards.size());
}

TEST(CardScreens, TheKeyboardPicksAFeelingsCard) {
  UiHarness ui({.start = ScreenId::Feelings});
  ui.settle();
  // Tab walks the buttons to the first card; Enter picks it; the arrow moves to the next.
  for (int i = 0; i < 12 && !ui.shell().focus().focused_id().starts_with("card:"); ++i) ui.press({Key::Tab});
  const std::string first = ui.shell().focus().focused_id();
  ASSERT_EQ(first, ui_id::card("red"));
  ui.press({Key::Enter});
  ui.press({Key::Right});
  ui.press({Key::Space});
  const auto& picks = ui.screen<ui::FeelingsScreen>(ScreenId::Feelings).table().picks();
  ASSERT_EQ(picks.size(), 2u);
  EXPECT_EQ(picks[0], "red");
  EXPECT_NE(picks[1], "red");
  EXPECT_TRUE(ui.shell().focus().ring_visible());
}

TEST(CardScreens, TheKeyboardTurnsAnAnimalCard) {
  UiHarness ui({.start = ScreenId::Animals});
  ui.settle();
  for (int i = 0; i < 12 && ui.shell().focus().focused_id() != ui_id::card("owl"); ++i) ui.press({Key::Tab});
  ASSERT_EQ(ui.shell().focus().focused_id(), ui_id::card("owl"));
  ui.press({Key::Enter});
  EXPECT_EQ(ui.screen<ui::AnimalsScreen>(ScreenId::Animals).table().side("owl"), CardSide::Words);
}

TEST(CardScreens, ABrokenDeckShowsTheRestAndSaysWhatIsWrong) {
  TempDir assets;
  const auto source = std::filesystem::path(KITBAG_SOURCE_DIR) / "assets";
  std::filesystem::copy(source, assets.path(), std::filesystem::copy_options::recursive);
  std::string text;
  {
    std::ifstream in(assets.path() / "decks/animals.json");
    text.assign(std::istreambuf_iterator<char>(in), {});
  }
  const auto owl_colour = text.find("\"colour\"", text.find("\"owl\""));
  ASSERT_NE(owl_colour, std::string::npos);
  text.replace(text.find('#', owl_colour), 7, "bright!");
  std::ofstream(assets.path() / "decks/animals.json") << text;

  UiHarness ui({.size = {1920, 1080}, .start = ScreenId::Animals, .asset_roots = {assets.path()}});
  ui.settle();
  EXPECT_EQ(ui.shown().find_by_id(ui_id::card("owl")), nullptr);
  EXPECT_NE(ui.shown().find_by_id(ui_id::card("lion")), nullptr);
  ASSERT_FALSE(ui.notices().empty());
  const Notice& notice = ui.notices().all().front();
  EXPECT_NE(notice.detail.find("animals.json"), std::string::npos) << notice.detail;
  EXPECT_NE(notice.detail.find("\"owl\""), std::string::npos) << notice.detail;
  EXPECT_NE(notice.detail.find("colour"), std::string::npos) << notice.detail;
}

}  // namespace
}  // namespace kitbag
