// A thin, honest wrapper over SQLite's C API: a connection, prepared statements with bound
// values, and transactions that roll back unless committed. Every failure is a Result naming
// the file and what SQLite said, never an exception or an abort.
#pragma once

#include <sqlite3.h>

#include <chrono>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "app/core/result.h"

namespace kitbag {

class SqliteDatabase;

class SqliteStatement {
 public:
  SqliteStatement(SqliteStatement&&) noexcept = default;
  SqliteStatement& operator=(SqliteStatement&&) noexcept = default;

  SqliteStatement& bind(int index, std::string_view text);
  SqliteStatement& bind(int index, long long number);
  // One step: true while there is a row to read, false when done; an error ends the statement.
  Result<bool> step();
  // Runs to the end, for statements that return no rows, and makes it ready to run again.
  Status run();
  // The extended result code of the last step (or run) that failed, so that a duplicate key
  // (SQLITE_CONSTRAINT_PRIMARYKEY) can be told from any other failure; SQLITE_OK after a success.
  int last_error_code() const { return last_error_code_; }
  std::string text(int column) const;
  long long number(int column) const;

 private:
  friend class SqliteDatabase;
  SqliteStatement(sqlite3* db, sqlite3_stmt* statement, std::string where)
      : db_(db), statement_(statement, &sqlite3_finalize), where_(std::move(where)) {}
  sqlite3* db_;
  std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> statement_;
  std::string where_;
  int bind_error_ = SQLITE_OK;
  int last_error_code_ = SQLITE_OK;
};

class SqliteDatabase {
 public:
  enum class Mode { ReadWrite, ReadOnly };
  // Opens an existing file (never creates one: the caller makes it, owner-only, first).
  static Result<SqliteDatabase> open(const std::filesystem::path& file, Mode mode,
                                     std::chrono::milliseconds busy_timeout);

  // Runs one or more statements that return no rows.
  Status exec(std::string_view sql);
  Result<SqliteStatement> prepare(std::string_view sql);
  // The first column of the first row, for PRAGMAs and counts.
  Result<std::string> text_of(std::string_view sql);
  Result<long long> number_of(std::string_view sql);
  long long changes() const { return sqlite3_changes64(db_.get()); }
  // How long a statement waits for another connection's lock before "database is locked".
  void set_busy_timeout(std::chrono::milliseconds timeout) {
    sqlite3_busy_timeout(db_.get(), static_cast<int>(timeout.count()));
  }
  // Closing will leave the -wal file as it is, instead of copying it into the main file and
  // deleting it: for a file that is about to be kept aside as damaged, untouched.
  void keep_wal_on_close();

  // The last error SQLite reported on this connection, in words; its code for recovery decisions.
  std::string last_error() const;
  int last_error_code() const { return sqlite3_errcode(db_.get()); }
  const std::filesystem::path& file() const { return file_; }

 private:
  SqliteDatabase(sqlite3* db, std::filesystem::path file)
      : db_(db, &sqlite3_close_v2), file_(std::move(file)) {}
  Error error(std::string_view doing) const;
  std::unique_ptr<sqlite3, int (*)(sqlite3*)> db_;
  std::filesystem::path file_;
};

// BEGIN IMMEDIATE on construction (so two copies of the app take turns rather than deadlock),
// ROLLBACK on destruction unless commit() succeeded.
class SqliteTransaction {
 public:
  static Result<SqliteTransaction> begin(SqliteDatabase& db);
  SqliteTransaction(SqliteTransaction&& other) noexcept : db_(other.db_) { other.db_ = nullptr; }
  SqliteTransaction& operator=(SqliteTransaction&&) = delete;
  ~SqliteTransaction();
  Status commit();

 private:
  explicit SqliteTransaction(SqliteDatabase& db) : db_(&db) {}
  SqliteDatabase* db_;
};

// Makes `file` exist and be owner-only (0600), without touching what it holds, before SQLite
// opens it: SQLite would create it with the umask's permissions, and gives its -wal and -shm
// files the main file's. A symbolic link in its place is refused.
Status make_private_file(const std::filesystem::path& file);

// True for the codes that mean the file itself is damaged or not a database at all.
bool is_damaged_file_code(int sqlite_code);
// Another connection held the file just then ("database is locked"): worth trying again.
bool is_locked_code(int sqlite_code);

}  // namespace kitbag
