#include "storage/walcacherelease.h"
#include "storage/walspacereserve.h"
#include "storagetestutil.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

using namespace Hookyard::Storage;
using namespace Hookyard::Storage::TestUtil;

namespace {
constexpr int PageSize = 2048; // the database's page size (database.cpp)
constexpr qint64 FrameBytes = WalCacheRelease::FrameHeaderBytes + PageSize;
constexpr int Frames = 8000; // about 16.6 MB
constexpr qint64 MiB = 1024 * 1024;

qint64 endOfFrame(qint64 frames)
{
    return WalCacheRelease::WalHeaderBytes + frames * FrameBytes;
}

struct FileState
{
    qint64 size = -1;
    qint64 allocated = -1; // bytes of disk blocks
};

FileState stateOf(const QString &path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return {};
    return { qint64(st.st_size), qint64(st.st_blocks) * 512 };
}

// Whether WalSpaceReserve may take growth bytes on the file system that holds path.
bool roomFor(const QString &path, qint64 growth)
{
    struct statvfs fs = {};
    if (::statvfs(QFile::encodeName(path).constData(), &fs) != 0)
        return false;
    const qint64 available = qint64(fs.f_bavail) * qint64(fs.f_frsize);
    return available - growth >= WalSpaceReserve::FreeSpaceReserveBytes && growth <= available / 4;
}

QByteArray sha256(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}
} // namespace

// WalSpaceReserve allocates a flooded WAL's blocks ahead of the writer, and nothing else (Linux
// only, as the class; CMakeLists.txt). The first tests use a stand-in file with a WAL's layout;
// the last one shows that SQLite recovers a real WAL with such a tail.
class TestWalSpaceReserve : public QObject
{
    Q_OBJECT

private:
    // In the build tree rather than /tmp, which may be a tmpfs.
    QTemporaryDir m_dir { QDir::current().filePath(QStringLiteral("walspace-XXXXXX")) };
    QString m_path;
    QByteArray m_digest;

