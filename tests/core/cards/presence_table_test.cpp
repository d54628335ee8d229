// Presence cards one at a time: next, previous, draw, shuffle, show, and following the deck.
#include "app/core/cards/presence_table.h"

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

namespace kitbag {
namespace {

Card make_card(const std::string& id) {
  Card card;
  card.id = id;
  return card;
}

Deck deck_of(int count) {
  Deck deck;
  deck.id = DeckId::Presence;
  for (int i = 0; i < count; ++i) deck.cards.push_back(make_card("card-" + std::to_string(i)));
  return deck;
}

std::string current_id(const PresenceTable& table, const Deck& deck) {
  const Card* card = table.current(deck);
  return card == nullptr ? "(none)" : card->id;
}

TEST(PresenceTable, StartsOnTheFirstCard) {
  const Deck deck = deck_of(3);
  PresenceTable table(1);
  table.follow(deck);
  EXPECT_EQ(table.position(), 0u);
  EXPECT_EQ(current_id(table, deck), "card-0");
}

TEST(PresenceTable, NextAndPreviousWrapAroundTheDeck) {
  const Deck deck = deck_of(3);
  PresenceTable table(1);
  table.follow(deck);
  table.previous();
  EXPECT_EQ(current_id(table, deck), "card-2");
  table.next();
  EXPECT_EQ(current_id(table, deck), "card-0");
  table.next();
  table.next();
  EXPECT_EQ(current_id(table, deck), "card-2");
  table.next();
  EXPECT_EQ(current_id(table, deck), "card-0");
}

TEST(PresenceTable, DrawingAlwaysChangesTheCardAndReachesManyCards) {
  const Deck deck = deck_of(30);
  PresenceTable table(1234);
  table.follow(deck);
  std::set<std::string> seen{current_id(table, deck)};
  for (int i = 0; i < 200; ++i) {
    const std::string before = current_id(table, deck);
    table.draw();
    const std::string after = current_id(table, deck);
    ASSERT_NE(after, before) << "draw " << i;
    seen.insert(after);
  }
  EXPECT_GE(seen.size(), 25u);
}

TEST(PresenceTable, DrawingFromTwoCardsAlternates) {
  const Deck deck = deck_of(2);
  PresenceTable table(9);
  table.follow(deck);
  table.draw();
  EXPECT_EQ(current_id(table, deck), "card-1");
  table.draw();
  EXPECT_EQ(current_id(table, deck), "card-0");
}

TEST(PresenceTable, DrawingLeavesTheOrderAndTheShowAllViewBehind) {
  const Deck deck = deck_of(5);
  PresenceTable table(3);
  table.follow(deck);
  const auto order = table.order().ids();
  table.show_all(true);
  table.draw();
  EXPECT_EQ(table.order().ids(), order);
  EXPECT_FALSE(table.showing_all());
}

TEST(PresenceTable, ShuffleStartsTheNewOrderFromItsFirstCard) {
  const Deck deck = deck_of(6);
  PresenceTable table(5);
  table.follow(deck);
  table.next();
  table.next();
  const auto before = table.order().ids();
  table.shuffle();
  EXPECT_NE(table.order().ids(), before);
  EXPECT_EQ(table.position(), 0u);
  EXPECT_EQ(current_id(table, deck), table.order().ids().front());
}

TEST(PresenceTable, ShowGoesToTheNamedCard) {
  const Deck deck = deck_of(5);
  PresenceTable table(5);
  table.follow(deck);
  table.show_all(true);
  table.show("card-3");
  EXPECT_EQ(current_id(table, deck), "card-3");
  EXPECT_FALSE(table.showing_all());
  table.show("no-such-card");
  EXPECT_EQ(current_id(table, deck), "card-3");
}

TEST(PresenceTable, FollowKeepsTheCurrentCardWhenCardsAreAdded) {
  Deck deck = deck_of(4);
  PresenceTable table(5);
  table.follow(deck);
  table.shuffle();
  table.next();
  table.next();
  const std::string showing = current_id(table, deck);
  deck.cards.insert(deck.cards.begin(), make_card("own-1"));
  deck.cards.push_back(make_card("own-2"));
  table.follow(deck);
  EXPECT_EQ(current_id(table, deck), showing);
  EXPECT_EQ(table.order().size(), 6u);
}

TEST(PresenceTable, FollowGoesBackToTheStartWhenTheCurrentCardIsRemoved) {
  Deck deck = deck_of(4);
  PresenceTable table(5);
  table.follow(deck);
  table.show("card-2");
  deck.cards.erase(deck.cards.begin() + 2);
  table.follow(deck);
  EXPECT_EQ(table.position(), 0u);
  EXPECT_EQ(current_id(table, deck), "card-0");
}

TEST(PresenceTable, AnEmptyDeckHasNoCurrentCardAndNothingMoves) {
  const Deck deck;
  PresenceTable table(5);
  table.follow(deck);
  EXPECT_EQ(table.current(deck), nullptr);
  table.next();
  table.previous();
  table.draw();
  table.shuffle();
  EXPECT_EQ(table.position(), 0u);
  EXPECT_EQ(table.current(deck), nullptr);
}

}  // namespace
}  // namespace kitbag
