// The collector's HTTP API against a real server on loopback and a real SQLite file: batches
// stored once, conflicts and bad input refused, the report and its suppression.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <barrier>
#include <thread>

#include "tests/server/collector_fixture.h"

namespace kitbag::collector::test {
namespace {

using Json = nlohmann::json;

const std::string kAlice = hex_id(1, 'a');
const std::string kBob = hex_id(2, 'b');
const std::string kCarol = hex_id(3, 'c');

// The one report row for `org` and `month`; fails the test when there is none.
Json row_for(const Json& report, const std::string& org, const std::string& month) {
  for (const Json& row : report)
    if (row["org"] == org && row["month"] == month) return row;
  ADD_FAILURE() << "no row for " << org << " " << month << " in " << report.dump();
  return Json::object();
}

TEST(CollectorHttp, HealthAnswersOk) {
  RunningCollector collector;
  const Posted reply = collector.get("/v1/health");
  EXPECT_EQ(reply.status, 200);
  EXPECT_EQ(reply.body, Json({{"status", "ok"}}));
}

TEST(CollectorHttp, AnEmptyCollectorReportsNothing) {
  RunningCollector collector;
  EXPECT_EQ(collector.report(), Json::array());
}

TEST(CollectorHttp, StoresABatchAndReportsItsTotals) {
  RunningCollector collector;
  const std::string id = hex_id(10);
  const Posted reply = collector.post(
      batch_body(id, {usage_line(kAlice, "leeds", "2026-12-01", 3, {{"feelings", 2}, {"timer", 1}}),
                      usage_line(kBob, "leeds", "2026-12-02", 4, {{"feelings", 5}}),
                      usage_line("guest", "leeds", "2026-12-02", 6, {{"journey", 7}}),
                      usage_line(kAlice, "york", "2026-11-30", 8)}));
  EXPECT_EQ(reply.status, 200);
  EXPECT_EQ(reply.body, Json({{"status", "stored"}, {"batch_id", id}}));

  const Json expected = Json::parse(R"([
    {"org":"leeds","month":"2026-12","sessions":13,"guest_sessions":6,"users":2,
     "tools":{"feelings":7,"journey":7,"timer":1}},
    {"org":"york","month":"2026-11","sessions":8,"guest_sessions":0,"users":1,"tools":{}}
  ])");
  EXPECT_EQ(collector.report(), expected);
}

TEST(CollectorHttp, TheSameBatchTwiceIsAlreadyStoredAndCountedOnce) {
  RunningCollector collector;
  const std::string id = hex_id(11);
  const std::string body = batch_body(id, {usage_line(kAlice, "leeds", "2026-12-01", 5, {{"timer", 2}})});
  ASSERT_EQ(collector.post(body).body["status"], "stored");

  const Posted again = collector.post(body);
  EXPECT_EQ(again.status, 200);
  EXPECT_EQ(again.body, Json({{"status", "already-stored"}, {"batch_id", id}}));
  EXPECT_EQ(row_for(collector.report(), "leeds", "2026-12")["sessions"], 5);
  EXPECT_EQ(row_for(collector.report(), "leeds", "2026-12")["tools"]["timer"], 2);
}

TEST(CollectorHttp, TheSameContentWrittenDifferentlyIsTheSameBatch) {
  RunningCollector collector;
  const std::string id = hex_id(12);
  ASSERT_EQ(collector
                .post(batch_body(id, {usage_line(kAlice, "leeds", "2026-12-01", 5),
                                      usage_line(kBob, "leeds", "2026-12-01", 1)}))
                .body["status"],
            "stored");
  // Other order, spaces, a zero count and one line split in two: the app's retry after an
  // upgrade might write it so, and it is still the same counts.
  const std::string rewritten = R"({ "lines": [
      {"user":")" + kBob + R"(","org":"leeds","day":"2026-12-01","sessions":1,"tools":{"timer":0}},
      {"user":")" + kAlice + R"(","org":"leeds","day":"2026-12-01","sessions":2},
      {"user":")" + kAlice + R"(","org":"leeds","day":"2026-12-01","sessions":3}],
    "batch_id": ")" + id + R"(", "schema": 1 })";
  const Posted again = collector.post(rewritten);
  EXPECT_EQ(again.status, 200);
  EXPECT_EQ(again.body["status"], "already-stored");
  EXPECT_EQ(row_for(collector.report(), "leeds", "2026-12")["sessions"], 6);
}

