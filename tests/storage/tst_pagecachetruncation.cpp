#include "storage/database.h"
#include "storage/pagecachetruncation.h"
#include "storagetestutil.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Hookyard::Storage;
using namespace Hookyard::Storage::TestUtil;

namespace {

int count(Database &db, const char *sql)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db.handle(), sql, -1, &stmt, nullptr) != SQLITE_OK)
        return -1;
    const int n = sqlite3_step(stmt) == SQLITE_ROW ? sqlite3_column_int(stmt, 0) : -1;
    sqlite3_finalize(stmt);
    return n;
}

bool insert(sqlite3_stmt *stmt, const QByteArray &key)
{
    sqlite3_bind_text(stmt, 1, key.constData(), int(key.size()), SQLITE_STATIC);
    // A value larger than a page: overflow pages, like a 3 KB event body.
    const QByteArray value(3000, 'v');
    sqlite3_bind_blob(stmt, 2, value.constData(), int(value.size()), SQLITE_TRANSIENT);
    const bool ok = sqlite3_step(stmt) == SQLITE_DONE;
    sqlite3_reset(stmt);
    return ok;
}

} // namespace

// The page-cache wrapper skips only truncations with nothing to remove: whatever the mix of
// commits, rollbacks and savepoints, the database holds exactly what was committed and passes
// integrity_check; and on a random-key workload (what the receiver does) it does skip.
class TestPageCacheTruncation : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;

private slots:
    void installedBeforeTheFirstConnection()
    {
        QString error;
        // The first SQLite use of this process: Database::open installs the wrapper.
        auto db = Database::open(m_tmp.path() + QStringLiteral("/first"), QStringLiteral("first"),
                                 &error);
        QVERIFY2(db, qPrintable(error));
        QVERIFY(PageCacheTruncation::isInstalled());
        // Too late now: SQLite is initialised; install() reports what is in place, changes nothing.
        QVERIFY(PageCacheTruncation::install());
    }

    void keepsExactlyWhatWasCommitted()
    {
        QString error;
        auto db = Database::open(m_tmp.path() + QStringLiteral("/mixed"), QStringLiteral("mixed"),
                                 &error);
        QVERIFY2(db, qPrintable(error));
        QVERIFY(exec(*db, "PRAGMA cache_size=-16384"));
        QVERIFY(exec(*db, "CREATE TABLE t(k TEXT NOT NULL UNIQUE, v BLOB)"));
        sqlite3_stmt *stmt = nullptr;
        QCOMPARE(sqlite3_prepare_v2(db->handle(), "INSERT INTO t(k, v) VALUES(?1, ?2)", -1, &stmt,
                                    nullptr),
                 SQLITE_OK);

        const long long skippedBefore = PageCacheTruncation::skippedTruncations();
        const long long forwardedBefore = PageCacheTruncation::forwardedTruncations();
        QRandomGenerator random(20261127); // fixed: a failure can be replayed
        QSet<QByteArray> committed;
        for (int txn = 0; txn < 600; ++txn) {
            QVERIFY(exec(*db, "BEGIN IMMEDIATE"));
            QSet<QByteArray> pending;
            const int rows = 1 + int(random.bounded(6));
            for (int i = 0; i < rows; ++i) {
                const QByteArray key = "evt_" + QByteArray::number(random.generate64(), 36);
                QVERIFY(insert(stmt, key));
                pending.insert(key);
            }
            // A savepoint rolled back now and then: pages allocated inside it are dropped.
            if (txn % 7 == 3) {
                QVERIFY(exec(*db, "SAVEPOINT s"));
                for (int i = 0; i < 8; ++i)
                    QVERIFY(insert(stmt, "sp_" + QByteArray::number(random.generate64(), 36)));
                QVERIFY(exec(*db, "ROLLBACK TO s"));
                QVERIFY(exec(*db, "RELEASE s"));
            }
            // Whole transactions rolled back: the database shrinks back, the cache must follow.
            if (txn % 5 == 4) {
                QVERIFY(exec(*db, "ROLLBACK"));
            } else {
                QVERIFY(exec(*db, "COMMIT"));
                committed.unite(pending);
            }
        }
        sqlite3_finalize(stmt);

        QCOMPARE(count(*db, "SELECT count(*) FROM t"), int(committed.size()));
        QCOMPARE(count(*db, "SELECT count(*) FROM t WHERE k LIKE 'sp\\_%' ESCAPE '\\'"), 0);
        sqlite3_stmt *keys = nullptr;
        QCOMPARE(sqlite3_prepare_v2(db->handle(), "SELECT k FROM t", -1, &keys, nullptr),
                 SQLITE_OK);
        QSet<QByteArray> stored;
        while (sqlite3_step(keys) == SQLITE_ROW)
            stored.insert(QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(keys, 0)),
                                     sqlite3_column_bytes(keys, 0)));
        sqlite3_finalize(keys);
        QCOMPARE(stored, committed);
        QCOMPARE(scalar(*db, QStringLiteral("PRAGMA integrity_check")).toString(),
                 QStringLiteral("ok"));

        // Commits that did not grow past what the cache holds were skipped; the rollbacks that
        // shrank the database were forwarded.
        QVERIFY(PageCacheTruncation::skippedTruncations() > skippedBefore);
        QVERIFY(PageCacheTruncation::forwardedTruncations() > forwardedBefore);
    }
};

QTEST_GUILESS_MAIN(TestPageCacheTruncation)
#include "tst_pagecachetruncation.moc"
