// The presence cards through real ImGui frames: next and previous, a random draw, all cards
// laid out to pick from, and the suggested length shown on the card.
#include <gtest/gtest.h>

#include "app/core/ui_ids.h"
#include "app/ui/screens/presence_screen.h"
#include "tests/support/ui_harness.h"

namespace kitbag {
namespace {

using test::UiHarness;

// The one presence card showing, by its control's ID.
std::string showing(UiHarness& ui) {
  for (const UiTarget& t : ui.shown().targets())
    if (t.id.starts_with("card:")) return t.id.substr(5);
  return {};
}

TEST(PresenceScreen, ShowsOneCardWithItsWordsAndLength) {
  UiHarness ui({.start = ScreenId::Presence});
  ui.settle();
  const Deck& deck = ui.cards().deck(DeckId::Presence);
  const Card* card = deck.find(showing(ui));
  ASSERT_NE(card, nullptr);
  EXPECT_EQ(card->id, deck.cards.front().id) << "the deck's own order until shuffled";
  EXPECT_TRUE(ui.shown().shows_text(card->title));
  ASSERT_TRUE(card->seconds);
  EXPECT_TRUE(ui.shown().shows_text(ui::suggested_length(*card->seconds)));
  EXPECT_TRUE(ui.shown().shows_text("1 of " + std::to_string(deck.cards.size())));
}

TEST(PresenceScreen, NextAndPreviousGoRoundTheDeck) {
  UiHarness ui({.start = ScreenId::Presence});
  ui.settle();
  const Deck& deck = ui.cards().deck(DeckId::Presence);
  ui.click(ui_id::kNext);
  EXPECT_EQ(showing(ui), deck.cards[1].id);
  ui.click(ui_id::kPrevious);
  ui.click(ui_id::kPrevious);
  EXPECT_EQ(showing(ui), deck.cards.back().id);
}

TEST(PresenceScreen, DrawingAlwaysGivesAnotherCard) {
  UiHarness ui({.start = ScreenId::Presence});
  ui.settle();
  std::set<std::string> seen{showing(ui)};
  for (int i = 0; i < 12; ++i) {
    const std::string before = showing(ui);
    ui.click(ui_id::kDraw);
    EXPECT_NE(showing(ui), before);
    seen.insert(showing(ui));
  }
  EXPECT_GE(seen.size(), 6u) << "draws are spread over the deck";
}

TEST(PresenceScreen, AllCardsLaysThemOutAndATapShowsThatOne) {
  UiHarness ui({.size = {1920, 1080}, .start = ScreenId::Presence});
  ui.settle();
  ui.click(ui_id::kAllCards);
  const Deck& deck = ui.cards().deck(DeckId::Presence);
  int shown = 0;
  for (const Card& card : deck.cards) shown += ui.shown().find_by_id(ui_id::card(card.id)) != nullptr;
  EXPECT_GE(shown, 12) << "a screenful of cards to choose from";
  const std::string third = deck.cards[2].id;
  ui.click(ui_id::card(third));
  EXPECT_FALSE(ui.screen<ui::PresenceScreen>(ScreenId::Presence).table().showing_all());
  EXPECT_EQ(showing(ui), third);
  EXPECT_TRUE(ui.shown().shows_text(deck.cards[2].title));
}

TEST(PresenceScreen, SuggestedLengthsReadAsPeopleSayThem) {
  const UiHarness ui;  // reads the words in English, as the app starts
  EXPECT_EQ(ui::suggested_length(30), "About 30 seconds");
  EXPECT_EQ(ui::suggested_length(60), "About 1 minute");
  EXPECT_EQ(ui::suggested_length(90), "About 2 minutes");
  EXPECT_EQ(ui::suggested_length(180), "About 3 minutes");
}

}  // namespace
}  // namespace kitbag

namespace kitbag {
namespace {

// Large text on a small window, in the longest language: the card and its controls never lie on
// top of each other, and the card's words stay on the card (they scroll together instead).
TEST(PresenceScreen, TheCardAndItsControlsNeverOverlapAtAnySizeOrLanguage) {
  for (const char* language : {"en", "cy", "pl"})
    for (const WindowSize size : {WindowSize{640, 480}, WindowSize{1024, 600}})
      for (const TextSize text_size : kTextSizes) {
        UiHarness ui({.size = size, .start = ScreenId::Presence, .language = std::string(language)});
        Preferences chosen = ui.preferences().current();
        chosen.text_size = text_size;
        ui.preferences().change(chosen);
        ui.settle();
        const std::string where = std::string(language) + " " + std::to_string(size.width) + " " +
                                  std::string(text_size_key(text_size));
        const Card* card = ui.screen<ui::PresenceScreen>(ScreenId::Presence)
                               .table()
                               .current(ui.cards().deck(DeckId::Presence));
        ASSERT_NE(card, nullptr);
        const Rect face = ui.target(ui_id::card(card->id)).rect;
        for (const UiTarget& target : ui.shown().targets())
          if (target.id != ui_id::card(card->id)) {
            EXPECT_FALSE(target.rect.intersects(face)) << where << ": " << target.id;
          }
        // Whatever begins on the card (its name, words and suggested length) ends on it too.
        for (const UiText& text : ui.shown().texts())
          if (text.rect.y >= face.y && text.rect.y < face.bottom() && text.rect.x >= face.x &&
              text.rect.x < face.right()) {
            EXPECT_LE(text.rect.bottom(), face.bottom() + 0.5f) << where << ": " << text.text;
          }
      }
}

}  // namespace
}  // namespace kitbag
