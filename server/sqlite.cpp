#include "server/sqlite.h"

#include <utility>

namespace kitbag::collector {

Result<Database> Database::open(const std::string& path, int flags) {
  sqlite3* db = nullptr;
  const int code = sqlite3_open_v2(path.c_str(), &db, flags | SQLITE_OPEN_NOMUTEX, nullptr);
  if (code != SQLITE_OK) {
    std::string message = db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(code);
    sqlite3_close(db);
    return Error{"cannot open the database " + path + ": " + message};
  }
  sqlite3_extended_result_codes(db, 1);
  return Database(db);
}

Database::Database(Database&& other) noexcept : db_(std::exchange(other.db_, nullptr)) {}

Database& Database::operator=(Database&& other) noexcept {
  if (this != &other) {
    sqlite3_close(db_);
    db_ = std::exchange(other.db_, nullptr);
  }
  return *this;
}

Database::~Database() {
  sqlite3_close(db_);
}

std::string Database::last_error() const {
  return db_ != nullptr ? sqlite3_errmsg(db_) : "no database";
}

Status Database::exec(const std::string& sql) {
  char* message = nullptr;
  if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
    std::string text = message != nullptr ? message : last_error();
    sqlite3_free(message);
    return Error{text};
  }
  return ok_status();
}

Result<Statement> Database::prepare(std::string_view sql) {
  sqlite3_stmt* statement = nullptr;
  if (sqlite3_prepare_v2(db_, sql.data(), static_cast<int>(sql.size()), &statement, nullptr) != SQLITE_OK)
    return Error{last_error()};
  return Statement(db_, statement);
}

Result<long long> Database::user_version() {
  auto statement = prepare("PRAGMA user_version");
  if (!statement) return Error{statement.error()};
  auto row = statement.value().step();
  if (!row) return Error{row.error()};
  if (!row.value()) return Error{"PRAGMA user_version returned nothing"};
  return statement.value().integer(0);
}

Statement::Statement(Statement&& other) noexcept
    : db_(other.db_),
      statement_(std::exchange(other.statement_, nullptr)),
      extended_code_(other.extended_code_) {}

Statement& Statement::operator=(Statement&& other) noexcept {
  if (this != &other) {
    sqlite3_finalize(statement_);
    db_ = other.db_;
    statement_ = std::exchange(other.statement_, nullptr);
    extended_code_ = other.extended_code_;
  }
  return *this;
}

Statement::~Statement() {
  sqlite3_finalize(statement_);
}

void Statement::bind(int index, std::string_view text) {
  sqlite3_bind_text(statement_, index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
}

void Statement::bind(int index, long long value) {
  sqlite3_bind_int64(statement_, index, value);
}

Result<bool> Statement::step() {
  const int code = sqlite3_step(statement_);
  extended_code_ = code == SQLITE_ROW || code == SQLITE_DONE ? SQLITE_OK : sqlite3_extended_errcode(db_);
  if (code == SQLITE_ROW) return true;
  if (code == SQLITE_DONE) return false;
  return Error{sqlite3_errmsg(db_)};
}

void Statement::reset() {
  sqlite3_reset(statement_);
  sqlite3_clear_bindings(statement_);
}

std::string Statement::text(int column) const {
  const auto* bytes = sqlite3_column_text(statement_, column);
  if (bytes == nullptr) return {};
  return std::string(reinterpret_cast<const char*>(bytes),
                     static_cast<std::size_t>(sqlite3_column_bytes(statement_, column)));
}

long long Statement::integer(int column) const {
  return sqlite3_column_int64(statement_, column);
}

}  // namespace kitbag::collector
