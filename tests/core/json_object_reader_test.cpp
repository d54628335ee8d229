// The one reader of our files' JSON objects: each field kind, what it accepts, and what it says.
#include "app/core/json_object_reader.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <limits>

namespace kitbag {
namespace {

using Json = nlohmann::json;

constexpr const char* kWhere = "stories/full.json: page 3";

class JsonObjectReaderTest : public ::testing::Test {
 protected:
  // A reader of `json_`, as it is when called; its known fields are "name", "count" and "tint".
  JsonObjectReader& reader() {
    reader_.emplace(json_, kWhere, std::set<std::string, std::less<>>{"name", "count", "tint"});
    return *reader_;
  }
  // Everything the reader has to say, with `consequence` after each error.
  std::vector<std::string> report(const std::string& consequence = "the page is left out") {
    std::vector<std::string> problems;
    clean_ = reader_->report(problems, consequence);
    return problems;
  }

  Json json_ = Json::object();
  std::optional<JsonObjectReader> reader_;
  bool clean_ = false;
};

using Problems = std::vector<std::string>;

// Text.

TEST_F(JsonObjectReaderTest, TextIsReadAsWritten) {
  json_["name"] = "Ésme's owl";
  EXPECT_EQ(reader().text("name", 20, true), "Ésme's owl");
  EXPECT_FALSE(reader_->failed());
  EXPECT_TRUE(report().empty());
  EXPECT_TRUE(clean_);
}

TEST_F(JsonObjectReaderTest, MissingRequiredTextIsAnError) {
  EXPECT_EQ(reader().text("name", 20, true), "");
  EXPECT_TRUE(reader_->failed());
  EXPECT_EQ(report(), (Problems{"stories/full.json: page 3: \"name\" is missing; the page is left out"}));
  EXPECT_FALSE(clean_);
}

TEST_F(JsonObjectReaderTest, MissingOptionalTextIsEmptyAndFine) {
  EXPECT_EQ(reader().text("name", 20, false), "");
  EXPECT_FALSE(reader_->failed());
  EXPECT_TRUE(report().empty());
  EXPECT_TRUE(clean_);
}

TEST_F(JsonObjectReaderTest, TextOfTheWrongTypeIsAnErrorEvenWhenOptional) {
  for (const Json& value : {Json(3), Json(nullptr), Json::array({"a"}), Json(true)}) {
    json_["name"] = value;
    EXPECT_EQ(reader().text("name", 20, false), "") << value.dump();
    EXPECT_EQ(report(), (Problems{"stories/full.json: page 3: \"name\" must be text; the page is left out"}))
        << value.dump();
  }
}

TEST_F(JsonObjectReaderTest, BlankRequiredTextIsEmpty) {
  for (const char* blank : {"", " ", "\t", " \n "}) {
    json_["name"] = blank;
    EXPECT_EQ(reader().text("name", 20, true, true), "");
    EXPECT_EQ(report(), (Problems{"stories/full.json: page 3: \"name\" is empty; the page is left out"}));
  }
}

TEST_F(JsonObjectReaderTest, BlankOptionalTextIsAllowed) {
  json_["name"] = "";
  EXPECT_EQ(reader().text("name", 20, false), "");
  EXPECT_TRUE(report().empty());
}

TEST_F(JsonObjectReaderTest, ControlCharactersAreRefused) {
  for (const char* text : {"Owl\tcat", "Owl\ncat", "Owl\x1B[31m", "Owl\x7F"}) {
    json_["name"] = text;
    EXPECT_EQ(reader().text("name", 20, true), "") << text;
    EXPECT_EQ(report(),
              (Problems{"stories/full.json: page 3: \"name\" has a tab, line break or other control "
                        "character; the page is left out"}))
        << text;
  }
}

TEST_F(JsonObjectReaderTest, LineBreaksOnlyWhereAllowed) {
  json_["name"] = "In.\n\nOut.";
  EXPECT_EQ(reader().text("name", 20, true, true), "In.\n\nOut.");
  EXPECT_TRUE(report().empty());
  json_["name"] = "In.\tOut.";
  EXPECT_EQ(reader().text("name", 20, true, true), "") << "a tab is never allowed";
  EXPECT_EQ(report().size(), 1u);
}

TEST_F(JsonObjectReaderTest, TextIsLimitedInCharactersNotBytes) {
  json_["name"] = "ééééé";  // five characters, ten bytes
  EXPECT_EQ(reader().text("name", 5, true), "ééééé");
  EXPECT_TRUE(report().empty());
  json_["name"] = "abcdef";
  EXPECT_EQ(reader().text("name", 5, true), "");
  EXPECT_EQ(report(),
            (Problems{"stories/full.json: page 3: \"name\" is longer than 5 characters; the page is "
                      "left out"}));
}

// Whole numbers.

TEST_F(JsonObjectReaderTest, AWholeNumberInRangeIsRead) {
  for (long long value : {3LL, 20LL, 300LL}) {
    json_["count"] = value;
    EXPECT_EQ(reader().whole_number("count", 3, 300, true), value);
    EXPECT_TRUE(report().empty());
  }
}

TEST_F(JsonObjectReaderTest, ANegativeRangeIsRead) {
  json_["count"] = -5;
  EXPECT_EQ(reader().whole_number("count", -10, 10, true), -5);
  EXPECT_TRUE(report().empty());
}

TEST_F(JsonObjectReaderTest, AWholeNumberOutOfRangeOrNotWholeIsAnError) {
  for (const Json& value :
       {Json(2), Json(301), Json(-1), Json(2.5), Json(20.0), Json("20"), Json(nullptr),
        Json(std::numeric_limits<std::uint64_t>::max()), Json(std::numeric_limits<std::int64_t>::min())}) {
    json_["count"] = value;
    EXPECT_EQ(reader().whole_number("count", 3, 300, false), std::nullopt) << value.dump();
    EXPECT_EQ(report(),
              (Problems{"stories/full.json: page 3: \"count\" must be a whole number from 3 to 300; the "
                        "page is left out"}))
        << value.dump();
  }
}

TEST_F(JsonObjectReaderTest, AHugeUnsignedNumberIsNotWrappedIntoRange) {
  // As a signed number 2^64 - 100 is -100, which is inside this range.
  json_["count"] = std::uint64_t{18446744073709551516u};
  EXPECT_EQ(reader().whole_number("count", -1000, 1000, true), std::nullopt);
  EXPECT_EQ(report().size(), 1u);
}

TEST_F(JsonObjectReaderTest, AMissingWholeNumberIsAnErrorOnlyWhenRequired) {
  EXPECT_EQ(reader().whole_number("count", 3, 300, true), std::nullopt);
  EXPECT_EQ(report(), (Problems{"stories/full.json: page 3: \"count\" is missing; the page is left out"}));
  EXPECT_EQ(reader().whole_number("count", 3, 300, false), std::nullopt);
  EXPECT_TRUE(report().empty());
}

// Colours.

TEST_F(JsonObjectReaderTest, AColourIsRead) {
  json_["tint"] = "#F5c542";
  EXPECT_EQ(reader().colour("tint", true), (Rgb{0xF5, 0xC5, 0x42}));
  EXPECT_TRUE(report().empty());
}

TEST_F(JsonObjectReaderTest, ANonColourSaysWhatAColourLooksLike) {
  for (const char* written : {"blue", "F5C542", "#F5C54", "#GGGGGG"}) {
    json_["tint"] = written;
    EXPECT_EQ(reader().colour("tint", true), std::nullopt) << written;
    EXPECT_EQ(
        report(),
        (Problems{std::string("stories/full.json: page 3: \"tint\" must look like \"#F5C542\" (got \"") +
                  written + "\"); the page is left out"}))
        << written;
  }
}

TEST_F(JsonObjectReaderTest, AColourThatIsTooLongOrNotTextIsAnError) {
  json_["tint"] = "#F5C5421";
  EXPECT_EQ(reader().colour("tint", true), std::nullopt);
  EXPECT_EQ(report(),
            (Problems{"stories/full.json: page 3: \"tint\" is longer than 7 characters; the page is left "
                      "out"}));
  json_["tint"] = 0xF5C542;
  EXPECT_EQ(reader().colour("tint", true), std::nullopt);
  EXPECT_EQ(report(), (Problems{"stories/full.json: page 3: \"tint\" must be text; the page is left out"}));
}

TEST_F(JsonObjectReaderTest, AMissingColourIsAnErrorOnlyWhenRequired) {
  EXPECT_EQ(reader().colour("tint", true), std::nullopt);
  EXPECT_EQ(report(), (Problems{"stories/full.json: page 3: \"tint\" is missing; the page is left out"}));
  EXPECT_EQ(reader().colour("tint", false), std::nullopt);
  EXPECT_TRUE(report().empty());
}

// Pictures.

TEST_F(JsonObjectReaderTest, APngInsideTheAssetsIsFine) {
  for (const char* path : {"art/owl.png", "owl.png", "art/birds/owl.png"}) {
    reader().check_asset_png("picture", path);
    EXPECT_FALSE(reader_->failed()) << path;
    EXPECT_TRUE(report().empty()) << path;
  }
}

TEST_F(JsonObjectReaderTest, APictureOutsideTheAssetsOrNotAPngIsAnError) {
  for (const char* path : {"/art/owl.png", "../owl.png", "art/../../owl.png", "art/owl.jpg", "art/owl.PNG",
                           "art/owl.png.txt", ""}) {
    reader().check_asset_png("picture", path);
    EXPECT_EQ(report(),
              (Problems{std::string("stories/full.json: page 3: \"picture\" must be a PNG inside the "
                                    "assets folder, like \"art/owl.png\" (got \"") +
                        path + "\"); the page is left out"}))
        << path;
  }
}

// Naming, failing and reporting.

TEST_F(JsonObjectReaderTest, OnceNamedMessagesNameTheObjectToo) {
  reader().name_it("meadow");
  reader_->fail("\"wash\" must be two colours");
  EXPECT_EQ(report(),
            (Problems{"stories/full.json: page 3 (\"meadow\"): \"wash\" must be two colours; the page "
                      "is left out"}));
}

TEST_F(JsonObjectReaderTest, EveryErrorIsReportedInOrderWithTheConsequence) {
  json_["count"] = 0;
  reader().text("name", 20, true);
  reader_->whole_number("count", 1, 9, true);
  reader_->fail("something else");
  EXPECT_EQ(
      report("the card is left out"),
      (Problems{
          "stories/full.json: page 3: \"name\" is missing; the card is left out",
          "stories/full.json: page 3: \"count\" must be a whole number from 1 to 9; the card is left out",
          "stories/full.json: page 3: something else; the card is left out"}));
  EXPECT_FALSE(clean_);
}

TEST_F(JsonObjectReaderTest, ReportingEmptiesTheErrors) {
  reader().fail("once");
  EXPECT_EQ(report().size(), 1u);
  EXPECT_FALSE(clean_);
  EXPECT_FALSE(reader_->failed());
  EXPECT_TRUE(report().empty());
  EXPECT_TRUE(clean_);
}

TEST_F(JsonObjectReaderTest, UnknownFieldsAreWarningsNotErrors) {
  json_ = {{"name", "Owl"}, {"colour", "#FFFFFF"}, {"zzz", 1}};
  EXPECT_EQ(reader().text("name", 20, true), "Owl");
  EXPECT_EQ(report(), (Problems{"stories/full.json: page 3: unknown field \"colour\" (ignored)",
                                "stories/full.json: page 3: unknown field \"zzz\" (ignored)"}));
  EXPECT_TRUE(clean_) << "a warning does not leave the object out";
}

TEST_F(JsonObjectReaderTest, WarningsComeBeforeErrors) {
  json_ = {{"nmae", "Owl"}};
  reader().text("name", 20, true);
  EXPECT_EQ(report(), (Problems{"stories/full.json: page 3: unknown field \"nmae\" (ignored)",
                                "stories/full.json: page 3: \"name\" is missing; the page is left out"}));
  EXPECT_FALSE(clean_);
}

TEST_F(JsonObjectReaderTest, HasAndIsObject) {
  json_ = {{"name", "Owl"}};
  EXPECT_TRUE(reader().is_object());
  EXPECT_TRUE(reader_->has("name"));
  EXPECT_FALSE(reader_->has("count"));
}

TEST_F(JsonObjectReaderTest, SomethingThatIsNotAnObjectHasNoFieldsAndNoUnknownOnes) {
  for (const Json& value : {Json::array({1, 2}), Json("owl"), Json(nullptr)}) {
    json_ = value;
    EXPECT_FALSE(reader().is_object()) << value.dump();
    EXPECT_FALSE(reader_->has("name")) << value.dump();
    EXPECT_EQ(reader_->text("name", 20, true), "") << value.dump();
    EXPECT_EQ(report(), (Problems{"stories/full.json: page 3: \"name\" is missing; the page is left out"}))
        << value.dump();
  }
}

}  // namespace
}  // namespace kitbag
