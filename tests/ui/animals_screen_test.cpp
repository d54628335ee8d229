// The animal cards driven through real ImGui frames: turning a card over with its animation
// timed by the clock, laying all out words up, turning all back, and showing one large.
#include <gtest/gtest.h>

#include "app/core/ui_ids.h"
#include "app/ui/screens/animals_screen.h"
#include "tests/support/ui_harness.h"

namespace kitbag {
namespace {

using namespace std::chrono_literals;
using test::UiHarness;

const AnimalTable& table(UiHarness& ui) {
  return ui.screen<ui::AnimalsScreen>(ScreenId::Animals).table();
}

const Card& owl(UiHarness& ui) {
  return *ui.cards().deck(DeckId::Animals).find("owl");
}

TEST(AnimalsScreen, ShowsPicturesAndNamesFirst) {
  UiHarness ui({.size = {1920, 1080}, .start = ScreenId::Animals});
  ui.settle();
  const UiTarget& card = ui.target(ui_id::card("owl"));
  EXPECT_EQ(card.label, owl(ui).title);
  EXPECT_FALSE(ui.shown().shows_text(owl(ui).quality));
  EXPECT_GT(ui.textures().live_count(), 10u) << "the pictures of the cards on screen";
}

TEST(AnimalsScreen, ATapTurnsTheCardOverWithAnAnimation) {
  UiHarness ui({.start = ScreenId::Animals});
  ui.settle();
  const auto before = ui.clock().now();
  ui.click(ui_id::card("owl"));
  EXPECT_EQ(table(ui).side("owl"), CardSide::Words);
  // The turn asked for frames until it ended, so settling took it to the end in real time.
  EXPECT_GE(ui.clock().now() - before, AnimalTable::kTurnTime);
  EXPECT_EQ(ui.target(ui_id::card("owl")).label, owl(ui).quality);
  EXPECT_TRUE(ui.shown().shows_text(owl(ui).quality));
  ui.click(ui_id::card("owl"));
  EXPECT_EQ(table(ui).side("owl"), CardSide::Picture);
}

TEST(AnimalsScreen, HalfwayThroughATurnTheCardIsNarrow) {
  UiHarness ui({.start = ScreenId::Animals});
  ui.settle();
  const ScriptInput::Point centre{ui.target(ui_id::card("owl")).rect.center_x(),
                                  ui.target(ui_id::card("owl")).rect.center_y()};
  ScriptInput hover;
  hover.pointer = centre;
  ScriptInput press = hover;
  press.button_down = true;
  ui.frame(hover);
  ui.frame(press);
  ui.frame(hover);  // released: the turn starts
  const auto started = ui.clock().now();
  EXPECT_FALSE(ui.scheduler().settled()) << "frames are wanted while the card turns";
  const auto look = table(ui).look("owl", started + AnimalTable::kTurnTime / 2 - 10ms);
  EXPECT_LT(look.width, 0.2f);
  EXPECT_EQ(look.showing, CardSide::Picture);
}

TEST(AnimalsScreen, WordsUpTurnsEveryCardAndTurnAllBackReturns) {
  UiHarness ui({.start = ScreenId::Animals});
  ui.settle();
  ui.click(ui_id::kWordsUp);
  for (const Card& card : ui.cards().deck(DeckId::Animals).cards)
    EXPECT_EQ(table(ui).side(card.id), CardSide::Words);
  EXPECT_EQ(ui.target(ui_id::card("owl")).label, owl(ui).quality);
  ui.click(ui_id::card("owl"));
  EXPECT_EQ(table(ui).side("owl"), CardSide::Picture);
  EXPECT_TRUE(ui.target(ui_id::kTurnBack).enabled);
  ui.click(ui_id::kTurnBack);
  EXPECT_EQ(table(ui).side("owl"), CardSide::Words) << "back to how they were laid out";
  EXPECT_FALSE(ui.target(ui_id::kTurnBack).enabled);
}

TEST(AnimalsScreen, TheCornerShowsACardLargeWithTheQuestion) {
  UiHarness ui({.start = ScreenId::Animals});
  ui.settle();
  ui.click(ui_id::show_card("owl"));
  ASSERT_EQ(table(ui).chosen(), std::optional<std::string>("owl"));
  EXPECT_EQ(table(ui).side("owl"), CardSide::Picture) << "the corner does not also turn the card";
  EXPECT_TRUE(ui.shown().shows_text(ui.cards().deck(DeckId::Animals).prompt));
  EXPECT_TRUE(ui.shown().shows_text(owl(ui).quality));
  EXPECT_TRUE(ui.shown().shows_text(owl(ui).title));
  ui.click(ui_id::kPutBack);
  EXPECT_FALSE(table(ui).chosen());
  EXPECT_NE(ui.shown().find_by_id(ui_id::card("owl")), nullptr);
}

TEST(AnimalsScreen, ShuffleChangesTheOrderOnScreen) {
  UiHarness ui({.size = {1920, 1080}, .start = ScreenId::Animals});
  ui.settle();
  auto on_screen = [&] {
    std::vector<std::string> ids;
    for (const UiTarget& t : ui.shown().targets())
      if (t.id.starts_with("card:") && !t.id.ends_with(":show")) ids.push_back(t.id);
    return ids;
  };
  const auto before = on_screen();
  ui.click(ui_id::kShuffle);
  const auto after = on_screen();
  EXPECT_NE(before, after);
  EXPECT_EQ(before.size(), after.size()) << "the same number of cards, in another order";
  const AnimalTable& animals = table(ui);
  EXPECT_EQ(std::set(animals.order().ids().begin(), animals.order().ids().end()).size(),
            ui.cards().deck(DeckId::Animals).cards.size());
}

TEST(AnimalsScreen, NoTurnLeavesTheAppDrawingAtRest) {
  UiHarness ui({.start = ScreenId::Animals});
  ui.settle();
  ui.click(ui_id::card("owl"));
  ui.settle();
  EXPECT_TRUE(ui.scheduler().settled());
  EXPECT_FALSE(table(ui).turning_until(ui.clock().now()));
}

}  // namespace
}  // namespace kitbag
