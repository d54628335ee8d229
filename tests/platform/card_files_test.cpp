// Cards on disk: deck files, own cards saved owner-only, damaged files kept, pictures imported.
#include "platform/card_files.h"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "platform/fakes/temp_dir.h"
#include "platform/file_contents.h"
#include "platform/png_codec.h"
#include "tests/support/contains.h"
#include "tests/support/file_modes.h"

namespace kitbag {
namespace {

using test::permissions;
using test::ScopedUmask;

using test::Contains;

namespace fs = std::filesystem;

constexpr const char* kAnimalsDeck = R"({"schema": 1, "deck": "animals", "cards": [
  {"id": "owl", "title": "Owl", "text": "Who is wise?", "picture": "art/owl.png",
   "colour": "#C8A165", "quality": "Wise"}]})";

std::string read_all(const fs::path& file) {
  auto text = read_text_file(file, 1u << 26);
  EXPECT_TRUE(text.ok()) << text.error();
  return text.ok() ? text.value() : std::string();
}

std::vector<std::string> names_in(const fs::path& folder) {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(folder)) names.push_back(entry.path().filename().string());
  return names;
}

Image solid(int width, int height, std::uint8_t r, std::uint8_t g, std::uint8_t b) {
  Image image{width, height, {}};
  for (int i = 0; i < width * height; ++i) image.rgba.insert(image.rgba.end(), {r, g, b, 255});
  return image;
}

OwnCards some_own_cards() {
  OwnCards own;
  own.add(DeckId::Feelings, {"Mine", "my words"}, {1, 2, 3});
  own.edit_built_in(DeckId::Animals, "owl", {"Clever owl", ""});
  return own;
}

TEST(LoadDeckFile, FindsTheDeckInAnyAssetsRoot) {
  TempDir empty;
  TempDir assets;
  assets.write("decks/animals.json", kAnimalsDeck);
  const auto load = load_deck_file(AssetLocator({empty.path(), assets.path()}), DeckId::Animals);
  EXPECT_TRUE(load.problems.empty()) << load.problems.front();
  ASSERT_TRUE(load.deck);
  ASSERT_EQ(load.deck->cards.size(), 1u);
  EXPECT_EQ(load.deck->cards[0].id, "owl");
}

TEST(LoadDeckFile, AMissingDeckNamesEveryPathTried) {
  TempDir first;
  TempDir second;
  const auto load = load_deck_file(AssetLocator({first.path(), second.path()}), DeckId::Presence);
  EXPECT_FALSE(load.deck);
  ASSERT_EQ(load.problems.size(), 1u);
  EXPECT_TRUE(Contains(load.problems[0], (first.path() / "decks/presence.json").string()));
  EXPECT_TRUE(Contains(load.problems[0], (second.path() / "decks/presence.json").string()));
}

TEST(LoadDeckFile, ProblemsInTheDeckNameItsPath) {
  TempDir assets;
  const auto file = assets.write("decks/feelings.json", "{not json");
  const auto load = load_deck_file(AssetLocator({assets.path()}), DeckId::Feelings);
  EXPECT_FALSE(load.deck);
  ASSERT_EQ(load.problems.size(), 1u);
  EXPECT_TRUE(Contains(load.problems[0], file.string()));
}

TEST(OwnCardsFolder, NoSavedFileMeansNoCardsAndNoProblems) {
  TempDir data;
  OwnCardsFolder folder(data.path());
  const auto load = folder.load();
  EXPECT_TRUE(load.cards.cards().empty());
  EXPECT_TRUE(load.cards.edits().empty());
  EXPECT_TRUE(load.problems.empty());
  EXPECT_FALSE(fs::exists(folder.file()));
}

TEST(OwnCardsFolder, SavedCardsLoadBack) {
  TempDir data;
  OwnCardsFolder folder(data.path());
  const auto saved = folder.save(some_own_cards());
  ASSERT_TRUE(saved.ok()) << saved.error();
  EXPECT_EQ(folder.file(), data.path() / "cards" / "own-cards.json");

  const auto load = folder.load();
  EXPECT_TRUE(load.problems.empty()) << load.problems.front();
  ASSERT_NE(load.cards.find(DeckId::Feelings, "own-1"), nullptr);
  EXPECT_EQ(load.cards.find(DeckId::Feelings, "own-1")->title, "Mine");
  EXPECT_EQ(load.cards.find(DeckId::Feelings, "own-1")->colour, (Rgb{1, 2, 3}));
  ASSERT_NE(load.cards.edit_of(DeckId::Animals, "owl"), nullptr);
  EXPECT_EQ(load.cards.edit_of(DeckId::Animals, "owl")->words.title, "Clever owl");
}

