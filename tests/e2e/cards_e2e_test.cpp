// The card screens, the card editor and `kitbag cards` on the real binary, with real and broken decks.
#include <sys/stat.h>

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <thread>

#include "platform/png_codec.h"
#include "tests/e2e/kitbag_process.h"
#include "tests/support/file_modes.h"
#include "tests/support/png_checks.h"

namespace kitbag::test {
namespace {

namespace fs = std::filesystem;

struct Listed {
  std::string id;
  std::string title;
};

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// Each line of `kitbag cards` is id<TAB>title; a line that is not is reported and left out.
std::vector<Listed> parse_listing(const std::string& out) {
  std::vector<Listed> cards;
  for (const std::string& line : lines_of(out)) {
    const auto tab = line.find('\t');
    EXPECT_NE(tab, std::string::npos) << "not id<TAB>title: '" << line << "'";
    if (tab == std::string::npos) continue;
    Listed card{line.substr(0, tab), line.substr(tab + 1)};
    EXPECT_FALSE(card.id.empty()) << line;
    EXPECT_FALSE(card.title.empty()) << line;
    EXPECT_EQ(card.title.find('\t'), std::string::npos) << "one tab a line: '" << line << "'";
    EXPECT_TRUE(
        std::all_of(card.id.begin(), card.id.end(),
                    [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; }))
        << "ids are lowercase letters, digits and '-': '" << card.id << "'";
    cards.push_back(std::move(card));
  }
  return cards;
}

std::string script_lines(std::initializer_list<std::string> lines) {
  std::string text;
  for (const std::string& line : lines) text += line + "\n";
  return text;
}

bool lists(const std::vector<Listed>& cards, const std::string& id, const std::string& title) {
  return std::any_of(cards.begin(), cards.end(),
                     [&](const Listed& c) { return c.id == id && c.title == title; });
}

std::string read_file(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Replaces the one occurrence of `from` in `file`; fails the test if there is not exactly one.
void replace_once(const fs::path& file, const std::string& from, const std::string& to) {
  std::string text = read_file(file);
  const auto at = text.find(from);
  ASSERT_NE(at, std::string::npos) << from << " not in " << file;
  ASSERT_EQ(text.find(from, at + 1), std::string::npos) << from << " more than once in " << file;
  text.replace(at, from.size(), to);
  std::ofstream(file, std::ios::binary | std::ios::trunc) << text;
}

// Every file under `root` and what it holds, to see whether a session wrote anything. The
// anonymous usage counts (usage.sqlite3 and its -wal and -shm) are left out: every session that
// opens a tool adds to them, and tests/e2e/usage_e2e_test.cpp checks what they hold.
std::map<std::string, std::string> files_under(const fs::path& root) {
  std::map<std::string, std::string> files;
  if (!fs::exists(root)) return files;
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    const std::string name = fs::relative(entry.path(), root).string();
    const bool usage_counts = name.rfind("usage.sqlite3", 0) == 0 && name.find("damaged") == std::string::npos;
    if (entry.is_regular_file() && !usage_counts) files[name] = read_file(entry.path());
  }
  return files;
}

class CardsE2e : public KitbagE2eTest {
 protected:
  // `kitbag cards ...` with no display at all: listing must never need a window.
  ProcessResult cards(std::vector<std::string> args, ProcessOptions options = {}) {
    args.insert(args.begin(), "cards");
    prepare(args, options);
    options.set_env.erase("DISPLAY");
    options.unset_env.push_back("DISPLAY");
    return run_process(args, options);
  }

  // A copy of the source tree's assets that a test may break; the app is told to use only it.
  ProcessOptions with_own_assets() {
    fs::copy(fs::path(KITBAG_SOURCE_DIR) / "assets", assets_.path(), fs::copy_options::recursive);
    ProcessOptions options;
    options.set_env["KITBAG_ASSETS_DIR"] = assets_.path().string();
    return options;
  }
  fs::path deck_file(const std::string& deck) const { return assets_.path() / "decks" / (deck + ".json"); }

  // An X screen as big as the largest window asked for, so nothing is off the screen.
  void use_full_hd_screen() { xvfb_ = std::make_unique<XvfbServer>(1920, 1080); }

  Image screenshot_of(const std::string& screen, const std::string& size) {
    const std::string file = (scratch_.path() / (screen + "-" + size + ".png")).string();
    const auto result = kitbag({"--screen", screen, "--size", size, "--screenshot", file});
    EXPECT_EQ(result.exit_code, 0) << result.err;
    auto image = read_png_file(file);
    EXPECT_TRUE(image.ok()) << (image.ok() ? "" : image.error());
    return image.ok() ? image.value() : Image{};
  }

