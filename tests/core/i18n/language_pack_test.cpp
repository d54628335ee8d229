// Reading one language file: what it accepts, and that each fault is a problem naming the file
// and the key while the rest of the file still loads.
#include "app/core/i18n/language_pack.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "tests/support/contains.h"

namespace kitbag {
namespace {

using test::Contains;
using Names = std::vector<std::string>;

constexpr const char* kFile = "lang/cy/app.json";

std::string welsh_file(const std::string& strings) {
  return R"({"schema": 1, "language": "cy", "strings": {)" + strings + "}}";
}

LanguageLoad read(const std::string& json_text, const std::string& source = kFile) {
  LanguageLoad load;
  load.pack.code = "cy";
  read_language_file(json_text, source, load);
  return load;
}

// The one problem `load` has names the file and `key`, and says `why`.
void expect_one_problem(const LanguageLoad& load, const std::string& key, const std::string& why) {
  ASSERT_EQ(load.problems.size(), 1u) << ::testing::PrintToString(load.problems);
  EXPECT_TRUE(Contains(load.problems[0], kFile));
  EXPECT_TRUE(Contains(load.problems[0], "\"" + key + "\""));
  EXPECT_TRUE(Contains(load.problems[0], why));
}

// The good phrase every faulty file below also holds, which must still load.
constexpr const char* kGood = R"("timer.start": "Dechrau")";

void expect_good_phrase_loaded(const LanguageLoad& load) {
  const Phrase* start = load.pack.find("timer.start");
  ASSERT_NE(start, nullptr);
  EXPECT_EQ(start->text, "Dechrau");
}

TEST(ReadLanguageFile, AGoodFileGivesEveryPhraseAndNoProblem) {
  const auto load = read(welsh_file(R"(
    "timer.start": "Dechrau",
    "settings.size.large": "Mawr",
    "cards.animals.owl_2-b.title": "Tylluan\nddoeth",
    "timer.minutes": {"zero": "{n} munud", "one": "{n} munud", "two": "{n} funud", "few": "{n} munud",
                      "many": "{n} munud", "other": "{n} munud"})"));

  EXPECT_TRUE(load.problems.empty()) << ::testing::PrintToString(load.problems);
  ASSERT_EQ(load.pack.phrases.size(), 4u);
  EXPECT_EQ(load.pack.find("settings.size.large")->text, "Mawr");
  EXPECT_EQ(load.pack.find("cards.animals.owl_2-b.title")->text,
            "Tylluan\nddoeth");  // a line break is allowed
  EXPECT_FALSE(load.pack.find("timer.start")->is_counted());

  const Phrase* minutes = load.pack.find("timer.minutes");
  ASSERT_NE(minutes, nullptr);
  ASSERT_TRUE(minutes->is_counted());
  EXPECT_EQ(minutes->counted.size(), 6u);
  EXPECT_EQ(minutes->counted.at(PluralForm::Two), "{n} funud");
  EXPECT_TRUE(minutes->text.empty());
}

TEST(ReadLanguageFile, AKeyNoFileGaveIsNotFound) {
  EXPECT_EQ(read(welsh_file(kGood)).pack.find("timer.stop"), nullptr);
}

TEST(ReadLanguageFile, PhrasesFromSeveralFilesGoIntoOnePack) {
  LanguageLoad load;
  load.pack.code = "cy";
  read_language_file(welsh_file(kGood), "lang/cy/a.json", load);
  read_language_file(welsh_file(R"("home.title": "Cartref")"), "lang/cy/b.json", load);

  EXPECT_TRUE(load.problems.empty()) << ::testing::PrintToString(load.problems);
  EXPECT_EQ(load.pack.phrases.size(), 2u);
  expect_good_phrase_loaded(load);
  EXPECT_EQ(load.pack.find("home.title")->text, "Cartref");
}

TEST(ReadLanguageFile, TheSchemaMustBeOne) {
  for (const char* schema : {"2", "\"1\"", "null"}) {
    const auto load = read(std::string(R"({"schema": )") + schema +
                           R"(, "language": "cy", "strings": {"timer.start": "Dechrau"}})");
    ASSERT_EQ(load.problems.size(), 1u) << schema;
    EXPECT_TRUE(Contains(load.problems[0], kFile));
    EXPECT_TRUE(Contains(load.problems[0], "\"schema\" must be 1"));
    EXPECT_TRUE(load.pack.phrases.empty()) << "a file of another schema is not read at all";
  }
  const auto without = read(R"({"language": "cy", "strings": {"timer.start": "Dechrau"}})");
  ASSERT_EQ(without.problems.size(), 1u);
  EXPECT_TRUE(Contains(without.problems[0], "\"schema\" must be 1"));
}

TEST(ReadLanguageFile, TheLanguageMustBeTheOneBeingRead) {
  // A Polish file dropped into the Welsh folder would otherwise show Polish to a Welsh reader.
  const auto load = read(R"({"schema": 1, "language": "pl", "strings": {"timer.start": "Start"}})");
  ASSERT_EQ(load.problems.size(), 1u);
  EXPECT_TRUE(Contains(load.problems[0], kFile));
  EXPECT_TRUE(Contains(load.problems[0], "\"language\" must be \"cy\""));
  EXPECT_TRUE(load.pack.phrases.empty());

  const auto without = read(R"({"schema": 1, "strings": {"timer.start": "Start"}})");
  ASSERT_EQ(without.problems.size(), 1u);
  EXPECT_TRUE(Contains(without.problems[0], "\"language\" must be \"cy\""));
}

TEST(ReadLanguageFile, AFileWithoutStringsIsNotALanguageFile) {
  for (const char* json_text : {R"([1, 2])", R"({"schema": 1, "language": "cy"})",
                                R"({"schema": 1, "language": "cy", "strings": ["Dechrau"]})"}) {
    const auto load = read(json_text);
    ASSERT_EQ(load.problems.size(), 1u) << json_text;
    EXPECT_TRUE(Contains(load.problems[0], kFile));
    EXPECT_TRUE(Contains(load.problems[0], "is not a language file"));
  }
}

TEST(ReadLanguageFile, InvalidJsonIsAProblemNamingTheFile) {
  const auto load = read(R"({"schema": 1, "language": "cy", "strings": {"timer.start": "Dechrau",}})");
  ASSERT_EQ(load.problems.size(), 1u);
  EXPECT_TRUE(Contains(load.problems[0], kFile));
  EXPECT_TRUE(Contains(load.problems[0], "is not valid JSON"));
  EXPECT_TRUE(load.pack.phrases.empty());
}

TEST(ReadLanguageFile, AnUppercaseKeyIsAProblemAndTheRestLoads) {
  const auto load = read(welsh_file(std::string(R"("Timer.Stop": "Stopio", )") + kGood));
  expect_one_problem(load, "Timer.Stop", "a key is lowercase letters, digits");
  expect_good_phrase_loaded(load);
  EXPECT_EQ(load.pack.phrases.size(), 1u);
}

TEST(ReadLanguageFile, AKeyWithASpaceIsAProblemAndTheRestLoads) {
  const auto load = read(welsh_file(std::string(R"("timer stop": "Stopio", )") + kGood));
  expect_one_problem(load, "timer stop", "a key is lowercase letters, digits");
  expect_good_phrase_loaded(load);
}

TEST(ReadLanguageFile, AKeyStartingOrEndingWithADotIsAProblem) {
  const auto leading = read(welsh_file(std::string(R"(".timer.stop": "Stopio", )") + kGood));
  expect_one_problem(leading, ".timer.stop", "a key is lowercase letters, digits");
  expect_good_phrase_loaded(leading);

  const auto trailing = read(welsh_file(std::string(R"("timer.stop.": "Stopio", )") + kGood));
  expect_one_problem(trailing, "timer.stop.", "a key is lowercase letters, digits");
}

TEST(ReadLanguageFile, AnEmptyOrOverlongKeyIsAProblem) {
  const auto empty = read(welsh_file(std::string(R"("": "Stopio", )") + kGood));
  expect_one_problem(empty, "", "a key is lowercase letters, digits");

  const std::string longest(120, 'a');
  const auto at_limit = read(welsh_file("\"" + longest + R"(": "Hir")"));
  EXPECT_TRUE(at_limit.problems.empty());
  const auto beyond = read(welsh_file("\"" + longest + R"(a": "Hir")"));
  expect_one_problem(beyond, longest + "a", "a key is lowercase letters, digits");
}

TEST(ReadLanguageFile, APhraseWithATabIsAProblemAndTheRestLoads) {
  const auto load = read(welsh_file(std::string(R"("timer.stop": "Stop\tio", )") + kGood));
  expect_one_problem(load, "timer.stop", "has a tab or other control character");
  EXPECT_EQ(load.pack.find("timer.stop"), nullptr);
  expect_good_phrase_loaded(load);
}

TEST(ReadLanguageFile, APhraseThatIsNeitherTextNorFormsIsAProblemAndTheRestLoads) {
  for (const char* value : {"3", "true", "null", R"(["Stopio"])", "{}"}) {
    const auto load = read(welsh_file(std::string(R"("timer.stop": )") + value + ", " + kGood));
    expect_one_problem(load, "timer.stop", "must be text, or an object of plural forms");
    EXPECT_EQ(load.pack.find("timer.stop"), nullptr) << value;
    expect_good_phrase_loaded(load);
  }
}

TEST(ReadLanguageFile, AnUnknownPluralFormIsAProblemAndTheRestLoads) {
  const auto load =
      read(welsh_file(std::string(R"("timer.minutes": {"one": "{n} munud", "several": "x"}, )") + kGood));
  expect_one_problem(load, "timer.minutes", "\"several\" is not a plural form");
  EXPECT_EQ(load.pack.find("timer.minutes"), nullptr) << "half a counted phrase is not kept";
  expect_good_phrase_loaded(load);
}

TEST(ReadLanguageFile, APluralFormThatIsNotTextIsAProblem) {
  const auto load = read(welsh_file(std::string(R"("timer.minutes": {"one": 1}, )") + kGood));
  expect_one_problem(load, "timer.minutes", "\"one\" is not a plural form with text");
  expect_good_phrase_loaded(load);
}

TEST(ReadLanguageFile, AKeyAnEarlierFileGaveIsAProblemAndTheFirstIsKept) {
  LanguageLoad load;
  load.pack.code = "cy";
  read_language_file(welsh_file(kGood), "lang/cy/a.json", load);
  read_language_file(welsh_file(R"("timer.start": "Cychwyn", "home.title": "Cartref")"), kFile, load);

  expect_one_problem(load, "timer.start", "is given twice; the first is kept");
  expect_good_phrase_loaded(load);
  EXPECT_EQ(load.pack.find("home.title")->text, "Cartref");
}

TEST(ReadLanguageFile, AKeyGivenTwiceInOneFileIsAProblemAndTheFirstIsKept) {
  const auto load = read(welsh_file(R"("timer.start": "Dechrau", "home.title": "Cartref",
                                       "timer.start": "Cychwyn", "timer.start": {"one": "x"})"));
  ASSERT_EQ(load.problems.size(), 2u) << ::testing::PrintToString(load.problems);
  for (const std::string& problem : load.problems) {
    EXPECT_TRUE(Contains(problem, kFile));
    EXPECT_TRUE(Contains(problem, "\"timer.start\": is given twice; the first is kept"));
  }
  expect_good_phrase_loaded(load);
  EXPECT_EQ(load.pack.find("home.title")->text, "Cartref");
}

TEST(ReadLanguageFile, OnlyKeysOfStringsCountAsGivenTwice) {
  // The same form in two phrases, or "one" in a phrase and as a key, is no repetition.
  const auto load = read(welsh_file(R"("one": "Un", "a.minutes": {"one": "{n} munud", "other": "{n} munud"},
                                       "b.minutes": {"one": "{n} awr", "other": "{n} awr"})"));
  EXPECT_TRUE(load.problems.empty()) << ::testing::PrintToString(load.problems);
  EXPECT_EQ(load.pack.phrases.size(), 3u);
  EXPECT_EQ(load.pack.find("b.minutes")->counted.at(PluralForm::One), "{n} awr");
}

TEST(ReadLanguageFile, StringsGivenTwiceIsAProblemAndTheFirstIsKept) {
  const auto load = read(R"({"schema": 1, "language": "cy", "strings": {"timer.start": "Dechrau"},
                             "notes": {"home.title": "not a phrase"}, "strings": {"timer.start": "Cychwyn"}})");
  ASSERT_EQ(load.problems.size(), 1u) << ::testing::PrintToString(load.problems);
  EXPECT_TRUE(Contains(load.problems[0], std::string(kFile) + ": \"strings\": is given twice"));
  expect_good_phrase_loaded(load);
}

TEST(ReadLanguageFile, KeysOutsideStringsAreNotPhrasesGivenTwice) {
  const auto load = read(R"({"schema": 1, "notes": {"home.title": "x"}, "language": "cy",
                             "strings": {"home.title": "Cartref"}})");
  EXPECT_TRUE(load.problems.empty()) << ::testing::PrintToString(load.problems);
  EXPECT_EQ(load.pack.find("home.title")->text, "Cartref");
}

TEST(ReadLanguageFile, APluralFormWithATabIsAProblemAndTheRestLoads) {
  const auto load = read(
      welsh_file(std::string(R"("timer.minutes": {"one": "{n}\tmunud", "other": "{n} munud"}, )") + kGood));
  expect_one_problem(load, "timer.minutes", "has a tab or other control character");
  EXPECT_EQ(load.pack.find("timer.minutes"), nullptr);
  expect_good_phrase_loaded(load);
}

TEST(ReadLanguageFile, SeveralFaultsAreEachReported) {
  const auto load =
      read(welsh_file(R"("A": "x", "b c": "y", "d": 4, "e": "t\tab", "timer.start": "Dechrau")"));
  EXPECT_EQ(load.problems.size(), 4u) << ::testing::PrintToString(load.problems);
  expect_good_phrase_loaded(load);
  EXPECT_EQ(load.pack.phrases.size(), 1u);
}

TEST(PlaceholdersIn, NamesEachPlaceholderOnceInOrderOfFirstUse) {
  EXPECT_EQ(placeholders_in("{name} has {n} cards, {name}!"), (Names{"name", "n"}));
  EXPECT_EQ(placeholders_in("No placeholder"), Names{});
  EXPECT_EQ(placeholders_in("An unclosed {brace"), Names{});
  EXPECT_EQ(placeholders_in("{a}{b}"), (Names{"a", "b"}));
}

}  // namespace
}  // namespace kitbag
