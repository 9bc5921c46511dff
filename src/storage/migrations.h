#pragma once

#include <QSqlDatabase>
#include <QString>

namespace Hookyard::Storage {

// Brings a database from its PRAGMA user_version to Database::SchemaVersion, one step per
// version, each step in its own transaction. Returns false with *error set on failure; the
// database is then left at the last version that completed.
bool migrate(QSqlDatabase &db, QString *error);

// The DDL of each version, index 0 = version 1. Exposed for the migration tests, which build an
// old database from a fixture and open it.
const char *migrationStep(int toVersion);

} // namespace Hookyard::Storage
