#include "storage/database.h"
#include "storage/deliverywriter.h"
#include "storage/walcheckpointer.h"
#include "storage/walwritecoalescer.h"
#include "storagetestutil.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

using namespace Hookyard;
using namespace Hookyard::Storage;
using namespace Hookyard::Storage::TestUtil;

namespace {
const QString Billing = QStringLiteral("3f9a1c2e7b4d5a6f8e0c1b2a3d4e5f60");

// A connection through SQLite's own "unix" VFS: it sees only what reached the file.
struct PlainReader
{
    sqlite3 *db = nullptr;
    explicit PlainReader(const QString &dataDir)
    {
        const QByteArray path = QFile::encodeName(dataDir + QStringLiteral("/hookyard.db"));
        sqlite3_open_v2(path.constData(), &db, SQLITE_OPEN_READONLY, "unix");
    }
    ~PlainReader() { sqlite3_close(db); }
    int count(const char *sql)
    {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) != SQLITE_OK)
            return -1;
        const int n = sqlite3_step(stmt) == SQLITE_ROW ? sqlite3_column_int(stmt, 0) : -1;
        sqlite3_finalize(stmt);
        return n;
    }
};
} // namespace

// The WAL write coalescing VFS (and the background checkpointer that goes with it): a commit
// that returned is on the file, visible to every other connection and process, and survives
// SIGKILL.
class TestWalWriteCoalescer : public QObject
{
    Q_OBJECT

private:
    TempDirs m_dirs;

private slots:
    void commitsAreVisibleAtOnce()
    {
        const QString dir = m_dirs.next();
        QString error;
        auto db = Database::open(dir, QStringLiteral("writer"), &error);
        QVERIFY2(db, qPrintable(error));
        DeliveryWriter writer(*db);
        PlainReader reader(dir);
        QVERIFY(reader.db);
        const long long before = WalWriteCoalescer::coalescedCommits();
        for (int i = 0; i < 50; ++i) {
            const auto r =
                writer.commitVerified(verifiedDelivery(Billing, QStringLiteral("evt_%1").arg(i)),
                                      { Core::PlannedRun { QStringLiteral("a") } });
            QCOMPARE(r.status, DeliveryWriter::Result::Committed);
            QCOMPARE(reader.count("SELECT count(*) FROM events"), i + 1);
            QCOMPARE(reader.count("SELECT count(*) FROM runs"), i + 1);
        }
        QVERIFY(WalWriteCoalescer::coalescedCommits() >= before + 50);
        QCOMPARE(reader.count("SELECT count(*) FROM pragma_integrity_check WHERE "
                              "integrity_check = 'ok'"),
                 1);
    }

    void largeTransaction()
    {
        const QString dir = m_dirs.next();
        QString error;
        auto db = Database::open(dir, QStringLiteral("writer"), &error);
        QVERIFY(db);
        // ~5 MiB in one transaction: written in 1 MiB pieces, then the commit.
        QVERIFY(exec(*db, "BEGIN IMMEDIATE"));
        for (int i = 0; i < 1200; ++i) {
            const QByteArray sql = QByteArrayLiteral("INSERT INTO events(connector_id, stripe_id, "
                                                     "type, object, received_at, body) VALUES("
                                                     "'c', 'evt_")
                + QByteArray::number(i)
                + QByteArrayLiteral("', 't', 'event', 1, randomblob(4000))");
            QVERIFY2(exec(*db, sql.constData()), sqlite3_errmsg(db->handle()));
        }
        QVERIFY(exec(*db, "COMMIT"));
        PlainReader reader(dir);
        QCOMPARE(reader.count("SELECT count(*) FROM events"), 1200);
        QCOMPARE(reader.count("SELECT count(*) FROM pragma_integrity_check WHERE "
                              "integrity_check = 'ok'"),
                 1);
        // And a rolled-back one leaves nothing.
        QVERIFY(exec(*db, "BEGIN IMMEDIATE"));
        QVERIFY(exec(*db, "DELETE FROM events"));
        QVERIFY(exec(*db, "ROLLBACK"));
        QCOMPARE(reader.count("SELECT count(*) FROM events"), 1200);
    }

