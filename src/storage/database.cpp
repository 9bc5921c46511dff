#include "storage/database.h"

#include "core/logging.h"
#include "storage/migrations.h"
#include "storage/pagecachetruncation.h"
#include "storage/sqlfunctions.h"
#include "storage/sqliteerror.h"
#include "storage/walwritecoalescer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>

#include <atomic>
#include <mutex>
#include <sqlite3.h>

namespace Hookyard::Storage {

namespace {

// SQLite keeps process-wide memory statistics by default: every sqlite3_malloc() and
// sqlite3_free() then takes one global mutex, for which the receiver, the checkpointer and the
// main thread's queries contend (perf trace saw the receiver wait on it under load). Hookyard
// reads no memory statistics and sets no heap limit, so they are off. Like the page cache, this
// can only be set before SQLite is initialised; afterwards the call fails and changes nothing.
void disableMemoryStatistics()
{
    static std::once_flag once;
    std::call_once(once, [] { sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); });
}

QString tr(const char *text)
{
    return QCoreApplication::translate("Hookyard::Storage::Database", text);
}

// How long a connection waits for another one's write transaction (sqlite3_busy_timeout).
constexpr int BusyTimeoutMs = 5000;

// Runs one PRAGMA (or any statement) and returns its first column as text, or a null string
// with *code set on failure. The C API, because the version check must run before Qt SQL or
// anything else could write to a database we are about to refuse.
QString queryText(sqlite3 *db, const char *sql, int *code)
{
    sqlite3_stmt *stmt = nullptr;
    *code = sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr);
    if (*code != SQLITE_OK)
        return {};
    QString result;
    *code = sqlite3_step(stmt);
    if (*code == SQLITE_ROW) {
        result = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
        if (result.isNull())
            result = QStringLiteral("");
        *code = SQLITE_OK;
    } else if (*code == SQLITE_DONE) {
        result = QStringLiteral("");
        *code = SQLITE_OK;
    }
    sqlite3_finalize(stmt);
    return result;
}