    // The file's first `bytes` bytes are what init() wrote, and the rest up to its end reads as
    // zeros.
    void verifyContent(qint64 bytes) const
    {
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(sha256(file.read(bytes)), m_digest);
        while (!file.atEnd()) {
            const QByteArray chunk = file.read(4 * MiB);
            QCOMPARE(chunk.count('\0'), chunk.size());
        }
    }

private slots:
    void initTestCase() { QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString())); }

    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("hookyard.db-wal"));
        m_digest = writeWalStandIn(m_path, endOfFrame(Frames));
        QVERIFY(!m_digest.isEmpty());
    }

    void allocatesAheadOfAFloodingWriter()
    {
        // 3,000 frames in the 250 ms since the last pass (24.9 MB/s): a flood. The file is
        // extended to four seconds of that (99.5 MB) past its frames.
        WalSpaceReserve reserve(m_path, PageSize);
        const qint64 growth = 16 * 3000 * FrameBytes;
        reserve.afterPass(Frames, 3000, 250, 0);
        if (!roomFor(m_path, growth)) {
            QCOMPARE(reserve.allocations(), 0); // the disk's last gigabyte is not ours to take
            QCOMPARE(stateOf(m_path).size, endOfFrame(Frames));
            qInfo("too little free space here: checked that nothing was allocated");
            return;
        }
        QCOMPARE(reserve.allocations(), 1);
        QCOMPARE(reserve.allocatedBytes(), growth);
        const FileState state = stateOf(m_path);
        QCOMPARE(state.size, endOfFrame(Frames) + growth);
        QVERIFY2(
            state.allocated >= state.size,
            qPrintable(
                QStringLiteral("%1 of %2 bytes allocated").arg(state.allocated).arg(state.size)));
        verifyContent(endOfFrame(Frames)); // the frames untouched, the new tail zeros
    }

    void allocatesAgainOnlyWhenHalfOfTheReserveIsUsed()
    {
        WalSpaceReserve reserve(m_path, PageSize);
        const bool room = roomFor(m_path, WalSpaceReserve::MaxAheadBytes);
        reserve.afterPass(Frames, 3000, 250, 0);
        if (!room) {
            // Near the disk's last gigabyte the guard decides (the test above): never more.
            QVERIFY(stateOf(m_path).size <= endOfFrame(Frames) + 16 * 3000 * FrameBytes);
            qInfo("too little free space here: checked only that no more was allocated");
            return;
        }
        const qint64 size = stateOf(m_path).size;
        QCOMPARE(size, endOfFrame(Frames) + 16 * 3000 * FrameBytes);
        // The writer appended 3,000 frames (6.2 MB) into the reserve: more than half of it is
        // still ahead, so nothing happens.
        reserve.afterPass(Frames + 3000, 3000, 250, 0);
        QCOMPARE(reserve.allocations(), 1);
        QCOMPARE(stateOf(m_path).size, size);
        // 6,000 more in 250 ms (12.4 MB): four seconds of this growth (199 MB) are the reserve
        // now, and less than half of that is left past the frames: the file is extended to it.
        reserve.afterPass(Frames + 9000, 6000, 250, 0);
        QCOMPARE(reserve.allocations(), 2);
        QCOMPARE(stateOf(m_path).size, endOfFrame(Frames + 9000) + 16 * 6000 * FrameBytes);
        // The same count, but taken 3 s ago (a checkpoint that long): the writer has appended
        // about 3 s of frames since (149 MB), past half of the reserve, so it is extended from
        // there.
        reserve.afterPass(Frames + 9000, 6000, 250, 3000);
        QCOMPARE(reserve.allocations(), 3);
        QCOMPARE(stateOf(m_path).size,
                 endOfFrame(Frames + 9000) + 12 * 6000 * FrameBytes + 16 * 6000 * FrameBytes);
        verifyContent(endOfFrame(Frames));
    }

    void leavesTheFileAloneOutsideAFlood()
    {
        WalSpaceReserve reserve(m_path, PageSize);
        // 2,000 frames (4.1 MB) in 250 ms, or 3,000 in a second: below FloodBytesPerSecond.
        QVERIFY(4 * 2000 * FrameBytes < WalSpaceReserve::FloodBytesPerSecond);
        reserve.afterPass(Frames, 2000, 250, 0);
        reserve.afterPass(Frames, 3000, 1000, 0);
        // The WAL started over in between, or the checkpointer's first pass: unknown growth.
        reserve.afterPass(Frames, -1, 250, 0);
        reserve.afterPass(0, 0, 250, 0);
        QCOMPARE(reserve.allocations(), 0);
        QCOMPARE(stateOf(m_path).size, endOfFrame(Frames));
        // Without the database's page size nothing is known of the layout: nothing is done.
        WalSpaceReserve unknown(m_path, 0);
        unknown.afterPass(Frames, Frames, 250, 0);
        QCOMPARE(unknown.allocations(), 0);
        QCOMPARE(stateOf(m_path).size, endOfFrame(Frames));
        // No WAL file: none is created.
        QVERIFY(QFile::remove(m_path));
        reserve.afterPass(Frames, 3000, 250, 0);
        QVERIFY(!QFile::exists(m_path));
    }

    void sqliteRecoversAWalWithAnAllocatedTail()
    {
        // A real WAL, never checkpointed, extended as in a flood; then the files as a crash
        // leaves them (copied while the connection is open) are opened: SQLite's recovery reads
        // every committed frame and stops at the zeros.
        const QString dir = m_dir.filePath(QStringLiteral("live"));
        const QString copy = m_dir.filePath(QStringLiteral("crashed"));
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(QDir().mkpath(copy));
        const QString file = dir + QStringLiteral("/hookyard.db");
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(file).constData(), &db), SQLITE_OK);
        const auto exec = [&db](const char *sql) {
            return sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
        };
        QVERIFY(exec("PRAGMA page_size=2048; PRAGMA journal_mode=WAL; PRAGMA "
                     "wal_autocheckpoint=0; CREATE TABLE t(id INTEGER PRIMARY KEY, body BLOB)"));
        for (int batch = 0; batch < 20; ++batch) {
            QVERIFY(exec("BEGIN"));
            for (int i = 0; i < 100; ++i)
                QVERIFY(exec("INSERT INTO t(body) VALUES(randomblob(3000))"));
            QVERIFY(exec("COMMIT"));
        }
        const QString wal = file + QStringLiteral("-wal");
        const qint64 framesEnd = stateOf(wal).size;
        const int frames = int((framesEnd - WalCacheRelease::WalHeaderBytes) / FrameBytes);
        QVERIFY2(frames > 2500, qPrintable(QString::number(frames)));
        WalSpaceReserve reserve(wal, PageSize);
        reserve.afterPass(frames, frames, 250, 0);
        if (roomFor(wal, WalSpaceReserve::MaxAheadBytes)) {
            QCOMPARE(reserve.allocations(), 1);
            QVERIFY(stateOf(wal).size > framesEnd + 32 * MiB);
        }
        // The writer goes on appending into the allocated part.
        QVERIFY(exec("INSERT INTO t(body) VALUES(randomblob(3000))"));
        QVERIFY(QFile::copy(file, copy + QStringLiteral("/hookyard.db")));
        QVERIFY(QFile::copy(wal, copy + QStringLiteral("/hookyard.db-wal")));
        sqlite3_close(db);

        sqlite3 *recovered = nullptr;
        const QByteArray copied = QFile::encodeName(copy + QStringLiteral("/hookyard.db"));
        QCOMPARE(sqlite3_open(copied.constData(), &recovered), SQLITE_OK);
        const auto value = [&recovered](const char *sql) {
            sqlite3_stmt *st = nullptr;
            QByteArray v;
            if (sqlite3_prepare_v2(recovered, sql, -1, &st, nullptr) == SQLITE_OK
                && sqlite3_step(st) == SQLITE_ROW)
                v = reinterpret_cast<const char *>(sqlite3_column_text(st, 0));
            sqlite3_finalize(st);
            return v;
        };
        QCOMPARE(value("SELECT count(*) FROM t"), QByteArray("2001"));
        QCOMPARE(value("PRAGMA integrity_check"), QByteArray("ok"));
        sqlite3_close(recovered);
    }
};

QTEST_GUILESS_MAIN(TestWalSpaceReserve)
#include "tst_walspacereserve.moc"
