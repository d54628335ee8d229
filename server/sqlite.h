// A thin owner of an SQLite connection and its prepared statements, so the collector's store
// never leaks a handle and every failure comes back as a sentence.
#pragma once

#include <sqlite3.h>

#include <optional>
#include <string>
#include <string_view>

#include "app/core/result.h"

namespace kitbag::collector {

class Statement;

class Database {
 public:
  // `flags` as for sqlite3_open_v2 (SQLITE_OPEN_READONLY, or READWRITE with or without CREATE).
  static Result<Database> open(const std::string& path, int flags);

  Database(Database&& other) noexcept;
  Database& operator=(Database&& other) noexcept;
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;
  ~Database();

  // Runs one or more statements that return no rows the caller needs.
  Status exec(const std::string& sql);
  Result<Statement> prepare(std::string_view sql);
  Result<long long> user_version();

  sqlite3* handle() const { return db_; }
  std::string last_error() const;

 private:
  explicit Database(sqlite3* db) : db_(db) {}
  sqlite3* db_ = nullptr;
};

class Statement {
 public:
  Statement(Statement&& other) noexcept;
  Statement& operator=(Statement&& other) noexcept;
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  ~Statement();

  // Binds parameters from 1 in order.
  void bind(int index, std::string_view text);
  void bind(int index, long long value);

  // One step: true when a row is ready, false when done; an error says why it failed and
  // `extended_code` tells a duplicate key from any other failure.
  Result<bool> step();
  int extended_code() const { return extended_code_; }
  void reset();

  std::string text(int column) const;
  long long integer(int column) const;

 private:
  friend class Database;
  Statement(sqlite3* db, sqlite3_stmt* statement) : db_(db), statement_(statement) {}
  sqlite3* db_ = nullptr;
  sqlite3_stmt* statement_ = nullptr;
  int extended_code_ = SQLITE_OK;
};

}  // namespace kitbag::collector
