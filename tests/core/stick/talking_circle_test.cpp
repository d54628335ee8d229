// The talking stick with time given by hand: passing, turns and speaking time, removing the
// holder mid-turn, the limits of 2 and 8 people, equal turns and the closing round.
#include "app/core/stick/talking_circle.h"

#include <gtest/gtest.h>

namespace kitbag {
namespace {

using namespace std::chrono_literals;

const TalkingCircle::TimePoint t0 = TalkingCircle::TimePoint{} + 500s;

int id_at(const TalkingCircle& circle, std::size_t seat) {
  return circle.people().at(seat).id;
}

TEST(TalkingCircle, PassingGoesRoundTheCircleCountingTurnsAndTime) {
  TalkingCircle circle(3);
  EXPECT_FALSE(circle.holder());
  circle.pass(t0);
  EXPECT_EQ(circle.holder(), id_at(circle, 0));
  circle.pass(t0 + 20s);
  circle.pass(t0 + 50s);
  circle.pass(t0 + 60s);  // back round to the first
  EXPECT_EQ(circle.holder(), id_at(circle, 0));
  EXPECT_EQ(circle.people()[0].turns, 2);
  EXPECT_EQ(circle.spoken(id_at(circle, 0), t0 + 65s), 25s) << "20 s, then 5 s of a turn still going";
  EXPECT_EQ(circle.spoken(id_at(circle, 1), t0 + 65s), 30s);
  EXPECT_EQ(circle.spoken(id_at(circle, 2), t0 + 65s), 10s);
  EXPECT_EQ(circle.holding_for(t0 + 65s), 5s);
}

TEST(TalkingCircle, SharesShowWhoHasSpokenHowMuch) {
  TalkingCircle circle(2);
  EXPECT_EQ(circle.shares(t0), (std::vector<float>{0, 0}));
  circle.give_to(id_at(circle, 0), t0);
  circle.give_to(id_at(circle, 1), t0 + 30s);
  const auto shares = circle.shares(t0 + 40s);
  EXPECT_FLOAT_EQ(shares[0], 0.75f);
  EXPECT_FLOAT_EQ(shares[1], 0.25f);
}

TEST(TalkingCircle, NeverFewerThanTwoNorMoreThanEight) {
  TalkingCircle one(1);
  EXPECT_EQ(one.people().size(), 2u) << "a talking stick needs someone to listen";
  EXPECT_FALSE(one.remove_person(id_at(one, 0), t0));
  TalkingCircle eight(8);
  EXPECT_FALSE(eight.add_person());
  EXPECT_EQ(eight.people().size(), 8u);
  for (int i = 0; i < 8; ++i) eight.pass(t0 + std::chrono::seconds(i));
  EXPECT_EQ(eight.holder(), id_at(eight, 7));
  eight.pass(t0 + 8s);
  EXPECT_EQ(eight.holder(), id_at(eight, 0));
}

TEST(TalkingCircle, RemovingTheHolderMidTurnCountsTheTurnAndPassesOn) {
  TalkingCircle circle(3);
  const int second = id_at(circle, 1);
  const int third = id_at(circle, 2);
  circle.give_to(second, t0);
  ASSERT_TRUE(circle.remove_person(second, t0 + 12s));
  EXPECT_EQ(circle.people().size(), 2u);
  EXPECT_EQ(circle.holder(), third) << "whoever sat next takes the stick";
  EXPECT_EQ(circle.holding_for(t0 + 15s), 3s);
  // Ids stay: nobody else is renamed by someone leaving.
  EXPECT_EQ(id_at(circle, 1), third);
}

TEST(TalkingCircle, RemovingTheLastSeatedHolderWrapsToTheFirst) {
  TalkingCircle circle(3);
  circle.give_to(id_at(circle, 2), t0);
  ASSERT_TRUE(circle.remove_person(id_at(circle, 2), t0 + 1s));
  EXPECT_EQ(circle.holder(), id_at(circle, 0));
}

TEST(TalkingCircle, EqualTurnsSayWhenATurnIsUp) {
  TalkingCircle circle(2);
  circle.set_turn_length(1min);
  EXPECT_FALSE(circle.turn_ends_at()) << "no turn before the stick is given";
  circle.pass(t0);
  EXPECT_EQ(circle.turn_ends_at(), t0 + 1min);
  EXPECT_FALSE(circle.turn_is_up(t0 + 59s));
  EXPECT_TRUE(circle.turn_is_up(t0 + 1min));
  circle.pass(t0 + 70s);
  EXPECT_FALSE(circle.turn_is_up(t0 + 80s)) << "a new turn, a new minute";
  circle.set_turn_length(std::nullopt);
  EXPECT_FALSE(circle.turn_is_up(t0 + 1h));
}

TEST(TalkingCircle, TheTurnCueComesOncePerTurn) {
  TalkingCircle circle(3);
  circle.set_turn_length(30s);
  circle.pass(t0);
  EXPECT_FALSE(circle.take_turn_up(t0 + 29s));
  EXPECT_TRUE(circle.take_turn_up(t0 + 31s));
  EXPECT_FALSE(circle.take_turn_up(t0 + 40s)) << "once, not on every frame after";
  EXPECT_EQ(circle.turn().remaining(t0 + 40s), 0s);
  circle.pass(t0 + 45s);
  EXPECT_EQ(circle.turn().remaining(t0 + 55s), 20s) << "the next holder's turn is timed afresh";
  EXPECT_TRUE(circle.take_turn_up(t0 + 75s));
  circle.finish(t0 + 80s);
  EXPECT_EQ(circle.turn().state(t0 + 2h), Countdown::State::Ready) << "nobody holds it: no turn runs";
}

TEST(TalkingCircle, OnePersonDoingAllTheTalkingHasTheWholeShare) {
  TalkingCircle circle(2);
  circle.set_turn_length(1min);
  const int talker = id_at(circle, 0);
  circle.give_to(talker, t0);
  circle.give_to(talker, t0 + 1min);  // tapped again: a fresh turn for the same person
  EXPECT_EQ(circle.turn().remaining(t0 + 90s), 30s);
  EXPECT_EQ(circle.shares(t0 + 2min), (std::vector<float>{1, 0}));
  EXPECT_EQ(circle.people()[0].turns, 2);
  EXPECT_EQ(circle.people()[1].turns, 0);
}

TEST(TalkingCircle, EightPeopleEachGetAFairShareWhenTurnsAreEqual) {
  TalkingCircle circle(TalkingCircle::kMost);
  for (int i = 0; i < 16; ++i) circle.pass(t0 + i * 1min);
  circle.finish(t0 + 16min);
  for (const float share : circle.shares(t0 + 16min)) EXPECT_FLOAT_EQ(share, 1.0f / 8);
  for (const auto& person : circle.people()) {
    EXPECT_EQ(person.turns, 2);
    EXPECT_EQ(person.spoken, 2min);
  }
}

TEST(TalkingCircle, TheClosingRoundGivesOneLastTurnThenEverythingStops) {
  TalkingCircle circle(3);
  circle.pass(t0);
  const int child = id_at(circle, 2);
  circle.begin_closing_round(child, t0 + 10s);
  EXPECT_TRUE(circle.closing());
  EXPECT_EQ(circle.holder(), child);
  circle.finish(t0 + 40s);
  EXPECT_FALSE(circle.closing());
  EXPECT_FALSE(circle.holder());
  EXPECT_EQ(circle.spoken(child, t0 + 1h), 30s) << "the last turn is counted, and time stops";
  EXPECT_EQ(circle.spoken(id_at(circle, 0), t0 + 1h), 10s);
}

TEST(TalkingCircle, TheClosingRoundIsNeverTimedEvenWithEqualTurns) {
  TalkingCircle circle(2);
  circle.set_turn_length(1min);
  circle.pass(t0);
  circle.begin_closing_round(id_at(circle, 1), t0 + 30s);
  EXPECT_FALSE(circle.turn_ends_at());
  EXPECT_FALSE(circle.take_turn_up(t0 + 1h)) << "no bell cuts a child's questions short";
}

TEST(TalkingCircle, NamesAreKeptForTheSessionByPersonNotSeat) {
  TalkingCircle circle(3);
  circle.set_name(id_at(circle, 1), "Sam");
  circle.remove_person(id_at(circle, 0), t0);
  EXPECT_EQ(circle.people().at(0).name, "Sam");
}

}  // namespace
}  // namespace kitbag