TEST(CollectorHttp, TheSameIdWithOtherContentIsAConflictAndChangesNothing) {
  RunningCollector collector;
  const std::string id = hex_id(13);
  ASSERT_EQ(collector.post(batch_body(id, {usage_line(kAlice, "leeds", "2026-12-01", 5)})).status, 200);
  const Json before = collector.report();

  const Posted clash = collector.post(batch_body(
      id, {usage_line(kAlice, "leeds", "2026-12-01", 6), usage_line(kBob, "hull", "2026-12-01", 9)}));
  EXPECT_EQ(clash.status, 409);
  EXPECT_EQ(clash.body["status"], "conflict");
  EXPECT_EQ(clash.body["batch_id"], id);
  EXPECT_NE(clash.body["error"].get<std::string>().find("batch_id"), std::string::npos) << clash.body.dump();
  EXPECT_EQ(collector.report(), before);

  // The first content is still the stored one.
  EXPECT_EQ(collector.post(batch_body(id, {usage_line(kAlice, "leeds", "2026-12-01", 5)})).body["status"],
            "already-stored");
}

struct Refusal {
  const char* name;
  std::string body;
  std::string error_mentions;
};

void PrintTo(const Refusal& refusal, std::ostream* out) {
  *out << refusal.name;
}

class CollectorHttpRefuses : public ::testing::TestWithParam<Refusal> {};

std::string one_line_batch(const std::string& line_json) {
  return R"({"schema":1,"batch_id":")" + hex_id(20) + R"(","lines":[)" + line_json + "]}";
}

const std::string kGoodLine = R"("user":"guest","org":"leeds","day":"2026-12-02")";

INSTANTIATE_TEST_SUITE_P(
    BadInput, CollectorHttpRefuses,
    ::testing::Values(
        Refusal{"NotJson", "{\"schema\":1,", "not valid JSON"},
        Refusal{"NotAnObject", "[1,2,3]", "JSON object"},
        Refusal{"BadBatchId", R"({"schema":1,"batch_id":"ABCDEF0123456789abcdef0123456789","lines":[]})",
                "batch_id"},
        Refusal{"ShortBatchId", R"({"schema":1,"batch_id":"abc","lines":[]})", "batch_id"},
        Refusal{"WrongSchema", R"({"schema":2,"batch_id":")" + hex_id(20) + R"(","lines":[]})", "schema"},
        Refusal{"UnknownTopField",
                R"({"schema":1,"batch_id":")" + hex_id(20) + R"(","lines":[],"ip":"10.0.0.1"})", "\"ip\""},
        Refusal{"UnknownLineField", one_line_batch("{" + kGoodLine + R"(,"device":"x"})"), "\"device\""},
        Refusal{"BadDay", one_line_batch(R"({"user":"guest","org":"leeds","day":"2026-02-30"})"), "\"day\""},
        Refusal{"BadUser", one_line_batch(R"({"user":"Alice","org":"leeds","day":"2026-12-02"})"),
                "\"user\""},
        Refusal{"BadOrg", one_line_batch(R"({"user":"guest","org":"Leeds!","day":"2026-12-02"})"), "\"org\""},
        Refusal{"NegativeCount", one_line_batch("{" + kGoodLine + R"(,"sessions":-1})"), "\"sessions\""},
        Refusal{"CountTooLarge", one_line_batch("{" + kGoodLine + R"(,"sessions":1000001})"), "\"sessions\""},
        Refusal{"HugeNumber",
                one_line_batch("{" + kGoodLine + R"(,"tools":{"timer":99999999999999999999999}})"),
                "tools \"timer\""},
        Refusal{"FractionalCount", one_line_batch("{" + kGoodLine + R"(,"sessions":1.5})"), "\"sessions\""},
        Refusal{"BadToolKey", one_line_batch("{" + kGoodLine + R"(,"tools":{"Timer!":1}})"),
                "tool \"Timer!\""},
        Refusal{"DeeplyNested", std::string(100000, '[') + std::string(100000, ']'), "JSON object"}),
    [](const ::testing::TestParamInfo<Refusal>& param_info) { return param_info.param.name; });