bool createDataDir(const QString &dataDir, QString *error)
{
    QFileInfo info(dataDir);
    if (info.exists()) {
        if (!info.isDir()) {
            *error = tr("%1 is a file, not a directory: choose a directory with --data-dir.")
                         .arg(dataDir);
            return false;
        }
    } else {
        if (!QDir().mkpath(dataDir)) {
            *error = tr("Could not create the data directory %1: check that the parent "
                        "directory exists and is writable, or choose another one with "
                        "--data-dir.")
                         .arg(dataDir);
            return false;
        }
        // Only the owner may look inside: the secrets file (when no keychain answers) and the
        // event bodies (customer data) live here.
        QFile::setPermissions(dataDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    info.refresh();
    if (!info.isWritable() || !info.isExecutable()) {
        *error = tr("The data directory %1 is not writable: give your user write access to it, "
                    "or choose another one with --data-dir.")
                     .arg(dataDir);
        return false;
    }
    return true;
}

} // namespace

Database::Database(QString dataDir, QString connectionName)
    : m_dataDir(std::move(dataDir)), m_connectionName(std::move(connectionName))
{
}

std::unique_ptr<Database> Database::open(const QString &dataDir, const QString &connectionName,
                                         QString *error, Sync sync)
{
    QString localError;
    if (!error)
        error = &localError;
    if (dataDir.isEmpty()) {
        *error = tr("No data directory given: pass --data-dir DIR.");
        return nullptr;
    }
    const QString dir = QDir::cleanPath(QDir(dataDir).absolutePath());
    if (!createDataDir(dir, error))
        return nullptr;

    // Qt SQL connections are named per process; a counter keeps two Database objects with the
    // same name (tests, a reopened CLI context) from sharing or clobbering a connection.
    static std::atomic<int> counter { 0 };
    const QString name = QStringLiteral("hookyard-%1-%2").arg(connectionName).arg(++counter);

    std::unique_ptr<Database> db(new Database(dir, name));
    if (!db->init(sync, error))
        return nullptr; // ~Database closes and removes the connection
    return db;
}

bool Database::init(Sync sync, QString *error)
{
    const QString path = filePath();
    if (QFileInfo::exists(path) && !QFileInfo(path).isWritable()) {
        *error = tr("The database %1 is read-only for your user: give your user write access to "
                    "it, or use another --data-dir.")
                     .arg(path);
        return false;
    }

    // Before the first connection: the page cache can be replaced only before SQLite is
    // initialised, and the default VFS is chosen when a connection opens.
    disableMemoryStatistics();
    PageCacheTruncation::install();
    WalWriteCoalescer::install();
    QSqlDatabase qdb = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    if (!qdb.isValid()) {
        *error = tr("The SQLite driver of Qt is missing: install the package libqt6sql6-sqlite.");
        return false;
    }
    qdb.setDatabaseName(path);
    // The busy timeout covers a CLI or the retention job writing while the receiver commits.
    qdb.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs));
    if (!qdb.open()) {
        *error = tr("Could not open the database %1 (%2): check that the data directory is "
                    "writable, or use another --data-dir.")
                     .arg(path, qdb.lastError().text());
        return false;
    }
    const QVariant handle = qdb.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        m_handle = *static_cast<sqlite3 *const *>(handle.constData());
    if (!m_handle) {
        *error = tr("The SQLite driver of Qt did not give access to its connection.");
        return false;
    }

    // The version check comes first, before anything that writes (WAL, migrations): a database
    // made by a newer Hookyard is refused unchanged.
    int code = SQLITE_OK;
    const int version = queryText(m_handle, "PRAGMA user_version", &code).toInt();
    if (code != SQLITE_OK) {
        *error = SqliteError::describe(m_handle, m_dataDir);
        return false;
    }
    if (version > SchemaVersion) {
        *error = tr("The database %1 was created by a newer Hookyard (schema %2); upgrade "
                    "Hookyard or use another --data-dir.")
                     .arg(path)
                     .arg(version);
        return false;
    }
    // Version 0 with tables: somebody else's SQLite file, refused as it is (migrate() checks it
    // too, but WAL mode below would already have changed its header).
    if (version == 0
        && queryText(m_handle, "SELECT count(*) FROM sqlite_master", &code).toInt() > 0) {
        *error =
            tr("%1 is not a Hookyard database: move it away or use another --data-dir.").arg(path);
        return false;
    }
    if (code != SQLITE_OK) {
        *error = SqliteError::describe(m_handle, m_dataDir);
        return false;
    }

    // A new database gets 2 KiB pages: WAL mode writes every page a commit touches in full,
    // and a delivery touches about a dozen (table leaves and one leaf per index), so the page
    // size multiplies what each delivery writes; but with 1 KiB pages a 3 KB event body fills
    // three overflow pages, and the checkpointer copies twice as many pages, one read and one
    // write call each. On our 2-core test VM (tests/benchmarks, runs in turn): 1 KiB pages
    // 13.6-16.7k deliveries/s, 2 KiB 16.5-18.2k, 4 KiB 12.8-15.2k; in a second series the
    // throughput was the same (18.4-19.8k) and p99 15-17 ms with 2 KiB against 21-22 ms.
    // Only effective before the first table exists and before WAL mode is on.
    if (version == 0)
        queryText(m_handle, "PRAGMA page_size=2048", &code);
    const QString mode = queryText(m_handle, "PRAGMA journal_mode=WAL", &code);
    if (code != SQLITE_OK || mode.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        *error = code != SQLITE_OK
            ? SqliteError::describe(m_handle, m_dataDir)
            : tr("Could not switch the database %1 to WAL mode (it stayed in %2 mode): "
                 "keep the data directory on a local file system.")
                  .arg(path, mode);
        return false;
    }
    // NORMAL in WAL mode survives a killed process (only power loss can cost the last
    // commits); FULL adds an fsync per commit for power-loss safety (ARCHITECTURE.md 2).
    const char *pragmas[] = {
        sync == Sync::Full ? "PRAGMA synchronous=FULL" : "PRAGMA synchronous=NORMAL",
        "PRAGMA foreign_keys=ON",
        // 16 MiB of page cache (the default is 2 MiB): the unique index of events is written at
        // random places, and a cache miss is a read system call inside the commit.
        "PRAGMA cache_size=-16384",
    };
    for (const char *pragma : pragmas) {
        queryText(m_handle, pragma, &code);
        if (code != SQLITE_OK) {
            *error = SqliteError::describe(m_handle, m_dataDir);
            return false;
        }
    }

    code = registerSqlFunctions(m_handle);
    if (code != SQLITE_OK) {
        *error = SqliteError::describe(m_handle, m_dataDir);
        return false;
    }

    // Truncate the WAL back to 64 MiB after a checkpoint so a burst does not keep its size.
    setWalSizeLimit(DefaultWalSizeLimit);

    if (!migrate(qdb, error))
        return false;
    qCDebug(lcStorage) << "opened" << path << "schema" << schemaVersion() << "as"
                       << m_connectionName;
    return true;
}