  TempDir assets_;
  TempDir data_;
};

// --- kitbag cards ---

TEST_F(CardsE2e, FeelingsListsEveryColourAndFace) {
  const auto result = cards({"feelings"});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_TRUE(result.err.empty()) << result.err;
  const auto listed = parse_listing(result.out);
  EXPECT_GE(listed.size(), 26u) << result.out;
  const auto faces =
      std::count_if(listed.begin(), listed.end(), [](const Listed& c) { return c.id.starts_with("face-"); });
  EXPECT_GE(faces, 10) << result.out;
  EXPECT_GE(static_cast<long>(listed.size()) - faces, 16) << "colours: " << result.out;
  EXPECT_TRUE(lists(listed, "red", "Red")) << result.out;
  EXPECT_TRUE(lists(listed, "face-happy", "Happy")) << result.out;
}

TEST_F(CardsE2e, AnimalsAndPresenceListTheirWholeDecks) {
  const auto animals = cards({"animals"});
  EXPECT_EQ(animals.exit_code, 0) << animals.err;
  EXPECT_TRUE(animals.err.empty()) << animals.err;
  const auto animal_cards = parse_listing(animals.out);
  EXPECT_GE(animal_cards.size(), 24u) << animals.out;
  EXPECT_TRUE(lists(animal_cards, "owl", "Owl")) << animals.out;

  const auto presence = cards({"presence"});
  EXPECT_EQ(presence.exit_code, 0) << presence.err;
  EXPECT_TRUE(presence.err.empty()) << presence.err;
  const auto presence_cards = parse_listing(presence.out);
  EXPECT_GE(presence_cards.size(), 30u) << presence.out;
  EXPECT_TRUE(lists(presence_cards, "balloon-breath", "Balloon breath")) << presence.out;
}

TEST_F(CardsE2e, EveryDeckListsEachIdOnce) {
  for (const std::string deck : {"feelings", "animals", "presence"}) {
    const auto result = cards({deck});
    std::set<std::string> seen;
    for (const Listed& card : parse_listing(result.out))
      EXPECT_TRUE(seen.insert(card.id).second) << deck << ": '" << card.id << "' is listed twice";
  }
}

TEST_F(CardsE2e, AnUnknownDeckExitsTwoNamingTheDecks) {
  const auto result = cards({"dragons"});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("unknown deck 'dragons'"), std::string::npos) << result.err;
  EXPECT_NE(result.err.find("feelings|animals|presence"), std::string::npos) << result.err;
  EXPECT_TRUE(result.out.empty()) << result.out;
}

TEST_F(CardsE2e, ListingNeverCreatesTheDataDirectory) {
  const fs::path data = data_.path() / "not-yet";
  const auto result = cards({"feelings", "--data-dir", data.string()});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_FALSE(fs::exists(data));
  EXPECT_FALSE(fs::exists(default_data_dir()));
}

// --- broken decks ---

TEST_F(CardsE2e, ABadCardIsLeftOutNamedAndTheRestAreListed) {
  const auto options = with_own_assets();
  replace_once(deck_file("animals"), "\"colour\": \"#C8A165\"", "\"colour\": \"blue\"");  // the owl's
  const auto result = cards({"animals"}, options);
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.signal, 0);
  const auto listed = parse_listing(result.out);
  EXPECT_EQ(listed.size(), 35u) << "every card but the owl: " << result.out;
  EXPECT_FALSE(lists(listed, "owl", "Owl")) << result.out;
  EXPECT_TRUE(lists(listed, "turtle", "Turtle")) << result.out;
  EXPECT_TRUE(lists(listed, "penguin", "Penguin")) << "cards after the bad one too: " << result.out;
  EXPECT_NE(result.err.find(deck_file("animals").string()), std::string::npos) << result.err;
  EXPECT_NE(result.err.find("\"owl\""), std::string::npos) << result.err;
  EXPECT_NE(result.err.find("colour"), std::string::npos) << result.err;
  EXPECT_NE(result.err.find("blue"), std::string::npos) << result.err;
}

TEST_F(CardsE2e, ADeckThatIsNotJsonIsNamedNotACrash) {
  const auto options = with_own_assets();
  std::ofstream(deck_file("presence"), std::ios::trunc) << "Balloon breath, then count to ten {";
  const auto result = cards({"presence"}, options);
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.signal, 0);
  EXPECT_TRUE(result.out.empty()) << result.out;
  EXPECT_NE(result.err.find(deck_file("presence").string()), std::string::npos) << result.err;
  EXPECT_NE(result.err.find("not valid JSON"), std::string::npos) << result.err;
}