TEST_P(CollectorHttpRefuses, WithA400NamingTheFieldAndStoresNothing) {
  RunningCollector collector;
  const Posted reply = collector.post(GetParam().body);
  EXPECT_EQ(reply.status, 400);
  EXPECT_EQ(reply.body["status"], "refused");
  ASSERT_TRUE(reply.body["error"].is_string()) << reply.body.dump();
  EXPECT_NE(reply.body["error"].get<std::string>().find(GetParam().error_mentions), std::string::npos)
      << reply.body.dump();
  EXPECT_EQ(collector.report(), Json::array());
  // A refused batch is not remembered: the same ID with good content is new.
  EXPECT_EQ(collector.post(one_line_batch("{" + kGoodLine + R"(,"sessions":1})")).body["status"], "stored");
}

TEST(CollectorHttp, ABodyOverTheLimitIs413AndStoresNothing) {
  RunningCollector collector;
  // A well-formed batch, just too long: padding made of spaces, which JSON allows.
  std::string body = batch_body(hex_id(21), {usage_line(kAlice, "leeds", "2026-12-01", 1)});
  body.insert(1, std::string(kMaxBatchBytes, ' '));
  const Posted reply = collector.post(body);
  EXPECT_EQ(reply.status, 413);
  EXPECT_EQ(reply.body["status"], "refused");
  EXPECT_NE(reply.body["error"].get<std::string>().find("256 KiB"), std::string::npos) << reply.body.dump();
  EXPECT_EQ(collector.report(), Json::array());

  // Exactly at the limit is still read (and this one is a good batch).
  body.erase(1, body.size() - kMaxBatchBytes);
  ASSERT_EQ(body.size(), kMaxBatchBytes);
  EXPECT_EQ(collector.post(body).body["status"], "stored");
}

TEST(CollectorHttp, AnythingElseIsA404InJson) {
  RunningCollector collector;
  for (const char* path : {"/", "/v1", "/v1/batches", "/v2/report", "/v1/health/"}) {
    const Posted reply = collector.get(path);
    EXPECT_EQ(reply.status, 404) << path;
    EXPECT_EQ(reply.body["status"], "not-found") << path;
  }
  auto client = collector.client();
  auto deleted = client.Delete("/v1/batches");
  ASSERT_TRUE(deleted);
  EXPECT_EQ(deleted->status, 404);
  auto posted = client.Post("/v1/report", "{}", "application/json");
  ASSERT_TRUE(posted);
  EXPECT_EQ(posted->status, 404);
}

