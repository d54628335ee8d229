// What the usage store tests read for themselves, past the store's own API: the rows as SQLite
// holds them, the amounts a set of lines or batches adds up to, and a file's exact bytes.
#pragma once

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <random>
#include <sstream>
#include <stdexcept>
#include <string>
#include <tuple>
#include <vector>

#include "app/core/usage/usage_batch.h"
#include "app/core/usage/usage_line.h"
#include "app/usage/sqlite_database.h"
#include "app/usage/usage_store.h"

namespace kitbag::test {

// Passes for a Result that holds a value; on failure prints the error.
template <class T>
::testing::AssertionResult IsOk(const Result<T>& result) {
  if (result.ok()) return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure() << result.error();
}

// user, org, day, and what is counted ("sessions" or a tool's key).
using CountKey = std::tuple<std::string, std::string, std::string, std::string>;
using Amounts = std::map<CountKey, long long>;

inline void add_line(Amounts& amounts, const UsageLine& line) {
  if (line.sessions != 0)
    amounts[{line.user, line.org, line.day, std::string(kSessionsMeasure)}] += line.sessions;
  for (const auto& [tool, count] : line.tools)
    if (count != 0) amounts[{line.user, line.org, line.day, tool}] += count;
}

inline Amounts amounts_of(const std::vector<UsageLine>& lines) {
  Amounts amounts;
  for (const UsageLine& line : lines) add_line(amounts, line);
  return amounts;
}

inline long long total_of(const Amounts& amounts) {
  long long total = 0;
  for (const auto& [key, amount] : amounts) total += amount;
  return total;
}

inline long long measure_total(const Amounts& amounts, const std::string& what) {
  long long total = 0;
  for (const auto& [key, amount] : amounts)
    if (std::get<3>(key) == what) total += amount;
  return total;
}

// What a batch's body says it holds; a body that does not read back fails the test.
inline Amounts amounts_in_body(const std::string& body) {
  const auto batch = usage_batch_from_json(body);
  EXPECT_TRUE(batch.ok()) << (batch.ok() ? "" : batch.error()) << "\n" << body;
  return batch.ok() ? amounts_of(batch.value().lines) : Amounts{};
}

inline void add_amounts(Amounts& into, const Amounts& more) {
  for (const auto& [key, amount] : more) into[key] += amount;
}

// A connection of the test's own, beside the store's.
inline SqliteDatabase raw_connection(const std::filesystem::path& file) {
  auto db = SqliteDatabase::open(file, SqliteDatabase::Mode::ReadWrite, std::chrono::milliseconds(5000));
  if (!db) throw std::runtime_error(db.error());
  return std::move(db).value();
}

// Every row of the counts table, as SQLite holds it.
inline std::vector<StoredCount> stored_rows(const std::filesystem::path& file) {
  SqliteDatabase db = raw_connection(file);
  auto rows = db.prepare("SELECT user, org, day, what, count, batched, sent FROM counts ORDER BY 1, 2, 3, 4");
  if (!rows) throw std::runtime_error(rows.error());
  std::vector<StoredCount> result;
  while (true) {
    auto row = rows.value().step();
    if (!row) throw std::runtime_error(row.error());
    if (!row.value()) return result;
    SqliteStatement& r = rows.value();
    result.push_back({r.text(0), r.text(1), r.text(2), r.text(3), r.number(4), r.number(5), r.number(6)});
  }
}

// Every batch body in the given state ("waiting", "sent", "refused").
inline std::vector<std::string> batch_bodies(const std::filesystem::path& file, const std::string& state) {
  SqliteDatabase db = raw_connection(file);
  auto rows = db.prepare("SELECT body FROM batches WHERE state = ?1 ORDER BY seq");
  if (!rows) throw std::runtime_error(rows.error());
  rows.value().bind(1, state);
  std::vector<std::string> bodies;
  while (true) {
    auto row = rows.value().step();
    if (!row) throw std::runtime_error(row.error());
    if (!row.value()) return bodies;
    bodies.push_back(rows.value().text(0));
  }
}

inline std::string file_bytes(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

// Byte for byte; a failure says where they first differ rather than printing a whole file.
inline ::testing::AssertionResult SameBytes(const std::string& actual, const std::string& expected) {
  if (actual == expected) return ::testing::AssertionSuccess();
  std::size_t at = 0;
  while (at < actual.size() && at < expected.size() && actual[at] == expected[at]) ++at;
  return ::testing::AssertionFailure() << actual.size() << " bytes where " << expected.size()
                                       << " were expected, first different at byte " << at;
}

inline void write_bytes(const std::filesystem::path& file, const std::string& bytes) {
  std::ofstream out(file, std::ios::binary | std::ios::trunc);
  out << bytes;
}

inline std::string random_bytes(std::size_t count, unsigned seed) {
  std::mt19937 random(seed);
  std::uniform_int_distribution<int> byte(0, 255);
  std::string bytes(count, '\0');
  for (char& c : bytes) c = static_cast<char>(byte(random));
  return bytes;
}

// Batch ids 000...001, 000...002, ...: valid, and known to the test.
class NumberedIds {
 public:
  std::string operator()() {
    char id[33];
    std::snprintf(id, sizeof id, "%032x", ++last_);
    made_.push_back(id);
    return id;
  }
  // For make_batches, which takes its id source by value.
  std::function<std::string()> source() {
    return [this] { return (*this)(); };
  }
  const std::vector<std::string>& made() const { return made_; }

 private:
  unsigned last_ = 0;
  std::vector<std::string> made_;
};

}  // namespace kitbag::test
