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

TEST(OwnCardsScreen, APictureDraggedOntoTheWindowIsTheCardsPicture) {
  TempDir data;
  const auto photo = data.path() / "our-dog.png";
  ASSERT_TRUE(write_png_file(photo, Image{16, 16, std::vector<std::uint8_t>(16 * 16 * 4, 120)}).ok());
  UiHarness ui({.size = {1920, 1080}, .start = ScreenId::OwnCards, .data_dir = data.path()});
  ui.settle();
  ui.click(ui_id::kEditorTitle);
  ui.type("Biscuit");
  ui.drop({photo});
  EXPECT_TRUE(ui.shown().shows_text("our-dog.png"));
  ui.click(ui_id::kEditorSave);
  const Card* card = ui.cards().deck(DeckId::Feelings).find("own-1");
  ASSERT_NE(card, nullptr);
  EXPECT_EQ(card->picture, "own:own-1.png");
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

TEST(OwnCardsScreen, ACardCanBeAddedWithTheKeyboardAlone) {
  TempDir data;
  UiHarness ui({.size = {1280, 800}, .start = ScreenId::OwnCards, .data_dir = data.path()});
  ui.settle();
  auto tab_to = [&](std::string_view id) {
    for (int i = 0; i < 80 && ui.shell().focus().focused_id() != id; ++i) ui.press({Key::Tab});
    ASSERT_EQ(ui.shell().focus().focused_id(), id);
  };
  tab_to(ui_id::kEditorTitle);
  ui.press({Key::Enter});
  ui.type("Rainy day");
  // Tab leaves the box for the next control: the words.
  ui.press({Key::Tab});
  EXPECT_EQ(ui.shell().focus().focused_id(), ui_id::kEditorText);
  ui.press({Key::Enter});
  ui.type("What do you like to do when it rains?");
  tab_to(ui_id::kEditorSave);
  ui.press({Key::Enter});
  const Card* card = ui.cards().deck(DeckId::Feelings).find("own-1");
  ASSERT_NE(card, nullptr) << ui.shown().describe_targets();
  EXPECT_EQ(card->title, "Rainy day");
  EXPECT_EQ(card->text, "What do you like to do when it rains?");
}

TEST(OwnCardsScreen, EscapeStopsTypingButKeepsTheWords) {
  TempDir data;
  UiHarness ui({.size = {1280, 800}, .start = ScreenId::OwnCards, .data_dir = data.path()});
  ui.settle();
  ui.click(ui_id::kEditorTitle);
  ui.type("Bedtime worries");
  ui.press({Key::Escape});
  EXPECT_EQ(ui.navigator().current(), ScreenId::OwnCards) << "Escape while typing does not leave the screen";
  ui.click(ui_id::kEditorSave);
  const Card* card = ui.cards().deck(DeckId::Feelings).find("own-1");
  ASSERT_NE(card, nullptr);
  EXPECT_EQ(card->title, "Bedtime worries");
}

TEST(OwnCardsScreen, AnOwnCardCanBeRemoved) {
  TempDir data;
  UiHarness ui({.size = {1920, 1080}, .start = ScreenId::OwnCards, .data_dir = data.path()});
  ui.settle();
  ui.click(ui_id::kEditorTitle);
  ui.type("Bedtime");
  ui.click(ui_id::kEditorSave);
  ASSERT_NE(ui.cards().deck(DeckId::Feelings).find("own-1"), nullptr);
  const Rect remove_place = ui.target(ui_id::kEditorRemove).rect;
  ui.click(ui_id::kEditorRemove);
  EXPECT_NE(ui.cards().deck(DeckId::Feelings).find("own-1"), nullptr) << "Remove asks first";
  // A second tap in the same place (a double tap) keeps the card.
  EXPECT_EQ(ui.target(ui_id::kEditorCancel).rect.x, remove_place.x);
  ui.click(ui_id::kEditorCancel);
  EXPECT_EQ(ui.shown().find_by_id(ui_id::kEditorRemoveYes), nullptr);
  ASSERT_NE(ui.cards().deck(DeckId::Feelings).find("own-1"), nullptr);
  ui.click(ui_id::kEditorRemove);
  ui.click(ui_id::kEditorRemoveYes);
  EXPECT_EQ(ui.cards().deck(DeckId::Feelings).find("own-1"), nullptr);
  EXPECT_TRUE(OwnCardsFolder(data.path()).load().cards.cards().empty());
}

TEST(OwnCardsScreen, ScrollKeysMoveOnlyOneOfItsTwoScrollingParts) {
  UiHarness ui({.size = {1024, 600}, .start = ScreenId::OwnCards});
  ui.settle();
  const std::string last_row = "editor:card:" + ui.cards().deck(DeckId::Feelings).cards.back().id;
  ASSERT_EQ(ui.shown().find_by_id(last_row), nullptr);
  const float title_y = ui.target(ui_id::kEditorTitle).rect.y;
  ui.press({Key::End});  // the pointer is over neither: the first part, the list, scrolls
  EXPECT_NE(ui.shown().find_by_id(last_row), nullptr);
  const UiTarget* title = ui.shown().find_by_id(ui_id::kEditorTitle);
  ASSERT_NE(title, nullptr);
  EXPECT_EQ(title->rect.y, title_y) << "the form stayed where it was";
}

TEST(OwnCardsScreen, AColourNoSwatchHasIsKeptWhenTheWordsAreSaved) {
  TempDir data;
  UiHarness ui({.size = {1920, 1080}, .start = ScreenId::OwnCards, .data_dir = data.path()});
  const Rgb unusual{0x12, 0x34, 0x56};
  ASSERT_TRUE(ui.cards().add_card(DeckId::Feelings, {"Deep sea", ""}, unusual, std::nullopt).ok());
  ui.settle();
  ui.click("editor:card:own-1");
  ui.click(ui_id::kEditorText);
  ui.type("What lives down here?");
  ui.click(ui_id::kEditorSave);
  const Card* card = ui.cards().deck(DeckId::Feelings).find("own-1");
  ASSERT_NE(card, nullptr);
  EXPECT_EQ(card->text, "What lives down here?");
  EXPECT_EQ(card->colour, unusual);
}

TEST(CardLibrary, RemovingACardDeletesItsPicture) {
  TempDir data;
  const auto source = data.path() / "photo.png";
  ASSERT_TRUE(write_png_file(source, Image{8, 8, std::vector<std::uint8_t>(8 * 8 * 4, 90)}).ok());
  UiHarness ui({.data_dir = data.path()});
  auto added = ui.cards().add_card(DeckId::Animals, {"Pip", "Our dog"}, {10, 20, 30}, source);
  ASSERT_TRUE(added.ok()) << added.error();
  const auto copy = OwnCardsFolder(data.path()).picture_path("own-1.png");
  ASSERT_TRUE(std::filesystem::exists(copy));
  ASSERT_TRUE(ui.cards().remove_card(DeckId::Animals, added.value()).ok());
  EXPECT_FALSE(std::filesystem::exists(copy)) << "a photo may show a child: none is left behind";
}

TEST(CardLibrary, ANewPictureReplacesTheOldOneOnlyOnceSaved) {
  TempDir data;
  const auto first = data.path() / "first.png";
  const auto second = data.path() / "second.png";
  ASSERT_TRUE(write_png_file(first, Image{8, 8, std::vector<std::uint8_t>(8 * 8 * 4, 10)}).ok());
  ASSERT_TRUE(write_png_file(second, Image{8, 8, std::vector<std::uint8_t>(8 * 8 * 4, 250)}).ok());
  UiHarness ui({.data_dir = data.path()});
  auto added = ui.cards().add_card(DeckId::Animals, {"Pip", ""}, {10, 20, 30}, first);
  ASSERT_TRUE(added.ok());
  ASSERT_TRUE(ui.cards().update_card(DeckId::Animals, added.value(), {"Pip", ""}, {10, 20, 30}, second).ok());
  const Card* card = ui.cards().deck(DeckId::Animals).find(added.value());
  ASSERT_NE(card, nullptr);
  auto shown = read_png_file(ui.cards().picture_file(*card).value());
  ASSERT_TRUE(shown.ok());
  EXPECT_EQ(shown.value().rgba[0], 250);
  std::size_t pictures = 0;
  for ([[maybe_unused]] const auto& entry :
       std::filesystem::directory_iterator(OwnCardsFolder(data.path()).pictures_folder()))
    ++pictures;
  EXPECT_EQ(pictures, 1u) << "the old picture is gone";
  // A picture that cannot be read changes nothing.
  EXPECT_FALSE(
      ui.cards()
          .update_card(DeckId::Animals, added.value(), {"Pip", ""}, {10, 20, 30}, data.path() / "missing.png")
          .ok());
  EXPECT_EQ(
      read_png_file(ui.cards().picture_file(*ui.cards().deck(DeckId::Animals).find(added.value())).value())
          .value()
          .rgba[0],
      250);
}

TEST(CardLibrary, SavingTheShippedWordsUnchangedIsNoEdit) {
  TempDir data;
  UiHarness ui({.data_dir = data.path()});
  const Card owl = *ui.cards().deck(DeckId::Animals).find("owl");
  ASSERT_TRUE(ui.cards().edit_words(DeckId::Animals, "owl", {owl.title, owl.text}).ok());
  EXPECT_FALSE(ui.cards().deck(DeckId::Animals).find("owl")->edited);
}

TEST(AnimalsScreen, AnOwnAnimalShowsItsNameAndWordsWhenTurned) {
  TempDir data;
  UiHarness ui({.size = {1920, 1080}, .start = ScreenId::Animals, .data_dir = data.path()});
  ASSERT_TRUE(ui.cards()
                  .add_card(DeckId::Animals, {"Hamster", "Small and busy"}, {200, 180, 120}, std::nullopt)
                  .ok());
  ui.settle();
  ui.press({Key::End});
  ui.click(ui_id::card("own-1"));
  EXPECT_EQ(ui.target(ui_id::card("own-1")).label, "Hamster") << "never an empty label";
  EXPECT_TRUE(ui.shown().shows_text("Small and busy"));
}

}  // namespace
}  // namespace kitbag
