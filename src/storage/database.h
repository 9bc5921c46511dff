#pragma once

#include <QSqlDatabase>
#include <QString>

#include <memory>

struct sqlite3;

namespace Hookyard::Storage {

// One SQLite connection to <dataDir>/hookyard.db, opened on and used by ONE thread only
// (Qt SQL connections are per thread). WAL mode, foreign keys on, busy timeout set; the schema is
// created or migrated on open (PRAGMA user_version is the schema version).
// Every thread that touches the database opens its own Database; WAL lets readers run while the
// receiver thread writes.
class Database final
{
public:
    static constexpr int SchemaVersion = 1;
    static constexpr const char *FileName = "hookyard.db";

    enum class Sync { Normal, Full };

    struct OpenResult;
    // connectionName must be unique per process and thread (e.g. "receiver", "gui", "cli").
    // On failure returns nullptr and sets *error to a sentence saying what to do.
    static std::unique_ptr<Database> open(const QString &dataDir, const QString &connectionName,
                                          QString *error, Sync sync = Sync::Normal);
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    QSqlDatabase sql() const;
    // The native handle, for the hot path that uses prepared statements of the C API directly.
    sqlite3 *handle() const;
    QString dataDir() const { return m_dataDir; }
    QString filePath() const;
    int schemaVersion() const;

private:
    Database(QString dataDir, QString connectionName);
    QString m_dataDir;
    QString m_connectionName;
};

} // namespace Hookyard::Storage