TEST(CollectorHttp, ReportSuppressesCountsFromOneToFour) {
  RunningCollector collector;
  std::vector<UsageLine> lines;
  // leeds: 5 people with one session each (5 sessions, 5 users), guests 4, tools 0 / 1 / 4 / 5.
  for (int person = 0; person < 5; ++person)
    lines.push_back(usage_line(hex_id(100 + person), "leeds", "2026-12-01", 1));
  lines.push_back(
      usage_line("guest", "leeds", "2026-12-01", 4, {{"feelings", 1}, {"timer", 4}, {"journey", 5}}));
  // york: one person, so every count but zero is small.
  lines.push_back(usage_line(kCarol, "york", "2026-12-01", 2));
  ASSERT_EQ(collector.post(batch_body(hex_id(30), lines)).status, 200);

  const Json leeds = row_for(collector.report(true), "leeds", "2026-12");
  EXPECT_EQ(leeds["sessions"], 9);
  EXPECT_EQ(leeds["users"], 5);
  EXPECT_EQ(leeds["guest_sessions"], "c");
  EXPECT_EQ(leeds["tools"]["feelings"], "c");
  EXPECT_EQ(leeds["tools"]["timer"], "c");
  EXPECT_EQ(leeds["tools"]["journey"], 5);
  const Json york = row_for(collector.report(true), "york", "2026-12");
  EXPECT_EQ(york["sessions"], "c");
  EXPECT_EQ(york["users"], "c");
  EXPECT_EQ(york["guest_sessions"], 0);

  // Unsuppressed, the same figures in full.
  const Json full = row_for(collector.report(false), "leeds", "2026-12");
  EXPECT_EQ(full["guest_sessions"], 4);
  EXPECT_EQ(full["tools"]["feelings"], 1);

  const Posted wrong = collector.get("/v1/report?suppress=big");
  EXPECT_EQ(wrong.status, 400);
  EXPECT_NE(wrong.body["error"].get<std::string>().find("suppress"), std::string::npos);
}

TEST(CollectorHttp, DistinctPeopleAreCountedOnceAcrossBatchesAndDaysOfAMonth) {
  RunningCollector collector;
  ASSERT_EQ(collector
                .post(batch_body(hex_id(40), {usage_line(kAlice, "leeds", "2026-12-01", 1),
                                              usage_line(kBob, "leeds", "2026-12-01", 1)}))
                .status,
            200);
  ASSERT_EQ(collector
                .post(batch_body(hex_id(41), {usage_line(kAlice, "leeds", "2026-12-02", 1),
                                              usage_line(kAlice, "leeds", "2026-12-31", 2),
                                              usage_line(kCarol, "leeds", "2026-12-15", 0, {{"timer", 1}}),
                                              usage_line("guest", "leeds", "2026-12-15", 3)}))
                .status,
            200);
  // Alice again, but in January and in another organisation: other rows.
  ASSERT_EQ(collector
                .post(batch_body(hex_id(42), {usage_line(kAlice, "leeds", "2027-01-01", 1),
                                              usage_line(kAlice, "york", "2026-12-05", 1)}))
                .status,
            200);

  const Json report = collector.report();
  const Json december = row_for(report, "leeds", "2026-12");
  EXPECT_EQ(december["users"], 3);  // Alice, Bob and Carol (a tool open with no session counts)
  EXPECT_EQ(december["sessions"], 8);
  EXPECT_EQ(december["guest_sessions"], 3);
  EXPECT_EQ(row_for(report, "leeds", "2027-01")["users"], 1);
  EXPECT_EQ(row_for(report, "york", "2026-12")["users"], 1);
  EXPECT_EQ(report.size(), 3u);
}

TEST(CollectorHttp, ConcurrentPostsOfOneBatchStoreItOnce) {
  RunningCollector collector;
  const std::string body = batch_body(hex_id(50), {usage_line(kAlice, "leeds", "2026-12-01", 7)});
  constexpr int kThreads = 8;
  std::barrier start(kThreads);
  std::vector<Posted> replies(kThreads);
  std::vector<std::thread> threads;
  for (int i = 0; i < kThreads; ++i)
    threads.emplace_back([&, i] {
      auto client = collector.client();  // a connection of its own, as separate devices would have
      start.arrive_and_wait();
      auto result = client.Post("/v1/batches", body, "application/json");
      if (result) replies[static_cast<std::size_t>(i)] = {result->status, Json::parse(result->body)};
    });
  for (auto& thread : threads) thread.join();

  int stored = 0, already = 0;
  for (const Posted& reply : replies) {
    EXPECT_EQ(reply.status, 200) << reply.body.dump();
    stored += reply.body["status"] == "stored";
    already += reply.body["status"] == "already-stored";
  }
  EXPECT_EQ(stored, 1);
  EXPECT_EQ(already, kThreads - 1);
  EXPECT_EQ(row_for(collector.report(), "leeds", "2026-12")["sessions"], 7);
}

