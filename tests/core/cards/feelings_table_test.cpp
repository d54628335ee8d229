// The feelings table: which set shows, the picks in the order made, and showing them side by side.
#include "app/core/cards/feelings_table.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace kitbag {
namespace {

using Ids = std::vector<std::string>;

Card make_card(const std::string& id, const std::string& group) {
  Card card;
  card.id = id;
  card.group = group;
  return card;
}

Deck feelings() {
  Deck deck;
  deck.cards.push_back(make_card("red", "colours"));
  deck.cards.push_back(make_card("face-happy", "faces"));
  deck.cards.push_back(make_card("blue", "colours"));
  deck.cards.push_back(make_card("face-sad", "faces"));
  return deck;
}

Ids ids_of(const std::vector<const Card*>& cards) {
  Ids ids;
  for (const Card* card : cards) ids.push_back(card->id);
  return ids;
}

TEST(FeelingsTable, ShowsTheCardsOfTheChosenSetInDeckOrder) {
  const Deck deck = feelings();
  FeelingsTable table;
  EXPECT_EQ(table.set(), FeelingsSet::Colours);
  EXPECT_EQ(ids_of(table.cards_in_set(deck)), (Ids{"red", "blue"}));
  table.show_set(FeelingsSet::Faces);
  EXPECT_EQ(ids_of(table.cards_in_set(deck)), (Ids{"face-happy", "face-sad"}));
}

TEST(FeelingsTable, TogglingPicksCardsInTheOrderPicked) {
  FeelingsTable table;
  table.toggle("blue");
  table.toggle("red");
  table.toggle("face-sad");
  EXPECT_EQ(table.picks(), (Ids{"blue", "red", "face-sad"}));
  EXPECT_TRUE(table.picked("red"));
  EXPECT_FALSE(table.picked("face-happy"));
}

TEST(FeelingsTable, YoungerChildrenArriveAtTheFacesUnlessTheyHavePicksAlready) {
  FeelingsTable table;
  table.arrive(false);
  EXPECT_EQ(table.set(), FeelingsSet::Colours) << "any age: as it was";
  table.arrive(true);
  EXPECT_EQ(table.set(), FeelingsSet::Faces);

  table.show_set(FeelingsSet::Colours);
  table.toggle("red");
  table.arrive(true);
  EXPECT_EQ(table.set(), FeelingsSet::Colours) << "a child's own choice, with picks on it, stays";
}

TEST(FeelingsTable, TogglingAgainUnpicksAndKeepsTheRestInOrder) {
  FeelingsTable table;
  table.toggle("blue");
  table.toggle("red");
  table.toggle("face-sad");
  table.toggle("red");
  EXPECT_EQ(table.picks(), (Ids{"blue", "face-sad"}));
  EXPECT_FALSE(table.picked("red"));
  table.toggle("red");
  EXPECT_EQ(table.picks(), (Ids{"blue", "face-sad", "red"})) << "picked again goes to the end";
}

TEST(FeelingsTable, ShowingPicksNeedsAPick) {
  FeelingsTable table;
  table.show_picks();
  EXPECT_FALSE(table.showing_picks());
  table.toggle("red");
  table.show_picks();
  EXPECT_TRUE(table.showing_picks());
  table.back_to_table();
  EXPECT_FALSE(table.showing_picks());
  EXPECT_EQ(table.picks(), (Ids{"red"})) << "going back keeps the picks";
}

TEST(FeelingsTable, UnpickingTheLastCardLeavesTheSideBySideView) {
  FeelingsTable table;
  table.toggle("red");
  table.show_picks();
  table.toggle("red");
  EXPECT_FALSE(table.showing_picks());
}

TEST(FeelingsTable, TurningBackClearsThePicks) {
  FeelingsTable table;
  table.toggle("red");
  table.toggle("blue");
  table.show_picks();
  table.turn_back();
  EXPECT_TRUE(table.picks().empty());
  EXPECT_FALSE(table.showing_picks());
  EXPECT_FALSE(table.picked("red"));
}

TEST(FeelingsTable, FollowDropsPicksOfRemovedCards) {
  FeelingsTable table;
  table.toggle("red");
  table.toggle("own-1");
  table.toggle("blue");
  table.show_picks();
  table.follow(feelings());  // own-1 was removed
  EXPECT_EQ(table.picks(), (Ids{"red", "blue"}));
  EXPECT_TRUE(table.showing_picks());
}

TEST(FeelingsTable, FollowLeavesTheSideBySideViewWhenNoPickIsLeft) {
  FeelingsTable table;
  table.toggle("own-1");
  table.show_picks();
  table.follow(feelings());
  EXPECT_TRUE(table.picks().empty());
  EXPECT_FALSE(table.showing_picks());
}

}  // namespace
}  // namespace kitbag