// `kitbag --help`: "Problems with the deck go to stderr (exit 1)": the deck asked for, not the others.
TEST_F(CardsE2e, ListingOneDeckIsNotFailedByAnotherDecksProblem) {
  const auto options = with_own_assets();
  replace_once(deck_file("animals"), "\"colour\": \"#C8A165\"", "\"colour\": \"blue\"");
  const auto result = cards({"feelings"}, options);
  EXPECT_EQ(parse_listing(result.out).size(), 26u) << result.out;
  EXPECT_EQ(result.exit_code, 0) << "the feelings deck has no problems";
  EXPECT_EQ(result.err.find("animals"), std::string::npos) << result.err;
}

TEST_F(CardsE2e, TheWindowShowsABrokenDeckNoticeAndCarriesOn) {
  const auto options = with_own_assets();
  replace_once(deck_file("animals"), "\"colour\": \"#C8A165\"", "\"colour\": \"blue\"");
  const std::string shot = (scratch_.path() / "broken.png").string();
  const auto result = kitbag({"--screen", "animals", "--size", "1280x800", "--screenshot", shot, "--script",
                              script("expect Some animals cards could not be loaded\n"
                                     "expect \"owl\"\n"
                                     "expect Turtle\n"
                                     "click card:turtle\n"
                                     "expect Patient\n")},
                             options);
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.signal, 0);
  EXPECT_NE(result.err.find(deck_file("animals").string()), std::string::npos) << result.err;
  auto image = read_png_file(shot);
  ASSERT_TRUE(image.ok()) << image.error();
  EXPECT_EQ(image.value().width, 1280);
  EXPECT_GT(distinct_colours(image.value()), 20);
}

TEST_F(CardsE2e, AScreenWithNoDeckSaysSoInsteadOfCrashing) {
  const auto options = with_own_assets();
  std::ofstream(deck_file("presence"), std::ios::trunc) << "not json at all";
  const std::string shot = (scratch_.path() / "empty.png").string();
  const auto result = kitbag({"--screen", "presence", "--size", "1280x800", "--screenshot", shot, "--script",
                              script("expect The presence cards could not be loaded\n"
                                     "expect There are no presence cards to show.\n"
                                     "click cards:all\n"
                                     "click cards:shuffle\n"
                                     "click cards:one\n"
                                     "expect There are no presence cards to show.\n")},
                             options);
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.signal, 0);
  EXPECT_TRUE(fs::is_regular_file(shot));
}

// --- the screens, driven by scripts ---

TEST_F(CardsE2e, FeelingsPicksAreShownTogetherAndTurnedBack) {
  const auto result = kitbag({"--screen", "feelings", "--size", "1280x800", "--script",
                              script("expect Tap the cards that feel like you today.\n"
                                     "click card:red\n"
                                     "click card:yellow\n"
                                     "expect Show my cards (2)\n"
                                     "click cards:show-picks\n"
                                     "expect How does this one feel for you today?\n"
                                     "expect If this colour made a sound\n"
                                     "expect If this colour were a place\n"
                                     "click cards:table\n"
                                     "expect Show my cards (2)\n"
                                     "click cards:show-picks\n"
                                     "click cards:turn-back\n"
                                     "expect Tap the cards that feel like you today.\n"
                                     // Turned back, so one more pick is the only one.
                                     "click card:orange\n"
                                     "expect Show my cards (1)\n"
                                     "click cards:turn-back\n"
                                     "click cards:faces\n"
                                     "expect Worried\n"
                                     "click card:face-happy\n"
                                     "click cards:colours\n"
                                     "click card:red\n"
                                     "expect Show my cards (2)\n"
                                     "click card:red\n"
                                     "expect Show my cards (1)\n"
                                     "quit\n")});
  EXPECT_EQ(result.exit_code, 0) << result.err;
}

TEST_F(CardsE2e, AnimalsTurnOverShowLargeAndPutBack) {
  const auto result = kitbag({"--screen", "animals", "--size", "1280x800", "--script",
                              script("expect Owl\n"
                                     "click card:owl\n"
                                     "wait 0.6\n"
                                     "expect Wise\n"
                                     "click cards:turn-back\n"
                                     // Turned back to its picture, so one tap shows the quality again.
                                     "click card:owl\n"
                                     "expect Wise\n"
                                     "click cards:turn-back\n"
                                     "click card:owl:show\n"
                                     "expect Who would you like to give this card to?\n"
                                     "expect An owl sits very still and watches.\n"
                                     "click cards:put-back\n"
                                     "expect Tap a card to turn it over.\n"
                                     "click cards:words-up\n"
                                     "expect Patient\n"
                                     "expect Brave\n"
                                     "click cards:pictures-up\n"
                                     "click cards:edit\n"
                                     "expect A new card for the Animal cards\n"
                                     "quit\n")});
  EXPECT_EQ(result.exit_code, 0) << result.err;
}

