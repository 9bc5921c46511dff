#include "storage/migrations.h"

#include "core/logging.h"
#include "storage/database.h"
#include "storage/sqliteerror.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>

#include <array>
#include <sqlite3.h>

// The schema files are resources of this static library: without an explicit initialisation
// the linker drops the unreferenced rcc object and the files are missing at run time.
static void initStorageResources()
{
    Q_INIT_RESOURCE(storage);
}

namespace Hookyard::Storage {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Hookyard::Storage::Database", text);
}

const std::array<QByteArray, Database::SchemaVersion> &steps()
{
    // Loaded once (thread-safe static initialisation) and kept for the process lifetime, so
    // migrationStep() can hand out plain pointers.
    static const std::array<QByteArray, Database::SchemaVersion> loaded = [] {
        initStorageResources();
        std::array<QByteArray, Database::SchemaVersion> result;
        for (int v = 1; v <= Database::SchemaVersion; ++v) {
            QFile file(QStringLiteral(":/hookyard/storage/schema-v%1.sql").arg(v));
            if (file.open(QIODevice::ReadOnly))
                result[v - 1] = file.readAll();
            else
                qCCritical(lcStorage) << "schema resource missing:" << file.fileName();
        }
        return result;
    }();
    return loaded;
}

int userVersion(sqlite3 *db, int *code)
{
    sqlite3_stmt *stmt = nullptr;
    *code = sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &stmt, nullptr);
    if (*code != SQLITE_OK)
        return -1;
    int version = -1;
    *code = sqlite3_step(stmt);
    if (*code == SQLITE_ROW) {
        version = sqlite3_column_int(stmt, 0);
        *code = SQLITE_OK;
    }
    sqlite3_finalize(stmt);
    return version;
}

int tableCount(sqlite3 *db)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT count(*) FROM sqlite_master WHERE type = 'table'", -1, &stmt,
                           nullptr)
        != SQLITE_OK)
        return -1;
    const int count = sqlite3_step(stmt) == SQLITE_ROW ? sqlite3_column_int(stmt, 0) : -1;
    sqlite3_finalize(stmt);
    return count;
}

} // namespace

const char *migrationStep(int toVersion)
{
    if (toVersion < 1 || toVersion > Database::SchemaVersion)
        return nullptr;
    return steps()[toVersion - 1].constData();
}

bool migrate(QSqlDatabase &db, QString *error)
{
    QString localError;
    if (!error)
        error = &localError;
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    sqlite3 *raw = handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0
        ? *static_cast<sqlite3 *const *>(handle.constData())
        : nullptr;
    const QString where = QFileInfo(db.databaseName()).absolutePath();
    if (!raw) {
        *error = tr("The database is not an open SQLite connection.");
        return false;
    }

    int code = SQLITE_OK;
    int version = userVersion(raw, &code);
    if (code != SQLITE_OK) {
        *error = SqliteError::describe(raw, where);
        return false;
    }
    if (version > Database::SchemaVersion) {
        *error = tr("The database %1 was created by a newer Hookyard (schema %2); upgrade "
                    "Hookyard or use another --data-dir.")
                     .arg(db.databaseName())
                     .arg(version);
        return false;
    }
    // Version 0 with tables: somebody else's SQLite file, not an empty new database.
    if (version == 0 && tableCount(raw) > 0) {
        *error = tr("%1 is not a Hookyard database: move it away or use another --data-dir.")
                     .arg(db.databaseName());
        return false;
    }

    for (int next = version + 1; next <= Database::SchemaVersion; ++next) {
        const char *ddl = migrationStep(next);
        if (!ddl || !*ddl) {
            *error =
                tr("The schema of version %1 is missing from this build of Hookyard.").arg(next);
            return false;
        }
        // One transaction per step: a failure leaves the database at the last complete version.
        // user_version lives in the database header and is written by the same commit.
        const QByteArray setVersion = "PRAGMA user_version = " + QByteArray::number(next);
        code = sqlite3_exec(raw, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
        if (code == SQLITE_OK)
            code = sqlite3_exec(raw, ddl, nullptr, nullptr, nullptr);
        if (code == SQLITE_OK)
            code = sqlite3_exec(raw, setVersion.constData(), nullptr, nullptr, nullptr);
        if (code == SQLITE_OK)
            code = sqlite3_exec(raw, "COMMIT", nullptr, nullptr, nullptr);
        if (code != SQLITE_OK) {
            const QString reason = SqliteError::describe(raw, where);
            if (!sqlite3_get_autocommit(raw))
                sqlite3_exec(raw, "ROLLBACK", nullptr, nullptr, nullptr);
            *error = tr("Could not upgrade the database %1 to schema version %2: %3")
                         .arg(db.databaseName())
                         .arg(next)
                         .arg(reason);
            return false;
        }
        if (version > 0) // an upgrade, not the creation of a new database
            qCInfo(lcStorage) << "database" << db.databaseName() << "migrated to schema" << next;
    }
    return true;
}

} // namespace Hookyard::Storage
