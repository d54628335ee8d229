// The feelings cards driven through real ImGui frames: picking colours and faces, showing the
// picks side by side, and turning them back.
#include <gtest/gtest.h>

#include "app/core/ui_ids.h"
#include "app/ui/screens/feelings_screen.h"
#include "tests/support/ui_harness.h"

namespace kitbag {
namespace {

using test::UiHarness;

const FeelingsTable& table(UiHarness& ui) {
  return ui.screen<ui::FeelingsScreen>(ScreenId::Feelings).table();
}

TEST(FeelingsScreen, OpensFromItsHomeTile) {
  UiHarness ui;
  ui.settle();
  ui.click(ui_id::tile("feelings"));
  EXPECT_EQ(ui.navigator().current(), ScreenId::Feelings);
  EXPECT_NE(ui.shown().find_by_id(ui_id::card("red")), nullptr);
}

TEST(FeelingsScreen, ShowsEveryColourCardOnABigScreen) {
  UiHarness ui({.size = {1920, 1080}, .start = ScreenId::Feelings});
  ui.settle();
  int colours = 0;
  for (const Card& card : ui.cards().deck(DeckId::Feelings).cards) {
    if (card.group != "colours") continue;
    ++colours;
    EXPECT_NE(ui.shown().find_by_id(ui_id::card(card.id)), nullptr) << card.id;
  }
  EXPECT_GE(colours, 16);
}

TEST(FeelingsScreen, TappingPicksAndTappingAgainUnpicks) {
  UiHarness ui({.start = ScreenId::Feelings});
  ui.settle();
  ui.click(ui_id::card("yellow"));
  ui.click(ui_id::card("red"));
  EXPECT_EQ(table(ui).picks(), (std::vector<std::string>{"yellow", "red"}));
  EXPECT_TRUE(ui.shown().shows_text("Show my cards (2)"));
  ui.click(ui_id::card("yellow"));
  EXPECT_EQ(table(ui).picks(), (std::vector<std::string>{"red"}));
}

TEST(FeelingsScreen, PicksShowSideBySideWithTheQuestionThenTurnBack) {
  UiHarness ui({.start = ScreenId::Feelings});
  ui.settle();
  ui.click(ui_id::card("yellow"));
  ui.click(ui_id::card("navy"));
  ui.click(ui_id::kShowPicks);
  ASSERT_TRUE(table(ui).showing_picks());
  EXPECT_TRUE(ui.shown().shows_text(ui.cards().deck(DeckId::Feelings).prompt));
  // Both cards, large, with their names and their own questions; no other card is on screen.
  const Deck& deck = ui.cards().deck(DeckId::Feelings);
  EXPECT_TRUE(ui.shown().shows_text(deck.find("yellow")->title));
  EXPECT_TRUE(ui.shown().shows_text(deck.find("navy")->title));
  EXPECT_FALSE(ui.shown().shows_text(deck.find("red")->title));
  ui.click(ui_id::kTurnBack);
  EXPECT_TRUE(table(ui).picks().empty());
  EXPECT_FALSE(table(ui).showing_picks());
  EXPECT_NE(ui.shown().find_by_id(ui_id::card("red")), nullptr);
}

TEST(FeelingsScreen, ShowMyCardsWaitsForAPick) {
  UiHarness ui({.start = ScreenId::Feelings});
  ui.settle();
  EXPECT_FALSE(ui.target(ui_id::kShowPicks).enabled);
  ui.click(ui_id::kShowPicks);
  EXPECT_FALSE(table(ui).showing_picks());
}

TEST(FeelingsScreen, FacesAreASetOfTheirOwn) {
  UiHarness ui({.start = ScreenId::Feelings});
  ui.settle();
  EXPECT_EQ(ui.shown().find_by_id(ui_id::card("face-happy")), nullptr);
  ui.click(ui_id::kFaces);
  for (const char* face : {"face-happy", "face-okay", "face-sad", "face-angry"})
    EXPECT_NE(ui.shown().find_by_id(ui_id::card(face)), nullptr) << face;
  EXPECT_EQ(ui.shown().find_by_id(ui_id::card("red")), nullptr);
  // Faces picked join colours picked: a child may say "yellow, and a bit worried".
  ui.click(ui_id::card("face-worried"));
  ui.click(ui_id::kColours);
  ui.click(ui_id::card("yellow"));
  EXPECT_EQ(table(ui).picks(), (std::vector<std::string>{"face-worried", "yellow"}));
}

TEST(FeelingsScreen, FaceCardsShowTheirPictures) {
  UiHarness ui({.start = ScreenId::Feelings});
  ui.settle();
  ui.click(ui_id::kFaces);
  EXPECT_GE(ui.textures().live_count(), 7u) << "one texture per face picture";
  for (const Notice& notice : ui.notices().all()) ADD_FAILURE() << notice.title << ": " << notice.detail;
}

TEST(FeelingsScreen, PicksStayWhileTheAppIsOpen) {
  // A child who pops to another tool and back finds their cards; picks are in memory only.
  UiHarness ui({.start = ScreenId::Feelings});
  ui.settle();
  ui.click(ui_id::card("red"));
  ui.click(ui_id::kBack);
  ui.click(ui_id::tile("feelings"));
  EXPECT_EQ(table(ui).picks(), (std::vector<std::string>{"red"})) << "still there within the visit";
}

}  // namespace
}  // namespace kitbag
