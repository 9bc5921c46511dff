#pragma once

#include "core/delivery.h"
#include "storage/database.h"

#include <QByteArray>
#include <QFile>
#include <QSqlQuery>
#include <QString>
#include <QTemporaryDir>
#include <QTest>
#include <QVariant>

#include <algorithm>
#include <sqlite3.h>

#if defined(Q_OS_LINUX)
#include <QCryptographicHash>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/vfs.h>
#include <unistd.h>
#include <vector>
#endif

// Small helpers shared by the storage tests (header-only, test code only).
namespace Hookyard::Storage::TestUtil {

inline QVariant scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.sql());
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

inline bool exec(Database &db, const char *sql)
{
    return sqlite3_exec(db.handle(), sql, nullptr, nullptr, nullptr) == SQLITE_OK;
}

// A realistic Stripe snapshot event of about bodySize bytes (padded in metadata).
inline QByteArray stripeBody(const QString &id, const QString &type, int bodySize = 3000)
{
    QByteArray body = QByteArrayLiteral("{\n  \"id\": \"") + id.toUtf8()
        + QByteArrayLiteral("\",\n  \"object\": \"event\",\n  \"api_version\": \"2024-06-20\",\n"
                            "  \"created\": 1764201000,\n  \"data\": {\n    \"object\": {\n"
                            "      \"id\": \"in_1QAbCdEfGhIjKlMnOp\",\n      \"object\": "
                            "\"invoice\",\n      \"amount_due\": 4900,\n      \"metadata\": {\n"
                            "        \"note\": \"");
    const QByteArray tail = QByteArrayLiteral("\"\n      }\n    }\n  },\n  \"livemode\": false,\n"
                                              "  \"type\": \"")
        + type.toUtf8() + QByteArrayLiteral("\"\n}\n");
    const qsizetype pad = qMax<qsizetype>(0, bodySize - body.size() - tail.size());
    body += QByteArray(pad, 'x');
    body += tail;
    return body;
}

inline Core::Delivery
verifiedDelivery(const QString &connectorId, const QString &stripeId,
                 const QString &type = QStringLiteral("invoice.payment_failed"),
                 qint64 receivedAtMs = 1764201000412, int bodySize = 3000)
{
    Core::Delivery d;
    d.connectorId = connectorId;
    d.receivedAtMs = receivedAtMs;
    d.httpStatus = 200;
    d.outcome = Core::DeliveryOutcome::Accepted;
    d.remoteAddress = QStringLiteral("127.0.0.1");
    d.userAgent = QStringLiteral("Stripe/1.0 (+https://stripe.com/docs/webhooks)");
    d.contentType = QStringLiteral("application/json; charset=utf-8");
    d.signatureTimestamp = receivedAtMs / 1000;
    d.v1Count = 1;
    d.body = stripeBody(stripeId, type, bodySize);
    d.bodySize = d.body.size();
    d.event.id = stripeId;
    d.event.type = type;
    d.event.object = QStringLiteral("event");
    d.event.created = 1764201000;
    d.event.apiVersion = QStringLiteral("2024-06-20");
    d.event.objectId = QStringLiteral("in_1QAbCdEfGhIjKlMnOp");
    return d;
}

// A second connection of the test's own to a database file, through SQLite's C API: it sees
// only what is committed (a writer's own connection would see its open transaction), and it
// plants triggers that are then never part of a writer's transaction.
class Peer
{
public:
    explicit Peer(const QString &file)
    {
        sqlite3_open_v2(file.toUtf8().constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr);
        sqlite3_busy_timeout(m_db, 2000);
    }
    ~Peer() { sqlite3_close_v2(m_db); }
    Q_DISABLE_COPY_MOVE(Peer)

    qint64 value(const char *sql) const
    {
        sqlite3_stmt *st = nullptr;
        qint64 v = -1;
        if (sqlite3_prepare_v2(m_db, sql, -1, &st, nullptr) == SQLITE_OK
            && sqlite3_step(st) == SQLITE_ROW)
            v = sqlite3_column_int64(st, 0);
        sqlite3_finalize(st); // no read transaction left open
        return v;
    }
    bool exec(const char *sql) const
    {
        return sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
    }

private:
    sqlite3 *m_db = nullptr;
};

