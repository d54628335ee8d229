// The collector database's tables, numbered by PRAGMA user_version so an older file is brought
// up to date step by step and a newer one is never touched by an older collector.
#pragma once

#include "app/core/result.h"
#include "app/usage/sqlite_database.h"

namespace kitbag::collector {

// The schema this collector writes and reads.
inline constexpr long long kSchemaVersion = 1;

// Applies every migration the file has not had yet, each in its own transaction.
Status migrate(SqliteDatabase& db);

// For read-only use: the file must already be a collector database of a version we can read.
Status check_schema(SqliteDatabase& db);

}  // namespace kitbag::collector