TEST(OwnCardsFolder, TheFileAndFolderAreOwnerOnlyEvenUnderUmaskZero) {
  TempDir data;
  ScopedUmask umask_zero(0);
  OwnCardsFolder folder(data.path());
  ASSERT_TRUE(folder.save(some_own_cards()).ok());
  EXPECT_EQ(permissions(data.path() / "cards"), "0700");
  EXPECT_EQ(permissions(folder.file()), "0600");
}

std::vector<fs::path> damaged_copies(const fs::path& cards_folder) {
  std::vector<fs::path> copies;
  for (const auto& name : names_in(cards_folder))
    if (name.starts_with("own-cards.damaged-") && name.ends_with(".json"))
      copies.push_back(cards_folder / name);
  return copies;
}

TEST(OwnCardsFolder, LoadingADamagedFileReportsItAndLeavesItAsItWas) {
  TempDir data;
  const std::string damaged = "{not json";
  const auto file = data.write("cards/own-cards.json", damaged);
  OwnCardsFolder folder(data.path());

  const auto load = folder.load();
  EXPECT_TRUE(load.cards.cards().empty());
  ASSERT_FALSE(load.problems.empty());
  EXPECT_TRUE(Contains(load.problems[0], file.string()));
  EXPECT_EQ(read_all(file), damaged) << "the original is untouched";
  EXPECT_TRUE(damaged_copies(data.path() / "cards").empty()) << "loading only reads";
}

TEST(OwnCardsFolder, TheFirstSaveAfterADamagedLoadKeepsTheDamagedFileAside) {
  TempDir data;
  const std::string damaged = "{not json";
  data.write("cards/own-cards.json", damaged);
  OwnCardsFolder folder(data.path());
  ASSERT_FALSE(folder.load().problems.empty());

  const auto saved = folder.save(some_own_cards());
  ASSERT_TRUE(saved.ok()) << saved.error();
  const auto copies = damaged_copies(data.path() / "cards");
  ASSERT_EQ(copies.size(), 1u);
  EXPECT_EQ(read_all(copies[0]), damaged);
  const auto reloaded = folder.load();
  EXPECT_TRUE(reloaded.problems.empty()) << reloaded.problems.front();
  EXPECT_NE(reloaded.cards.find(DeckId::Feelings, "own-1"), nullptr);

  ASSERT_TRUE(folder.save(some_own_cards()).ok());
  EXPECT_EQ(damaged_copies(data.path() / "cards").size(), 1u) << "only the damaged file is kept aside";
}

TEST(OwnCardsFolder, AFileWithOneBadEntryKeepsTheGoodOnesAndIsKeptAsideOnSave) {
  TempDir data;
  const std::string text = R"({"schema": 1, "cards": [
    {"deck": "feelings", "id": "own-1", "title": "Good", "text": "", "colour": "#112233"},
    {"deck": "feelings", "id": "own-2", "title": "", "text": "", "colour": "#112233"}]})";
  data.write("cards/own-cards.json", text);
  OwnCardsFolder folder(data.path());
  const auto load = folder.load();
  EXPECT_NE(load.cards.find(DeckId::Feelings, "own-1"), nullptr);
  EXPECT_EQ(load.cards.find(DeckId::Feelings, "own-2"), nullptr);
  EXPECT_FALSE(load.problems.empty());

  ASSERT_TRUE(folder.save(load.cards).ok());
  const auto copies = damaged_copies(data.path() / "cards");
  ASSERT_EQ(copies.size(), 1u);
  EXPECT_EQ(read_all(copies[0]), text) << "the entry that could not be read is not lost";
}

TEST(OwnCardsFolder, SavingAfterACleanLoadKeepsNoCopies) {
  TempDir data;
  OwnCardsFolder folder(data.path());
  ASSERT_TRUE(folder.save(some_own_cards()).ok());
  ASSERT_TRUE(folder.load().problems.empty());
  ASSERT_TRUE(folder.save(some_own_cards()).ok());
  EXPECT_EQ(names_in(data.path() / "cards"), (std::vector<std::string>{"own-cards.json"}));
}

TEST(OwnCardsFolder, ImportingAPictureKeepsACopyNamedForTheCard) {
  TempDir data;
  TempDir elsewhere;
  const auto source = elsewhere.path() / "drawing.png";
  const Image original = solid(30, 20, 10, 200, 30);
  ASSERT_TRUE(write_png_file(source, original).ok());
  const OwnCardsFolder folder(data.path());

  const auto imported = folder.import_picture(source, "own-1");
  ASSERT_TRUE(imported.ok()) << imported.error();
  EXPECT_EQ(imported.value(), "own-1.png");
  EXPECT_EQ(folder.picture_path("own-1.png"), data.path() / "cards" / "pictures" / "own-1.png");
  fs::remove(source);

  const auto copy = read_png_file(folder.picture_path(imported.value()));
  ASSERT_TRUE(copy.ok()) << copy.error();
  EXPECT_EQ(copy.value().width, 30);
  EXPECT_EQ(copy.value().height, 20);
  EXPECT_EQ(copy.value().rgba, original.rgba);
}

