// Reading a story file: each problem names file, page and field; one bad page never hides the rest.
#include "app/core/journey/story_parser.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <functional>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "app/core/cards/deck.h"

namespace kitbag {
namespace {

using Json = nlohmann::json;

constexpr const char* kFile = "/assets/stories/journey-full.json";

Json page_json(const std::string& id) {
  return {{"id", id},
          {"text", "Sit in a way that feels nice.\n\nYou can close your eyes."},
          {"seconds", 20},
          {"picture", "art/face-calm.png"},
          {"wash", {"#FBEBDD", "#F3E2EC"}}};
}

Json story_json(Json pages, const std::string& story = "full") {
  return {{"schema", 1},
          {"story", story},
          {"title", "The Wonder Journey"},
          {"music", "music/journey-full.ogg"},
          {"pages", std::move(pages)}};
}

StoryLoad parse(const Json& json, StoryLength expected = StoryLength::Full) {
  return parse_story(json.dump(), kFile, expected);
}

StoryLoad load_pages(Json pages) {
  return parse(story_json(std::move(pages)));
}

std::vector<std::string> ids_of(const StoryLoad& load) {
  std::vector<std::string> ids;
  if (load.story)
    for (const StoryPage& page : load.story->pages) ids.push_back(page.id);
  return ids;
}

// One problem holds every one of `parts`; on failure prints them all.
::testing::AssertionResult HasProblem(const StoryLoad& load, const std::vector<std::string>& parts) {
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

// The second of three pages is spoiled by `spoil`; the other two must still load.
StoryLoad load_with_bad_second(const std::function<void(Json&)>& spoil) {
  Json bad = page_json("bad");
  spoil(bad);
  return load_pages({page_json("first"), bad, page_json("third")});
}

const std::vector<std::string> kFirstAndThird = {"first", "third"};

// The story as a whole is spoiled by `spoil`: nothing loads, and the one problem says why.
StoryLoad load_spoiled_story(const std::function<void(Json&)>& spoil) {
  Json json = story_json({page_json("first")});
  spoil(json);
  return parse(json);
}

TEST(StoryParser, AGoodStoryLoadsEveryPageWithEveryField) {
  Json plain = page_json("the-path");
  plain.erase("picture");
  plain["seconds"] = 14;
  plain["text"] = "Think of a path.";
  plain["wash"] = {"#f4ecd2", "#E6F1DA"};
  const auto result = load_pages({page_json("get-comfy"), plain});
  EXPECT_TRUE(result.problems.empty()) << result.problems.front();
  ASSERT_TRUE(result.story);
  EXPECT_EQ(result.story->length, StoryLength::Full);
  EXPECT_EQ(result.story->title, "The Wonder Journey");
  EXPECT_EQ(result.story->music, "music/journey-full.ogg");
  ASSERT_EQ(result.story->pages.size(), 2u);
  const StoryPage& comfy = result.story->pages[0];
  EXPECT_EQ(comfy.id, "get-comfy");
  EXPECT_EQ(comfy.text, "Sit in a way that feels nice.\n\nYou can close your eyes.") << "line breaks kept";
  EXPECT_EQ(comfy.seconds, 20);
  EXPECT_EQ(comfy.picture, "art/face-calm.png");
  EXPECT_EQ(comfy.wash_top, (Rgb{0xFB, 0xEB, 0xDD}));
  EXPECT_EQ(comfy.wash_bottom, (Rgb{0xF3, 0xE2, 0xEC}));
  const StoryPage& path = result.story->pages[1];
  EXPECT_EQ(path.picture, "") << "a picture is optional";
  EXPECT_EQ(path.seconds, 14);
  EXPECT_EQ(path.wash_top, (Rgb{0xF4, 0xEC, 0xD2}));
  EXPECT_EQ(result.story->total_seconds(), 34);
}

TEST(StoryParser, AMinimalShortStoryLoads) {
  Json page = {{"id", "a"}, {"text", "In."}, {"seconds", kMinPageSeconds}, {"wash", {"#000000", "#FFFFFF"}}};
  const auto result = parse(story_json({page}, "short"), StoryLength::Short);
  EXPECT_TRUE(result.problems.empty()) << result.problems.front();
  ASSERT_TRUE(result.story);
  EXPECT_EQ(result.story->length, StoryLength::Short);
  EXPECT_EQ(ids_of(result), (std::vector<std::string>{"a"}));
}

// The story as a whole.

TEST(StoryParser, NotJsonIsAProblemNamingTheFileNotACrash) {
  for (const char* text : {"", "{", "not json", "{\"schema\": 1,}", "\xFF\xFE"}) {
    const auto result = parse_story(text, kFile, StoryLength::Full);
    EXPECT_FALSE(result.story) << text;
    EXPECT_TRUE(HasProblem(result, {kFile, "not valid JSON"})) << text;
  }
}

TEST(StoryParser, JsonThatIsNotAnObjectIsNotAStory) {
  for (const Json& json : {Json::array(), Json(1), Json("story"), Json(nullptr)}) {
    const auto result = parse(json);
    EXPECT_FALSE(result.story) << json.dump();
    EXPECT_TRUE(HasProblem(result, {kFile, "is not a story"})) << json.dump();
  }
}

TEST(StoryParser, AMissingOrWrongSchemaLoadsNothing) {
  const auto missing = load_spoiled_story([](Json& json) { json.erase("schema"); });
  EXPECT_FALSE(missing.story);
  EXPECT_TRUE(HasProblem(missing, {kFile, "\"schema\" is missing", "expected 1"}));

  const auto text = load_spoiled_story([](Json& json) { json["schema"] = "1"; });
  EXPECT_FALSE(text.story);
  EXPECT_TRUE(HasProblem(text, {kFile, "\"schema\""}));

  const auto later = load_spoiled_story([](Json& json) { json["schema"] = 2; });
  EXPECT_FALSE(later.story);
  EXPECT_TRUE(HasProblem(later, {kFile, "schema 2", "not one this version reads"}));
  EXPECT_EQ(later.problems.size(), 1u);
}

TEST(StoryParser, TheStoryMustBeTheOneExpected) {
  const auto result = parse(story_json({page_json("first")}, "short"), StoryLength::Full);
  EXPECT_FALSE(result.story);
  EXPECT_TRUE(
      HasProblem(result, {kFile, "\"story\"", "must be \"full\"", "got \"short\"", "cannot be read"}));

  const auto wrong = parse(story_json({page_json("first")}, "full"), StoryLength::Short);
  EXPECT_FALSE(wrong.story);
  EXPECT_TRUE(HasProblem(wrong, {kFile, "\"story\"", "must be \"short\"", "got \"full\""}));

  const auto unknown = parse(story_json({page_json("first")}, "music"));
  EXPECT_FALSE(unknown.story);
  EXPECT_TRUE(HasProblem(unknown, {kFile, "\"story\"", "got \"music\""}));
}

TEST(StoryParser, AMissingStoryOrTitleLoadsNothing) {
  for (const char* field : {"story", "title", "music"}) {
    const auto result = load_spoiled_story([&](Json& json) { json.erase(field); });
    EXPECT_FALSE(result.story) << field;
    EXPECT_TRUE(HasProblem(result, {kFile, std::string("\"") + field + "\" is missing", "cannot be read"}))
        << field;
  }
}

TEST(StoryParser, AnEmptyOrWrongTypedTitleIsReported) {
  const auto empty = load_spoiled_story([](Json& json) { json["title"] = "  "; });
  EXPECT_FALSE(empty.story);
  EXPECT_TRUE(HasProblem(empty, {kFile, "\"title\" is empty"}));

  const auto number = load_spoiled_story([](Json& json) { json["title"] = 7; });
  EXPECT_FALSE(number.story);
  EXPECT_TRUE(HasProblem(number, {kFile, "\"title\" must be text"}));

  const auto long_title = load_spoiled_story([](Json& json) { json["title"] = std::string(81, 'a'); });
  EXPECT_FALSE(long_title.story);
  EXPECT_TRUE(HasProblem(long_title, {kFile, "\"title\"", "longer than 80"}));
}

TEST(StoryParser, MusicMustStayInsideTheAssetsFolder) {
  for (const char* music :
       {"/usr/share/music/a.ogg", "../music/journey-full.ogg", "music/../../secret.ogg"}) {
    const auto result = load_spoiled_story([&](Json& json) { json["music"] = music; });
    EXPECT_FALSE(result.story) << music;
    EXPECT_TRUE(HasProblem(result, {kFile, "\"music\"", "inside the assets folder", music})) << music;
  }
}

TEST(StoryParser, PagesMustBeANonEmptyList) {
  for (const Json& pages : {Json::array(), Json::object(), Json("pages"), Json(3)}) {
    const auto result = load_spoiled_story([&](Json& json) { json["pages"] = pages; });
    EXPECT_FALSE(result.story) << pages.dump();
    EXPECT_TRUE(HasProblem(result, {kFile, "\"pages\" is missing, empty or not a list"})) << pages.dump();
  }
  const auto missing = load_spoiled_story([](Json& json) { json.erase("pages"); });
  EXPECT_FALSE(missing.story);
  EXPECT_TRUE(HasProblem(missing, {kFile, "\"pages\" is missing"}));
}

TEST(StoryParser, AnUnknownStoryFieldIsAWarningAndTheStoryStillLoads) {
  const auto result = load_spoiled_story([](Json& json) { json["colour"] = "blue"; });
  ASSERT_TRUE(result.story);
  EXPECT_TRUE(HasProblem(result, {kFile, "unknown field \"colour\"", "ignored"}));
  EXPECT_EQ(result.problems.size(), 1u);
}

// One page at a time.

TEST(StoryParser, APageThatIsNotAnObjectIsLeftOut) {
  const auto result = load_pages({page_json("first"), Json("a page"), page_json("third")});
  EXPECT_TRUE(HasProblem(result, {kFile, "page 2", "not an object"}));
  EXPECT_EQ(ids_of(result), kFirstAndThird);
}

TEST(StoryParser, AMissingIdIsReportedAndThePageLeftOut) {
  const auto result = load_with_bad_second([](Json& page) { page.erase("id"); });
  EXPECT_TRUE(HasProblem(result, {kFile, "page 2", "\"id\" is missing", "the page is left out"}));
  EXPECT_EQ(ids_of(result), kFirstAndThird);
}

TEST(StoryParser, AnInvalidIdIsReportedWithItsValue) {
  for (const char* id : {"Meadow", "the path", "path_2", "üben"}) {
    const auto result = load_with_bad_second([&](Json& page) { page["id"] = id; });
    EXPECT_TRUE(HasProblem(result, {kFile, "page 2", "\"id\" must be lowercase", id})) << id;
    EXPECT_EQ(ids_of(result), kFirstAndThird) << id;
  }
}

TEST(StoryParser, ATooLongIdIsReported) {
  const auto result =
      load_with_bad_second([](Json& page) { page["id"] = std::string(kMaxCardIdLength + 1, 'a'); });
  EXPECT_TRUE(HasProblem(result, {kFile, "page 2", "\"id\"", "longer than"}));
  EXPECT_EQ(ids_of(result), kFirstAndThird);
}

TEST(StoryParser, ADuplicateIdLeavesTheSecondPageOut) {
  Json second = page_json("meadow");
  second["text"] = "The second meadow.";
  const auto result = load_pages({page_json("meadow"), second, page_json("river")});
  EXPECT_TRUE(HasProblem(result, {kFile, "page 2", "\"meadow\"", "\"id\" is already used"}));
  EXPECT_EQ(ids_of(result), (std::vector<std::string>{"meadow", "river"}));
  EXPECT_NE(result.story->pages[0].text, "The second meadow.") << "the first page with the id is kept";
}

TEST(StoryParser, AnEmptyTextNamesThePageAndItsId) {
  for (const Json& text : {Json(""), Json("   "), Json("\n\n")}) {
    const auto result = load_with_bad_second([&](Json& page) { page["text"] = text; });
    EXPECT_TRUE(HasProblem(result, {kFile, "page 2", "(\"bad\")", "\"text\" is empty"})) << text.dump();
    EXPECT_EQ(ids_of(result), kFirstAndThird) << text.dump();
  }
}

TEST(StoryParser, AMissingOrWrongTypedTextIsReported) {
  const auto missing = load_with_bad_second([](Json& page) { page.erase("text"); });
  EXPECT_TRUE(HasProblem(missing, {kFile, "page 2", "\"bad\"", "\"text\" is missing"}));
  EXPECT_EQ(ids_of(missing), kFirstAndThird);

  const auto list = load_with_bad_second([](Json& page) { page["text"] = {"one", "two"}; });
  EXPECT_TRUE(HasProblem(list, {kFile, "page 2", "\"bad\"", "\"text\" must be text"}));
  EXPECT_EQ(ids_of(list), kFirstAndThird);
}

TEST(StoryParser, TextLongerThanAPageIsReported) {
  const auto result =
      load_with_bad_second([](Json& page) { page["text"] = std::string(kMaxPageTextLength + 1, 'a'); });
  EXPECT_TRUE(HasProblem(result, {kFile, "page 2", "\"bad\"", "\"text\"", "longer than 700"}));
  EXPECT_EQ(ids_of(result), kFirstAndThird);
}

TEST(StoryParser, TextIsMeasuredInCharactersNotBytes) {
  // 700 two-byte characters: 1400 bytes, but a page's worth of words.
  std::string text;
  for (std::size_t i = 0; i < kMaxPageTextLength; ++i) text += "é";
  Json page = page_json("long");
  page["text"] = text;
  const auto result = load_pages({page});
  EXPECT_TRUE(result.problems.empty()) << result.problems.front();
  EXPECT_EQ(ids_of(result), (std::vector<std::string>{"long"}));
}

TEST(StoryParser, TabsAndControlCharactersInTextAreReportedButLineBreaksAreNot) {
  for (const char* text : {"In\tand out", "In\rand out", "In\x07 and out"}) {
    const auto result = load_with_bad_second([&](Json& page) { page["text"] = text; });
    EXPECT_TRUE(HasProblem(result, {kFile, "page 2", "\"bad\"", "\"text\"", "control character"})) << text;
    EXPECT_EQ(ids_of(result), kFirstAndThird) << text;
  }
}

TEST(StoryParser, SecondsMustBeAWholeNumberInRange) {
  for (const Json& seconds : {Json(kMinPageSeconds - 1), Json(kMaxPageSeconds + 1), Json(0), Json(-20),
                              Json(2.5), Json(20.0), Json("20"), Json(nullptr), Json(true)}) {
    const auto result = load_with_bad_second([&](Json& page) { page["seconds"] = seconds; });
    EXPECT_TRUE(
        HasProblem(result, {kFile, "page 2", "\"bad\"", "\"seconds\" must be a whole number from 3 to 300"}))
        << seconds.dump();
    EXPECT_EQ(ids_of(result), kFirstAndThird) << seconds.dump();
  }
}

TEST(StoryParser, SecondsAtTheLimitsAreKept) {
  Json shortest = page_json("shortest");
  shortest["seconds"] = kMinPageSeconds;
  Json longest = page_json("longest");
  longest["seconds"] = kMaxPageSeconds;
  const auto result = load_pages({shortest, longest});
  EXPECT_TRUE(result.problems.empty()) << result.problems.front();
  ASSERT_EQ(ids_of(result), (std::vector<std::string>{"shortest", "longest"}));
  EXPECT_EQ(result.story->pages[0].seconds, kMinPageSeconds);
  EXPECT_EQ(result.story->pages[1].seconds, kMaxPageSeconds);
}

TEST(StoryParser, AHugeUnsignedSecondsIsOutOfRangeNotWrappedIntoIt) {
  // Too big for a signed number (2^64 - 280 would read as -280): refused, never read as something else.
  for (const std::uint64_t huge :
       {std::uint64_t{18446744073709551336u}, std::uint64_t{18446744073709551615u}, std::uint64_t{1} << 63}) {
    const auto result = load_with_bad_second([&](Json& page) { page["seconds"] = huge; });
    EXPECT_TRUE(HasProblem(result, {kFile, "page 2", "\"bad\"", "\"seconds\""})) << huge;
    EXPECT_EQ(ids_of(result), kFirstAndThird) << huge;
  }
}

TEST(StoryParser, AMissingSecondsIsReported) {
  const auto result = load_with_bad_second([](Json& page) { page.erase("seconds"); });
  EXPECT_TRUE(HasProblem(result, {kFile, "page 2", "\"bad\"", "\"seconds\" is missing"}));
  EXPECT_EQ(ids_of(result), kFirstAndThird);
}

TEST(StoryParser, APictureMustBeAPngInsideTheAssets) {
  for (const char* picture :
       {"art/owl.jpg", "art/owl", "/usr/share/owl.png", "../owl.png", "art/../../owl.png"}) {
    const auto result = load_with_bad_second([&](Json& page) { page["picture"] = picture; });
    EXPECT_TRUE(
        HasProblem(result, {kFile, "page 2", "\"bad\"", "\"picture\" must be a PNG inside the assets folder",
                            std::string("got \"") + picture + "\""}))
        << picture;
    EXPECT_EQ(ids_of(result), kFirstAndThird) << picture;
  }
}

TEST(StoryParser, APictureThatIsNotTextIsReported) {
  const auto result = load_with_bad_second([](Json& page) { page["picture"] = 5; });
  EXPECT_TRUE(HasProblem(result, {kFile, "page 2", "\"bad\"", "\"picture\" must be text"}));
  EXPECT_EQ(ids_of(result), kFirstAndThird);
}

TEST(StoryParser, AWashMustBeTwoColours) {
  for (const Json& wash :
       {Json::array({"#FBEBDD"}), Json::array({"#FBEBDD", "#F3E2EC", "#FFFFFF"}), Json::array(),
        Json("#FBEBDD"), Json::array({"#FBEBDD", "pink"}), Json::array({"FBEBDD", "#F3E2EC"}),
        Json::array({"#FBEBDD", 3}), Json::object({{"top", "#FBEBDD"}, {"bottom", "#F3E2EC"}})}) {
    const auto result = load_with_bad_second([&](Json& page) { page["wash"] = wash; });
    EXPECT_TRUE(HasProblem(result, {kFile, "page 2", "\"bad\"", "\"wash\" must be two colours"}))
        << wash.dump();
    EXPECT_EQ(ids_of(result), kFirstAndThird) << wash.dump();
  }
  const auto missing = load_with_bad_second([](Json& page) { page.erase("wash"); });
  EXPECT_TRUE(HasProblem(missing, {kFile, "page 2", "\"bad\"", "\"wash\""}));
  EXPECT_EQ(ids_of(missing), kFirstAndThird);
}

TEST(StoryParser, EveryFaultOfAPageIsReportedNotJustTheFirst) {
  const auto result = load_with_bad_second([](Json& page) {
    page["seconds"] = 1;
    page["picture"] = "owl.gif";
    page["wash"] = "pink";
  });
  EXPECT_TRUE(HasProblem(result, {"page 2", "\"seconds\""}));
  EXPECT_TRUE(HasProblem(result, {"page 2", "\"picture\""}));
  EXPECT_TRUE(HasProblem(result, {"page 2", "\"wash\""}));
  EXPECT_EQ(result.problems.size(), 3u);
}

TEST(StoryParser, AnUnknownPageFieldIsAWarningAndThePageIsKept) {
  Json page = page_json("meadow");
  page["colour"] = "#FFFFFF";
  const auto result = load_pages({page});
  EXPECT_TRUE(HasProblem(result, {kFile, "page 1", "\"meadow\"", "unknown field \"colour\"", "ignored"}));
  EXPECT_EQ(result.problems.size(), 1u);
  EXPECT_EQ(ids_of(result), (std::vector<std::string>{"meadow"}));
}

TEST(StoryParser, WithNoUsablePageThereIsNoStory) {
  Json bad = page_json("bad");
  bad["seconds"] = 0;
  const auto result = load_pages({bad, Json(7)});
  EXPECT_FALSE(result.story);
  EXPECT_TRUE(HasProblem(result, {kFile, "page 1", "\"seconds\""}));
  EXPECT_TRUE(HasProblem(result, {kFile, "page 2", "not an object"}));
  EXPECT_TRUE(HasProblem(result, {kFile, "no page could be read"}));
}

TEST(StoryParser, PagesPastTheLimitAreLeftOutAndSaidSo) {
  Json pages = Json::array();
  for (std::size_t i = 0; i < kMaxStoryPages + 2; ++i)
    pages.push_back(page_json("page-" + std::to_string(i)));
  const auto result = load_pages(pages);
  ASSERT_TRUE(result.story);
  EXPECT_EQ(result.story->pages.size(), kMaxStoryPages);
  EXPECT_EQ(result.story->pages.back().id, "page-" + std::to_string(kMaxStoryPages - 1));
  EXPECT_TRUE(HasProblem(result, {kFile, "more than 60 pages"}));
}

TEST(StoryParser, ExactlyTheLimitOfPagesLoadsWithoutAProblem) {
  Json pages = Json::array();
  for (std::size_t i = 0; i < kMaxStoryPages; ++i) pages.push_back(page_json("page-" + std::to_string(i)));
  const auto result = load_pages(pages);
  ASSERT_TRUE(result.story);
  EXPECT_EQ(result.story->pages.size(), kMaxStoryPages);
  EXPECT_TRUE(result.problems.empty()) << result.problems.front();
}

TEST(StoryParser, NumbersTooBigForJsonNeverThrow) {
  // nlohmann throws out_of_range (not a parse error) on each of these; the parser must turn that
  // into a problem naming the file, never let it out.
  for (const std::string& text :
       {std::string(R"({"schema": 1e400, "pages": []})"),
        std::string(R"({"schema": 1, "story": "full", "title": "T", "music": "m.ogg", "pages": [{"id": "a",)"
                    R"( "text": "x", "seconds": 1e999, "wash": ["#000000", "#000000"]}]})"),
        std::string(R"([1e400])"), std::string(R"({"schema": 1, "pages": [-1e400]})")}) {
    StoryLoad result;
    EXPECT_NO_THROW(result = parse_story(text, kFile, StoryLength::Full)) << text;
    EXPECT_FALSE(result.story) << text;
    EXPECT_TRUE(HasProblem(result, {kFile, "cannot be read"})) << text;
  }
}

TEST(StoryParser, AnIntegerTooBigForAnyTypeIsNotASchema) {
  // Too big even for unsigned 64 bits, nlohmann keeps it as a floating-point number.
  StoryLoad result;
  EXPECT_NO_THROW(result =
                      parse_story(R"({"schema": 99999999999999999999999999})", kFile, StoryLength::Full));
  EXPECT_FALSE(result.story);
  EXPECT_TRUE(HasProblem(result, {kFile, "\"schema\""}));
}

TEST(StoryParser, AHugeUnsignedSchemaIsNotAccepted) {
  const auto result =
      load_spoiled_story([](Json& json) { json["schema"] = std::uint64_t{18446744073709551615u}; });
  EXPECT_FALSE(result.story);
  EXPECT_TRUE(HasProblem(result, {kFile, "schema"}));
}

}  // namespace
}  // namespace kitbag