TEST_F(CardsE2e, PresenceStepsThroughTheDeckInOrder) {
  // Until shuffled, the cards come in the order `kitbag cards` lists them.
  const auto listed = parse_listing(cards({"presence"}).out);
  ASSERT_GE(listed.size(), 3u);
  ASSERT_EQ(listed[2].id, "flower-and-candle") << "the deck changed: update the words this test expects";
  const std::string of_all = " of " + std::to_string(listed.size());
  const auto result = kitbag({"--screen", "presence", "--size", "1280x800", "--script",
                              script(script_lines({
                                  "expect " + listed[0].title,
                                  "expect 1" + of_all,
                                  "click cards:next",
                                  "expect " + listed[1].title,
                                  "expect 2" + of_all,
                                  "click cards:previous",
                                  "click cards:previous",  // back past the first is the last
                                  "expect " + listed.back().title,
                                  "click cards:next",
                                  "expect " + listed[0].title,
                                  "click cards:all",
                                  "click card:" + listed[2].id,
                                  "expect Pretend you are holding a flower.",
                                  "expect 3" + of_all,
                                  "click cards:draw",
                                  "expect Draw a card",
                                  "quit",
                              }))});
  EXPECT_EQ(result.exit_code, 0) << result.err;
}

// --- your own cards ---

TEST_F(CardsE2e, AnOwnCardIsKeptPrivatelyAndShowsAfterARestart) {
  const fs::path data = data_.path() / "kitbag";
  const auto made =
      kitbag({"--data-dir", data.string(), "--screen", "your-cards", "--size", "1280x800", "--script",
              script("click editor:deck:feelings\n"
                     "expect A new card for the Feelings cards\n"
                     "click editor:title\n"
                     "type Grandad's shed\n"
                     "click editor:text\n"
                     "type A place that smells of sawdust.\n"
                     "click editor:colour:5\n"  // sky blue
                     "click editor:save\n"
                     "expect Added\n"
                     "expect Grandad's shed\n"
                     "quit\n")});
  ASSERT_EQ(made.exit_code, 0) << made.err;

  const fs::path file = data / "cards" / "own-cards.json";
  ASSERT_TRUE(fs::is_regular_file(file));
  EXPECT_EQ(permissions(file), "0600") << "only the worker's account may read the cards";
  EXPECT_EQ(permissions(data / "cards"), "0700");
  EXPECT_NE(read_file(file).find("#79B8E6"), std::string::npos) << "the sky blue picked: " << read_file(file);

  const auto listed = cards({"feelings", "--data-dir", data.string()});
  EXPECT_EQ(listed.exit_code, 0) << listed.err;
  const auto feelings = parse_listing(listed.out);
  EXPECT_TRUE(lists(feelings, "own-1", "Grandad's shed")) << listed.out;
  EXPECT_EQ(feelings.size(), 27u) << listed.out;

  // A session that only picks cards leaves nothing behind.
  const auto before = files_under(data);
  use_full_hd_screen();
  const auto shown =
      kitbag({"--data-dir", data.string(), "--screen", "feelings", "--size", "1920x1080", "--script",
              script("expect Grandad's shed\n"
                     "click card:own-1\n"
                     "click card:red\n"
                     "expect Show my cards (2)\n"
                     "click cards:show-picks\n"
                     "expect A place that smells of sawdust.\n"
                     "expect If this colour made a sound\n"
                     "quit\n")});
  EXPECT_EQ(shown.exit_code, 0) << shown.err;
  EXPECT_EQ(files_under(data), before) << "a child's picks are never written down";
  // The usage counts hold that tools were opened, and nothing of what was picked in them.
  const auto counted = run_process({KITBAG_BINARY, "usage", "--json", "--data-dir", data.string()});
  ASSERT_EQ(counted.exit_code, 0) << counted.err;
  for (const char* picked : {"own-1", "Grandad", "red", "sawdust"})
    EXPECT_EQ(counted.out.find(picked), std::string::npos) << picked << " in the counts: " << counted.out;
  EXPECT_NE(counted.out.find("\"feelings\""), std::string::npos) << counted.out;
}

