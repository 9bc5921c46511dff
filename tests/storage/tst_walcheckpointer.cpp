#include "storage/database.h"
#include "storage/deliverywriter.h"
#include "storage/walcheckpointer.h"
#include "storagetestutil.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <array>
#include <functional>
#include <memory>

#if defined(Q_OS_LINUX)
#include <QDir>

#include <sched.h>
#endif

using namespace Hookyard;
using namespace Hookyard::Storage;
using namespace Hookyard::Storage::TestUtil;

namespace {
const QString Billing = QStringLiteral("3f9a1c2e7b4d5a6f8e0c1b2a3d4e5f60");

// The WAL header's checkpoint sequence number and salts (bytes 12-23): they change exactly when
// a connection starts the WAL over.
QByteArray walGeneration(const QString &dir)
{
    QFile wal(dir + QStringLiteral("/hookyard.db-wal"));
    if (!wal.open(QIODevice::ReadOnly))
        return {};
    const QByteArray header = wal.read(24);
    return header.size() == 24 ? header.mid(12) : QByteArray();
}

qint64 walSize(const QString &dir)
{
    return QFileInfo(dir + QStringLiteral("/hookyard.db-wal")).size();
}

// Writes deliveries evt_<from> .. evt_<from + count - 1> of about 3 KB each, one commit each.
bool writeBurst(DeliveryWriter &writer, int from, int count)
{
    for (int i = from; i < from + count; ++i) {
        const auto r =
            writer.commitVerified(verifiedDelivery(Billing, QStringLiteral("evt_%1").arg(i)), {});
        if (r.status != DeliveryWriter::Result::Committed)
            return false;
    }
    return true;
}

// 6,000 deliveries of about 3 KB (about 45 MB of WAL), ten per commit, 0.1 ms apart. Like the
// receiver's, the write lock is held from a batch's first delivery to its commit. afterCommit
// runs after each commit, with the batch's number (0-599).
bool writeFlood(DeliveryWriter &writer, QString *error,
                const std::function<void(int batch)> &afterCommit)
{
    for (int batch = 0; batch < 600; ++batch) {
        for (int i = 0; i < 10; ++i) {
            const QString id = QStringLiteral("evt_%1").arg(batch * 10 + i);
            const DeliveryWriter::Result r = writer.stage(verifiedDelivery(Billing, id), {});
            if (r.status != DeliveryWriter::Result::Committed) {
                *error = r.error;
                return false;
            }
            QThread::usleep(100);
        }
        if (!writer.commitStaged(error))
            return false;
        afterCommit(batch);
    }
    return true;
}

// Two connections that hold a read transaction on the newest snapshot in turn (the new one is
// begun before the old one ends), as a reader of the events (the window, the CLI) might while a
// flood goes on. Once one of them holds a snapshot that ends in the WAL, no connection can start
// the WAL over or truncate it: the flood tests use them to make sure the WAL keeps growing, as
// it does whenever the writer never leaves the checkpointer a moment (which the 20 ms passes of
// a test, unlike the receiver's, sometimes find between two commits of a loaded machine).
class SnapshotReaders final
{
public:
    explicit SnapshotReaders(const QString &dir)
    {
        QString error;
        for (auto &db : m_dbs)
            db = Database::open(dir, QStringLiteral("snapshot-reader"), &error);
    }
    ~SnapshotReaders() { release(); }
    bool isValid() const { return m_dbs[0] && m_dbs[1]; }

    // Holds the spare connection's read transaction on the newest snapshot, then ends the other.
    bool holdNewest()
    {
        const int spare = 1 - m_current;
        if (sqlite3_exec(m_dbs[spare]->handle(), "BEGIN; SELECT count(*) FROM events", nullptr,
                         nullptr, nullptr)
            != SQLITE_OK)
            return false;
        end(m_current);
        m_current = spare;
        return true;
    }
    void release()
    {
        end(0);
        end(1);
    }

private:
    void end(int i)
    {
        if (m_dbs[i] && !sqlite3_get_autocommit(m_dbs[i]->handle()))
            sqlite3_exec(m_dbs[i]->handle(), "COMMIT", nullptr, nullptr, nullptr);
    }

