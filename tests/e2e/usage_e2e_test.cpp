// Sign-in and the usage counts on the real binaries: scripted sign-ins send their counts to a real
// collector process on loopback, two copies of the app at once count each session once, a broken
// store is recovered from, and no code or name typed in a session is in any file afterwards.
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <regex>

#include "app/core/usage/access_code.h"
#include "tests/e2e/kitbag_process.h"
#include "tests/support/contains.h"
#include "tests/support/file_search.h"

namespace kitbag::test {
namespace {

namespace fs = std::filesystem;
using Json = nlohmann::json;
using namespace std::chrono_literals;

// Made-up names that appear nowhere in the app, its assets or its decks.
const std::vector<std::string> kNames = {"Zebedee", "Quillon"};

std::string lines(std::initializer_list<std::string> steps) {
  std::string text;
  for (const std::string& step : steps) text += step + "\n";
  return text;
}

// A collector process on a free loopback port, with its database in its own folder.
class CollectorProcess {
 public:
  CollectorProcess() {
    process_ = std::make_unique<BackgroundProcess>(std::vector<std::string>{
        KITBAG_COLLECTOR_BINARY, "serve", "--db", db().string(), "--listen", "127.0.0.1:0"});
    EXPECT_TRUE(process_->wait_for_output("\n", 10s)) << process_->output_so_far();
    std::smatch match;
    const std::string out = process_->output_so_far();
    if (std::regex_search(out, match, std::regex(R"(listening on (http://127\.0\.0\.1:[0-9]+)\n)")))
      url_ = match[1];
    EXPECT_FALSE(url_.empty()) << out;
  }
  ~CollectorProcess() {
    process_->send_signal(SIGTERM);
    process_->wait(10s);
  }
  const std::string& url() const { return url_; }
  fs::path folder() const { return dir_.path(); }
  fs::path db() const { return dir_.path() / "collector.sqlite3"; }

  Json report() const {
    const ProcessResult result =
        run_process({KITBAG_COLLECTOR_BINARY, "report", "--db", db().string(), "--json"});
    EXPECT_EQ(result.exit_code, 0) << result.err;
    return Json::parse(result.out, nullptr, false);
  }

 private:
  TempDir dir_;
  std::unique_ptr<BackgroundProcess> process_;
  std::string url_;
};

std::vector<std::string> new_codes(int count) {
  const ProcessResult made = run_process({KITBAG_COLLECTOR_BINARY, "make-codes", std::to_string(count)});
  EXPECT_EQ(made.exit_code, 0) << made.err;
  std::vector<std::string> codes;
  std::istringstream in(made.out);
  for (std::string code; std::getline(in, code);) codes.push_back(code);
  EXPECT_EQ(codes.size(), static_cast<std::size_t>(count));
  return codes;
}

// The ways a code could be written down: as printed, without its dash.
std::vector<std::string> forms_of_code(const std::string& printed) {
  return {printed, normalise_access_code(printed).value()};
}

// Finds the organisation by a word of its name, as a person would in the long list.
std::string sign_in(const std::string& search, const std::string& org, const std::string& typed_code) {
  return lines({
      "click signin:org",
      "type " + search,
      "click signin:org:" + org,
      "click signin:code",
      "type " + typed_code,
      "click signin:submit",
      "expect Signed in with",
  });
}

long long total(const Json& rows, const char* field) {
  long long sum = 0;
  for (const Json& row : rows) sum += row.value(field, 0LL);
  return sum;
}

long long tool_total(const Json& rows, const std::string& tool) {
  long long sum = 0;
  for (const Json& row : rows)
    if (row.contains("tools") && row["tools"].contains(tool)) sum += row["tools"][tool].get<long long>();
  return sum;
}

class UsageE2e : public KitbagE2eTest {
 protected:
  fs::path data() const { return data_.path() / "kitbag"; }

  Json device_report() {
    const ProcessResult result =
        run_process({KITBAG_BINARY, "usage", "--json", "--data-dir", data().string()});
    EXPECT_EQ(result.exit_code, 0) << result.err;
    const Json json = Json::parse(result.out, nullptr, false);
    EXPECT_TRUE(json.contains("device_counts")) << result.out;
    return json.value("device_counts", Json::array());
  }

