// Animal cards turning over in time with the clock, turning back, laying out and choosing a card.
#include "app/core/cards/animal_table.h"

#include <gtest/gtest.h>

#include <chrono>
#include <string>

namespace kitbag {
namespace {

using namespace std::chrono_literals;
using TimePoint = AnimalTable::TimePoint;

constexpr auto kTurn = AnimalTable::kTurnTime;
const TimePoint kStart = TimePoint{} + 10s;

Card make_card(const std::string& id) {
  Card card;
  card.id = id;
  card.title = id;
  return card;
}

Deck animals() {
  Deck deck;
  deck.id = DeckId::Animals;
  for (const char* id : {"owl", "lion", "bee"}) deck.cards.push_back(make_card(id));
  return deck;
}

AnimalTable table_of_animals() {
  AnimalTable table(1);
  table.order().follow(animals());
  return table;
}

TEST(AnimalTable, CardsStartFlatOnTheirPictures) {
  const AnimalTable table = table_of_animals();
  const auto look = table.look("owl", kStart);
  EXPECT_EQ(look.showing, CardSide::Picture);
  EXPECT_FLOAT_EQ(look.width, 1);
  EXPECT_EQ(table.side("owl"), CardSide::Picture);
  EXPECT_FALSE(table.turning_until(kStart));
  EXPECT_FALSE(table.any_turned());
}

TEST(AnimalTable, ATurnNarrowsTheOldSideThenWidensTheNewOne) {
  AnimalTable table = table_of_animals();
  table.turn("owl", kStart);

  const auto early = table.look("owl", kStart + kTurn / 10);
  const auto quarter = table.look("owl", kStart + kTurn / 4);
  EXPECT_EQ(early.showing, CardSide::Picture);
  EXPECT_EQ(quarter.showing, CardSide::Picture);
  EXPECT_LT(quarter.width, early.width) << "narrowing";
  EXPECT_LT(early.width, 1);
  EXPECT_NEAR(quarter.width, 0.7071, 0.01);

  const auto three_quarters = table.look("owl", kStart + kTurn * 3 / 4);
  const auto late = table.look("owl", kStart + kTurn * 9 / 10);
  EXPECT_EQ(three_quarters.showing, CardSide::Words);
  EXPECT_EQ(late.showing, CardSide::Words);
  EXPECT_GT(late.width, three_quarters.width) << "widening";
  EXPECT_LT(late.width, 1);
}

TEST(AnimalTable, ATurnedCardLiesFlatOnceTheTurnTimeHasPassed) {
  AnimalTable table = table_of_animals();
  table.turn("owl", kStart);
  for (const auto after : {kTurn, kTurn + 1ms, kTurn * 10}) {
    const auto look = table.look("owl", kStart + after);
    EXPECT_EQ(look.showing, CardSide::Words);
    EXPECT_FLOAT_EQ(look.width, 1);
  }
  EXPECT_FLOAT_EQ(table.look("lion", kStart + kTurn / 2).width, 1) << "only the touched card turns";
}

TEST(AnimalTable, SideReportsTheRestingSideWhileTheCardIsStillTurning) {
  AnimalTable table = table_of_animals();
  table.turn("owl", kStart);
  EXPECT_EQ(table.look("owl", kStart + kTurn / 4).showing, CardSide::Picture);
  EXPECT_EQ(table.side("owl"), CardSide::Words);
  EXPECT_TRUE(table.any_turned());
  table.turn("owl", kStart + kTurn * 2);
  EXPECT_EQ(table.side("owl"), CardSide::Picture);
  EXPECT_FALSE(table.any_turned());
}

TEST(AnimalTable, TurningUntilIsWhenTheLastTurnEnds) {
  AnimalTable table = table_of_animals();
  table.turn("owl", kStart);
  table.turn("lion", kStart + 100ms);
  EXPECT_EQ(table.turning_until(kStart + 200ms), kStart + 100ms + kTurn);
  EXPECT_EQ(table.turning_until(kStart + 100ms + kTurn - 1ms), kStart + 100ms + kTurn);
  EXPECT_FALSE(table.turning_until(kStart + 100ms + kTurn));
}

TEST(AnimalTable, TurnAllBackTurnsOnlyTheTurnedCards) {
  AnimalTable table = table_of_animals();
  table.turn("owl", kStart);
  table.turn("lion", kStart);
  table.turn("lion", kStart + kTurn * 2);  // turned back by hand already
  const TimePoint later = kStart + kTurn * 4;
  table.choose("owl");

  table.turn_all_back(later);
  EXPECT_EQ(table.side("owl"), CardSide::Picture);
  EXPECT_EQ(table.side("lion"), CardSide::Picture);
  EXPECT_FALSE(table.any_turned());
  EXPECT_FALSE(table.chosen()) << "the chosen card goes back too";

  const auto owl = table.look("owl", later + kTurn / 4);
  EXPECT_EQ(owl.showing, CardSide::Words) << "turning from words back to the picture";
  EXPECT_LT(owl.width, 1);
  EXPECT_FLOAT_EQ(table.look("lion", later + kTurn / 4).width, 1);
  EXPECT_FLOAT_EQ(table.look("bee", later + kTurn / 4).width, 1);
  EXPECT_EQ(table.turning_until(later), later + kTurn);
}

TEST(AnimalTable, LayingOutTheWordsSideTurnsEveryCard) {
  AnimalTable table = table_of_animals();
  table.lay_out(CardSide::Words, kStart);
  EXPECT_EQ(table.layout(), CardSide::Words);
  EXPECT_EQ(table.turning_until(kStart), kStart + kTurn);
  for (const char* id : {"owl", "lion", "bee"}) {
    EXPECT_EQ(table.side(id), CardSide::Words) << id;
    const auto turning = table.look(id, kStart + kTurn / 4);
    EXPECT_EQ(turning.showing, CardSide::Picture) << id << " turns over rather than jumping";
    EXPECT_LT(turning.width, 1) << id;
    const auto done = table.look(id, kStart + kTurn);
    EXPECT_EQ(done.showing, CardSide::Words) << id;
    EXPECT_FLOAT_EQ(done.width, 1) << id;
  }
}

TEST(AnimalTable, TurnAllBackReturnsToTheLaidOutSide) {
  AnimalTable table = table_of_animals();
  table.lay_out(CardSide::Words, kStart);
  table.turn("owl", kStart + kTurn * 2);
  EXPECT_EQ(table.side("owl"), CardSide::Picture);
  EXPECT_TRUE(table.any_turned());
  table.turn_all_back(kStart + kTurn * 4);
  for (const char* id : {"owl", "lion", "bee"}) EXPECT_EQ(table.side(id), CardSide::Words) << id;
  EXPECT_FALSE(table.any_turned());
}

TEST(AnimalTable, InstantTurnsLieFlatAtOnce) {
  AnimalTable table = table_of_animals();
  table.set_instant(true);
  table.turn("owl", kStart);
  const auto look = table.look("owl", kStart);
  EXPECT_EQ(look.showing, CardSide::Words);
  EXPECT_FLOAT_EQ(look.width, 1);
  EXPECT_FALSE(table.turning_until(kStart)) << "no frames needed";
}

TEST(AnimalTable, ChoosingACardAndPuttingItBack) {
  AnimalTable table = table_of_animals();
  EXPECT_FALSE(table.chosen());
  table.choose("lion");
  ASSERT_TRUE(table.chosen());
  EXPECT_EQ(*table.chosen(), "lion");
  table.choose("bee");
  EXPECT_EQ(*table.chosen(), "bee");
  table.put_back();
  EXPECT_FALSE(table.chosen());
}

}  // namespace
}  // namespace kitbag
