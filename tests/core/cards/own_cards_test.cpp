// The user's own cards and edits: ids never reused, laid over the built-in deck, saved and read back.
#include "app/core/cards/own_cards.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "tests/support/contains.h"

namespace kitbag {
namespace {

using Json = nlohmann::json;
using test::Contains;

constexpr const char* kFile = "/data/cards/own-cards.json";
const Rgb kTeal{0x2E, 0xC4, 0xB6};

Card built_in(const std::string& id, const std::string& title, Rgb colour, const std::string& group) {
  Card card;
  card.id = id;
  card.title = title;
  card.text = title + " words";
  card.colour = colour;
  card.group = group;
  return card;
}

Deck feelings_deck() {
  Deck deck;
  deck.id = DeckId::Feelings;
  deck.title = "Feelings";
  deck.cards.push_back(built_in("red", "Red", {232, 50, 46}, "colours"));
  deck.cards.push_back(built_in("face-happy", "Happy", {255, 241, 184}, "faces"));
  return deck;
}

OwnCards reparsed(const OwnCards& own) {
  auto load = OwnCards::parse(own.to_json(), kFile);
  EXPECT_TRUE(load.problems.empty()) << load.problems.front();
  return std::move(load.cards);
}

std::string all(const std::vector<std::string>& problems) {
  std::string text;
  for (const auto& problem : problems) text += problem + "\n";
  return text;
}

TEST(OwnCards, AddingGivesOwnOneThenOwnTwo) {
  OwnCards own;
  EXPECT_EQ(own.add(DeckId::Feelings, {"Mine", ""}, kTeal), "own-1");
  EXPECT_EQ(own.add(DeckId::Animals, {"Also mine", ""}, kTeal), "own-2");
  ASSERT_NE(own.find(DeckId::Animals, "own-2"), nullptr);
  EXPECT_EQ(own.find(DeckId::Animals, "own-2")->title, "Also mine");
  EXPECT_EQ(own.find(DeckId::Feelings, "own-2"), nullptr) << "a card belongs to one deck";
}

TEST(OwnCards, RemovingTheNewestCardNeverFreesItsIdForReuse) {
  OwnCards own;
  own.add(DeckId::Feelings, {"One", ""}, kTeal);
  own.add(DeckId::Feelings, {"Two", ""}, kTeal);
  EXPECT_TRUE(own.remove(DeckId::Feelings, "own-2"));
  EXPECT_EQ(own.find(DeckId::Feelings, "own-2"), nullptr);
  EXPECT_FALSE(own.remove(DeckId::Feelings, "own-2"));

  OwnCards saved_and_read = reparsed(own);
  EXPECT_EQ(own.add(DeckId::Feelings, {"Three", ""}, kTeal), "own-3");
  EXPECT_EQ(saved_and_read.add(DeckId::Feelings, {"Three", ""}, kTeal), "own-3")
      << "the saved file remembers";
}

TEST(OwnCards, UpdateChangesWordsAndColourOfAnOwnCardOnly) {
  OwnCards own;
  const auto id = own.add(DeckId::Feelings, {"Old", "old"}, kTeal);
  EXPECT_TRUE(own.update(DeckId::Feelings, id, {"New", "new words"}, {1, 2, 3}));
  EXPECT_EQ(own.find(DeckId::Feelings, id)->title, "New");
  EXPECT_EQ(own.find(DeckId::Feelings, id)->text, "new words");
  EXPECT_EQ(own.find(DeckId::Feelings, id)->colour, (Rgb{1, 2, 3}));
  EXPECT_FALSE(own.update(DeckId::Feelings, "own-99", {"X", ""}, kTeal));
  EXPECT_FALSE(own.update(DeckId::Animals, id, {"X", ""}, kTeal));
}

TEST(OwnCards, EditingABuiltInCardReplacesAnyEarlierEditAndResetRemovesIt) {
  OwnCards own;
  own.edit_built_in(DeckId::Feelings, "red", {"Scarlet", "first"});
  own.edit_built_in(DeckId::Feelings, "red", {"Crimson", "second"});
  ASSERT_NE(own.edit_of(DeckId::Feelings, "red"), nullptr);
  EXPECT_EQ(own.edit_of(DeckId::Feelings, "red")->words.title, "Crimson");
  EXPECT_EQ(own.edits().size(), 1u);
  EXPECT_EQ(own.edit_of(DeckId::Animals, "red"), nullptr);

  own.reset_built_in(DeckId::Feelings, "red");
  EXPECT_EQ(own.edit_of(DeckId::Feelings, "red"), nullptr);
  EXPECT_TRUE(own.edits().empty());
}

TEST(OwnCards, ApplyToLaysEditsOverBuiltInCardsAndAppendsOwnCards) {
  OwnCards own;
  own.edit_built_in(DeckId::Feelings, "red", {"Scarlet", "My words"});
  const auto id = own.add(DeckId::Feelings, {"Mine", "my card"}, kTeal);
  ASSERT_TRUE(own.set_picture(DeckId::Feelings, id, id + ".png"));
  own.add(DeckId::Animals, {"Not here", ""}, kTeal);

  const Deck shown = own.apply_to(feelings_deck());
  ASSERT_EQ(shown.cards.size(), 3u);
  EXPECT_EQ(shown.cards[0].title, "Scarlet");
  EXPECT_EQ(shown.cards[0].text, "My words");
  EXPECT_TRUE(shown.cards[0].edited);
  EXPECT_EQ(shown.cards[0].colour, (Rgb{232, 50, 46})) << "an edit changes only the words";
  EXPECT_EQ(shown.cards[0].origin, CardOrigin::BuiltIn);
  EXPECT_EQ(shown.cards[1].title, "Happy");
  EXPECT_FALSE(shown.cards[1].edited);

  const Card& mine = shown.cards[2];
  EXPECT_EQ(mine.id, "own-1");
  EXPECT_EQ(mine.title, "Mine");
  EXPECT_EQ(mine.text, "my card");
  EXPECT_EQ(mine.colour, kTeal);
  EXPECT_EQ(mine.origin, CardOrigin::Own);
  EXPECT_EQ(mine.group, "colours");
  EXPECT_EQ(mine.picture, "own:own-1.png");
}

TEST(OwnCards, AnOwnCardWithoutAPictureHasNone) {
  OwnCards own;
  own.add(DeckId::Animals, {"Mine", ""}, kTeal);
  Deck animals;
  animals.id = DeckId::Animals;
  const Deck shown = own.apply_to(animals);
  ASSERT_EQ(shown.cards.size(), 1u);
  EXPECT_EQ(shown.cards[0].picture, "");
  EXPECT_EQ(shown.cards[0].group, "") << "groups are for the feelings deck";
}

TEST(OwnCards, SavingAndReadingBackKeepsEverything) {
  OwnCards own;
  own.add(DeckId::Feelings, {"Caf\xC3\xA9", "Line one\nline \"two\""}, kTeal);
  own.add(DeckId::Presence, {"Breathe", ""}, {0, 0, 0});
  ASSERT_TRUE(own.set_picture(DeckId::Feelings, "own-1", "own-1.png"));
  own.edit_built_in(DeckId::Animals, "owl", {"Clever owl", "Who is clever?"});

  const OwnCards back = reparsed(own);
  ASSERT_EQ(back.cards().size(), 2u);
  for (std::size_t i = 0; i < 2; ++i) {
    const OwnCard& a = own.cards()[i];
    const OwnCard& b = back.cards()[i];
    EXPECT_EQ(b.deck, a.deck);
    EXPECT_EQ(b.id, a.id);
    EXPECT_EQ(b.title, a.title);
    EXPECT_EQ(b.text, a.text);
    EXPECT_EQ(b.colour, a.colour);
    EXPECT_EQ(b.picture_file, a.picture_file);
  }
  ASSERT_NE(back.edit_of(DeckId::Animals, "owl"), nullptr);
  EXPECT_EQ(back.edit_of(DeckId::Animals, "owl")->words.title, "Clever owl");
  EXPECT_EQ(back.edit_of(DeckId::Animals, "owl")->words.text, "Who is clever?");
  EXPECT_EQ(back.edits().size(), 1u);
}

TEST(OwnCards, ABadEntryIsReportedNamingTheFileAndTheOthersAreKept) {
  const Json file{
      {"schema", 1},
      {"cards",
       {{{"deck", "feelings"}, {"id", "own-1"}, {"title", "One"}, {"text", ""}, {"colour", "#2EC4B6"}},
        {{"deck", "feelings"}, {"id", "own-2"}, {"title", ""}, {"text", ""}, {"colour", "#2EC4B6"}},
        {{"deck", "feelings"}, {"id", "own-3"}, {"title", "Three"}, {"text", ""}, {"colour", "#2EC4B6"}},
        {{"deck", "feelings"}, {"id", "own-4"}, {"title", "Four"}, {"text", ""}, {"colour", "teal"}},
        {{"deck", "feelings"},
         {"id", "own-5"},
         {"title", "Five"},
         {"text", ""},
         {"colour", "#2EC4B6"},
         {"picture", "../x.png"}}}},
      {"edits",
       {{{"deck", "animals"}, {"id", "Owl"}, {"title", "Owl"}, {"text", ""}},
        {{"deck", "animals"}, {"id", "lion"}, {"title", "Lion"}, {"text", ""}}}}};
  const auto load = OwnCards::parse(file.dump(), kFile);

  ASSERT_EQ(load.cards.cards().size(), 2u) << all(load.problems);
  EXPECT_EQ(load.cards.cards()[0].id, "own-1");
  EXPECT_EQ(load.cards.cards()[1].id, "own-3");
  EXPECT_NE(load.cards.edit_of(DeckId::Animals, "lion"), nullptr);
  EXPECT_EQ(load.cards.edits().size(), 1u);

  ASSERT_EQ(load.problems.size(), 4u) << all(load.problems);
  for (const auto& problem : load.problems) EXPECT_TRUE(Contains(problem, kFile));
  EXPECT_TRUE(Contains(load.problems[0], "own card 2"));
  EXPECT_TRUE(Contains(load.problems[1], "own card 4"));
  EXPECT_TRUE(Contains(load.problems[2], "own card 5"));
  EXPECT_TRUE(Contains(load.problems[3], "edit 1"));
}

TEST(OwnCards, AFileThatIsNotSavedCardsIsOneProblemNamingIt) {
  for (const char* text : {"{not json", "[]", R"({"schema": 7, "cards": []})", R"({"cards": []})"}) {
    const auto load = OwnCards::parse(text, kFile);
    EXPECT_TRUE(load.cards.cards().empty()) << text;
    ASSERT_EQ(load.problems.size(), 1u) << text;
    EXPECT_TRUE(Contains(load.problems[0], kFile)) << text;
  }
}

TEST(OwnCards, APictureThatIsNotTextIsAProblemNotACrash) {
  const Json file{{"schema", 1},
                  {"cards",
                   {{{"deck", "feelings"},
                     {"id", "own-1"},
                     {"title", "One"},
                     {"text", ""},
                     {"colour", "#2EC4B6"},
                     {"picture", 5}}}}};
  OwnCardsLoad load;
  EXPECT_NO_THROW(load = OwnCards::parse(file.dump(), kFile));
  EXPECT_EQ(load.problems.size(), 1u) << all(load.problems);
}

TEST(OwnCards, ANumberTooLargeForADoubleIsAProblemNotACrash) {
  OwnCardsLoad load;
  EXPECT_NO_THROW(load = OwnCards::parse(R"({"schema": 1, "next": 1e400, "cards": []})", kFile));
  EXPECT_EQ(load.problems.size(), 1u) << all(load.problems);
}

TEST(OwnCards, WordsThatAreNotValidUtf8DoNotCrashTheSave) {
  OwnCards own;
  own.add(DeckId::Feelings, {"Caf\xC3", ""}, kTeal);  // cut off in the middle of "é"
  EXPECT_NO_THROW(own.to_json());
}

TEST(OwnCards, CheckWordsNeedsATitleAndKeepsWordsShort) {
  EXPECT_FALSE(OwnCards::check_words({"Fine", "Some words"}));
  EXPECT_TRUE(OwnCards::check_words({"", "words"}));
  EXPECT_TRUE(OwnCards::check_words({" \t\n", "words"}));
  EXPECT_TRUE(OwnCards::check_words({std::string(kMaxCardTitleLength + 1, 'a'), ""}));
  EXPECT_FALSE(OwnCards::check_words({std::string(kMaxCardTitleLength, 'a'), ""}));
  EXPECT_TRUE(OwnCards::check_words({"Fine", std::string(kMaxCardTextLength + 1, 'a')}));
  EXPECT_FALSE(OwnCards::check_words({"Fine", std::string(kMaxCardTextLength, 'a')}));
  std::string accents;
  for (std::size_t i = 0; i < kMaxCardTitleLength; ++i) accents += "\xC3\xA9";
  EXPECT_FALSE(OwnCards::check_words({accents, ""})) << "40 characters, though 80 bytes";
}

TEST(OwnCards, AnEditForACardNotInTheDeckIsKeptInTheFileButNotShown) {
  OwnCards own;
  own.edit_built_in(DeckId::Feelings, "gone", {"Gone", "from this version"});
  const Deck shown = own.apply_to(feelings_deck());
  EXPECT_EQ(shown.cards.size(), feelings_deck().cards.size());
  EXPECT_EQ(shown.find("gone"), nullptr);
  for (const Card& card : shown.cards) EXPECT_FALSE(card.edited) << card.id;

  const OwnCards back = reparsed(own);
  ASSERT_NE(back.edit_of(DeckId::Feelings, "gone"), nullptr);
  EXPECT_EQ(back.edit_of(DeckId::Feelings, "gone")->words.title, "Gone");
}

TEST(OwnCards, SetPictureRefusesNamesOutsideThePicturesFolder) {
  OwnCards own;
  const auto id = own.add(DeckId::Feelings, {"Mine", ""}, kTeal);
  EXPECT_FALSE(own.set_picture(DeckId::Feelings, id, "../x.png"));
  EXPECT_FALSE(own.set_picture(DeckId::Feelings, id, "sub/x.png"));
  EXPECT_FALSE(own.set_picture(DeckId::Feelings, id, "/etc/x.png"));
  EXPECT_FALSE(own.set_picture(DeckId::Feelings, id, "x.jpg"));
  EXPECT_EQ(own.find(DeckId::Feelings, id)->picture_file, "");
  EXPECT_TRUE(own.set_picture(DeckId::Feelings, id, "own-1.png"));
  EXPECT_EQ(own.find(DeckId::Feelings, id)->picture_file, "own-1.png");
  EXPECT_FALSE(own.set_picture(DeckId::Feelings, "own-9", "own-9.png")) << "no such card";
}

}  // namespace
}  // namespace kitbag
