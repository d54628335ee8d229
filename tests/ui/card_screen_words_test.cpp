// The card screens' words in English, Welsh and Polish, through real ImGui frames: every word
// comes from the language files (none is missing), Welsh and Polish really show, card names fit
// on the cards, and a change of language reads the cards again on the next frame while what a
// child picked or turned stays so and a carer's own words stay theirs.
#include <gtest/gtest.h>

#include <algorithm>

#include "app/core/i18n/current_strings.h"
#include "app/core/ui_ids.h"
#include "app/ui/screens/animals_screen.h"
#include "app/ui/screens/feelings_screen.h"
#include "app/ui/screens/presence_screen.h"
#include "app/ui/text.h"
#include "platform/fakes/temp_dir.h"
#include "platform/language_files.h"
#include "tests/support/ui_harness.h"

namespace kitbag {
namespace {

namespace fs = std::filesystem;
using test::UiHarness;

const fs::path kSourceAssets = fs::path(KITBAG_SOURCE_DIR) / "assets";

LanguagePack pack(std::string_view code) {
  LanguageLoad load = load_language(AssetLocator({kSourceAssets}), code);
  for (const auto& problem : load.problems) ADD_FAILURE() << problem;
  return std::move(load.pack);
}

// The phrase as the language's own file gives it (never English standing in for it).
std::string phrase(const LanguagePack& language, std::string_view key) {
  const Phrase* found = language.find(key);
  EXPECT_NE(found, nullptr) << language.code << " has no \"" << key << "\"";
  return found != nullptr ? found->text : std::string(key);
}

void expect_nothing_missing(std::string_view where) {
  for (const std::string& key : current_strings().missing())
    ADD_FAILURE() << where << ": no language file gives \"" << key << "\"";
}

void change_language(UiHarness& ui, std::string code) {
  Preferences next = ui.preferences().current();
  next.language = std::move(code);
  ui.preferences().change(next);
}

// Straight to a screen, as a script would get there by clicks.
void show(UiHarness& ui, ScreenId screen) {
  ui.navigator().open(screen);
  ui.frame();
  ui.settle();
}

void change_age(UiHarness& ui, AgeMode age) {
  Preferences next = ui.preferences().current();
  next.age = age;
  ui.preferences().change(next);
  ui.frame();
  ui.settle();
}

// Saved cards as a carer's earlier session left them: an own card in a colour no swatch has (as a
// hand-edited file may), and a built-in card with words of their own.
void write_own_cards(const TempDir& data) {
  data.write("cards/own-cards.json", R"({"schema": 1, "next": 2,
    "cards": [{"deck": "animals", "id": "own-1", "title": "Hamster", "text": "Small and busy",
               "colour": "#123456"}],
    "edits": [{"deck": "animals", "id": "owl", "title": "Clever owl", "text": "Knows the way home"}]})");
}

class CardScreenWords : public ::testing::TestWithParam<const char*> {};

// Every state of every card screen a person can reach, so a key built in code (a swatch's name,
// a deck's notice) is asked for too.
TEST_P(CardScreenWords, EveryScreenFindsAllItsWordsInTheLanguageFiles) {
  TempDir data;
  write_own_cards(data);
  UiHarness ui({.start = ScreenId::Feelings, .data_dir = data.path(), .language = GetParam()});
  ui.settle();
  ui.click(ui_id::card("red"));
  ui.click(ui_id::kFaces);
  ui.click(ui_id::kShowPicks);
  ui.click(ui_id::kBackToTable);
  ui.click(ui_id::kTurnBack);
  for (AgeMode age : {AgeMode::Younger, AgeMode::Older, AgeMode::Any}) change_age(ui, age);

  show(ui, ScreenId::Animals);
  ui.click(ui_id::card("owl"));
  ui.click(ui_id::kWordsUp);
  ui.click(ui_id::show_card("lion"));
  ui.click(ui_id::kPutBack);
  change_age(ui, AgeMode::Younger);
  change_age(ui, AgeMode::Any);

  show(ui, ScreenId::Presence);
  ui.click(ui_id::kNext);
  ui.click(ui_id::kAllCards);
  ui.click(ui_id::kOneCard);

  ui.click(ui_id::kEditCards);
  ui.click(std::string(ui_id::kEditorDeck) + "animals");
  ui.click("editor:card:own-1");  // its own colour joins the swatches
  ui.click(ui_id::kEditorRemove);
  ui.click(ui_id::kEditorCancel);
  ui.drop({data.path() / "our-dog.png"});
  ui.frame();
  ui.click("editor:card:owl");
  ui.click(ui_id::kEditorSave);
  ui.click(ui_id::kEditorNew);
  ui.click(ui_id::kEditorSave);  // no title: the reason is given
  expect_nothing_missing(GetParam());
}

TEST_P(CardScreenWords, BrokenDecksAndMissingPicturesAreReportedInTheLanguage) {
  TempDir broken;
  broken.write("decks/presence.json", "not a deck");
  // The source assets only: the card art is made by the build, so no picture is found.
  UiHarness ui(
      {.start = ScreenId::Presence, .asset_roots = {broken.path(), kSourceAssets}, .language = GetParam()});
  ui.settle();
  show(ui, ScreenId::Animals);
  const LanguagePack language = pack(GetParam());
  std::vector<std::string> titles;
  for (const Notice& notice : ui.notices().all()) titles.push_back(notice.title);
  EXPECT_NE(std::find(titles.begin(), titles.end(), phrase(language, "card-library.none-loaded.presence")),
            titles.end());
  EXPECT_NE(std::find(titles.begin(), titles.end(), phrase(language, "card-pictures.missing")), titles.end());
  show(ui, ScreenId::Presence);
  EXPECT_TRUE(ui.shown().shows_text(phrase(language, "presence.no-cards")));
  expect_nothing_missing(GetParam());
}

// The name along the bottom of a card has room for two lines of the smallest text; a longer
// name, or a word wider than the card, would be cut off.
TEST_P(CardScreenWords, EveryCardsNameFitsOnItsCardOnASmallScreen) {
  UiHarness ui({.size = {640, 480}, .start = ScreenId::Feelings, .language = GetParam()});
  ui.settle();
  ImFont* font = ui.fonts().small;
  const float padding = 14 * ui.scale();
  auto check_cards = [&](DeckId deck_id, const char* where) {
    int checked = 0;
    for (const UiTarget& target : ui.shown().reachable()) {
      if (!target.id.starts_with("card:") || target.id.ends_with(":show")) continue;
      const Card* card = ui.cards().deck(deck_id).find(target.id.substr(5));
      ASSERT_NE(card, nullptr) << target.id;
      const float width = target.rect.width - 2 * padding;
      const auto lines = ui::wrap_lines(font, card->title, width);
      EXPECT_LE(lines.size(), 2u) << where << ": \"" << card->title << "\" at " << width << " px";
      std::string_view rest = card->title;
      while (!rest.empty()) {
        const std::string_view word = rest.substr(0, rest.find(' '));
        EXPECT_LE(ui::measure_text(font, word).x, width + 0.5f) << where << ": \"" << word << "\"";
        rest.remove_prefix(std::min(rest.size(), word.size() + 1));
      }
      ++checked;
    }
    EXPECT_GT(checked, 0) << where;
  };
  check_cards(DeckId::Feelings, "colours");
  ui.click(ui_id::kFaces);
  check_cards(DeckId::Feelings, "faces");
  show(ui, ScreenId::Animals);
  check_cards(DeckId::Animals, "animals");
  show(ui, ScreenId::Presence);
  ui.click(ui_id::kAllCards);
  check_cards(DeckId::Presence, "presence");
}

// The controls under a presence card wrap onto a second line where their words are long (and on
// a netbook even in English); all of them stay in the window, below the card.
TEST_P(CardScreenWords, ThePresenceControlsStayInTheWindowOnASmallScreen) {
  UiHarness ui({.size = {640, 480}, .start = ScreenId::Presence, .language = GetParam()});
  ui.settle();
  const Card* first =
      ui.screen<ui::PresenceScreen>(ScreenId::Presence).table().current(ui.cards().deck(DeckId::Presence));
  ASSERT_NE(first, nullptr);
  const Rect card = ui.target(ui_id::card(first->id)).rect;
  for (std::string_view id : {ui_id::kPrevious, ui_id::kDraw, ui_id::kTimeThisCard, ui_id::kNext}) {
    const UiTarget* control = ui.shown().find_by_id(id);
    ASSERT_NE(control, nullptr) << id << " is not in the window";
    EXPECT_FALSE(control->partly_hidden) << id;
    EXPECT_LE(control->rect.bottom(), 480.5f) << id;
    EXPECT_GE(control->rect.y, card.bottom()) << id << " is over the card";
  }
}

// "Your cards" on a netbook: the buttons under the form wrap onto a second line rather than
// leave the window, and a name that wraps in the list ("Clever owl (your words)") gets a taller
// row rather than running into the next.
TEST_P(CardScreenWords, YourCardsButtonsAndListFitOnASmallScreen) {
  TempDir data;
  write_own_cards(data);
  UiHarness ui(
      {.size = {640, 480}, .start = ScreenId::OwnCards, .data_dir = data.path(), .language = GetParam()});
  ui.settle();
  ui.click(std::string(ui_id::kEditorDeck) + "animals");
  auto expect_in_window = [&](std::initializer_list<std::string_view> ids) {
    for (std::string_view id : ids) {
      const UiTarget* button = ui.shown().find_by_id(id);
      ASSERT_NE(button, nullptr) << id << " is not in the window";
      EXPECT_FALSE(button->partly_hidden) << id;
      EXPECT_LE(button->rect.bottom(), 480.5f) << id;
    }
  };
  ui.click("editor:card:owl");
  expect_in_window({ui_id::kEditorSave, ui_id::kEditorReset});
  const std::string name =
      fill_placeholders(phrase(pack(GetParam()), "own-cards.edited-title"), {{"card", "Clever owl"}});
  const Rect row = ui.target("editor:card:owl").rect;
  int drawn = 0;
  for (const UiText& text : ui.shown().texts()) {
    if (text.text != name) continue;
    ++drawn;
    EXPECT_GE(text.rect.y, row.y - 0.5f);
    EXPECT_LE(text.rect.bottom(), row.bottom() + 0.5f) << "\"" << name << "\" runs out of its row";
  }
  EXPECT_EQ(drawn, 1);

  ui.click("editor:card:own-1");
  ui.click(ui_id::kEditorRemove);
  expect_in_window({ui_id::kEditorSave, ui_id::kEditorCancel, ui_id::kEditorRemoveYes});
}

INSTANTIATE_TEST_SUITE_P(EachLanguage, CardScreenWords, ::testing::Values("en", "cy", "pl"));

class TranslatedCardScreens : public ::testing::TestWithParam<const char*> {};

TEST_P(TranslatedCardScreens, ButtonsAndCardsAreInTheLanguageNotEnglish) {
  UiHarness ui({.size = {1920, 1080}, .start = ScreenId::Animals, .language = GetParam()});
  ui.settle();
  const LanguagePack language = pack(GetParam());
  const LanguagePack english = pack("en");

  const std::string pictures_up = phrase(language, "animals.pictures-up");
  EXPECT_NE(pictures_up, phrase(english, "animals.pictures-up"));
  EXPECT_EQ(ui.target(ui_id::kPicturesUp).label, pictures_up);
  EXPECT_TRUE(ui.shown().shows_text(phrase(language, "animals.screen-title"))) << "the top bar's title";

  const Card& owl = *ui.cards().deck(DeckId::Animals).find("owl");
  EXPECT_EQ(owl.title, phrase(language, "cards.animals.owl.title"));
  EXPECT_NE(owl.title, phrase(english, "cards.animals.owl.title"));
  EXPECT_EQ(ui.target(ui_id::card("owl")).label, owl.title);
  ui.click(ui_id::card("owl"));
  EXPECT_EQ(ui.target(ui_id::card("owl")).label, phrase(language, "cards.animals.owl.quality"));
  ui.click(ui_id::show_card("owl"));
  EXPECT_TRUE(ui.shown().shows_text(phrase(language, "cards.animals.prompt")));
  EXPECT_TRUE(ui.shown().shows_text(phrase(language, "cards.animals.owl.text")));
  expect_nothing_missing(GetParam());
}

TEST_P(TranslatedCardScreens, AnOwnCardsMistakeIsExplainedInTheLanguage) {
  TempDir data;
  UiHarness ui({.start = ScreenId::OwnCards, .data_dir = data.path(), .language = GetParam()});
  ui.settle();
  ui.click(ui_id::kEditorSave);
  const std::string reason = phrase(pack(GetParam()), "own-cards.title-needed");
  EXPECT_NE(reason, phrase(pack("en"), "own-cards.title-needed"));
  EXPECT_TRUE(ui.shown().shows_text(reason));
}

INSTANTIATE_TEST_SUITE_P(WelshAndPolish, TranslatedCardScreens, ::testing::Values("cy", "pl"));

TEST(CardScreenLanguageChange, TheCardsAreReadAgainOnTheNextFrameAndPicksAndTurnsStay) {
  TempDir data;
  write_own_cards(data);
  UiHarness ui({.start = ScreenId::Feelings, .data_dir = data.path()});
  ui.settle();
  ui.click(ui_id::card("red"));
  ui.click(ui_id::card("yellow"));
  show(ui, ScreenId::Animals);
  ui.click(ui_id::card("lion"));
  ASSERT_EQ(ui.screen<ui::AnimalsScreen>(ScreenId::Animals).table().side("lion"), CardSide::Words);
  show(ui, ScreenId::Presence);
  ui.click(ui_id::kNext);
  ui.click(ui_id::kNext);
  const auto& presence = ui.screen<ui::PresenceScreen>(ScreenId::Presence).table();
  const std::string showing = presence.current(ui.cards().deck(DeckId::Presence))->id;
  show(ui, ScreenId::Animals);
  const std::uint64_t generation = ui.cards().generation();

  change_language(ui, "pl");
  ui.frame();
  const LanguagePack polish = pack("pl");
  const Deck& animals = ui.cards().deck(DeckId::Animals);
  EXPECT_GT(ui.cards().generation(), generation) << "screens see the decks changed";
  EXPECT_EQ(animals.title, phrase(polish, "cards.animals.title"));
  EXPECT_EQ(animals.find("lion")->title, phrase(polish, "cards.animals.lion.title"));
  EXPECT_EQ(ui.screen<ui::AnimalsScreen>(ScreenId::Animals).table().side("lion"), CardSide::Words)
      << "still turned over";
  EXPECT_EQ(ui.target(ui_id::card("lion")).label, phrase(polish, "cards.animals.lion.quality"));
  // A carer's own card and own words are theirs, in whatever language they wrote them.
  EXPECT_EQ(animals.find("own-1")->title, "Hamster");
  EXPECT_EQ(animals.find("owl")->title, "Clever owl");
  EXPECT_EQ(animals.find("owl")->text, "Knows the way home");

  show(ui, ScreenId::Feelings);
  EXPECT_EQ(ui.screen<ui::FeelingsScreen>(ScreenId::Feelings).table().picks(),
            (std::vector<std::string>{"red", "yellow"}));
  EXPECT_EQ(ui.target(ui_id::kShowPicks).label,
            fill_placeholders(phrase(polish, "feelings.show-picks-counted"), {{"n", "2"}}));
  EXPECT_EQ(ui.target(ui_id::card("red")).label, phrase(polish, "cards.feelings.red.title"));

  show(ui, ScreenId::Presence);
  EXPECT_EQ(presence.current(ui.cards().deck(DeckId::Presence))->id, showing) << "the same presence card";
  EXPECT_EQ(ui.target(ui_id::card(showing)).label, phrase(polish, "cards.presence." + showing + ".title"));

  change_language(ui, "en");
  ui.frame();
  EXPECT_EQ(ui.cards().deck(DeckId::Animals).find("lion")->title,
            phrase(pack("en"), "cards.animals.lion.title"));
  expect_nothing_missing("after changing language");
}

// Polish says "1 minuty" but "3 minut" after "około": the counted forms, not a hand-made plural.
TEST(CardScreenLanguageChange, APresenceCardsSuggestedLengthCountsInTheLanguage) {
  {
    UiHarness english({.start = ScreenId::Home});
    EXPECT_EQ(ui::suggested_length(30), "About 30 seconds");
    EXPECT_EQ(ui::suggested_length(60), "About 1 minute");
    EXPECT_EQ(ui::suggested_length(150), "About 3 minutes");
  }
  UiHarness polish({.start = ScreenId::Home, .language = "pl"});
  EXPECT_EQ(ui::suggested_length(60), "Około 1 minuty");
  EXPECT_EQ(ui::suggested_length(150), "Około 3 minut");
  EXPECT_EQ(ui::suggested_length(300), "Około 5 minut");
  EXPECT_EQ(ui::suggested_length(45), "Około 45 sekund");
}

}  // namespace
}  // namespace kitbag
