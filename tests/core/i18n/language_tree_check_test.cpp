// The repository's language checks, run on small trees with deliberate faults, so the test on the
// shipped files is known to fail when those files or the code go wrong.
#include "tests/core/i18n/language_tree_check.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "platform/fakes/temp_dir.h"
#include "tests/core/i18n/phrase_packs.h"
#include "tests/support/contains.h"

namespace kitbag::test {
namespace {

namespace fs = std::filesystem;
using test::language_file;

// A tree with nothing wrong in it: English in two files and Welsh partly translated.
class LanguageTree : public ::testing::Test {
 protected:
  LanguageTree() {
    tree_.write("en/app.json",
                language_file("en", R"("home.title": "Home", "home.signed-in": "Signed in with {org}")"));
    tree_.write("en/tools-ui.json", language_file("en", R"("timer.start": "Start",
                                      "timer.minutes": {"one": "{n} minute", "other": "{n} minutes"})"));
    tree_.write("cy/tools-ui.json", language_file("cy", R"("timer.start": "Dechrau")"));
  }

  LanguageFolder english() const { return read_language_folder(tree_.path(), "en"); }
  std::vector<std::string> welsh_problems() const {
    return check_translation_folder(english(), read_language_folder(tree_.path(), "cy"));
  }

  // The one problem there is names `names` and says `says`.
  static void expect_one_problem(const std::vector<std::string>& problems, const std::string& names,
                                 const std::string& says) {
    ASSERT_EQ(problems.size(), 1u) << ::testing::PrintToString(problems);
    EXPECT_TRUE(Contains(problems[0], names));
    EXPECT_TRUE(Contains(problems[0], says));
  }

  TempDir tree_;
};

TEST_F(LanguageTree, ACleanTreeHasNoProblem) {
  const LanguageFolder en = english();
  EXPECT_TRUE(check_english_folder(en).empty()) << ::testing::PrintToString(check_english_folder(en));
  EXPECT_TRUE(welsh_problems().empty()) << ::testing::PrintToString(welsh_problems());
  EXPECT_TRUE(unlisted_language_folders(tree_.path()).empty());
  EXPECT_EQ(en.load.pack.phrases.size(), 4u);
  EXPECT_EQ(en.keys_by_file.at("app.json"), (std::set<std::string>{"home.signed-in", "home.title"}));
}

TEST_F(LanguageTree, AMissingFolderIsAProblem) {
  const LanguageFolder polish = read_language_folder(tree_.path(), "pl");
  expect_one_problem(polish.load.problems, (tree_.path() / "pl").string(), "no such folder");
}

TEST_F(LanguageTree, ABadEnglishFileFailsTheEnglishCheck) {
  const fs::path file = tree_.write("en/ideas.json", language_file("en", R"("Ideas.Title": "Ideas")"));
  expect_one_problem(check_english_folder(english()), file.string() + ": \"Ideas.Title\"",
                     "a key is lowercase");
}

TEST_F(LanguageTree, EnglishCountingWithoutOneFailsTheEnglishCheck) {
  tree_.write("en/ideas.json", language_file("en", R"("ideas.count": {"other": "{n} ideas"})"));
  expect_one_problem(check_english_folder(english()), "\"ideas.count\"", "has no \"one\" form");
}

TEST_F(LanguageTree, AKeyInTwoFilesOfALanguageIsAProblemNamingBoth) {
  const fs::path second = tree_.write("en/zz.json", language_file("en", R"("home.title": "Home again")"));
  const LanguageFolder en = english();
  expect_one_problem(check_english_folder(en), second.string() + ": \"home.title\"", "is also in app.json");
  EXPECT_EQ(en.load.pack.find("home.title")->text, "Home");
}

TEST_F(LanguageTree, ADamagedTranslationFileIsAProblem) {
  const fs::path file = tree_.write("cy/app.json", "{\"schema\": 1,");
  expect_one_problem(welsh_problems(), file.string(), "is not valid JSON");
}

TEST_F(LanguageTree, ATranslationFileInAnotherLanguageIsAProblem) {
  tree_.write("cy/app.json", language_file("pl", R"("home.title": "Dom")"));
  expect_one_problem(welsh_problems(), "app.json", "\"language\" must be \"cy\"");
}

TEST_F(LanguageTree, ATranslationWrongAgainstEnglishIsAProblem) {
  tree_.write("cy/app.json", language_file("cy", R"("home.titel": "Cartref")"));
  expect_one_problem(welsh_problems(), "cy: \"home.titel\"", "is not a key English has");
}

TEST_F(LanguageTree, ATranslationMissingAPluralFormIsAProblem) {
  tree_.write("cy/tools-ui.json",
              language_file("cy", R"("timer.minutes": {"zero": "a", "one": "b", "two": "c",
                                                                            "few": "d", "many": "e"})"));
  expect_one_problem(welsh_problems(), "cy: \"timer.minutes\"", "has no \"other\" form");
}

TEST_F(LanguageTree, ATranslationFileEnglishDoesNotHaveIsAProblem) {
  tree_.write("cy/extra.json", language_file("cy", ""));
  expect_one_problem(welsh_problems(), "cy/extra.json", "English has no file of that name");
}

TEST_F(LanguageTree, AKeyInAnotherFileThanEnglishKeepsItIsAProblem) {
  tree_.write("cy/app.json", language_file("cy", R"("timer.stop": "Stopio")"));
  tree_.write("en/tools-ui.json", language_file("en", R"("timer.start": "Start", "timer.stop": "Stop")"));
  expect_one_problem(welsh_problems(), "cy/app.json: \"timer.stop\"", "is in English's tools-ui.json");
}

TEST_F(LanguageTree, AFolderNoLanguageIsListedForIsFound) {
  fs::create_directories(tree_.path() / "fr");
  fs::create_directories(tree_.path() / "pl");
  tree_.write("README.md", "not a folder");
  EXPECT_EQ(unlisted_language_folders(tree_.path()),
            (std::vector<std::string>{(tree_.path() / "fr").string()}));
}

TEST_F(LanguageTree, PhrasesLackingCountsWhatEnglishHasAndTheTranslationDoesNot) {
  EXPECT_EQ(phrases_lacking(english().load.pack, read_language_folder(tree_.path(), "cy").load.pack), 3u);
  EXPECT_EQ(phrases_lacking(english().load.pack, english().load.pack), 0u);
}

// Keys the code asks for.

std::vector<std::string> keys_in(std::string_view source) {
  std::vector<std::string> keys;
  for (const KeyUse& use : keys_asked_for_in(source, "x.cpp")) keys.push_back(use.key);
  return keys;
}

using Keys = std::vector<std::string>;

TEST(KeysAskedFor, TrAndTrCountWithALiteralKey) {
  EXPECT_EQ(keys_in(R"(ImGui::Text("%s", tr("timer.start").c_str());
                       draw(kitbag::tr("home.signed-in", {{"org", org}}));
                       label = tr_count ( "timer.minutes", minutes);)"),
            (Keys{"timer.start", "home.signed-in", "timer.minutes"}));
}

TEST(KeysAskedFor, ALiteralThatOnlyBeginsAKeyIsNotOne) {
  EXPECT_EQ(keys_in(R"(tr("ideas." + std::string(tool.key) + ".for"); tr("ideas.title");)"),
            (Keys{"ideas.title"}));
}

TEST(KeysAskedFor, AKeyWrappedOntoTheNextLineIsFoundOnItsLine) {
  const auto uses =
      keys_asked_for_in("int a;\nconst auto& text = tr(\n    \"settings.size.large\");\n", "s.cpp");
  ASSERT_EQ(uses.size(), 1u);
  EXPECT_EQ(uses[0].key, "settings.size.large");
  EXPECT_EQ(uses[0].file, "s.cpp");
  EXPECT_EQ(uses[0].line, 3);
}

TEST(KeysAskedFor, OtherFunctionsEndingInTrAreNot) {
  EXPECT_EQ(keys_in(R"(name.substr("x"); s.c_str(); ptr("y"); attr("z"); tr(key);)"), Keys{});
}

TEST(KeysAskedFor, CommentsAreNotTheCodeAsking) {
  EXPECT_EQ(keys_in("// a screen says tr(\"timer.start\")\n/* or tr(\"timer.stop\")\n */ tr(\"home.title\")"),
            Keys{"home.title"});
}

TEST(KeysAskedFor, LiteralsThatLookLikeCommentsOrQuotesDoNotHideACall) {
  EXPECT_EQ(keys_in(R"(url = "https://example.org"; tr("a.one");)"), Keys{"a.one"});
  EXPECT_EQ(keys_in(R"(char q = '"'; tr("a.two");)"), Keys{"a.two"});
  EXPECT_EQ(keys_in(R"(glob = "a/*b"; tr("a.three"); end = "*/";)"), Keys{"a.three"});
  EXPECT_EQ(keys_in("long n = 1'000'000; tr(\"a.four\");"), Keys{"a.four"});
  EXPECT_EQ(keys_in("auto j = R\"x(\"// */)x\"; tr(\"a.five\");"), Keys{"a.five"});
}

TEST(KeysAskedFor, EveryCppAndHeaderFileUnderTheFolderIsRead) {
  TempDir code;
  code.write("ui/screen.cpp", "void f() { tr(\"a.cpp\"); }");
  code.write("ui/deep/screen.h", "inline void g() { tr_count(\"a.header\", 2); }");
  code.write("notes.txt", "tr(\"a.text\")");
  const auto uses = keys_asked_for(code.path());
  ASSERT_EQ(uses.size(), 2u);
  EXPECT_EQ(uses[0].key, "a.header");
  EXPECT_EQ(uses[0].file, (code.path() / "ui/deep/screen.h").string());
  EXPECT_EQ(uses[1].key, "a.cpp");
}

TEST(KeysAskedFor, EachUseEnglishLacksIsReportedWithItsFileAndLine) {
  LanguageLoad english;
  english.pack.code = "en";
  read_language_file(language_file("en", R"("timer.start": "Start")"), "en/tools-ui.json", english);
  const auto uses = keys_asked_for_in("tr(\"timer.start\");\n\ntr(\"no.such.key\");", "app/ui/timer.cpp");
  const auto problems = uses_english_lacks(english.pack, uses);
  ASSERT_EQ(problems.size(), 1u) << ::testing::PrintToString(problems);
  EXPECT_TRUE(Contains(problems[0], "app/ui/timer.cpp:3"));
  EXPECT_TRUE(Contains(problems[0], "\"no.such.key\""));
}

}  // namespace
}  // namespace kitbag::test
