// kitbag-collector's command line as parsed, and the uniform draw behind its access codes.
#include <gtest/gtest.h>

#include <deque>

#include "app/usage/secure_random.h"
#include "server/collector_command_line.h"

namespace kitbag::collector {
namespace {

Result<CollectorCommand> parse(std::vector<std::string> args) {
  return parse_collector_command_line(args);
}

std::string error_of(std::vector<std::string> args) {
  auto parsed = parse(std::move(args));
  EXPECT_FALSE(parsed) << "parsed, though it should not";
  return parsed ? "" : parsed.error();
}

TEST(CollectorCommandLine, ServeDefaultsToLoopbackOn8470) {
  auto parsed = parse({"serve", "--db", "c.db"});
  ASSERT_TRUE(parsed) << parsed.error();
  EXPECT_EQ(std::get<ServeCommand>(parsed.value()), (ServeCommand{"c.db", "127.0.0.1", 8470}));
}

TEST(CollectorCommandLine, ServeReadsListenInBothSpellings) {
  EXPECT_EQ(std::get<ServeCommand>(parse({"serve", "--listen", "0.0.0.0:0", "--db", "c.db"}).value()),
            (ServeCommand{"c.db", "0.0.0.0", 0}));
  EXPECT_EQ(std::get<ServeCommand>(parse({"serve", "--db=c.db", "--listen=[::1]:9000"}).value()),
            (ServeCommand{"c.db", "::1", 9000}));
}

TEST(CollectorCommandLine, ReportReadsItsSwitches) {
  EXPECT_EQ(std::get<ReportCommand>(parse({"report", "--db", "c.db"}).value()),
            (ReportCommand{"c.db", false, false}));
  EXPECT_EQ(std::get<ReportCommand>(parse({"report", "--suppress-small", "--db", "c.db", "--json"}).value()),
            (ReportCommand{"c.db", true, true}));
}

TEST(CollectorCommandLine, MakeCodesReadsItsCount) {
  EXPECT_EQ(std::get<MakeCodesCommand>(parse({"make-codes", "12"}).value()), MakeCodesCommand{12});
}

TEST(CollectorCommandLine, HelpWinsAnywhere) {
  EXPECT_TRUE(std::holds_alternative<HelpCommand>(parse({"--help"}).value()));
  EXPECT_TRUE(std::holds_alternative<HelpCommand>(parse({"report", "-h"}).value()));
}

TEST(CollectorCommandLine, MistakesNameTheFlagOrCommand) {
  EXPECT_EQ(error_of({}), "no command given");
  EXPECT_EQ(error_of({"server", "--db", "c.db"}), "unknown command server");
  EXPECT_EQ(error_of({"serve"}), "serve: --db FILE is required");
  EXPECT_EQ(error_of({"serve", "--db"}), "serve: --db needs a value");
  EXPECT_EQ(error_of({"report", "--db", "--json"}), "report: --db needs a value");
  EXPECT_EQ(error_of({"serve", "--db", "c.db", "--port", "80"}), "serve: unknown flag --port");
  EXPECT_EQ(error_of({"serve", "--db", "a.db", "--db", "b.db"}), "serve: --db is given twice");
  EXPECT_EQ(error_of({"report", "--db", "c.db", "--json=yes"}), "report: --json takes no value");
  EXPECT_EQ(error_of({"report", "--db", "c.db", "extra"}), "report: unknown argument extra");
  EXPECT_EQ(error_of({"report", "--db", "c.db", "--listen", "x:1"}), "report: unknown flag --listen");
  for (const char* listen : {"8470", "localhost", ":8470", "host:", "host:65536", "host:-1", "host:80x"})
    EXPECT_NE(error_of({"serve", "--db", "c.db", "--listen", listen}).find("--listen must be HOST:PORT"),
              std::string::npos)
        << listen;
  for (const char* count : {"0", "-3", "ten", "10001", "2.5"})
    EXPECT_NE(error_of({"make-codes", count}).find("N must be a whole number from 1 to 10000"),
              std::string::npos)
        << count;
  EXPECT_NE(error_of({"make-codes"}).find("make-codes: N"), std::string::npos);
}

TEST(UniformBelow, DrawsAgainRatherThanFavourLowNumbers) {
  // 2^32 = 3 * 1431655765 + 1, so the single top word 0xffffffff would make 0 likelier: it is
  // drawn again, and the next word decides.
  std::deque<std::uint32_t> words{0xffffffffu, 7u};
  auto next = [&] {
    const std::uint32_t word = words.front();
    words.pop_front();
    return word;
  };
  EXPECT_EQ(uniform_below(3, next), 1u);
  EXPECT_TRUE(words.empty());
  // The highest word that is kept.
  words = {0xfffffffeu};
  EXPECT_EQ(uniform_below(3, next), 0xfffffffeu % 3);
  // For 32 (the code alphabet), no word is ever drawn again.
  words = {0xffffffffu};
  EXPECT_EQ(uniform_below(32, next), 31u);
}

TEST(UniformBelow, SecureDrawsStayInRangeAndCoverIt) {
  std::vector<int> seen(32, 0);
  for (int i = 0; i < 3200; ++i) {
    const std::uint32_t value = secure_random_below(32);
    ASSERT_LT(value, 32u);
    ++seen[value];
  }
  for (int count : seen) EXPECT_GT(count, 40);  // 100 expected each; 40 is far below any real chance
}

}  // namespace
}  // namespace kitbag::collector
