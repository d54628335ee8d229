// The shipped cards' words live in the language files only: every deck loads in every language
// with no problem, each card's words are that language's or, phrase by phrase, English's, and a
// card whose words are nowhere is reported naming the file, the card and the key.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>

#include "tests/support/scoped_words.h"
#include "app/core/i18n/current_strings.h"
#include "app/core/i18n/languages.h"
#include "platform/card_files.h"
#include "platform/language_files.h"
#include "tests/support/contains.h"

namespace kitbag {
namespace {

namespace fs = std::filesystem;
using test::Contains;

const fs::path kSourceAssets = fs::path(KITBAG_SOURCE_DIR) / "assets";

const AssetLocator& assets() {
  static const AssetLocator locator({kSourceAssets});
  return locator;
}

LanguagePack pack(std::string_view code) {
  LanguageLoad load = load_language(assets(), code);
  for (const auto& problem : load.problems) ADD_FAILURE() << problem;
  return std::move(load.pack);
}

std::string key_of(DeckId deck, const std::string& card_id, const char* field) {
  return "cards." + std::string(deck_name(deck)) + "." + card_id + "." + field;
}

// The words the process speaks are global; each test puts back what it found.
class ShippedDeckWords : public ::testing::Test {
 protected:
  test::ScopedWords words_;

  void speak(std::string_view code) {
    Notices notices;
    use_strings(load_strings(assets(), code, notices));
    for (const Notice& notice : notices.all()) ADD_FAILURE() << notice.title << ": " << notice.detail;
  }
};

TEST_F(ShippedDeckWords, EveryDeckLoadsInEveryLanguageWithoutAProblem) {
  for (const Language& language : kLanguages) {
    speak(language.code);
    for (DeckId id : kAllDecks) {
      const DeckLoad load = load_deck_file(assets(), id);
      ASSERT_TRUE(load.deck) << language.code << " " << deck_name(id);
      for (const auto& problem : load.problems) ADD_FAILURE() << language.code << ": " << problem;
      EXPECT_FALSE(load.deck->title.empty()) << language.code << " " << deck_name(id);
      EXPECT_FALSE(load.deck->prompt.empty()) << language.code << " " << deck_name(id);
      std::set<std::string> qualities;
      for (const Card& card : load.deck->cards) {
        EXPECT_FALSE(card.title.empty()) << language.code << " " << card.id;
        EXPECT_FALSE(card.text.empty()) << language.code << " " << card.id;
        if (id == DeckId::Animals) {
          EXPECT_TRUE(qualities.insert(card.quality).second)
              << language.code << ": " << card.id << " repeats \"" << card.quality << "\"";
        }
      }
    }
  }
}

// Each phrase is the language's own where its file has it, else English's: never the key, never
// empty, never another card's.
TEST_F(ShippedDeckWords, EachCardsWordsAreTheLanguagesOrEnglishPhraseByPhrase) {
  const LanguagePack english = pack("en");
  for (const Language& language : kLanguages) {
    const LanguagePack own = pack(language.code);
    speak(language.code);
    for (DeckId id : kAllDecks) {
      const DeckLoad load = load_deck_file(assets(), id);
      ASSERT_TRUE(load.deck);
      for (const Card& card : load.deck->cards) {
        const std::pair<const char*, const std::string*> fields[] = {
            {"title", &card.title}, {"text", &card.text}, {"quality", &card.quality}};
        for (const auto& [field, shown] : fields) {
          const std::string key = key_of(id, card.id, field);
          const Phrase* expected = own.find(key) != nullptr ? own.find(key) : english.find(key);
          if (expected == nullptr) {
            EXPECT_TRUE(shown->empty()) << key;
            continue;
          }
          EXPECT_EQ(*shown, expected->text) << language.code << ": " << key;
        }
      }
    }
  }
}

TEST_F(ShippedDeckWords, WelshAndPolishNameEveryShippedCardAndDeck) {
  const LanguagePack english = pack("en");
  for (std::string_view code : {"cy", "pl"}) {
    const LanguagePack own = pack(code);
    int cards = 0;
    for (const auto& [key, phrase] : english.phrases) {
      if (!key.starts_with("cards.") || !key.ends_with(".title")) continue;
      ++cards;
      const Phrase* translated = own.find(key);
      ASSERT_NE(translated, nullptr) << code << " has no \"" << key << "\"";
      EXPECT_FALSE(translated->text.empty()) << code << ": " << key;
    }
    EXPECT_GT(cards, 90) << "every deck's and card's title";
  }
}

// A phrase the translation lacks is shown in English, and only that phrase.
TEST_F(ShippedDeckWords, APhraseWelshLacksIsEnglishAndTheRestStaysWelsh) {
  LanguagePack welsh = pack("cy");
  const LanguagePack english = pack("en");
  ASSERT_EQ(welsh.phrases.erase("cards.animals.owl.title"), 1u);
  use_strings(std::make_shared<const Strings>(english, welsh));
  const DeckLoad load = load_deck_file(assets(), DeckId::Animals);
  ASSERT_TRUE(load.deck);
  EXPECT_TRUE(load.problems.empty());
  const Card* owl = load.deck->find("owl");
  ASSERT_NE(owl, nullptr);
  EXPECT_EQ(owl->title, english.find("cards.animals.owl.title")->text);
  EXPECT_EQ(owl->quality, welsh.find("cards.animals.owl.quality")->text);
  EXPECT_EQ(load.deck->title, welsh.find("cards.animals.title")->text);
}

// One source of truth: a change to an English card is made in the language file, not twice.
TEST_F(ShippedDeckWords, TheDeckFilesCarryNoWordsOfTheirOwn) {
  for (DeckId id : kAllDecks) {
    const fs::path file = kSourceAssets / "decks" / (std::string(deck_name(id)) + ".json");
    std::ifstream in(file);
    const nlohmann::json deck = nlohmann::json::parse(in);
    EXPECT_FALSE(deck.contains("title")) << file;
    EXPECT_FALSE(deck.contains("prompt")) << file;
    for (const auto& card : deck.at("cards"))
      for (const char* field : {"title", "text", "quality"})
        EXPECT_FALSE(card.contains(field))
            << file << ": " << card.value("id", "?") << " has \"" << field << "\"";
  }
}

TEST_F(ShippedDeckWords, WithNoLanguageFilesEachCardIsLeftOutNamingTheFileCardAndKey) {
  const test::ScopedWords none;
  const DeckLoad load = load_deck_file(assets(), DeckId::Animals);
  ASSERT_TRUE(load.deck);
  EXPECT_TRUE(load.deck->cards.empty());
  bool named = false;
  for (const std::string& problem : load.problems)
    named = named || (Contains(problem, (kSourceAssets / "decks" / "animals.json").string()) &&
                      Contains(problem, "\"owl\"") && Contains(problem, "cards.animals.owl.title"));
  EXPECT_TRUE(named) << "no problem names the file, the owl and its key";
}

}  // namespace
}  // namespace kitbag
