// The order cards are laid out in: following the deck, shuffling, and going back to deck order.
#include "app/core/cards/card_order.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace kitbag {
namespace {

using Ids = std::vector<std::string>;

Deck deck_of(const Ids& ids) {
  Deck deck;
  for (const auto& id : ids) {
    Card card;
    card.id = id;
    deck.cards.push_back(card);
  }
  return deck;
}

Ids sorted(Ids ids) {
  std::sort(ids.begin(), ids.end());
  return ids;
}

TEST(CardOrder, FollowsTheDeckOrderAtFirst) {
  CardOrder order(1);
  order.follow(deck_of({"c", "a", "b"}));
  EXPECT_EQ(order.ids(), (Ids{"c", "a", "b"}));
  EXPECT_EQ(order.size(), 3u);
}

TEST(CardOrder, FollowKeepsItsOrderDropsRemovedCardsAndAppendsNewOnes) {
  CardOrder order(1);
  order.follow(deck_of({"a", "b", "c", "d"}));
  order.shuffle();
  const Ids shuffled = order.ids();

  order.follow(deck_of({"new", "a", "b", "d"}));  // "c" removed, "new" added at the front of the deck
  Ids expected;
  for (const auto& id : shuffled)
    if (id != "c") expected.push_back(id);
  expected.push_back("new");
  EXPECT_EQ(order.ids(), expected);
}

TEST(CardOrder, ShuffleWithAFixedSeedChangesTheOrderAndKeepsTheCards) {
  const Ids ids{"a", "b", "c", "d", "e", "f"};
  CardOrder order(42);
  order.follow(deck_of(ids));
  for (int i = 0; i < 20; ++i) {
    const Ids before = order.ids();
    order.shuffle();
    EXPECT_NE(order.ids(), before) << "shuffle " << i;
    EXPECT_EQ(sorted(order.ids()), ids);
  }
}

TEST(CardOrder, TheSameSeedShufflesTheSameWay) {
  CardOrder first(7);
  CardOrder second(7);
  first.follow(deck_of({"a", "b", "c", "d", "e"}));
  second.follow(deck_of({"a", "b", "c", "d", "e"}));
  first.shuffle();
  second.shuffle();
  EXPECT_EQ(first.ids(), second.ids());
}

TEST(CardOrder, TwoCardsAlwaysSwapAndOneOrNoneStayPut) {
  CardOrder two(3);
  two.follow(deck_of({"a", "b"}));
  two.shuffle();
  EXPECT_EQ(two.ids(), (Ids{"b", "a"}));

  CardOrder one(3);
  one.follow(deck_of({"a"}));
  one.shuffle();
  EXPECT_EQ(one.ids(), (Ids{"a"}));

  CardOrder none(3);
  none.shuffle();
  EXPECT_TRUE(none.ids().empty());
}

TEST(CardOrder, RestoreDeckOrderUndoesAShuffle) {
  const Deck deck = deck_of({"a", "b", "c", "d"});
  CardOrder order(5);
  order.follow(deck);
  order.shuffle();
  ASSERT_NE(order.ids(), (Ids{"a", "b", "c", "d"}));
  order.restore_deck_order(deck);
  EXPECT_EQ(order.ids(), (Ids{"a", "b", "c", "d"}));
}

}  // namespace
}  // namespace kitbag
