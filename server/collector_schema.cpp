#include "server/collector_schema.h"

#include <array>
#include <string>

namespace kitbag::collector {
namespace {

// Migration i takes the file from user_version i to i + 1. Never edit one that has shipped;
// add the next.
//
// Only what the app sends is kept: no addresses, no times of arrival. `digest` is the SHA-256 of
// the batch's canonical text, so a batch sent again can be told from a different one that
// reuses its ID. `what` is "sessions" or "tool:" and a tool's key, so that no tool key can ever
// be mistaken for the session count.
constexpr std::array<const char*, kSchemaVersion> kMigrations = {
    R"sql(
      CREATE TABLE batches (
        id TEXT PRIMARY KEY NOT NULL,
        digest TEXT NOT NULL
      ) WITHOUT ROWID;
      CREATE TABLE lines (
        batch_id TEXT NOT NULL REFERENCES batches(id),
        user TEXT NOT NULL,
        org TEXT NOT NULL,
        day TEXT NOT NULL,
        what TEXT NOT NULL,
        count INTEGER NOT NULL CHECK (count > 0),
        PRIMARY KEY (batch_id, user, org, day, what)
      ) WITHOUT ROWID;
    )sql",
};

}  // namespace

Status migrate(SqliteDatabase& db) {
  while (true) {
    // BEGIN IMMEDIATE: two collectors starting on one new file must not both apply a step. Each
    // return below that does not commit rolls the step back.
    auto transaction = SqliteTransaction::begin(db);
    if (!transaction) return Error{"cannot start a migration: " + transaction.error()};
    auto version = db.number_of("PRAGMA user_version");
    if (!version) return Error{version.error()};
    if (version.value() > kSchemaVersion)
      return Error{"the database was made by a newer collector (schema " + std::to_string(version.value()) +
                   ", this one knows " + std::to_string(kSchemaVersion) + ")"};
    if (version.value() == kSchemaVersion) return transaction.value().commit();
    const long long next = version.value() + 1;
    auto applied = db.exec(kMigrations[static_cast<std::size_t>(version.value())]);
    if (applied) applied = db.exec("PRAGMA user_version = " + std::to_string(next));
    if (applied) applied = transaction.value().commit();
    if (!applied)
      return Error{"cannot bring the database to schema " + std::to_string(next) + ": " + applied.error()};
  }
}

Status check_schema(SqliteDatabase& db) {
  auto version = db.number_of("PRAGMA user_version");
  if (!version) return Error{version.error()};
  if (version.value() == 0) return Error{"it is not a collector database (it has no collector tables)"};
  if (version.value() > kSchemaVersion)
    return Error{"it was made by a newer collector (schema " + std::to_string(version.value()) +
                 ", this one knows " + std::to_string(kSchemaVersion) + ")"};
  if (version.value() < kSchemaVersion)
    return Error{"it has an older schema (" + std::to_string(version.value()) +
                 "); start `kitbag-collector serve` on it once to bring it up to date"};
  return ok_status();
}

}  // namespace kitbag::collector