Database::~Database()
{
    // Raw statements first: sqlite3_close refuses a connection with unfinalised statements.
    const auto hooks = std::move(m_closeHooks);
    for (const auto &hook : hooks)
        hook.second();
    {
        QSqlDatabase qdb = QSqlDatabase::database(m_connectionName, false);
        if (qdb.isValid())
            qdb.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::sql() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

sqlite3 *Database::handle() const
{
    return m_handle;
}

QString Database::filePath() const
{
    return m_dataDir + QLatin1Char('/') + QLatin1String(FileName);
}

int Database::schemaVersion() const
{
    int code = SQLITE_OK;
    return queryText(m_handle, "PRAGMA user_version", &code).toInt();
}

void Database::setAutoCheckpoint(int pages)
{
    sqlite3_wal_autocheckpoint(m_handle, pages);
}

bool Database::checkpoint(QString *error, CheckpointProgress *progress)
{
    // PASSIVE: never waits for readers or the writer, so it cannot stall the receiver.
    CheckpointProgress p;
    const int code = sqlite3_wal_checkpoint_v2(m_handle, nullptr, SQLITE_CHECKPOINT_PASSIVE,
                                               &p.walFrames, &p.checkpointedFrames);
    if (progress)
        *progress = p;
    if (code != SQLITE_OK && code != SQLITE_BUSY) {
        if (error)
            *error = SqliteError::describe(m_handle, m_dataDir);
        return false;
    }
    return true;
}

void Database::leaveWalUpkeepToCheckpointer()
{
    setAutoCheckpoint(0);
    setWalSizeLimit(-1);
}

void Database::setWalSizeLimit(qint64 bytes)
{
    int code = SQLITE_OK;
    queryText(m_handle,
              QByteArray("PRAGMA journal_size_limit=" + QByteArray::number(qMax<qint64>(-1, bytes)))
                  .constData(),
              &code);
}

namespace {

// Runs one call with no busy handler: SQLITE_BUSY (Busy) at once instead of waiting.
template<typename Call>
Database::WalResult withoutWaiting(sqlite3 *db, const QString &dataDir, QString *error, Call call)
{
    sqlite3_busy_timeout(db, 0);
    const int code = call();
    sqlite3_busy_timeout(db, BusyTimeoutMs);
    if (code == SQLITE_OK)
        return Database::WalResult::Done;
    if (code == SQLITE_BUSY)
        return Database::WalResult::Busy;
    if (error)
        *error = SqliteError::describe(db, dataDir);
    return Database::WalResult::Failed;
}

} // namespace

Database::WalResult Database::truncateWal(QString *error)
{
    return withoutWaiting(m_handle, m_dataDir, error, [this] {
        return sqlite3_wal_checkpoint_v2(m_handle, nullptr, SQLITE_CHECKPOINT_TRUNCATE, nullptr,
                                         nullptr);
    });
}

Database::WalResult Database::beginWrite(QString *error)
{
    return withoutWaiting(m_handle, m_dataDir, error, [this] {
        return sqlite3_exec(m_handle, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
    });
}

int Database::commitRewrite(QString *error)
{
    // Any commit that writes a page would do; this one changes nothing. The schema version is
    // SchemaVersion on every connection that open() returned.
    const QByteArray rewrite = "PRAGMA user_version=" + QByteArray::number(SchemaVersion);
    int code = sqlite3_exec(m_handle, rewrite.constData(), nullptr, nullptr, nullptr);
    // The WAL hook is told the WAL's frame count after each commit. It is also how automatic
    // checkpoints are run, so they are put back afterwards, as they were.
    int pragmaCode = SQLITE_OK;
    const QString pages = queryText(m_handle, "PRAGMA wal_autocheckpoint", &pragmaCode);
    const int autoCheckpointPages = pages.isNull() ? 1000 : pages.toInt(); // 1000: SQLite's default
    int frames = -1;
    sqlite3_wal_hook(
        m_handle,
        [](void *out, sqlite3 *, const char *, int n) {
            *static_cast<int *>(out) = n;
            return SQLITE_OK;
        },
        &frames);
    if (code == SQLITE_OK)
        code = sqlite3_exec(m_handle, "COMMIT", nullptr, nullptr, nullptr);
    sqlite3_wal_autocheckpoint(m_handle, autoCheckpointPages);
    if (code == SQLITE_OK)
        return frames;
    if (error)
        *error = SqliteError::describe(m_handle, m_dataDir);
    if (!sqlite3_get_autocommit(m_handle))
        sqlite3_exec(m_handle, "ROLLBACK", nullptr, nullptr, nullptr);
    return -1;
}

qint64 Database::dataVersion()
{
    int code = SQLITE_OK;
    return queryText(m_handle, "PRAGMA data_version", &code).toLongLong();
}

int Database::pageSize()
{
    int code = SQLITE_OK;
    const int size = queryText(m_handle, "PRAGMA page_size", &code).toInt();
    return code == SQLITE_OK ? size : 0;
}

int Database::addCloseHook(std::function<void()> hook)
{
    const int token = m_nextHookToken++;
    m_closeHooks.emplace_back(token, std::move(hook));
    return token;
}

void Database::removeCloseHook(int token)
{
    std::erase_if(m_closeHooks, [token](const auto &entry) { return entry.first == token; });
}

} // namespace Hookyard::Storage
