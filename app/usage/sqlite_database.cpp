#include "app/usage/sqlite_database.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace kitbag {

SqliteStatement& SqliteStatement::bind(int index, std::string_view text) {
  const int rc = sqlite3_bind_text(statement_.get(), index, text.data(), static_cast<int>(text.size()),
                                   SQLITE_TRANSIENT);
  if (rc != SQLITE_OK && bind_error_ == SQLITE_OK) bind_error_ = rc;
  return *this;
}

SqliteStatement& SqliteStatement::bind(int index, long long number) {
  const int rc = sqlite3_bind_int64(statement_.get(), index, number);
  if (rc != SQLITE_OK && bind_error_ == SQLITE_OK) bind_error_ = rc;
  return *this;
}

Result<bool> SqliteStatement::step() {
  if (bind_error_ != SQLITE_OK) {
    last_error_code_ = bind_error_;
    return Error{where_ + ": " + sqlite3_errstr(bind_error_)};
  }
  const int rc = sqlite3_step(statement_.get());
  if (rc == SQLITE_ROW || rc == SQLITE_DONE) {
    last_error_code_ = SQLITE_OK;
    return rc == SQLITE_ROW;
  }
  last_error_code_ = sqlite3_extended_errcode(db_);
  return Error{where_ + ": " + sqlite3_errmsg(db_)};
}

Status SqliteStatement::run() {
  while (true) {
    auto row = step();
    if (!row || !row.value()) {
      sqlite3_reset(statement_.get());
      bind_error_ = SQLITE_OK;
      return row ? ok_status() : Status(Error{row.error()});
    }
  }
}

std::string SqliteStatement::text(int column) const {
  const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement_.get(), column));
  return text == nullptr
             ? std::string()
             : std::string(text, static_cast<std::size_t>(sqlite3_column_bytes(statement_.get(), column)));
}

long long SqliteStatement::number(int column) const {
  return sqlite3_column_int64(statement_.get(), column);
}

Result<SqliteDatabase> SqliteDatabase::open(const std::filesystem::path& file, Mode mode,
                                            std::chrono::milliseconds busy_timeout) {
  sqlite3* raw = nullptr;
  const int flags =
      (mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE) | SQLITE_OPEN_NOMUTEX;
  const int rc = sqlite3_open_v2(file.c_str(), &raw, flags, nullptr);
  SqliteDatabase db(raw, file);  // owns the handle even when opening failed, as SQLite asks
  if (rc != SQLITE_OK) return db.error("cannot open it");
  sqlite3_extended_result_codes(raw, 1);
  sqlite3_busy_timeout(raw, static_cast<int>(busy_timeout.count()));
  return db;
}

Error SqliteDatabase::error(std::string_view doing) const {
  return Error{file_.string() + ": " + std::string(doing) + " (" + last_error() + ")"};
}

std::string SqliteDatabase::last_error() const {
  return db_ ? sqlite3_errmsg(db_.get()) : "out of memory";
}

void SqliteDatabase::keep_wal_on_close() {
  sqlite3_db_config(db_.get(), SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
}

Status SqliteDatabase::exec(std::string_view sql) {
  const std::string text(sql);
  if (sqlite3_exec(db_.get(), text.c_str(), nullptr, nullptr, nullptr) != SQLITE_OK)
    return error("cannot run \"" + text.substr(0, 60) + "\"");
  return ok_status();
}

Result<SqliteStatement> SqliteDatabase::prepare(std::string_view sql) {
  sqlite3_stmt* statement = nullptr;
  if (sqlite3_prepare_v2(db_.get(), sql.data(), static_cast<int>(sql.size()), &statement, nullptr) !=
      SQLITE_OK)
    return error("cannot prepare \"" + std::string(sql.substr(0, 60)) + "\"");
  return SqliteStatement(db_.get(), statement, file_.string());
}

Result<std::string> SqliteDatabase::text_of(std::string_view sql) {
  auto statement = prepare(sql);
  if (!statement) return Error{statement.error()};
  auto row = statement.value().step();
  if (!row) return Error{row.error()};
  if (!row.value()) return std::string();
  return statement.value().text(0);
}

Result<long long> SqliteDatabase::number_of(std::string_view sql) {
  auto statement = prepare(sql);
  if (!statement) return Error{statement.error()};
  auto row = statement.value().step();
  if (!row) return Error{row.error()};
  return row.value() ? statement.value().number(0) : 0;
}

Result<SqliteTransaction> SqliteTransaction::begin(SqliteDatabase& db) {
  if (auto begun = db.exec("BEGIN IMMEDIATE"); !begun) return Error{begun.error()};
  return SqliteTransaction(db);
}

SqliteTransaction::~SqliteTransaction() {
  if (db_ != nullptr) (void)db_->exec("ROLLBACK");
}

Status SqliteTransaction::commit() {
  if (db_ == nullptr) return Error{"the transaction has already ended"};
  auto committed = db_->exec("COMMIT");
  if (committed) db_ = nullptr;
  return committed;
}

bool is_locked_code(int sqlite_code) {
  const int primary = sqlite_code & 0xff;
  return primary == SQLITE_BUSY || primary == SQLITE_LOCKED;
}

bool is_damaged_file_code(int sqlite_code) {
  const int primary = sqlite_code & 0xff;
  return primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB || primary == SQLITE_FORMAT;
}

Status make_private_file(const std::filesystem::path& file) {
  const int fd = ::open(file.c_str(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
  if (fd < 0) return Error{"cannot create " + file.string() + ": " + std::strerror(errno)};
  struct stat info {};
  // A file made under a loose umask, or copied in, is made owner-only again.
  const bool loose = ::fstat(fd, &info) == 0 && (info.st_mode & 0077) != 0;
  const bool fixed = !loose || ::fchmod(fd, 0600) == 0;
  const int fix_error = errno;
  ::close(fd);
  if (!fixed) return Error{"cannot make " + file.string() + " private: " + std::strerror(fix_error)};
  return ok_status();
}

}  // namespace kitbag