    std::array<std::unique_ptr<Database>, 2> m_dbs;
    int m_current = 0;
};

// A flood written while SnapshotReaders hold the newest snapshot after every commit, with the
// checkpointer started after the first one: nothing can have been copied from the WAL when the
// first snapshot is taken, so it ends in the WAL, and so does every later one. *generation is the
// WAL's generation at that moment; *walFrames the WAL's frame count after the last commit.
bool writeGrowingFlood(Database &db, DeliveryWriter &writer, SnapshotReaders &readers,
                       WalCheckpointer &checkpointer, QByteArray *generation, int *walFrames,
                       QString *error)
{
    sqlite3_wal_hook(
        db.handle(),
        [](void *out, sqlite3 *, const char *, int frames) {
            *static_cast<int *>(out) = frames;
            return SQLITE_OK;
        },
        walFrames);
    bool ok = true;
    const bool written = writeFlood(writer, error, [&](int batch) {
        ok = ok && readers.holdNewest();
        if (batch == 0 && ok) {
            *generation = walGeneration(db.dataDir());
            ok = checkpointer.start(error);
        }
    });
    sqlite3_wal_hook(db.handle(), nullptr, nullptr);
    if (written && !ok && error->isEmpty())
        *error = QStringLiteral("a snapshot reader failed");
    return written && ok;
}

// The receiver's set-up: no checkpoint and no WAL truncation on the writer's connection.
std::unique_ptr<Database> openWriter(const QString &dir)
{
    QString error;
    auto db = Database::open(dir, QStringLiteral("writer"), &error);
    if (db)
        db->leaveWalUpkeepToCheckpointer();
    return db;
}
} // namespace

// WalCheckpointer keeps the costly steps of the WAL's life (starting it over, with an fsync of
// its header; truncating the file) out of the writer's commits.
class TestWalCheckpointer : public QObject
{
    Q_OBJECT

private:
    TempDirs m_dirs;

private slots:
    void runsAsANamedBatchThread()
    {
#if defined(Q_OS_LINUX)
        // Its thread is "hookyard-wal" in top -H and perf, and SCHED_BATCH, so that its
        // wake-ups do not preempt the receiver thread (walcheckpointer.cpp says why).
        const auto findThread = [] {
            const QDir tasks(QStringLiteral("/proc/self/task"));
            for (const QString &tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
                QFile comm(tasks.filePath(tid + QStringLiteral("/comm")));
                if (comm.open(QIODevice::ReadOnly) && comm.readAll().trimmed() == "hookyard-wal")
                    return tid.toInt();
            }
            return 0;
        };
        QCOMPARE(findThread(), 0);
        const QString dir = m_dirs.next();
        WalCheckpointer checkpointer(dir);
        QString error;
        QVERIFY2(checkpointer.start(&error), qPrintable(error));
        const int tid = findThread();
        QVERIFY(tid > 0);
        QCOMPARE(sched_getscheduler(tid), SCHED_BATCH);
        checkpointer.stop();
        QCOMPARE(findThread(), 0);
#else
        QSKIP("thread names and SCHED_BATCH are set on Linux only");
#endif
    }

    void writerNeverStartsTheWalOver()
    {
        const QString dir = m_dirs.next();
        auto db = openWriter(dir);
        QVERIFY(db);
        DeliveryWriter writer(*db);
        WalCheckpointer checkpointer(dir, 20);
        QString error;
        QVERIFY2(checkpointer.start(&error), qPrintable(error));

        int restartsSeen = 0;
        for (int i = 0; i < 12; ++i) {
            // A pause of five passes: the checkpointer copies every frame, and then starts the
            // WAL over itself.
            const QByteArray before = walGeneration(dir);
            QTest::qWait(100);
            if (walGeneration(dir) != before)
                ++restartsSeen;
            // The write lock is held from the first stage() to the commit, so the WAL can only
            // change generation inside this window if the commit starts it over.
            QCOMPARE(
                writer.stage(verifiedDelivery(Billing, QStringLiteral("evt_%1").arg(i)), {}).status,
                DeliveryWriter::Result::Committed);
            const QByteArray atBegin = walGeneration(dir);
            QVERIFY2(writer.commitStaged(&error), qPrintable(error));
            QCOMPARE(walGeneration(dir), atBegin);
        }
        QVERIFY2(restartsSeen >= 6, qPrintable(QString::number(restartsSeen)));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM events")).toInt(), 12);
    }

