// Reading a deck file: each problem names file, card and field; one bad card never hides the rest.
#include "app/core/cards/deck_parser.h"

#include <gtest/gtest.h>

#include <functional>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "tests/support/contains.h"

namespace kitbag {
namespace {

using Json = nlohmann::json;
using test::Contains;

constexpr const char* kFile = "/assets/decks/feelings.json";

Json colour_card(const std::string& id) {
  return {{"id", id},
          {"title", "Red"},
          {"text", "What does red sound like?"},
          {"picture", "shape:star"},
          {"colour", "#E8322E"},
          {"group", "colours"}};
}

Json animal_card(const std::string& id) {
  return {{"id", id},
          {"title", "Owl"},
          {"text", "Who do you know who is wise?"},
          {"picture", "art/owl.png"},
          {"colour", "#C8A165"},
          {"quality", "Wise"}};
}

Json presence_card(const std::string& id) {
  return {{"id", id},
          {"title", "Balloon breath"},
          {"text", "Breathe in slowly."},
          {"picture", "art/balloon.png"},
          {"colour", "#DCEFF7"},
          {"seconds", 60}};
}

Json deck_json(DeckId deck, Json cards) {
  return {
      {"schema", 1}, {"deck", deck_name(deck)}, {"title", "A deck"}, {"prompt", "Tell me"}, {"cards", cards}};
}

DeckLoad load(DeckId deck, Json cards) {
  return parse_deck(deck_json(deck, std::move(cards)).dump(), kFile, deck);
}

DeckLoad load_feelings(Json cards) {
  return load(DeckId::Feelings, std::move(cards));
}

std::vector<std::string> ids_of(const DeckLoad& load) {
  std::vector<std::string> ids;
  if (load.deck)
    for (const Card& card : load.deck->cards) ids.push_back(card.id);
  return ids;
}

// One problem holds every one of `parts`; on failure prints them all.
::testing::AssertionResult HasProblem(const DeckLoad& load, const std::vector<std::string>& parts) {
  for (const std::string& problem : load.problems) {
    bool all = true;
    for (const std::string& part : parts) all = all && problem.find(part) != std::string::npos;
    if (all) return ::testing::AssertionSuccess();
  }
  auto failure = ::testing::AssertionFailure() << "no problem holds all of:";
  for (const std::string& part : parts) failure << " [" << part << "]";
  failure << "\nproblems:";
  for (const std::string& problem : load.problems) failure << "\n  " << problem;
  return failure;
}

// The second of three cards is spoiled by `spoil`; the other two must still load.
DeckLoad load_with_bad_second(const std::function<void(Json&)>& spoil) {
  Json bad = colour_card("bad");
  spoil(bad);
  return load_feelings({colour_card("first"), bad, colour_card("third")});
}

TEST(DeckParser, AGoodDeckLoadsEveryCardWithEveryField) {
  Json face = colour_card("face-happy");
  face["group"] = "faces";
  face["picture"] = "art/face-happy.png";
  face["title"] = "Happy";
  const auto result = load_feelings({colour_card("red"), face});
  EXPECT_TRUE(result.problems.empty()) << result.problems.front();
  ASSERT_TRUE(result.deck);
  EXPECT_EQ(result.deck->id, DeckId::Feelings);
  EXPECT_EQ(result.deck->title, "A deck");
  EXPECT_EQ(result.deck->prompt, "Tell me");
  ASSERT_EQ(result.deck->cards.size(), 2u);
  const Card& red = result.deck->cards[0];
  EXPECT_EQ(red.id, "red");
  EXPECT_EQ(red.title, "Red");
  EXPECT_EQ(red.text, "What does red sound like?");
  EXPECT_EQ(red.picture, "shape:star");
  EXPECT_EQ(red.colour, (Rgb{0xE8, 0x32, 0x2E}));
  EXPECT_EQ(red.group, "colours");
  EXPECT_EQ(red.origin, CardOrigin::BuiltIn);
  EXPECT_FALSE(red.edited);
  EXPECT_EQ(result.deck->cards[1].group, "faces");
  EXPECT_EQ(result.deck->cards[1].picture, "art/face-happy.png");
}

TEST(DeckParser, AnimalAndPresenceCardsKeepTheirQualityAndSeconds) {
  const auto animals = load(DeckId::Animals, {animal_card("owl")});
  ASSERT_TRUE(animals.deck);
  ASSERT_EQ(animals.deck->cards.size(), 1u);
  EXPECT_EQ(animals.deck->cards[0].quality, "Wise");
  EXPECT_TRUE(animals.problems.empty());

  const auto presence = load(DeckId::Presence, {presence_card("balloon-breath")});
  ASSERT_TRUE(presence.deck);
  ASSERT_EQ(presence.deck->cards.size(), 1u);
  EXPECT_EQ(presence.deck->cards[0].seconds, 60);
  EXPECT_TRUE(presence.problems.empty());
}

TEST(DeckParser, ABadColourNamesFileCardNumberIdAndFieldAndTheOthersLoad) {
  const auto result = load_with_bad_second([](Json& card) { card["colour"] = "blue"; });
  EXPECT_TRUE(HasProblem(result, {kFile, "card 2", "\"bad\"", "\"colour\"", "blue"}));
  EXPECT_EQ(ids_of(result), (std::vector<std::string>{"first", "third"}));
}

TEST(DeckParser, AMissingTitleIsReportedAndTheCardLeftOut) {
  const auto result = load_with_bad_second([](Json& card) { card.erase("title"); });
  EXPECT_TRUE(HasProblem(result, {kFile, "card 2", "\"bad\"", "\"title\"", "missing"}));
  EXPECT_EQ(ids_of(result), (std::vector<std::string>{"first", "third"}));
}

TEST(DeckParser, ATabOrLineBreakInATitleIsReported) {
  // It would split `kitbag cards`' one card a line, and draw as a box.
  const auto result = load_with_bad_second([](Json& card) { card["title"] = "Red\tand blue"; });
  EXPECT_TRUE(HasProblem(result, {kFile, "card 2", "\"title\"", "control character"}));
  EXPECT_EQ(ids_of(result), (std::vector<std::string>{"first", "third"}));
}

TEST(DeckParser, TheFirstCharacterIsAWholeCharacter) {
  EXPECT_EQ(first_character("Ésme"), "É");
  EXPECT_EQ(first_character("Owl"), "O");
  EXPECT_EQ(first_character("\xF0\x9F\xA6\x89 owl"), "\xF0\x9F\xA6\x89");
  EXPECT_EQ(first_character(""), "");
}

TEST(DeckParser, ATitleOverTheLimitIsReported) {
  const auto result =
      load_with_bad_second([](Json& card) { card["title"] = std::string(kMaxCardTitleLength + 1, 'a'); });
  EXPECT_TRUE(HasProblem(result, {kFile, "card 2", "\"title\"", "longer than 40"}));
  EXPECT_EQ(ids_of(result), (std::vector<std::string>{"first", "third"}));
}

TEST(DeckParser, AnIdWithCapitalsIsReported) {
  const auto result = load_with_bad_second([](Json& card) { card["id"] = "Bad-Id"; });
  EXPECT_TRUE(HasProblem(result, {kFile, "card 2", "\"id\"", "Bad-Id"}));
  EXPECT_EQ(ids_of(result), (std::vector<std::string>{"first", "third"}));
}

TEST(DeckParser, ADuplicateIdLeavesTheSecondCardOut) {
  Json second = colour_card("red");
  second["title"] = "Second red";
  const auto result = load_feelings({colour_card("red"), second, colour_card("blue")});
  EXPECT_TRUE(HasProblem(result, {kFile, "card 2", "\"red\"", "already used"}));
  ASSERT_TRUE(result.deck);
  EXPECT_EQ(ids_of(result), (std::vector<std::string>{"red", "blue"}));
  EXPECT_EQ(result.deck->cards[0].title, "Red") << "the first card with the id is the one kept";
}

TEST(DeckParser, AnAnimalWithoutAQualityIsReported) {
  Json bad = animal_card("owl");
  bad.erase("quality");
  const auto result = load(DeckId::Animals, {animal_card("lion"), bad});
  EXPECT_TRUE(HasProblem(result, {kFile, "card 2", "\"owl\"", "\"quality\""}));
  EXPECT_EQ(ids_of(result), (std::vector<std::string>{"lion"}));
}

TEST(DeckParser, AFeelingsCardNeedsAKnownGroup) {
  const auto result = load_with_bad_second([](Json& card) { card["group"] = "shapes"; });
  EXPECT_TRUE(HasProblem(result, {kFile, "card 2", "\"bad\"", "\"group\"", "shapes"}));
  EXPECT_EQ(ids_of(result), (std::vector<std::string>{"first", "third"}));
}

TEST(DeckParser, SecondsMustBeAPositiveWholeNumber) {
  for (const Json& seconds : {Json(0), Json(-5), Json("sixty"), Json(2.5), Json(kMaxSuggestedSeconds + 1)}) {
    Json bad = presence_card("bad");
    bad["seconds"] = seconds;
    const auto result = load(DeckId::Presence, {presence_card("first"), bad});
    EXPECT_TRUE(HasProblem(result, {kFile, "card 2", "\"bad\"", "\"seconds\""})) << seconds.dump();
    EXPECT_EQ(ids_of(result), (std::vector<std::string>{"first"})) << seconds.dump();
  }
}

TEST(DeckParser, PicturesOutsideTheAssetsOrUnknownShapesAreRefused) {
  for (const char* picture : {"../x.png", "/etc/x.png", "art/../../x.png", "shape:blob", "art/owl.jpg"}) {
    const auto result = load_with_bad_second([&](Json& card) { card["picture"] = picture; });
    EXPECT_TRUE(HasProblem(result, {kFile, "card 2", "\"bad\"", "\"picture\"", picture}));
    EXPECT_EQ(ids_of(result), (std::vector<std::string>{"first", "third"})) << picture;
  }
}

TEST(DeckParser, SeveralBadCardsAreEachReportedAndTheGoodOnesStillLoad) {
  Json no_title = colour_card("no-title");
  no_title.erase("title");
  Json bad_colour = colour_card("bad-colour");
  bad_colour["colour"] = "#12345";
  const auto result = load_feelings({no_title, colour_card("good"), bad_colour, Json("not a card")});
  EXPECT_TRUE(HasProblem(result, {"card 1", "\"no-title\"", "\"title\""}));
  EXPECT_TRUE(HasProblem(result, {"card 3", "\"bad-colour\"", "\"colour\""}));
  EXPECT_TRUE(HasProblem(result, {"card 4", "not an object"}));
  EXPECT_EQ(ids_of(result), (std::vector<std::string>{"good"}));
}

TEST(DeckParser, AnUnknownFieldIsReportedButTheCardIsKept) {
  Json card = colour_card("red");
  card["colour_name"] = "scarlet";
  const auto result = load_feelings({card});
  EXPECT_TRUE(HasProblem(result, {kFile, "card 1", "\"red\"", "colour_name"}));
  EXPECT_EQ(ids_of(result), (std::vector<std::string>{"red"}));
}

// A file that is not a deck loads nothing and says so once, naming the file.
void expect_not_a_deck(const std::string& text, const std::string& why) {
  const auto result = parse_deck(text, kFile, DeckId::Feelings);
  EXPECT_FALSE(result.deck) << why;
  ASSERT_EQ(result.problems.size(), 1u) << why;
  EXPECT_TRUE(Contains(result.problems[0], kFile)) << why;
}

TEST(DeckParser, AFileThatIsNotADeckLoadsNothingAndSaysWhy) {
  const Json cards = Json::array({colour_card("red")});
  expect_not_a_deck("{not json", "not JSON");
  expect_not_a_deck("", "empty");
  expect_not_a_deck("[1, 2]", "not an object");
  expect_not_a_deck(Json{{"schema", 2}, {"deck", "feelings"}, {"cards", cards}}.dump(), "wrong schema");
  expect_not_a_deck(Json{{"schema", "1"}, {"deck", "feelings"}, {"cards", cards}}.dump(), "schema as text");
  expect_not_a_deck(Json{{"deck", "feelings"}, {"cards", cards}}.dump(), "missing schema");
  expect_not_a_deck(Json{{"schema", 1}, {"deck", "animals"}, {"cards", cards}}.dump(), "wrong deck");
  expect_not_a_deck(Json{{"schema", 1}, {"cards", cards}}.dump(), "no deck");
  expect_not_a_deck(Json{{"schema", 1}, {"deck", "feelings"}}.dump(), "no cards");
  expect_not_a_deck(Json{{"schema", 1}, {"deck", "feelings"}, {"cards", "red"}}.dump(), "cards not a list");
}

TEST(DeckParser, InvalidUtf8IsAProblemNotACrash) {
  const std::string text =
      "{\"schema\": 1, \"deck\": \"feelings\", \"cards\": [{\"id\": \"red\", \"title\": \"R\xC3\x28\"}]}";
  DeckLoad result;
  EXPECT_NO_THROW(result = parse_deck(text, kFile, DeckId::Feelings));
  EXPECT_FALSE(result.deck);
  ASSERT_EQ(result.problems.size(), 1u);
  EXPECT_TRUE(Contains(result.problems[0], kFile));
}

TEST(DeckParser, ANumberTooLargeForADoubleIsAProblemNotACrash) {
  // nlohmann reports this overflow as out_of_range, not parse_error.
  const std::string text =
      "{\"schema\": 1, \"deck\": \"feelings\", \"cards\": [{\"id\": \"red\", \"seconds\": 1e400}]}";
  DeckLoad result;
  EXPECT_NO_THROW(result = parse_deck(text, kFile, DeckId::Feelings));
  EXPECT_FALSE(result.problems.empty());
}

TEST(DeckParser, VisibleLengthCountsCodePointsNotBytes) {
  EXPECT_EQ(visible_length(""), 0u);
  EXPECT_EQ(visible_length("cafe"), 4u);
  EXPECT_EQ(visible_length("caf\xC3\xA9"), 4u);                       // café: é is two bytes
  EXPECT_EQ(visible_length("\xE2\x9D\xA4"), 1u);                      // a heart, three bytes
  EXPECT_EQ(visible_length("\xF0\x9F\x90\xBB\xF0\x9F\x90\xBB"), 2u);  // two bears, four bytes each
}

TEST(DeckParser, ATitleOfFortyMultiByteCharactersIsAccepted) {
  std::string title;
  for (std::size_t i = 0; i < kMaxCardTitleLength; ++i) title += "\xC3\xA9";  // 80 bytes, 40 characters
  Json card = colour_card("long");
  card["title"] = title;
  const auto result = load_feelings({card});
  EXPECT_TRUE(result.problems.empty()) << result.problems.front();
  ASSERT_EQ(ids_of(result), (std::vector<std::string>{"long"}));
  EXPECT_EQ(result.deck->cards[0].title, title);
}

}  // namespace
}  // namespace kitbag