TEST(OwnCardsFolder, ImportedPicturesAreOwnerOnly) {
  TempDir data;
  TempDir elsewhere;
  ScopedUmask umask_zero(0);
  const auto source = elsewhere.path() / "drawing.png";
  ASSERT_TRUE(write_png_file(source, solid(4, 4, 0, 0, 0)).ok());
  const OwnCardsFolder folder(data.path());
  ASSERT_TRUE(folder.import_picture(source, "own-1").ok());
  EXPECT_EQ(permissions(data.path() / "cards" / "pictures"), "0700");
  EXPECT_EQ(permissions(folder.picture_path("own-1.png")), "0600");
}

TEST(OwnCardsFolder, AHugePictureIsScaledDownKeepingItsShape) {
  TempDir data;
  TempDir elsewhere;
  const auto source = elsewhere.path() / "panorama.png";
  ASSERT_TRUE(write_png_file(source, solid(3000, 100, 40, 80, 160)).ok());
  const OwnCardsFolder folder(data.path());

  const auto imported = folder.import_picture(source, "own-2");
  ASSERT_TRUE(imported.ok()) << imported.error();
  const auto copy = read_png_file(folder.picture_path(imported.value()));
  ASSERT_TRUE(copy.ok()) << copy.error();
  EXPECT_EQ(copy.value().width, kMaxOwnPictureSide);
  EXPECT_NEAR(copy.value().height, 100.0 * kMaxOwnPictureSide / 3000, 1.0);
  const auto middle = (static_cast<std::size_t>(copy.value().height / 2) * copy.value().width + 500) * 4;
  EXPECT_EQ(copy.value().rgba[middle], 40) << "averaging a solid colour keeps it";
  EXPECT_EQ(copy.value().rgba[middle + 2], 160);
}

TEST(OwnCardsFolder, APictureThatIsNotAPngIsRefusedNamingItAndNothingIsWritten) {
  TempDir data;
  TempDir elsewhere;
  const auto text = elsewhere.write("notes.png", "just some words, not a picture");
  const auto corrupt =
      elsewhere.write("broken.png", std::string("\x89PNG\r\n\x1a\n", 8) + std::string(100, '\x07'));
  const OwnCardsFolder folder(data.path());

  for (const auto& source : {text, corrupt}) {
    const auto imported = folder.import_picture(source, "own-3");
    ASSERT_FALSE(imported.ok()) << source;
    EXPECT_TRUE(Contains(imported.error(), source.string()));
    EXPECT_FALSE(fs::exists(folder.picture_path("own-3.png")));
  }
}

TEST(WriteFileAtomically, WritesAFileThatReadsBack) {
  TempDir dir;
  const auto file = dir.path() / "notes.json";
  const auto written = write_file_atomically(file, "first\n");
  ASSERT_TRUE(written.ok()) << written.error();
  auto text = read_text_file(file, 100);
  ASSERT_TRUE(text.ok()) << text.error();
  EXPECT_EQ(text.value(), "first\n");
}

TEST(WriteFileAtomically, ReplacesTheOldContentsAndLeavesNoTemporaryFiles) {
  TempDir dir;
  const auto file = dir.write("notes.json", "an older and much longer text than the new one");
  ASSERT_TRUE(write_file_atomically(file, "new").ok());
  EXPECT_EQ(read_all(file), "new");
  EXPECT_EQ(names_in(dir.path()), (std::vector<std::string>{"notes.json"}));
}

TEST(WriteFileAtomically, TheFileIsOwnerOnlyEvenIfItWasNot) {
  TempDir dir;
  ScopedUmask umask_zero(0);
  const auto file = dir.write("notes.json", "old");
  ASSERT_EQ(::chmod(file.c_str(), 0644), 0);
  ASSERT_TRUE(write_file_atomically(file, "new").ok());
  EXPECT_EQ(permissions(file), "0600");
}

TEST(WriteFileAtomically, AMissingFolderIsAnErrorNamingTheFile) {
  TempDir dir;
  const auto file = dir.path() / "missing" / "notes.json";
  const auto written = write_file_atomically(file, "text");
  ASSERT_FALSE(written.ok());
  EXPECT_TRUE(Contains(written.error(), file.string()));
  EXPECT_TRUE(names_in(dir.path()).empty());
}

TEST(ReadTextFile, ReadsTheWholeFileAndRefusesOneOverTheCeiling) {
  TempDir dir;
  const auto file = dir.write("words.txt", "caf\xC3\xA9\nline two");
  auto text = read_text_file(file, 100);
  ASSERT_TRUE(text.ok()) << text.error();
  EXPECT_EQ(text.value(), "caf\xC3\xA9\nline two");
  auto too_big = read_text_file(file, 5);
  ASSERT_FALSE(too_big.ok());
  EXPECT_TRUE(Contains(too_big.error(), file.string()));
}

}  // namespace
}  // namespace kitbag