    void truncatesTheWalAfterABurst()
    {
        // A burst of about 2.4 MB of WAL, then a pause: the WAL is truncated to the limit.
        const qint64 limit = 256 * 1024;
        const QString dir = m_dirs.next();
        auto db = openWriter(dir);
        QVERIFY(db);
        WalCheckpointer checkpointer(dir, 20, limit);
        QString error;
        QVERIFY2(checkpointer.start(&error), qPrintable(error));
        DeliveryWriter writer(*db);
        QVERIFY(writeBurst(writer, 0, 300));
        QVERIFY2(walSize(dir) > limit, qPrintable(QString::number(walSize(dir))));
        QTRY_VERIFY_WITH_TIMEOUT(walSize(dir) <= limit, 5000);
        // And again after the next burst.
        QVERIFY(writeBurst(writer, 300, 300));
        QVERIFY(walSize(dir) > limit);
        QTRY_VERIFY_WITH_TIMEOUT(walSize(dir) <= limit, 5000);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM events")).toInt(), 600);
    }

    void writerDoesNotTruncateTheWal()
    {
        // With a limit the checkpointer never reaches, the WAL keeps its size, however often
        // the writer goes on after a pause.
        const QString dir = m_dirs.next();
        auto db = openWriter(dir);
        QVERIFY(db);
        WalCheckpointer checkpointer(dir, 20, qint64(1) << 40);
        QString error;
        QVERIFY2(checkpointer.start(&error), qPrintable(error));
        DeliveryWriter writer(*db);
        QVERIFY(writeBurst(writer, 0, 300));
        // The size once the checkpointer has caught up: a pass that began during the burst
        // may still append its own frame after the burst's last commit.
        QTest::qWait(200);
        const qint64 peak = walSize(dir);
        QVERIFY(peak > 256 * 1024);
        for (int round = 0; round < 3; ++round) {
            QTest::qWait(200); // ten passes
            QVERIFY(writeBurst(writer, 300 + round * 10, 10));
        }
        QTest::qWait(200);
        QCOMPARE(walSize(dir), peak);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM events")).toInt(), 330);
    }