// Counts one connection's WAL frames after each of its commits (sqlite3_wal_hook) while it
// lives: the WAL's frame count after the last commit, and the most it held after any. Install it
// after setAutoCheckpoint() or leaveWalUpkeepToCheckpointer(), which set a hook of their own.
class WalFrameCount
{
public:
    explicit WalFrameCount(sqlite3 *db) : m_db(db) { sqlite3_wal_hook(db, &count, this); }
    ~WalFrameCount() { sqlite3_wal_hook(m_db, nullptr, nullptr); }
    Q_DISABLE_COPY_MOVE(WalFrameCount)
    int last() const { return m_last; }
    int highWater() const { return m_highWater; }

private:
    static int count(void *self, sqlite3 *, const char *, int frames)
    {
        auto *counter = static_cast<WalFrameCount *>(self);
        counter->m_last = frames;
        counter->m_highWater = std::max(counter->m_highWater, frames);
        return SQLITE_OK;
    }

    sqlite3 *m_db;
    int m_last = 0;
    int m_highWater = 0;
};

// The WAL header's checkpoint sequence number and salts (bytes 12-23) of a data dir's WAL: they
// change exactly when a connection starts the WAL over.
inline QByteArray walGeneration(const QString &dataDir)
{
    QFile wal(dataDir + QStringLiteral("/hookyard.db-wal"));
    if (!wal.open(QIODevice::ReadOnly))
        return {};
    const QByteArray header = wal.read(24);
    return header.size() == 24 ? header.mid(12) : QByteArray();
}

// Waits (up to timeoutMs, processing events) until some connection starts the WAL over: a
// WalCheckpointer does after it has copied every frame, within a few passes on an idle machine
// and after seconds of fsync on a disk another process keeps busy.
inline bool waitForWalStartedOver(const QString &dataDir, int timeoutMs = 5000)
{
    const QByteArray before = walGeneration(dataDir);
    return QTest::qWaitFor([&] { return walGeneration(dataDir) != before; }, timeoutMs);
}

// Fresh data directories (d1, d2, ...) under one temporary directory, removed with it.
class TempDirs
{
public:
    QString next() { return m_root.path() + QStringLiteral("/d%1").arg(++m_count); }

private:
    QTemporaryDir m_root;
    int m_count = 0;
};

#if defined(Q_OS_LINUX)
// A stand-in for a WAL file of `bytes` bytes (a pattern, not frames), written and flushed to
// disk; returns its SHA-256, or an empty array if it could not be written.
inline QByteArray writeWalStandIn(const QString &path, qint64 bytes)
{
    QFile::remove(path);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    QByteArray content(bytes, Qt::Uninitialized);
    for (qint64 i = 0; i < content.size(); ++i)
        content[i] = char((i * 131) ^ (i >> 11));
    if (file.write(content) != content.size() || !file.flush() || ::fsync(file.handle()) != 0)
        return {};
    return QCryptographicHash::hash(content, QCryptographicHash::Sha256);
}

// How many bytes of [from, to) of a file are in the page cache (mincore on a read-only mapping;
// whole pages that start inside the range), or -1 if the file cannot be mapped.
inline qint64 residentBytes(const QString &path, qint64 from, qint64 to)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return -1;
    struct stat st = {};
    qint64 result = -1;
    if (::fstat(fd, &st) == 0 && st.st_size > 0) {
        const long page = ::sysconf(_SC_PAGESIZE);
        const size_t length = size_t(st.st_size);
        void *map = ::mmap(nullptr, length, PROT_READ, MAP_SHARED, fd, 0);
        if (map != MAP_FAILED) {
            std::vector<unsigned char> pages((length + page - 1) / page);
            if (::mincore(map, length, pages.data()) == 0) {
                result = 0;
                for (size_t i = size_t((from + page - 1) / page);
                     i < pages.size() && qint64(i) * page < to; ++i)
                    result += (pages[i] & 1) ? page : 0;
            }
            ::munmap(map, length);
        }
    }
    ::close(fd);
    return result;
}

// Whether the page cache of files under dir can be dropped (not so on tmpfs, where the cache is
// the file itself).
inline bool pageCacheCanBeDropped(const QString &dir)
{
    struct statfs fs = {};
    constexpr long TmpfsMagic = 0x01021994;
    return ::statfs(QFile::encodeName(dir).constData(), &fs) == 0 && long(fs.f_type) != TmpfsMagic;
}
#endif

} // namespace Hookyard::Storage::TestUtil
