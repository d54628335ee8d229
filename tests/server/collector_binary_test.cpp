// The real kitbag-collector binary: serve's listening line and clean stop on a signal, the
// report command's text and JSON, make-codes, and command-line mistakes.
#include <gtest/gtest.h>
#include <signal.h>

#include <regex>
#include <set>
#include <sstream>

#include "app/core/usage/access_code.h"
#include "tests/server/collector_fixture.h"
#include "tests/support/process.h"

namespace kitbag::collector::test {
namespace {

using kitbag::test::BackgroundProcess;
using kitbag::test::ProcessResult;
using kitbag::test::run_process;
using Json = nlohmann::json;

const std::string kBinary = KITBAG_COLLECTOR_BINARY;
const std::regex kListening(R"(listening on http://127\.0\.0\.1:([0-9]+)\n)");

ProcessResult collector(std::vector<std::string> args) {
  args.insert(args.begin(), kBinary);
  return run_process(args);
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// A database with a little in it, written by a collector that is then stopped.
std::filesystem::path filled_database(const TempDir& dir) {
  const auto path = dir.path() / "filled.db";
  auto store = CollectorStore::open(path);
  EXPECT_TRUE(store) << store.error();
  std::vector<UsageLine> lines;
  for (int person = 0; person < 6; ++person)
    lines.push_back(usage_line(hex_id(person), "leeds", "2026-12-0" + std::to_string(person + 1), 1));
  lines.push_back(usage_line("guest", "leeds", "2026-12-03", 2, {{"feelings", 3}}));
  lines.push_back(usage_line(hex_id(9), "york", "2027-01-10", 1, {{"timer", 12}}));
  EXPECT_EQ(store.value()->store(UsageBatch{hex_id(500), lines}).value(), StoreOutcome::Stored);
  return path;
}

TEST(CollectorBinary, ServePrintsItsAddressFirstAndStopsCleanlyOnSigterm) {
  for (int signal_number : {SIGTERM, SIGINT}) {
    TempDir dir;
    const auto db = dir.path() / "served.db";
    BackgroundProcess serve({kBinary, "serve", "--db", db.string(), "--listen", "127.0.0.1:0"});
    ASSERT_TRUE(serve.wait_for_output("\n", std::chrono::seconds(10))) << serve.output_so_far();
    std::smatch match;
    const std::string output = serve.output_so_far();
    ASSERT_TRUE(std::regex_match(output, match, kListening)) << output;
    const int port = std::stoi(match[1]);

    httplib::Client client("127.0.0.1", port);
    auto health = client.Get("/v1/health");
    ASSERT_TRUE(health);
    EXPECT_EQ(health->status, 200);
    auto posted =
        client.Post("/v1/batches", batch_body(hex_id(1), {usage_line("guest", "hull", "2026-12-01", 2)}),
                    "application/json");
    ASSERT_TRUE(posted);
    EXPECT_EQ(Json::parse(posted->body)["status"], "stored");

    serve.send_signal(signal_number);
    const ProcessResult ended = serve.wait(std::chrono::seconds(15));
    EXPECT_FALSE(ended.timed_out);
    EXPECT_EQ(ended.signal, 0);
    EXPECT_EQ(ended.exit_code, 0) << ended.err;
    EXPECT_EQ(ended.out, output) << "nothing after the listening line";

    // What it stored is there for the report.
    const ProcessResult report = collector({"report", "--db", db.string(), "--json"});
    EXPECT_EQ(report.exit_code, 0) << report.err;
    EXPECT_EQ(Json::parse(report.out)[0]["sessions"], 2);
  }
}

TEST(CollectorBinary, ServeOnAPortInUseSaysSoAndExitsOne) {
  RunningCollector taken;
  TempDir dir;
  const ProcessResult result = collector({"serve", "--db", (dir.path() / "c.db").string(), "--listen",
                                          "127.0.0.1:" + std::to_string(taken.port())});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find("cannot listen on 127.0.0.1:" + std::to_string(taken.port())), std::string::npos)
      << result.err;
  EXPECT_EQ(result.out, "");
}

TEST(CollectorBinary, ReportPrintsATableForPeople) {
  TempDir dir;
  const auto db = filled_database(dir);
  const ProcessResult result = collector({"report", "--db", db.string()});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const auto lines = lines_of(result.out);
  ASSERT_EQ(lines.size(), 3u) << result.out;
  EXPECT_EQ(lines[0].rfind("Organisation", 0), 0u) << lines[0];
  EXPECT_TRUE(std::regex_match(lines[1], std::regex(R"(leeds +2026-12 +8 +2 +6 +feelings 3)"))) << lines[1];
  EXPECT_TRUE(std::regex_match(lines[2], std::regex(R"(york +2027-01 +1 +0 +1 +timer 12)"))) << lines[2];
}

TEST(CollectorBinary, ReportSuppressesSmallCountsWhenAsked) {
  TempDir dir;
  const auto db = filled_database(dir);
  const ProcessResult result = collector({"report", "--db", db.string(), "--suppress-small"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const auto lines = lines_of(result.out);
  ASSERT_GE(lines.size(), 3u) << result.out;
  EXPECT_TRUE(std::regex_match(lines[1], std::regex(R"(leeds +2026-12 +8 +c +6 +feelings c)"))) << lines[1];
  EXPECT_TRUE(std::regex_match(lines[2], std::regex(R"(york +2027-01 +c +0 +c +timer 12)"))) << lines[2];
}

TEST(CollectorBinary, ReportJsonIsTheSameAsTheHttpReport) {
  TempDir dir;
  const auto db = filled_database(dir);
  const ProcessResult result = collector({"report", "--db", db.string(), "--json"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const Json expected = Json::parse(R"([
    {"org":"leeds","month":"2026-12","sessions":8,"guest_sessions":2,"users":6,"tools":{"feelings":3}},
    {"org":"york","month":"2027-01","sessions":1,"guest_sessions":0,"users":1,"tools":{"timer":12}}
  ])");
  EXPECT_EQ(Json::parse(result.out), expected);

  const ProcessResult suppressed = collector({"report", "--db", db.string(), "--json", "--suppress-small"});
  ASSERT_EQ(suppressed.exit_code, 0) << suppressed.err;
  EXPECT_EQ(Json::parse(suppressed.out)[1]["sessions"], "c");
  EXPECT_EQ(Json::parse(suppressed.out)[1]["guest_sessions"], 0);
}

TEST(CollectorBinary, ReportOnAMissingDatabaseSaysSoAndCreatesNothing) {
  TempDir dir;
  const auto db = dir.path() / "nowhere.db";
  const ProcessResult result = collector({"report", "--db", db.string()});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find("there is no collector database at " + db.string()), std::string::npos)
      << result.err;
  EXPECT_EQ(result.out, "");
  EXPECT_TRUE(std::filesystem::is_empty(dir.path()));
}

TEST(CollectorBinary, MakeCodesPrintsThatManyDifferentValidCodes) {
  const ProcessResult result = collector({"make-codes", "200"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const auto lines = lines_of(result.out);
  ASSERT_EQ(lines.size(), 200u);
  std::set<std::string> distinct;
  for (const std::string& line : lines) {
    EXPECT_TRUE(std::regex_match(line, std::regex("[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}"))) << line;
    auto canonical = normalise_access_code(line);
    ASSERT_TRUE(canonical) << line << ": " << canonical.error();
    EXPECT_EQ(format_access_code(canonical.value()), line);
    distinct.insert(canonical.value());
  }
  EXPECT_EQ(distinct.size(), 200u);
  // Two runs never share a code (3.5e13 possible payloads).
  const auto other = lines_of(collector({"make-codes", "200"}).out);
  for (const std::string& line : other) EXPECT_FALSE(distinct.contains(normalise_access_code(line).value()));
}

TEST(CollectorBinary, ABadCommandLineNamesTheFlagAndExitsTwo) {
  struct Case {
    std::vector<std::string> args;
    std::string mentions;
  };
  for (const Case& c : std::vector<Case>{{{}, "no command given"},
                                         {{"serve", "--db", "x.db", "--port", "1"}, "--port"},
                                         {{"serve", "--db", "x.db", "--listen", "nowhere"}, "--listen"},
                                         {{"report"}, "--db"},
                                         {{"report", "--db", "x.db", "--csv"}, "--csv"},
                                         {{"make-codes", "lots"}, "make-codes: N"}}) {
    const ProcessResult result = collector(c.args);
    EXPECT_EQ(result.exit_code, 2) << result.err;
    EXPECT_NE(result.err.find(c.mentions), std::string::npos) << result.err;
    EXPECT_NE(result.err.find("usage:"), std::string::npos) << result.err;
    EXPECT_EQ(result.out, "");
  }
  const ProcessResult help = collector({"--help"});
  EXPECT_EQ(help.exit_code, 0);
  EXPECT_NE(help.out.find("kitbag-collector serve --db FILE"), std::string::npos);
}

}  // namespace
}  // namespace kitbag::collector::test