    void busyWriterPostponesTheTruncation()
    {
        const QString dir = m_dirs.next();
        auto db = openWriter(dir);
        QVERIFY(db);
        DeliveryWriter writer(*db);
        QVERIFY(writeBurst(writer, 0, 300));
        // The size once the checkpointer has caught up: a pass that began during the burst
        // may still append its own frame after the burst's last commit.
        QTest::qWait(200);
        const qint64 peak = walSize(dir);
        QVERIFY(peak > 256 * 1024);
        // A delivery staged and not yet committed holds the write lock.
        QCOMPARE(writer.stage(verifiedDelivery(Billing, QStringLiteral("evt_open")), {}).status,
                 DeliveryWriter::Result::Committed);
        WalCheckpointer checkpointer(dir, 20, 256 * 1024);
        QString error;
        QVERIFY2(checkpointer.start(&error), qPrintable(error));
        QTest::qWait(300);
        QVERIFY(walSize(dir) >= peak); // not truncated under the writer's feet
        QVERIFY2(writer.commitStaged(&error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(walSize(dir) <= 256 * 1024, 5000);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM events")).toInt(), 301);
    }

#if defined(Q_OS_LINUX)
    void floodLeavesTheCopiedWalOutOfThePageCache()
    {
        // A flood the WAL cannot start over during (SnapshotReaders): it grows, and what was
        // copied into the database is dropped from the page cache beyond the size limit
        // (WalCacheRelease); the file keeps it.
        // In the build tree rather than /tmp, which may be a tmpfs (nothing is dropped there).
        QTemporaryDir root(QDir::current().filePath(QStringLiteral("walflood-XXXXXX")));
        QVERIFY2(root.isValid(), qPrintable(root.errorString()));
        const QString dir = root.filePath(QStringLiteral("data"));
        const qint64 limit = 256 * 1024;
        auto db = openWriter(dir);
        QVERIFY(db);
        DeliveryWriter writer(*db);
        SnapshotReaders readers(dir);
        QVERIFY(readers.isValid());
        WalCheckpointer checkpointer(dir, 20, limit);
        QByteArray generation;
        int frames = 0;
        QString error;
        QVERIFY2(
            writeGrowingFlood(*db, writer, readers, checkpointer, &generation, &frames, &error),
            qPrintable(error));
        QCOMPARE(walGeneration(dir), generation); // it never started over
        const QString wal = dir + QStringLiteral("/hookyard.db-wal");
        const qint64 size = walSize(dir);
        QVERIFY2(size > 40'000'000, qPrintable(QString::number(size)));
        const qint64 cached = residentBytes(wal, limit, size);
        const qint64 head = residentBytes(wal, 0, limit);
        qInfo() << "WAL of" << size << "bytes:" << cached << "bytes beyond the limit cached";
        QCOMPARE(head, limit); // the head stays: a WAL that starts over writes there again
        if (pageCacheCanBeDropped(dir))
            QVERIFY2(cached < (size - limit) / 4, qPrintable(QString::number(cached)));
        else
            QCOMPARE(cached, size - limit); // tmpfs keeps every page
        readers.release();
        checkpointer.stop();
        // Nothing lost, nothing damaged.
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM events")).toInt(), 6000);
        QCOMPARE(scalar(*db, QStringLiteral("PRAGMA integrity_check")).toString(),
                 QStringLiteral("ok"));
    }

    void floodAllocatesTheWalAheadOfTheWriter()
    {
        // The same flood with the default interval (250 ms), so that each pass sees the WAL grow
        // by a flood's rate: the file's blocks are allocated ahead of the writer
        // (WalSpaceReserve), and the file is longer than its frames (SQLite alone writes it up
        // to the end of the last one). Once the flood is over, the file is truncated as before.
        QTemporaryDir root(QDir::current().filePath(QStringLiteral("walreserve-XXXXXX")));
        QVERIFY2(root.isValid(), qPrintable(root.errorString()));
        const QString dir = root.filePath(QStringLiteral("data"));
        auto db = openWriter(dir);
        QVERIFY(db);
        DeliveryWriter writer(*db);
        SnapshotReaders readers(dir);
        QVERIFY(readers.isValid());
        WalCheckpointer checkpointer(dir);
        QByteArray generation;
        int frames = 0;
        QString error;
        QVERIFY2(
            writeGrowingFlood(*db, writer, readers, checkpointer, &generation, &frames, &error),
            qPrintable(error));
        QCOMPARE(walGeneration(dir), generation); // it never started over
        const qint64 framesEnd = 32 + qint64(frames) * (24 + db->pageSize());
        const qint64 size = walSize(dir);
        qInfo() << "WAL of" << size << "bytes for" << framesEnd << "bytes of frames";
        QVERIFY2(framesEnd > 40'000'000, qPrintable(QString::number(framesEnd)));
        QVERIFY2(size > framesEnd, qPrintable(QString::number(size)));
        // The flood is over and nobody reads: the next passes copy the rest and cut the file
        // back.
        readers.release();
        QTRY_VERIFY_WITH_TIMEOUT(walSize(dir) <= Database::DefaultWalSizeLimit, 10000);
        checkpointer.stop();
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM events")).toInt(), 6000);
        QCOMPARE(scalar(*db, QStringLiteral("PRAGMA integrity_check")).toString(),
                 QStringLiteral("ok"));
    }
#endif
};

QTEST_GUILESS_MAIN(TestWalCheckpointer)
#include "tst_walcheckpointer.moc"
