#include "storage/sqliteerror.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace Hookyard::Storage {

QString SqliteError::describe(int code, const QString &message, const QString &dataDir)
{
    switch (code & 0xff) {
    case SQLITE_FULL:
        return QCoreApplication::translate(
                   "Hookyard::Storage::Database",
                   "The disk that holds %1 is full: free some space. Deliveries are answered "
                   "503 meanwhile and Stripe retries them.")
            .arg(dataDir);
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
        return QCoreApplication::translate(
                   "Hookyard::Storage::Database",
                   "The database in %1 cannot be written (%2): give your user write access to "
                   "the directory and its files, or use another --data-dir.")
            .arg(dataDir, message);
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return QCoreApplication::translate(
                   "Hookyard::Storage::Database",
                   "The database in %1 stayed locked by another process: try again; if it "
                   "persists, check which Hookyard processes use this data dir.")
            .arg(dataDir);
    case SQLITE_IOERR:
        return QCoreApplication::translate("Hookyard::Storage::Database",
                                           "Could not read or write the database in %1 (%2): "
                                           "check the disk and free space.")
            .arg(dataDir, message);
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return QCoreApplication::translate(
                   "Hookyard::Storage::Database",
                   "The database in %1 is damaged or is not a Hookyard database (%2): move "
                   "hookyard.db away or use another --data-dir.")
            .arg(dataDir, message);
    default:
        return QCoreApplication::translate("Hookyard::Storage::Database",
                                           "The database in %1 reported an error: %2.")
            .arg(dataDir, message);
    }
}

QString SqliteError::describe(sqlite3 *db, const QString &dataDir)
{
    if (!db)
        return describe(SQLITE_MISUSE, QStringLiteral("no connection"), dataDir);
    return describe(sqlite3_extended_errcode(db), QString::fromUtf8(sqlite3_errmsg(db)), dataDir);
}

} // namespace Hookyard::Storage