TEST(CollectorHttp, ConcurrentPostsOfDifferentBatchesAreAllCounted) {
  RunningCollector collector;
  constexpr int kThreads = 6, kBatchesEach = 10;
  std::vector<std::thread> threads;
  std::atomic<int> stored{0};
  for (int t = 0; t < kThreads; ++t)
    threads.emplace_back([&, t] {
      auto client = collector.client();
      for (int b = 0; b < kBatchesEach; ++b) {
        const std::string body =
            batch_body(hex_id(1000 + t * 100 + b), {usage_line(hex_id(t, 'e'), "leeds", "2026-12-01", 1)});
        auto result = client.Post("/v1/batches", body, "application/json");
        if (result && result->status == 200 && Json::parse(result->body)["status"] == "stored") ++stored;
      }
    });
  for (auto& thread : threads) thread.join();
  EXPECT_EQ(stored, kThreads * kBatchesEach);
  const Json leeds = row_for(collector.report(), "leeds", "2026-12");
  EXPECT_EQ(leeds["sessions"], kThreads * kBatchesEach);
  EXPECT_EQ(leeds["users"], kThreads);
}

TEST(CollectorHttp, ARestartOnTheSameFileKeepsEverything) {
  RunningCollector collector;
  const std::string body =
      batch_body(hex_id(60), {usage_line(kAlice, "leeds", "2026-12-01", 3, {{"stick", 2}})});
  ASSERT_EQ(collector.post(body).body["status"], "stored");
  const Json before = collector.report();

  collector.restart();
  EXPECT_NE(collector.port(), 0);
  EXPECT_EQ(collector.report(), before);
  EXPECT_EQ(collector.post(body).body["status"], "already-stored");
  EXPECT_EQ(collector.post(batch_body(hex_id(60), {usage_line(kAlice, "leeds", "2026-12-01", 4)})).status,
            409);
}

TEST(CollectorHttp, ADatabaseFailureIs500AndLeavesNothingHalfStored) {
  RunningCollector collector;
  // Another connection (as a careless admin's script might) makes the second line's insert fail,
  // after the batch row and the first line went in.
  sqlite3* admin = nullptr;
  ASSERT_EQ(sqlite3_open(collector.db_path().c_str(), &admin), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(admin,
                         "CREATE TRIGGER fail_york AFTER INSERT ON lines WHEN NEW.org = 'york' "
                         "BEGIN SELECT RAISE(ABORT, 'disk on fire'); END;",
                         nullptr, nullptr, nullptr),
            SQLITE_OK);
  const std::string body = batch_body(hex_id(70), {usage_line(kAlice, "leeds", "2026-12-01", 3),
                                                   usage_line(kAlice, "york", "2026-12-01", 4)});
  const Posted failed = collector.post(body);
  EXPECT_EQ(failed.status, 500);
  EXPECT_EQ(failed.body["status"], "error");
  EXPECT_EQ(failed.body["error"].get<std::string>().find("disk on fire"), std::string::npos)
      << "the database's own words stay on the server: " << failed.body.dump();
  EXPECT_EQ(collector.report(), Json::array());

  ASSERT_EQ(sqlite3_exec(admin, "DROP TRIGGER fail_york", nullptr, nullptr, nullptr), SQLITE_OK);
  sqlite3_close(admin);
  // The retry is a new batch, not "already stored": the failed attempt left no trace.
  EXPECT_EQ(collector.post(body).body["status"], "stored");
  EXPECT_EQ(row_for(collector.report(), "york", "2026-12")["sessions"], 4);
}

}  // namespace
}  // namespace kitbag::collector::test