  TempDir data_;
};

// Two people sign in one after the other on one laptop, open tools, and the talking stick hears
// two names; everything counted reaches the collector, and no code or name is in any file.
TEST_F(UsageE2e, ScriptedSignInsAreSentAndNoCodeOrNameIsWrittenAnywhere) {
  CollectorProcess collector;
  const std::vector<std::string> codes = new_codes(2);
  // The first is typed as a tired carer might: lower case, with spaces.
  std::string typed_first = codes[0];
  for (char& c : typed_first) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  typed_first.replace(typed_first.find('-'), 1, " ");

  const std::string session = lines({"click home:signin"}) +
                              sign_in("leeds", "leeds-city-council", typed_first) +
                              lines({"click tile:feelings", "click nav:back", "click signin:switch"}) +
                              sign_in("york", "city-of-york-council", codes[1]) +
                              lines({
                                  "click tile:stick",
                                  "click stick:name:1",
                                  "type " + kNames[0],
                                  "click stick:name:2",
                                  "type " + kNames[1],
                                  "click stick:begin",
                                  "expect " + kNames[0],
                                  "click nav:back",
                                  "wait 4",
                                  "expect All sent",
                                  "click signout",
                                  "quit",
                              });
  ProcessOptions options;
  options.set_env["KITBAG_SYNC_URL"] = collector.url();
  const ProcessResult run =
      kitbag({"--data-dir", data().string(), "--size", "1280x800", "--script", script(session)}, options);
  ASSERT_EQ(run.exit_code, 0) << run.err;

  // The collector holds exactly what the device counted: two people, two sessions, two tools.
  const Json sent = collector.report();
  const Json here = device_report();
  EXPECT_EQ(total(sent, "sessions"), 2) << sent.dump();
  EXPECT_EQ(total(sent, "users"), 2) << "one person at each organisation";
  EXPECT_EQ(total(sent, "guest_sessions"), 0);
  EXPECT_EQ(tool_total(sent, "feelings"), 1);
  EXPECT_EQ(tool_total(sent, "stick"), 1);
  EXPECT_EQ(total(here, "sessions"), 2);
  for (const Json& row : here) EXPECT_EQ(row["unsent"]["sessions"], 0) << row.dump();

  // Nothing typed is anywhere: not in the device's files, the collector's, or what either printed.
  std::vector<std::string> secrets = kNames;
  for (const std::string& code : codes)
    for (const std::string& form : forms_of_code(code)) secrets.push_back(form);
  for (const fs::path& root : {data(), collector.folder(), home_.path()})
    for (const std::string& secret : secrets)
      for (const std::string& place : places_holding(root, secret))
        ADD_FAILURE() << "'" << secret << "' was written to " << place;
  for (const std::string& secret : secrets) {
    EXPECT_FALSE(holds(run.out + run.err, secret)) << "printed: " << run.out << run.err;
  }
}

// The search above must be able to fail: the code planted in a file in the data folder is found.
TEST_F(UsageE2e, TheSearchFindsAPlantedCode) {
  const std::string code = new_codes(1)[0];
  fs::create_directories(data());
  std::ofstream(data() / "planted.bin", std::ios::binary)
      << "x" << normalise_access_code(code).value() << "y";
  EXPECT_EQ(places_holding(data(), forms_of_code(code)[1]).size(), 1u);
}

// Two copies of the app at once on one data folder, each with its own sign-ins: every session is
// counted once on the device and once at the collector, and the store stays whole.
TEST_F(UsageE2e, TwoCopiesAtOnceCountEachSessionOnce) {
  CollectorProcess collector;
  const std::vector<std::string> codes = new_codes(2);
  ProcessOptions options;
  options.set_env["KITBAG_SYNC_URL"] = collector.url();
  auto copy = [&](const std::string& code, const std::string& tool) {
    return lines({"click home:signin"}) + sign_in("leeds", "leeds-city-council", code) +
           lines({"click tile:" + tool, "click nav:back", "click tile:" + tool, "click nav:back", "wait 4",
                  "expect All sent", "quit"});
  };
  auto first =
      start_kitbag({"--data-dir", data().string(), "--script", script(copy(codes[0], "animals"))}, options);
  const std::string second_script = scratch_.write("second.kbs", copy(codes[1], "timer")).string();
  const ProcessResult second = kitbag({"--data-dir", data().string(), "--script", second_script}, options);
  const ProcessResult first_done = first->wait(60s);
  ASSERT_EQ(first_done.exit_code, 0) << first_done.err;
  ASSERT_EQ(second.exit_code, 0) << second.err;

  const Json here = device_report();
  const Json sent = collector.report();
  EXPECT_EQ(total(here, "sessions"), 2);
  EXPECT_EQ(tool_total(here, "animals"), 2);
  EXPECT_EQ(tool_total(here, "timer"), 2);
  EXPECT_EQ(total(sent, "sessions"), 2) << sent.dump();
  EXPECT_EQ(tool_total(sent, "animals"), 2);
  EXPECT_EQ(tool_total(sent, "timer"), 2);
  EXPECT_EQ(total(sent, "users"), 2);
}

// A file that is not a database where the store should be: the app starts, says so calmly, keeps
// the file aside untouched, and counts in a new store.
TEST_F(UsageE2e, ACorruptStoreIsKeptAsideAndCountingGoesOn) {
  fs::create_directories(data());
  const std::string garbage(9000, '\x5a');
  std::ofstream(data() / "usage.sqlite3", std::ios::binary) << garbage;
  const ProcessResult run = kitbag({"--data-dir", data().string(), "--script",
                                    script(lines({"expect The usage counts file was damaged",
                                                  "click tile:presence", "click nav:back", "quit"}))});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_TRUE(Contains(run.err, "usage.sqlite3")) << "the notice names the file";
  bool kept = false;
  for (const auto& entry : fs::directory_iterator(data()))
    if (entry.path().filename().string().starts_with("usage.sqlite3.damaged-"))
      kept = read_bytes(entry.path()) == garbage;
  EXPECT_TRUE(kept) << "the damaged file is kept aside, byte for byte";
  const Json here = device_report();
  EXPECT_EQ(total(here, "sessions"), 1) << "a guest session, counted in the new store";
  EXPECT_EQ(tool_total(here, "presence"), 1);
}

// `--screen signin` opens on signing in; `kitbag usage` on a device that never counted says so.
TEST_F(UsageE2e, TheSignInScreenOpensFromTheCommandLine) {
  const ProcessResult run =
      kitbag({"--data-dir", data().string(), "--screen", "signin", "--script",
              script(lines({"expect Your organisation", "expect Your access code", "quit"}))});
  EXPECT_EQ(run.exit_code, 0) << run.err;
  const ProcessResult report =
      run_process({KITBAG_BINARY, "usage", "--data-dir", (data_.path() / "none").string()});
  EXPECT_EQ(report.exit_code, 0) << report.err;
  EXPECT_TRUE(Contains(report.out, "(nothing counted yet)"));
  EXPECT_FALSE(fs::exists(data_.path() / "none")) << "reporting creates nothing";
}

}  // namespace
}  // namespace kitbag::test
