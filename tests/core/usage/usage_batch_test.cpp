// A batch of usage lines as it travels to the collector: one canonical text, and a reader that
// refuses anything the app would not send, naming the line and field at fault.
#include "app/core/usage/usage_batch.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "tests/support/contains.h"

namespace kitbag {
namespace {

using Json = nlohmann::json;
using test::Contains;

const std::string kBatchId = "00112233445566778899aabbccddeeff";
const std::string kAda = "0123456789abcdef0123456789abcdef";
const std::string kBo = "fedcba9876543210fedcba9876543210";

Json good_line() {
  return {
      {"user", kAda}, {"org", "leeds"}, {"day", "2026-12-02"}, {"sessions", 2}, {"tools", {{"feelings", 1}}}};
}

Json batch_json(Json lines) {
  return {{"schema", 1}, {"batch_id", kBatchId}, {"lines", std::move(lines)}};
}

// The batch with its second line (of three) spoiled by `spoil`.
Json with_bad_second_line(const std::function<void(Json&)>& spoil) {
  Json first = good_line();
  Json bad = good_line();
  bad["day"] = "2026-12-03";
  Json third = good_line();
  third["day"] = "2026-12-04";
  spoil(bad);
  return batch_json({first, bad, third});
}

// The text is refused with a message holding every one of `parts`.
::testing::AssertionResult Refused(const std::string& text, const std::vector<std::string>& parts) {
  const auto result = usage_batch_from_json(text);
  if (result.ok())
    return ::testing::AssertionFailure()
           << "accepted: " << text.substr(0, 300) << (text.size() > 300 ? "..." : "");
  for (const std::string& part : parts)
    if (result.error().find(part) == std::string::npos)
      return ::testing::AssertionFailure()
             << "\"" << result.error() << "\" does not contain \"" << part << "\"";
  return ::testing::AssertionSuccess();
}

::testing::AssertionResult Refused(const Json& json, const std::vector<std::string>& parts) {
  return Refused(json.dump(), parts);
}

UsageBatch read(const std::string& text) {
  auto result = usage_batch_from_json(text);
  EXPECT_TRUE(result.ok()) << result.error();
  return result.ok() ? result.value() : UsageBatch{};
}

UsageBatch read(const Json& json) {
  return read(json.dump());
}

TEST(UsageBatch, ABatchReadsBackAsItWasWritten) {
  // Written in the canonical order (user, organisation, day), so the two can be compared whole.
  const UsageBatch batch{kBatchId,
                         {{kAda, "leeds", "2026-12-01", 3, {{"feelings", 2}, {"journey", 1}}},
                          {kAda, "leeds", "2026-12-02", 1, {}},
                          {kAda, "york", "2026-11-30", 0, {{"timer", 4}}},
                          {kBo, "leeds", "2026-12-01", 5, {{"talking-stick", kMaxCountInLine}}},
                          {std::string(kGuestUser), "leeds", "2026-12-01", 2, {{"presence", 1}}}}};
  std::vector<UsageLine> sorted = batch.lines;
  std::sort(sorted.begin(), sorted.end(), [](const UsageLine& a, const UsageLine& b) {
    return std::tie(a.user, a.org, a.day) < std::tie(b.user, b.org, b.day);
  });
  ASSERT_EQ(sorted, batch.lines) << "the test's own batch is in canonical order";

  const std::string text = usage_batch_to_json(batch);
  const auto back = usage_batch_from_json(text);
  ASSERT_TRUE(back.ok()) << back.error() << "\n" << text;
  EXPECT_EQ(back.value(), batch);
  EXPECT_EQ(usage_batch_to_json(back.value()), text);
}

TEST(UsageBatch, TheTextHasSortedKeysNoSpacesAndNoZeroCounts) {
  // Ada's line counts nothing at all, so it says nothing and is left out, as the zero timer is.
  const UsageBatch batch{
      kBatchId,
      {{std::string(kGuestUser), "leeds", "2026-12-02", 2, {{"feelings", 1}, {"timer", 0}}},
       {kAda, "york", "2026-12-02", 0, {}}}};
  EXPECT_EQ(usage_batch_to_json(batch),
            "{\"batch_id\":\"" + kBatchId +
                "\",\"lines\":["
                "{\"day\":\"2026-12-02\",\"org\":\"leeds\",\"sessions\":2,\"tools\":{\"feelings\":1},"
                "\"user\":\"guest\"}"
                "],\"schema\":1}");
}

TEST(UsageBatch, TheTextIsTheSameWhateverTheOrderOfTheLines) {
  std::vector<UsageLine> lines{{kAda, "leeds", "2026-12-01", 3, {{"feelings", 2}}},
                               {kAda, "leeds", "2026-12-02", 1, {}},
                               {kAda, "york", "2026-12-01", 1, {}},
                               {kBo, "leeds", "2026-12-01", 5, {{"timer", 1}}},
                               {std::string(kGuestUser), "leeds", "2026-12-01", 2, {}}};
  std::vector<int> order{0, 1, 2, 3, 4};
  const std::string first = usage_batch_to_json({kBatchId, lines});
  int orders = 0;
  while (std::next_permutation(order.begin(), order.end())) {
    UsageBatch shuffled{kBatchId, {}};
    for (int i : order) shuffled.lines.push_back(lines[static_cast<std::size_t>(i)]);
    EXPECT_EQ(usage_batch_to_json(shuffled), first);
    ++orders;
  }
  EXPECT_EQ(orders, 119);
}

TEST(UsageBatch, ZeroCountsDoNotChangeTheText) {
  const UsageBatch plain{
      kBatchId,
      {{kAda, "leeds", "2026-12-01", 3, {{"feelings", 2}}}, {kBo, "leeds", "2026-12-01", 0, {{"timer", 1}}}}};
  const UsageBatch with_zeros{kBatchId,
                              {{kAda, "leeds", "2026-12-01", 3, {{"feelings", 2}, {"journey", 0}}},
                               {kBo, "leeds", "2026-12-01", 0, {{"timer", 1}, {"presence", 0}}}}};
  EXPECT_EQ(usage_batch_to_json(with_zeros), usage_batch_to_json(plain));
  EXPECT_FALSE(Contains(usage_batch_to_json(with_zeros), "journey"));
  EXPECT_FALSE(Contains(usage_batch_to_json(with_zeros), "presence"));
}

TEST(UsageBatch, ZeroToolCountsAreLeftOutWhenRead) {
  Json line = good_line();
  line["tools"]["journey"] = 0;
  const UsageBatch batch = read(batch_json({line}));
  ASSERT_EQ(batch.lines.size(), 1u);
  EXPECT_EQ(batch.lines[0].tools, (std::map<std::string, long long>{{"feelings", 1}}));
}

TEST(UsageBatch, ALineNeedsNoSessionsOrTools) {
  const UsageBatch batch = read(batch_json({{{"user", kAda}, {"org", "leeds"}, {"day", "2026-12-02"}}}));
  ASSERT_EQ(batch.lines.size(), 1u);
  EXPECT_EQ(batch.lines[0], (UsageLine{kAda, "leeds", "2026-12-02", 0, {}}));
  EXPECT_EQ(batch.id, kBatchId);
}

TEST(UsageBatch, AnEmptyBatchIsAccepted) {
  const UsageBatch batch = read(batch_json(Json::array()));
  EXPECT_EQ(batch.id, kBatchId);
  EXPECT_TRUE(batch.lines.empty());
}

TEST(UsageBatch, GuestLinesAreAccepted) {
  Json line = good_line();
  line["user"] = "guest";
  const UsageBatch batch = read(batch_json({line}));
  ASSERT_EQ(batch.lines.size(), 1u);
  EXPECT_TRUE(batch.lines[0].guest());
  EXPECT_EQ(batch.lines[0].sessions, 2);
}

TEST(UsageBatch, LinesForTheSameUserOrganisationAndDayAreAddedTogether) {
  Json second = good_line();
  second["sessions"] = 3;
  second["tools"] = {{"feelings", 4}, {"journey", 1}};
  Json other_day = good_line();
  other_day["day"] = "2026-12-03";
  Json other_org = good_line();
  other_org["org"] = "york";
  Json guest = good_line();
  guest["user"] = "guest";
  const UsageBatch batch = read(batch_json({good_line(), other_day, second, other_org, guest, guest}));
  ASSERT_EQ(batch.lines.size(), 4u);
  EXPECT_EQ(batch.lines[0], (UsageLine{kAda, "leeds", "2026-12-02", 5, {{"feelings", 5}, {"journey", 1}}}));
  EXPECT_EQ(batch.lines[1], (UsageLine{kAda, "leeds", "2026-12-03", 2, {{"feelings", 1}}}));
  EXPECT_EQ(batch.lines[2], (UsageLine{kAda, "york", "2026-12-02", 2, {{"feelings", 1}}}));
  EXPECT_EQ(batch.lines[3], (UsageLine{"guest", "leeds", "2026-12-02", 4, {{"feelings", 2}}}));
}

TEST(UsageBatch, AddedTogetherLinesStayWithinTheLargestCount) {
  Json full = good_line();
  full["sessions"] = kMaxCountInLine;
  full["tools"] = {{"feelings", kMaxCountInLine - 1}};
  Json more = good_line();
  more["sessions"] = 1;
  more["tools"] = {{"feelings", 5}};
  const UsageBatch batch = read(batch_json({full, more, more}));
  ASSERT_EQ(batch.lines.size(), 1u);
  EXPECT_EQ(batch.lines[0].sessions, kMaxCountInLine);
  EXPECT_EQ(batch.lines[0].tools.at("feelings"), kMaxCountInLine);
}

TEST(UsageBatch, TheLinesAreReadInCanonicalOrder) {
  Json later = good_line();
  later["day"] = "2026-12-09";
  Json bo = good_line();
  bo["user"] = kBo;
  Json guest = good_line();
  guest["user"] = "guest";
  const UsageBatch batch = read(batch_json({guest, bo, later, good_line()}));
  ASSERT_EQ(batch.lines.size(), 4u);
  EXPECT_EQ(batch.lines[0].user, kAda);
  EXPECT_EQ(batch.lines[0].day, "2026-12-02");
  EXPECT_EQ(batch.lines[1].day, "2026-12-09");
  EXPECT_EQ(batch.lines[2].user, kBo);
  EXPECT_EQ(batch.lines[3].user, "guest");
}

TEST(UsageBatch, ABadBatchIdIsRefused) {
  for (const Json& id : {Json("00112233445566778899AABBCCDDEEFF"), Json("0011"), Json(kBatchId + "0"),
                         Json(""), Json(12), Json(nullptr)}) {
    Json batch = batch_json({good_line()});
    batch["batch_id"] = id;
    EXPECT_TRUE(Refused(batch, {"\"batch_id\"", "32 lowercase hex digits"})) << id.dump();
  }
  Json missing = batch_json({good_line()});
  missing.erase("batch_id");
  EXPECT_TRUE(Refused(missing, {"\"batch_id\""}));
}

TEST(UsageBatch, AMissingOrOtherSchemaIsRefused) {
  for (const Json& schema : {Json(0), Json(2), Json(-1), Json("1"), Json(1.5), Json(nullptr)}) {
    Json batch = batch_json({good_line()});
    batch["schema"] = schema;
    EXPECT_TRUE(Refused(batch, {"\"schema\" must be 1"})) << schema.dump();
  }
  Json missing = batch_json({good_line()});
  missing.erase("schema");
  EXPECT_TRUE(Refused(missing, {"\"schema\" must be 1"}));
}

TEST(UsageBatch, AnUnknownTopLevelFieldIsRefused) {
  Json batch = batch_json({good_line()});
  batch["device"] = "tablet-7";
  EXPECT_TRUE(Refused(batch, {"unknown field \"device\""}));
}

TEST(UsageBatch, LinesThatAreNotAListAreRefused) {
  for (const Json& lines : {Json(good_line()), Json("lines"), Json(nullptr)}) {
    Json batch = batch_json(Json::array());
    batch["lines"] = lines;
    EXPECT_TRUE(Refused(batch, {"\"lines\" must be a list"})) << lines.dump();
  }
  Json missing = batch_json(Json::array());
  missing.erase("lines");
  EXPECT_TRUE(Refused(missing, {"\"lines\""}));
}

TEST(UsageBatch, ALineThatIsNotAnObjectIsRefused) {
  EXPECT_TRUE(Refused(batch_json({good_line(), 7}), {"line 2 is not an object"}));
  EXPECT_TRUE(Refused(batch_json({Json::array()}), {"line 1 is not an object"}));
}

TEST(UsageBatch, AnUnknownLineFieldIsRefusedNamingTheLineAndField) {
  EXPECT_TRUE(
      Refused(with_bad_second_line([](Json& line) { line["name"] = "Ada"; }), {"line 2", "\"name\""}));
}

TEST(UsageBatch, ABadUserIsRefusedNamingTheLineAndField) {
  for (const Json& user : {Json("0123456789ABCDEF0123456789ABCDEF"), Json(kAda.substr(1)), Json("Guest"),
                           Json("guests"), Json(""), Json(42)}) {
    EXPECT_TRUE(
        Refused(with_bad_second_line([&](Json& line) { line["user"] = user; }), {"line 2", "\"user\""}))
        << user.dump();
  }
  EXPECT_TRUE(Refused(with_bad_second_line([](Json& line) { line.erase("user"); }), {"line 2", "\"user\""}));
}

TEST(UsageBatch, ABadOrganisationIsRefusedNamingTheLineAndField) {
  for (const Json& org :
       {Json("Leeds"), Json(""), Json(std::string(65, 'a')), Json("leeds council"), Json(3)}) {
    EXPECT_TRUE(Refused(with_bad_second_line([&](Json& line) { line["org"] = org; }), {"line 2", "\"org\""}))
        << org.dump();
  }
  EXPECT_TRUE(Refused(with_bad_second_line([](Json& line) { line.erase("org"); }), {"line 2", "\"org\""}));
}

TEST(UsageBatch, ABadDayIsRefusedNamingTheLineAndField) {
  for (const Json& day :
       {Json("2026-02-29"), Json("2026-13-01"), Json("2026-12-2"), Json("yesterday"), Json(20261202)}) {
    EXPECT_TRUE(Refused(with_bad_second_line([&](Json& line) { line["day"] = day; }), {"line 2", "\"day\""}))
        << day.dump();
  }
  EXPECT_TRUE(Refused(with_bad_second_line([](Json& line) { line.erase("day"); }), {"line 2", "\"day\""}));
}

TEST(UsageBatch, ACountMustBeAWholeNumberFromZeroToTheLargest) {
  // Large integers, integers past 64 bits (read as floats), floats, and text.
  const std::vector<std::string> bad_counts{"-1",
                                            "1000001",
                                            "9223372036854775807",
                                            "18446744073709551615",
                                            "18446744073709551616",
                                            "100000000000000000000000",
                                            "1e30",
                                            "2.5",
                                            "1.0",
                                            "true",
                                            "\"3\"",
                                            "null",
                                            "[1]"};
  for (const std::string& count : bad_counts) {
    const std::string sessions = with_bad_second_line([](Json& line) { line["sessions"] = "HERE"; }).dump();
    const std::string tools =
        with_bad_second_line([](Json& line) { line["tools"]["journey"] = "HERE"; }).dump();
    auto put = [&](std::string text) { return text.replace(text.find("\"HERE\""), 6, count); };
    EXPECT_TRUE(Refused(put(sessions), {"line 2", "\"sessions\"", "whole number from 0 to 1000000"}))
        << count;
    EXPECT_TRUE(Refused(put(tools), {"line 2", "tools \"journey\"", "whole number from 0 to 1000000"}))
        << count;
  }
}

TEST(UsageBatch, TheLargestCountIsAccepted) {
  Json line = good_line();
  line["sessions"] = kMaxCountInLine;
  line["tools"]["journey"] = kMaxCountInLine;
  const UsageBatch batch = read(batch_json({line}));
  ASSERT_EQ(batch.lines.size(), 1u);
  EXPECT_EQ(batch.lines[0].sessions, kMaxCountInLine);
  EXPECT_EQ(batch.lines[0].tools.at("journey"), kMaxCountInLine);
}

TEST(UsageBatch, ANumberTooBigForAnyTypeIsRefused) {
  // 1e400 does not fit a double, so the reader refuses the whole text.
  std::string text = with_bad_second_line([](Json& line) { line["sessions"] = "HERE"; }).dump();
  text.replace(text.find("\"HERE\""), 6, "1e400");
  EXPECT_TRUE(Refused(text, {}));
}

TEST(UsageBatch, ToolsThatAreNotAnObjectAreRefused) {
  for (const Json& tools : {Json::array({"feelings"}), Json("feelings"), Json(3), Json(nullptr)}) {
    EXPECT_TRUE(
        Refused(with_bad_second_line([&](Json& line) { line["tools"] = tools; }), {"line 2", "\"tools\""}))
        << tools.dump();
  }
}

TEST(UsageBatch, ABadToolKeyIsRefusedNamingTheLineAndTool) {
  for (const std::string& tool : {std::string("Feelings"), std::string("tool2"), std::string("talking_stick"),
                                  std::string(""), std::string(33, 'a')}) {
    EXPECT_TRUE(Refused(with_bad_second_line([&](Json& line) { line["tools"][tool] = 1; }),
                        {"line 2", "tool \"" + tool + "\""}))
        << tool;
  }
}

TEST(UsageBatch, AtMostTheLargestNumberOfLinesIsAccepted) {
  Json lines = Json::array();
  for (std::size_t i = 0; i < kMaxLinesInBatch; ++i) {
    Json line = good_line();
    line["org"] = "org-" + std::to_string(i);
    lines.push_back(line);
  }
  EXPECT_EQ(read(batch_json(lines)).lines.size(), kMaxLinesInBatch);
  lines.push_back(good_line());
  EXPECT_TRUE(Refused(batch_json(lines), {"at most 500 lines", "501"}));
}

TEST(UsageBatch, ATextLongerThanTheLargestBatchIsRefused) {
  // The same good batch, padded with spaces JSON allows: at the limit it is read, one past it not.
  const std::string text = batch_json({good_line()}).dump();
  ASSERT_LT(text.size(), kMaxBatchBytes);
  const std::string at_limit = text + std::string(kMaxBatchBytes - text.size(), ' ');
  EXPECT_EQ(read(at_limit).lines.size(), 1u);
  EXPECT_TRUE(Refused(at_limit + " ", {"larger than 256 KiB"}));
}

TEST(UsageBatch, TextThatIsNotJsonIsRefused) {
  for (const char* text : {"", "{", "hello", "{\"schema\":1,}", "\xFF\xFE"})
    EXPECT_TRUE(Refused(std::string(text), {"not valid JSON"})) << "\"" << text << "\"";
}

TEST(UsageBatch, JsonThatIsNotAnObjectIsRefused) {
  for (const char* text : {"[]", "[{\"schema\":1}]", "42", "\"batch\"", "null"})
    EXPECT_TRUE(Refused(std::string(text), {"must be a JSON object"})) << text;
}

}  // namespace
}  // namespace kitbag
