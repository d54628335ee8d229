// The shipped decks: they load cleanly, hold enough cards, and every picture they name exists.
// Their words are in the language files, so English is loaded first, as the app does.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>

#include "tests/support/scoped_words.h"
#include "app/core/cards/card_shape.h"
#include "app/core/i18n/current_strings.h"
#include "platform/card_files.h"
#include "platform/language_files.h"
#include "platform/png_codec.h"

namespace kitbag {
namespace {

namespace fs = std::filesystem;

const fs::path kSourceAssets = fs::path(KITBAG_SOURCE_DIR) / "assets";
const fs::path kBuiltArt = fs::path(KITBAG_BUILD_ASSETS_DIR) / "art";
constexpr std::string_view kArtPrefix = "art/";

Deck shipped(DeckId id) {
  const DeckLoad load = load_deck_file(AssetLocator({kSourceAssets}), id);
  EXPECT_TRUE(load.deck) << deck_name(id);
  return load.deck.value_or(Deck{});
}

// "art/owl.png" -> "owl"; anything else -> "".
std::string art_name(const std::string& picture) {
  if (!picture.starts_with(kArtPrefix) || !picture.ends_with(".png")) return "";
  return picture.substr(kArtPrefix.size(), picture.size() - kArtPrefix.size() - 4);
}

// Every art name the decks use, with a card that uses it for messages.
std::map<std::string, std::string> art_used() {
  std::map<std::string, std::string> used;
  for (DeckId id : kAllDecks)
    for (const Card& card : shipped(id).cards)
      if (const auto name = art_name(card.picture); !name.empty())
        used.emplace(name, std::string(deck_name(id)) + "/" + card.id);
  return used;
}

nlohmann::json emoji_art() {
  std::ifstream in(kSourceAssets / "art" / "emoji-art.json");
  return nlohmann::json::parse(in);
}

class ShippedDecks : public ::testing::Test {
 protected:
  void SetUp() override {
    Notices notices;
    use_strings(load_strings(AssetLocator({kSourceAssets}), "en", notices));
    for (const Notice& notice : notices.all()) ADD_FAILURE() << notice.title << ": " << notice.detail;
  }
  // The words are the whole process's: each test puts back what it found.
  test::ScopedWords words_;
};

TEST_F(ShippedDecks, EveryDeckLoadsWithoutAProblem) {
  for (DeckId id : kAllDecks) {
    const DeckLoad load = load_deck_file(AssetLocator({kSourceAssets}), id);
    ASSERT_TRUE(load.deck) << deck_name(id);
    for (const auto& problem : load.problems) ADD_FAILURE() << problem;
    EXPECT_FALSE(load.deck->title.empty()) << deck_name(id);
    EXPECT_FALSE(load.deck->prompt.empty()) << deck_name(id);
  }
}

TEST_F(ShippedDecks, FeelingsHasSixteenColoursAndTheCoreFaces) {
  const Deck deck = shipped(DeckId::Feelings);
  int colours = 0;
  int faces = 0;
  for (const Card& card : deck.cards) {
    colours += card.group == "colours";
    faces += card.group == "faces";
  }
  EXPECT_GE(colours, 16);
  EXPECT_GE(faces, 7);
  for (const char* id :
       {"face-happy", "face-okay", "face-sad", "face-worried", "face-angry", "face-calm", "face-tired"}) {
    const Card* card = deck.find(id);
    ASSERT_NE(card, nullptr) << id;
    EXPECT_EQ(card->group, "faces") << id;
  }
}

TEST_F(ShippedDecks, ColourCardsEachHaveTheirOwnShapeAndColour) {
  std::set<CardShape> shapes;
  std::set<std::string> colours;
  for (const Card& card : shipped(DeckId::Feelings).cards) {
    if (card.group != "colours") continue;
    const auto shape = shape_of_picture(card.picture);
    ASSERT_TRUE(shape) << card.id << " needs a shape, has \"" << card.picture << "\"";
    EXPECT_TRUE(shapes.insert(*shape).second) << card.id << " repeats " << card.picture;
    EXPECT_TRUE(colours.insert(to_hex(card.colour)).second) << card.id << " repeats " << to_hex(card.colour);
  }
  EXPECT_GE(shapes.size(), 16u);
}

TEST_F(ShippedDecks, AnimalsEachStandForADifferentQuality) {
  const Deck deck = shipped(DeckId::Animals);
  EXPECT_GE(deck.cards.size(), 24u);
  std::set<std::string> qualities;
  for (const Card& card : deck.cards) {
    EXPECT_FALSE(card.quality.empty()) << card.id;
    EXPECT_TRUE(qualities.insert(card.quality).second) << card.id << " repeats \"" << card.quality << "\"";
  }
}

TEST_F(ShippedDecks, PresenceCardsEachSuggestALength) {
  const Deck deck = shipped(DeckId::Presence);
  EXPECT_GE(deck.cards.size(), 30u);
  for (const Card& card : deck.cards) EXPECT_TRUE(card.seconds) << card.id;
}

TEST_F(ShippedDecks, EveryArtPictureHasAnEmojiEntryAndEveryEntryIsUsed) {
  const auto pictures = emoji_art().at("pictures");
  ASSERT_TRUE(pictures.is_object());
  const auto used = art_used();
  ASSERT_FALSE(used.empty());
  for (const auto& [name, card] : used)
    EXPECT_TRUE(pictures.contains(name)) << card << " uses art/" << name << ".png";
  for (const auto& item : pictures.items())
    EXPECT_TRUE(used.contains(item.key())) << item.key() << " is never used";
}

TEST_F(ShippedDecks, EveryArtPictureIsBuiltAsASquarePng) {
  for (const auto& [name, card] : art_used()) {
    const fs::path file = kBuiltArt / (name + ".png");
    ASSERT_TRUE(fs::exists(file)) << file << " (used by " << card << ") was not generated";
    const auto image = read_png_file(file);
    ASSERT_TRUE(image.ok()) << image.error();
    EXPECT_EQ(image.value().width, image.value().height) << file;
    EXPECT_GE(image.value().width, 64) << file;
  }
}

}  // namespace
}  // namespace kitbag