    void killedWriterKeepsEveryAcknowledgedCommit()
    {
        const QString dir = m_dirs.next();
        QString error;
        QVERIFY(Database::open(dir, QStringLiteral("create"), &error)); // schema, VFS installed
        int ack[2];
        QCOMPARE(::pipe(ack), 0);
        const QByteArray path = QFile::encodeName(dir + QStringLiteral("/hookyard.db"));
        const pid_t child = ::fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            // The child: plain C API (no Qt after fork), through the coalescing default VFS,
            // acknowledging each commit on the pipe like the receiver answers 200.
            ::close(ack[0]);
            sqlite3 *db = nullptr;
            if (sqlite3_open_v2(path.constData(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK)
                ::_exit(2);
            sqlite3_exec(db, "PRAGMA synchronous=NORMAL", nullptr, nullptr, nullptr);
            for (int i = 1;; ++i) {
                const QByteArray sql = "BEGIN IMMEDIATE; INSERT INTO events(connector_id, "
                                       "stripe_id, type, object, received_at, body) VALUES('c', "
                                       "'evt_"
                    + QByteArray::number(i)
                    + "', 't', 'event', 1, randomblob(3000)); INSERT INTO "
                      "deliveries(connector_id, received_at, http_status, outcome, "
                      "event_row) VALUES('c', 1, 200, 'accepted', last_insert_rowid()); "
                      "COMMIT;";
                if (sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
                    ::_exit(3);
                if (::write(ack[1], &i, sizeof i) != sizeof i)
                    ::_exit(4);
            }
        }
        ::close(ack[1]);
        int last = 0;
        while (last < 400) {
            int i = 0;
            if (::read(ack[0], &i, sizeof i) != sizeof i)
                break;
            last = i;
        }
        ::kill(child, SIGKILL);
        int status = 0;
        ::waitpid(child, &status, 0);
        // Drain acknowledgements sent before the kill.
        for (int i = 0; ::read(ack[0], &i, sizeof i) == sizeof i;)
            last = i;
        ::close(ack[0]);
        QVERIFY2(last >= 400, "the child stopped early");

        PlainReader reader(dir);
        const int stored = reader.count("SELECT count(*) FROM events");
        QVERIFY2(stored >= last,
                 qPrintable(QStringLiteral("%1 stored, %2 acknowledged").arg(stored).arg(last)));
        QCOMPARE(reader.count("SELECT count(*) FROM deliveries"), stored);
        QCOMPARE(reader.count("SELECT count(*) FROM pragma_integrity_check WHERE "
                              "integrity_check = 'ok'"),
                 1);
    }

    void checkpointerKeepsTheWalShort()
    {
        // The most frames the WAL held after any commit (its high-water mark), with the
        // checkpointer or without any checkpoint; the baseline holds every commit. Counted by
        // WalFrameCount rather than read off the file's size, which keeps its high-water mark and
        // may be allocated ahead of the writer (WalSpaceReserve).
        const auto walFramesHighWater = [this](bool withCheckpointer) -> int {
            const QString dir = m_dirs.next();
            QString error;
            auto db = Database::open(dir, QStringLiteral("writer"), &error);
            if (!db)
                return -1;
            db->setAutoCheckpoint(0);
            WalFrameCount frames(db->handle());
            WalCheckpointer checkpointer(dir, 10);
            if (withCheckpointer && !checkpointer.start(&error))
                return -1;
            DeliveryWriter writer(*db);
            for (int i = 0; i < 600; ++i) {
                writer.commitVerified(verifiedDelivery(Billing, QStringLiteral("evt_%1").arg(i)),
                                      {});
                // Give the checkpointer its turn to copy every frame and start the WAL over, even
                // on a busy machine (the high-water mark below tells if it never did).
                if (i % 50 == 0 && withCheckpointer)
                    waitForWalStartedOver(dir, 2000);
            }
            return frames.highWater();
        };
        const int without = walFramesHighWater(false);
        const int with = walFramesHighWater(true);
        QVERIFY(without > 1000);
        QVERIFY2(
            with >= 0 && with < without * 3 / 4,
            qPrintable(
                QStringLiteral("at most %1 WAL frames with, %2 without").arg(with).arg(without)));
    }

    void checkpointerReportsOpenFailure()
    {
        QTemporaryDir tmp;
        QFile file(tmp.path() + QStringLiteral("/plain"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        WalCheckpointer checkpointer(file.fileName());
        QString error;
        QVERIFY(!checkpointer.start(&error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!checkpointer.isRunning());
        checkpointer.stop(); // harmless
    }
};

QTEST_GUILESS_MAIN(TestWalWriteCoalescer)
#include "tst_walwritecoalescer.moc"
