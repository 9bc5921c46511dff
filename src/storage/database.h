#pragma once

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

struct sqlite3;

namespace Hookyard::Storage {

// One SQLite connection to <dataDir>/hookyard.db, opened on and used by ONE thread only
// (Qt SQL connections are per thread). WAL mode, foreign keys on, busy timeout set; the schema is
// created or migrated on open (PRAGMA user_version is the schema version).
// Every thread that touches the database opens its own Database; WAL lets readers run while the
// receiver thread writes.
// The first open installs WalWriteCoalescer as SQLite's default VFS (one write call per WAL
// commit instead of two per page).
class Database final
{
public:
    // 1: the engine's tables (connectors, deliveries, events, settings, meta); 2: runs;
    // 3: the names of removed connectors.
    static constexpr int SchemaVersion = 3;
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
    // The unique Qt SQL connection name actually used (the given name plus a process-wide
    // counter, so that two Database objects never share a connection by accident).
    QString connectionName() const { return m_connectionName; }

    // WAL checkpoints. By default SQLite checkpoints inside whichever commit crosses 1000 WAL
    // pages, which puts an fsync on that request's path. A serving process can switch that off
    // on the receiver's connection (setAutoCheckpoint(0)) and call checkpoint() from another
    // thread's Database on a timer instead. Returns false with *error set on failure.
    void setAutoCheckpoint(int pages);
    // How far a checkpoint got, in WAL frames (-1 when the database is not in WAL mode).
    struct CheckpointProgress
    {
        int walFrames = -1;
        int checkpointedFrames = -1;
    };
    bool checkpoint(QString *error = nullptr, CheckpointProgress *progress = nullptr);

    // The serving set-up of a writer whose data dir has a running WalCheckpointer: no automatic
    // checkpoint (setAutoCheckpoint(0)) and no WAL truncation on this connection. By default
    // the connection that starts the WAL over truncates the file back to DefaultWalSizeLimit in
    // that commit; for a large WAL that ftruncate took 150 ms on our test VM.
    void leaveWalUpkeepToCheckpointer();

    // WAL upkeep that must stay out of requests (WalCheckpointer does it):
    // - truncateWal(): checkpoints every frame and truncates the WAL file to zero bytes. It needs
    //   the write lock and no reader of an older snapshot; if another connection has either at
    //   this moment, it returns Busy at once.
    // - beginWrite() takes the write lock, Busy at once if another connection has it;
    //   commitRewrite() then rewrites PRAGMA user_version (changing nothing) and commits, and
    //   returns the number of frames in the WAL after that commit (1: it started the WAL
    //   over), or rolls back and returns -1 on failure. A commit that writes the first frame of
    //   a WAL writes the WAL header and fsyncs it (20-250 ms here): this is how WalCheckpointer
    //   does that instead of the next delivery.
    // - dataVersion(): changes whenever another connection commits (PRAGMA data_version).
    enum class WalResult { Done, Busy, Failed };
    WalResult truncateWal(QString *error = nullptr);
    WalResult beginWrite(QString *error = nullptr);
    int commitRewrite(QString *error = nullptr);
    qint64 dataVersion();
    int pageSize(); // PRAGMA page_size; 0 on failure
    static constexpr qint64 DefaultWalSizeLimit = 64 * 1024 * 1024;

    // Called just before the connection closes, so that owners of raw C-API statements on
    // handle() (DeliveryWriter) can finalise them even if they outlive this object by mistake.
    // Returns a token for removeCloseHook().
    int addCloseHook(std::function<void()> hook);
    void removeCloseHook(int token);

private:
    // PRAGMA journal_size_limit: bytes the WAL is truncated to when it starts over; -1: never.
    void setWalSizeLimit(qint64 bytes);
    Database(QString dataDir, QString connectionName);
    bool init(Sync sync, QString *error);

    QString m_dataDir;
    QString m_connectionName;
    sqlite3 *m_handle = nullptr;
    std::vector<std::pair<int, std::function<void()>>> m_closeHooks;
    int m_nextHookToken = 1;
};

} // namespace Hookyard::Storage
