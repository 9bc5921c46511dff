#pragma once

#include <QString>

struct sqlite3;

namespace Hookyard::Storage {

// Turns a failed SQLite call into a sentence that says what to do (disk full, read-only,
// locked, damaged). Shared by Database, migrate() and DeliveryWriter. Never includes bound
// values: the database holds no secrets, but bodies do not belong in error texts either.
class SqliteError final
{
public:
    // code: the (extended) result code; message: sqlite3_errmsg() at the time of the failure.
    static QString describe(int code, const QString &message, const QString &dataDir);
    // The current error of a connection.
    static QString describe(sqlite3 *db, const QString &dataDir);
};

} // namespace Hookyard::Storage
