// "Your cards" through real ImGui frames: adding a card that then shows in its deck and is
// saved in the data folder, changing a built-in card's words and putting them back.
#include <gtest/gtest.h>

#include "app/core/ui_ids.h"
#include "app/ui/screens/own_cards_screen.h"
#include "platform/card_files.h"
#include "platform/fakes/temp_dir.h"
#include "platform/png_codec.h"
#include "tests/support/ui_harness.h"

namespace kitbag {
namespace {

using test::UiHarness;

TEST(OwnCardsScreen, OpensFromADeckOnThatDeck) {
  UiHarness ui({.start = ScreenId::Animals});
  ui.settle();
  ui.click(ui_id::kEditCards);
  EXPECT_EQ(ui.navigator().current(), ScreenId::OwnCards);
  EXPECT_EQ(ui.screen<ui::OwnCardsScreen>(ScreenId::OwnCards).deck(), DeckId::Animals);
  ui.click(ui_id::kBack);
  EXPECT_EQ(ui.navigator().current(), ScreenId::Animals) << "Back returns to the cards";
}

TEST(OwnCardsScreen, ANewCardIsSavedAndJoinsItsDeck) {
  TempDir data;
  {
    UiHarness ui({.size = {1920, 1080}, .start = ScreenId::Feelings, .data_dir = data.path()});
    ui.settle();
    ui.click(ui_id::kEditCards);
    ui.click(ui_id::kEditorTitle);
    ui.type("Grandad's shed");
    ui.click(ui_id::kEditorText);
    ui.type("Where does this colour take you?");
    ui.click(std::string(ui_id::kEditorColour) + "5");
    ui.click(ui_id::kEditorSave);
    const Card* card = ui.cards().deck(DeckId::Feelings).find("own-1");
    ASSERT_NE(card, nullptr) << ui.shown().describe_targets();
    EXPECT_EQ(card->title, "Grandad's shed");
    EXPECT_EQ(card->text, "Where does this colour take you?");
    EXPECT_EQ(card->origin, CardOrigin::Own);
    EXPECT_TRUE(ui.shown().shows_text("Added"));
    ui.click(ui_id::kBack);
    EXPECT_NE(ui.shown().find_by_id(ui_id::card("own-1")), nullptr) << "on the table with the colours";
  }
  // A new start (a new version, even) reads it back from the data folder.
  const OwnCardsLoad load = OwnCardsFolder(data.path()).load();
  EXPECT_TRUE(load.problems.empty());
  ASSERT_EQ(load.cards.cards().size(), 1u);
  EXPECT_EQ(load.cards.cards()[0].title, "Grandad's shed");
}

TEST(OwnCardsScreen, BuiltInWordsCanBeChangedAndPutBack) {
  TempDir data;
  UiHarness ui({.size = {1920, 1080}, .start = ScreenId::Animals, .data_dir = data.path()});
  ui.settle();
  ui.click(ui_id::kEditCards);
  ui.click("editor:card:owl");
  const std::string original = ui.cards().deck(DeckId::Animals).find("owl")->text;
  ui.click(ui_id::kEditorText);
  // Select the words and type over them, as a person would.
  ui.press({Key::Home});
  ui.press({Key::End, true});
  ui.type("Owls look and listen first.");
  ui.click(ui_id::kEditorSave);
  const Card* owl = ui.cards().deck(DeckId::Animals).find("owl");
  EXPECT_EQ(owl->text, "Owls look and listen first.");
  EXPECT_TRUE(owl->edited);
  EXPECT_EQ(ui.shown().find_by_id(std::string(ui_id::kEditorColour) + "0"), nullptr)
      << "a built-in card keeps its colour and picture";
  ui.click(ui_id::kEditorReset);
  EXPECT_EQ(ui.cards().deck(DeckId::Animals).find("owl")->text, original);
}

TEST(OwnCardsScreen, AnEmptyTitleIsRefusedWithAReason) {
  TempDir data;
  UiHarness ui({.start = ScreenId::OwnCards, .data_dir = data.path()});
  ui.settle();
  const std::size_t before = ui.cards().deck(DeckId::Feelings).cards.size();
  ui.click(ui_id::kEditorSave);
  EXPECT_EQ(ui.cards().deck(DeckId::Feelings).cards.size(), before);
  EXPECT_TRUE(ui.shown().shows_text("needs a title"));
}

TEST(OwnCardsScreen, WithNoDataFolderNothingIsSavedAndItSaysWhy) {
  UiHarness ui({.start = ScreenId::OwnCards});
  ui.settle();
  ui.click(ui_id::kEditorTitle);
  ui.type("Sunny day");
  ui.click(ui_id::kEditorSave);
  EXPECT_EQ(ui.cards().deck(DeckId::Feelings).find("own-1"), nullptr);
  EXPECT_TRUE(ui.shown().shows_text("no folder on this computer"));
}

TEST(OwnCardsScreen, APictureFromAFileIsCopiedInAndShown) {
  TempDir data;
  TempDir elsewhere;
  Image picture{40, 30, std::vector<std::uint8_t>(40 * 30 * 4, 200)};
  const auto source = elsewhere.path() / "hamster.png";
  ASSERT_TRUE(write_png_file(source, picture).ok());
  UiHarness ui({.size = {1920, 1080}, .start = ScreenId::OwnCards, .data_dir = data.path()});
  ui.settle();
  ui.click(std::string(ui_id::kEditorDeck) + "animals");
  ui.click(ui_id::kEditorTitle);
  ui.type("Hamster");
  ui.click(ui_id::kEditorPicture);
  ui.type(source.string());
  ui.click(ui_id::kEditorSave);
  const Card* card = ui.cards().deck(DeckId::Animals).find("own-1");
  ASSERT_NE(card, nullptr) << ui.shown().describe_targets();
  EXPECT_EQ(card->picture, "own:own-1.png");
  std::filesystem::remove(source);  // the card keeps its own copy
  const std::size_t before = ui.textures().live_count();
  ui.click(ui_id::kBack);
  ui.click(ui_id::tile("animals"));
  ui.press({Key::End});
  EXPECT_NE(ui.shown().find_by_id(ui_id::card("own-1")), nullptr);
  EXPECT_GT(ui.textures().live_count(), before);
  for (const Notice& notice : ui.notices().all()) ADD_FAILURE() << notice.title << ": " << notice.detail;
}

TEST(OwnCardsScreen, APictureThatIsNotAPngIsRefusedNamingTheFile) {
  TempDir data;
  const auto not_png = data.write("notes.txt", "just words");
  UiHarness ui({.size = {1920, 1080}, .start = ScreenId::OwnCards, .data_dir = data.path()});
  ui.settle();
  ui.click(ui_id::kEditorTitle);
  ui.type("Beach");
  ui.click(ui_id::kEditorPicture);
  ui.type(not_png.string());
  ui.click(ui_id::kEditorSave);
  EXPECT_EQ(ui.cards().deck(DeckId::Feelings).find("own-1"), nullptr) << "nothing half-saved";
  EXPECT_TRUE(ui.shown().shows_text(not_png.string()));
}

TEST(OwnCardsScreen, AnOwnCardCanBeRemoved) {
  TempDir data;
  UiHarness ui({.size = {1920, 1080}, .start = ScreenId::OwnCards, .data_dir = data.path()});
  ui.settle();
  ui.click(ui_id::kEditorTitle);
  ui.type("Bedtime");
  ui.click(ui_id::kEditorSave);
  ASSERT_NE(ui.cards().deck(DeckId::Feelings).find("own-1"), nullptr);
  ui.click(ui_id::kEditorRemove);
  EXPECT_EQ(ui.cards().deck(DeckId::Feelings).find("own-1"), nullptr);
  EXPECT_TRUE(OwnCardsFolder(data.path()).load().cards.cards().empty());
}

}  // namespace
}  // namespace kitbag