TEST_F(CardsE2e, AnOwnCardCanBeRemoved) {
  const fs::path data = data_.path() / "kitbag";
  const auto result =
      kitbag({"--data-dir", data.string(), "--screen", "your-cards", "--size", "1280x800", "--script",
              script("click editor:deck:animals\n"
                     "click editor:title\n"
                     "type Nana's cat\n"
                     "click editor:text\n"
                     "type Sleeps in the sun all day.\n"
                     "click editor:save\n"
                     "expect Added to the Animal cards\n"
                     "click editor:remove\n"
                     "click editor:remove-yes\n"
                     "expect was removed\n"
                     "quit\n")});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  const auto listed = cards({"animals", "--data-dir", data.string()});
  EXPECT_EQ(listed.exit_code, 0) << listed.err;
  EXPECT_EQ(listed.out.find("Nana's cat"), std::string::npos) << listed.out;
  EXPECT_EQ(parse_listing(listed.out).size(), 36u);
}

// A damaged own-cards file, as a power cut or a full disk might leave it.
fs::path write_damaged_own_cards(const fs::path& data) {
  fs::create_directories(data / "cards");
  const fs::path file = data / "cards" / "own-cards.json";
  std::ofstream(file) << "{\"schema\": 1, \"cards\": [{\"id\": \"own-1\", \"title\": \"Grand";
  fs::permissions(file, fs::perms::owner_read | fs::perms::owner_write);
  return file;
}

// main.cpp: "Only reads: listing never creates the data directory."
TEST_F(CardsE2e, ListingWithADamagedOwnCardsFileWritesNothing) {
  const fs::path data = data_.path() / "kitbag";
  const fs::path damaged = write_damaged_own_cards(data);
  const auto before = files_under(data);
  const auto result = cards({"feelings", "--data-dir", data.string()});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(parse_listing(result.out).size(), 26u) << "the built-in cards are still listed: " << result.out;
  EXPECT_NE(result.err.find(damaged.string()), std::string::npos) << result.err;
  EXPECT_EQ(files_under(data), before) << "listing copied files into the data directory: " << result.err;
}

TEST_F(CardsE2e, ADamagedOwnCardsFileIsLeftAloneUntilASaveKeepsItAside) {
  const fs::path data = data_.path() / "kitbag";
  const fs::path damaged = write_damaged_own_cards(data);
  const auto before = files_under(data);
  for (int start = 1; start <= 2; ++start) {
    const auto result =
        kitbag({"--data-dir", data.string(), "--screen", "feelings", "--size", "1024x600", "--script",
                script("expect Some of your own cards could not be read\n"
                       "click card:red\n"
                       "expect Show my cards (1)\n")});
    EXPECT_EQ(result.exit_code, 0) << "start " << start << ": " << result.err;
  }
  EXPECT_EQ(files_under(data), before) << "starting the app changed the data folder";

  // Saving a card is what moves the damaged file aside: once, keeping its bytes, and a fresh file starts.
  const auto saved = kitbag(
      {"--data-dir", data.string(), "--screen", "your-cards", "--size", "1280x800", "--script",
       script("click notice:dismiss\nclick editor:title\ntype Sunny\nclick editor:save\nexpect Added\n")});
  EXPECT_EQ(saved.exit_code, 0) << saved.err;
  std::vector<std::string> copies;
  for (const auto& [name, contents] : files_under(data))
    if (name.find("damaged") != std::string::npos) {
      copies.push_back(name);
      EXPECT_EQ(contents, before.at(fs::relative(damaged, data).string())) << "the copy holds what was there";
    }
  EXPECT_EQ(copies.size(), 1u);
  const auto listing = cards({"feelings", "--data-dir", data.string()});
  EXPECT_EQ(listing.exit_code, 0) << listing.err;
  EXPECT_NE(listing.out.find("own-1\tSunny"), std::string::npos) << listing.out;
}

// --- screenshots ---

TEST_F(CardsE2e, EachCardScreenIsARealPictureOnANetbook) {
  for (const std::string screen : {"feelings", "animals", "presence"}) {
    const Image image = screenshot_of(screen, "1024x600");
    EXPECT_EQ(image.width, 1024) << screen;
    EXPECT_EQ(image.height, 600) << screen;
    EXPECT_GT(distinct_colours(image), 40) << screen << " is not a blank window";
  }
}

TEST_F(CardsE2e, EachCardScreenIsARealPictureInFullHd) {
  use_full_hd_screen();
  for (const std::string screen : {"feelings", "animals", "presence"}) {
    const Image image = screenshot_of(screen, "1920x1080");
    EXPECT_EQ(image.width, 1920) << screen;
    EXPECT_EQ(image.height, 1080) << screen;
    EXPECT_GT(distinct_colours(image), 40) << screen << " is not a blank window";
  }
}

}  // namespace
}  // namespace kitbag::test
