// The organisations list people sign in with: read like a deck, each bad entry left out and named,
// and "Another organisation" always offered last so nobody is turned away.
#include "app/core/usage/organisations.h"

#include <gtest/gtest.h>

#include <functional>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "tests/support/contains.h"

namespace kitbag {
namespace {

using Json = nlohmann::json;
using test::Contains;

constexpr const char* kFile = "/assets/organisations.json";

Json entry(const std::string& id, const std::string& name, const std::string& kind = "local-authority") {
  return {{"id", id}, {"name", name}, {"kind", kind}};
}

OrganisationList load(Json entries) {
  const Json file = {{"schema", 1}, {"organisations", std::move(entries)}};
  return parse_organisations(file.dump(), kFile);
}

std::vector<std::string> ids_of(const OrganisationList& list) {
  std::vector<std::string> ids;
  for (const Organisation& org : list.organisations) ids.push_back(org.id);
  return ids;
}

std::vector<std::string> ids_of(const std::vector<const Organisation*>& found) {
  std::vector<std::string> ids;
  for (const Organisation* org : found) ids.push_back(org->id);
  return ids;
}

// One problem holds every one of `parts`; on failure prints them all.
::testing::AssertionResult HasProblem(const OrganisationList& list, const std::vector<std::string>& parts) {
  for (const std::string& problem : list.problems) {
    bool all = true;
    for (const std::string& part : parts) all = all && problem.find(part) != std::string::npos;
    if (all) return ::testing::AssertionSuccess();
  }
  auto failure = ::testing::AssertionFailure() << "no problem holds all of:";
  for (const std::string& part : parts) failure << " [" << part << "]";
  failure << "\nproblems:";
  for (const std::string& problem : list.problems) failure << "\n  " << problem;
  return failure;
}

// The second of three entries is spoiled by `spoil`; the other two must still be listed.
OrganisationList load_with_bad_second(const std::function<void(Json&)>& spoil) {
  Json bad = entry("bad", "Bad Borough Council");
  spoil(bad);
  return load({entry("leeds", "Leeds City Council"), bad, entry("calder", "Calder Fostering", "agency")});
}

const std::vector<std::string> kFirstAndThird = {"leeds", "calder", "other"};

TEST(Organisations, AGoodFileListsEveryOrganisationInOrderThenAnotherOrganisation) {
  const auto list = load({entry("leeds", "Leeds City Council"), entry("calder", "Calder Fostering", "agency"),
                          entry("york", "City of York Council")});
  EXPECT_TRUE(list.problems.empty()) << list.problems.front();
  ASSERT_EQ(ids_of(list), (std::vector<std::string>{"leeds", "calder", "york", "other"}));
  EXPECT_EQ(list.organisations[0].name, "Leeds City Council");
  EXPECT_EQ(list.organisations[0].kind, "local-authority");
  EXPECT_EQ(list.organisations[1].name, "Calder Fostering");
  EXPECT_EQ(list.organisations[1].kind, "agency");
  EXPECT_EQ(list.organisations[3].name, "Another organisation");
  ASSERT_NE(list.find("york"), nullptr);
  EXPECT_EQ(list.find("york")->name, "City of York Council");
  EXPECT_EQ(list.find("nowhere"), nullptr);
}

TEST(Organisations, AnEmptyListStillOffersAnotherOrganisation) {
  const auto list = load(Json::array());
  EXPECT_TRUE(list.problems.empty());
  EXPECT_EQ(ids_of(list), (std::vector<std::string>{"other"}));
}

TEST(Organisations, AnIdWithCapitalsIsReportedAndTheEntryLeftOut) {
  const auto list = load_with_bad_second([](Json& org) { org["id"] = "Bad_Borough"; });
  EXPECT_TRUE(HasProblem(list, {kFile, "organisation 2", "\"Bad_Borough\"", "\"id\"", "left out"}));
  EXPECT_EQ(ids_of(list), kFirstAndThird);
}

TEST(Organisations, TheAppsOwnIdsOtherAndUnknownCannotBeUsed) {
  for (const char* reserved : {"other", "unknown"}) {
    const auto list = load_with_bad_second([&](Json& org) { org["id"] = reserved; });
    EXPECT_TRUE(HasProblem(list, {kFile, "organisation 2", std::string("\"") + reserved + "\"", "\"id\""}))
        << reserved;
    EXPECT_EQ(ids_of(list), kFirstAndThird) << reserved;
    ASSERT_NE(list.find("other"), nullptr);
    EXPECT_EQ(list.find("other")->name, "Another organisation") << "the file's entry must not replace it";
  }
}

TEST(Organisations, ADuplicateIdLeavesTheSecondOut) {
  const auto list = load({entry("leeds", "Leeds City Council"), entry("leeds", "Leeds Again"),
                          entry("york", "City of York Council")});
  EXPECT_TRUE(HasProblem(list, {kFile, "organisation 2", "\"leeds\"", "\"id\"", "earlier"}));
  EXPECT_EQ(ids_of(list), (std::vector<std::string>{"leeds", "york", "other"}));
  EXPECT_EQ(list.find("leeds")->name, "Leeds City Council") << "the first with the id is the one kept";
}

TEST(Organisations, AMissingNameIsReportedAndTheEntryLeftOut) {
  const auto list = load_with_bad_second([](Json& org) { org.erase("name"); });
  EXPECT_TRUE(HasProblem(list, {kFile, "organisation 2", "\"bad\"", "\"name\"", "missing"}));
  EXPECT_EQ(ids_of(list), kFirstAndThird);
}

TEST(Organisations, AMissingIdIsReportedAndTheEntryLeftOut) {
  const auto list = load_with_bad_second([](Json& org) { org.erase("id"); });
  EXPECT_TRUE(HasProblem(list, {kFile, "organisation 2", "\"id\"", "missing"}));
  EXPECT_EQ(ids_of(list), kFirstAndThird);
}

TEST(Organisations, AKindOtherThanLocalAuthorityOrAgencyIsReported) {
  const auto list = load_with_bad_second([](Json& org) { org["kind"] = "charity"; });
  EXPECT_TRUE(HasProblem(list, {kFile, "organisation 2", "\"bad\"", "\"kind\"", "charity"}));
  EXPECT_EQ(ids_of(list), kFirstAndThird);
}

TEST(Organisations, AnEntryThatIsNotAnObjectIsReported) {
  const auto list = load({entry("leeds", "Leeds City Council"), Json("York"), entry("york", "York")});
  EXPECT_TRUE(HasProblem(list, {kFile, "organisation 2", "not an object"}));
  EXPECT_EQ(ids_of(list), (std::vector<std::string>{"leeds", "york", "other"}));
}

TEST(Organisations, AnUnknownFieldIsOnlyAWarningAndTheEntryIsKept) {
  const auto list = load_with_bad_second([](Json& org) { org["website"] = "https://bad.example"; });
  EXPECT_TRUE(HasProblem(list, {kFile, "organisation 2", "\"bad\"", "website"}));
  EXPECT_EQ(ids_of(list), (std::vector<std::string>{"leeds", "bad", "calder", "other"}));
}

// A file that is not an organisations list offers only "Another organisation", and says so once.
void expect_only_other(const std::string& text, const std::string& why) {
  const auto list = parse_organisations(text, kFile);
  EXPECT_EQ(ids_of(list), (std::vector<std::string>{"other"})) << why;
  ASSERT_EQ(list.problems.size(), 1u) << why;
  EXPECT_TRUE(Contains(list.problems[0], kFile)) << why;
}

TEST(Organisations, AFileThatIsNotAListOffersOnlyAnotherOrganisationAndSaysWhy) {
  const Json orgs = Json::array({entry("leeds", "Leeds City Council")});
  expect_only_other("{not json", "not JSON");
  expect_only_other("", "empty");
  expect_only_other("[1, 2]", "an array");
  expect_only_other(Json{{"schema", 2}, {"organisations", orgs}}.dump(), "wrong schema");
  expect_only_other(Json{{"schema", "1"}, {"organisations", orgs}}.dump(), "schema as text");
  expect_only_other(Json{{"organisations", orgs}}.dump(), "missing schema");
  expect_only_other(Json{{"schema", 1}}.dump(), "no organisations");
  expect_only_other(Json{{"schema", 1}, {"organisations", "leeds"}}.dump(), "organisations not a list");
}

TEST(Organisations, ANumberTooLargeForADoubleStillOffersAnotherOrganisation) {
  // nlohmann reports this overflow as out_of_range, not parse_error, so it takes the guard's path.
  const std::string text =
      "{\"schema\": 1, \"organisations\": [{\"id\": \"leeds\", \"name\": \"Leeds\", \"kind\": \"agency\", "
      "\"size\": 1e400}]}";
  OrganisationList list;
  EXPECT_NO_THROW(list = parse_organisations(text, kFile));
  EXPECT_FALSE(list.problems.empty());
  ASSERT_FALSE(list.organisations.empty()) << "nobody can sign in with an empty list";
  EXPECT_EQ(list.organisations.back().id, "other");
}

TEST(Organisations, TheFallbackIsOnlyAnotherOrganisation) {
  const auto list = fallback_organisations();
  EXPECT_EQ(ids_of(list), (std::vector<std::string>{"other"}));
  EXPECT_EQ(list.organisations[0].name, "Another organisation");
  EXPECT_TRUE(list.problems.empty());
}

class OrganisationSearch : public ::testing::Test {
 protected:
  OrganisationList list =
      load({entry("leeds", "Leeds City Council"), entry("calder", "Calder Fostering", "agency"),
            entry("york", "City of York Council"), entry("north-yorks", "North Yorkshire Council")});
};

TEST_F(OrganisationSearch, AnEmptySearchGivesEveryOrganisationInOrder) {
  EXPECT_EQ(ids_of(list.matching("")),
            (std::vector<std::string>{"leeds", "calder", "york", "north-yorks", "other"}));
  EXPECT_EQ(ids_of(list.matching("   ")), ids_of(list.matching("")));
}

TEST_F(OrganisationSearch, AnyCaseMatches) {
  EXPECT_EQ(ids_of(list.matching("lEEDS")), (std::vector<std::string>{"leeds", "other"}));
  EXPECT_EQ(ids_of(list.matching("fostering")), (std::vector<std::string>{"calder", "other"}));
}

TEST_F(OrganisationSearch, EveryWordMustMatchSomewhereInTheName) {
  EXPECT_EQ(ids_of(list.matching("city council")), (std::vector<std::string>{"leeds", "york", "other"}));
  EXPECT_EQ(ids_of(list.matching("council york")),
            (std::vector<std::string>{"york", "north-yorks", "other"}));
  EXPECT_EQ(ids_of(list.matching("  york\tcity ")), (std::vector<std::string>{"york", "other"}));
  EXPECT_EQ(ids_of(list.matching("leeds york")), (std::vector<std::string>{"other"}));
}

TEST_F(OrganisationSearch, AnotherOrganisationIsAlwaysOffered) {
  EXPECT_EQ(ids_of(list.matching("nowhere at all")), (std::vector<std::string>{"other"}));
}

}  // namespace
}  // namespace kitbag
