#include "storage/connectorrepository.h"
#include "storage/database.h"
#include "storage/deliverywriter.h"
#include "storage/eventrepository.h"
#include "storage/migrations.h"
#include "storagetestutil.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace Hookyard::Storage;
using namespace Hookyard::Storage::TestUtil;

// Upgrades are tested from real old databases: tests/data/storage/hookyard-v1.sql and
// hookyard-v2.sql are dumps of databases of those versions with realistic rows (STYLE.md 10).
class TestMigrations : public QObject
{
    Q_OBJECT

private:
    static QString fixture(int version)
    {
        return qEnvironmentVariable("HOOKYARD_TEST_DATA",
                                    QStringLiteral(HOOKYARD_SOURCE_DIR "/tests/data"))
            + QStringLiteral("/storage/hookyard-v%1.sql").arg(version);
    }

    static bool buildFromDump(const QString &dataDir, const QByteArray &extraSql = {},
                              int version = 1)
    {
        QFile dump(fixture(version));
        if (!dump.open(QIODevice::ReadOnly))
            return false;
        const QByteArray sql = dump.readAll() + extraSql;
        sqlite3 *raw = nullptr;
        const QByteArray path = QFile::encodeName(dataDir + QStringLiteral("/hookyard.db"));
        if (sqlite3_open(path.constData(), &raw) != SQLITE_OK)
            return false;
        char *message = nullptr;
        const bool ok = sqlite3_exec(raw, sql.constData(), nullptr, nullptr, &message) == SQLITE_OK;
        if (!ok)
            qWarning("fixture: %s", message);
        sqlite3_free(message);
        sqlite3_close(raw);
        return ok;
    }

    static int rawUserVersion(const QString &dataDir)
    {
        sqlite3 *raw = nullptr;
        const QByteArray path = QFile::encodeName(dataDir + QStringLiteral("/hookyard.db"));
        sqlite3_open_v2(path.constData(), &raw, SQLITE_OPEN_READONLY, nullptr);
        sqlite3_stmt *stmt = nullptr;
        sqlite3_prepare_v2(raw, "PRAGMA user_version", -1, &stmt, nullptr);
        const int version = sqlite3_step(stmt) == SQLITE_ROW ? sqlite3_column_int(stmt, 0) : -1;
        sqlite3_finalize(stmt);
        sqlite3_close(raw);
        return version;
    }

private slots:
    void stepsAreEmbedded()
    {
        QVERIFY(migrationStep(1));
        QVERIFY(QByteArray(migrationStep(1)).contains("CREATE TABLE events"));
        QVERIFY(!QByteArray(migrationStep(1)).contains("CREATE TABLE runs"));
        QVERIFY(QByteArray(migrationStep(2)).contains("runs"));
        QVERIFY(QByteArray(migrationStep(3)).contains("CREATE TABLE removed_connectors"));
        QVERIFY(!migrationStep(0));
        QVERIFY(!migrationStep(Database::SchemaVersion + 1));
    }

    void upgradesVersion1Fixture()
    {
        QTemporaryDir tmp;
        QVERIFY(buildFromDump(tmp.path()));
        QCOMPARE(rawUserVersion(tmp.path()), 1);

        QString error;
        auto db = Database::open(tmp.path(), QStringLiteral("test"), &error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(db->schemaVersion(), 3);

        // The rows of version 1 are intact.
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM connectors")).toInt(), 2);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM events")).toInt(), 3);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM deliveries")).toInt(), 6);
        QCOMPARE(scalar(*db,
                        QStringLiteral("SELECT name FROM connectors WHERE "
                                       "id='a0b1c2d3e4f5061728394a5b6c7d8e9f'"))
                     .toString(),
                 QStringLiteral("payments-eu"));
        QCOMPARE(scalar(*db,
                        QStringLiteral("SELECT delivery_count FROM events WHERE "
                                       "stripe_id='evt_1QAbCdEfGhIjKlMn0001'"))
                     .toInt(),
                 2);
        const QByteArray body =
            scalar(*db, QStringLiteral("SELECT body FROM events WHERE id=3")).toByteArray();
        QVERIFY(body.contains("\"charge.dispute.created\""));
        QCOMPARE(scalar(*db,
                        QStringLiteral("SELECT value FROM settings WHERE "
                                       "key='listen.address'"))
                     .toString(),
                 QStringLiteral("127.0.0.1:9797"));
        QCOMPARE(scalar(*db,
                        QStringLiteral("SELECT value FROM meta WHERE "
                                       "key='config_generation'"))
                     .toInt(),
                 4);
        QCOMPARE(scalar(*db, QStringLiteral("PRAGMA integrity_check")).toString(),
                 QStringLiteral("ok"));
        QCOMPARE(scalar(*db,
                        QStringLiteral("SELECT count(*) FROM sqlite_master WHERE "
                                       "type='index' AND name IN ('runs_state', "
                                       "'runs_event', 'runs_agent', 'deliveries_event')"))
                     .toInt(),
                 4);

        // Runs are usable: one for an old event, and new deliveries queue theirs.
        QVERIFY(exec(*db,
                     "INSERT INTO runs(event_row, agent, state, queued_at) "
                     "VALUES(1, 'dunning-agent', 'queued', 1764201000500)"));
        DeliveryWriter writer(*db);
        const auto result = writer.commitVerified(
            verifiedDelivery(QStringLiteral("3f9a1c2e7b4d5a6f8e0c1b2a3d4e5f60"),
                             QStringLiteral("evt_new_after_upgrade")),
            { Hookyard::Core::PlannedRun { QStringLiteral("dunning-agent") } });
        QCOMPARE(result.status, DeliveryWriter::Result::Committed);
        QCOMPARE(result.runIds.size(), 1);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM runs")).toInt(), 2);
        // The foreign key of runs works on the upgraded database.
        QVERIFY(!exec(*db,
                      "INSERT INTO runs(event_row, agent, state, queued_at) "
                      "VALUES(999, 'x', 'queued', 1)"));
    }

    void upgradesVersion2Fixture()
    {
        QTemporaryDir tmp;
        QVERIFY(buildFromDump(tmp.path(), {}, 2));
        QCOMPARE(rawUserVersion(tmp.path()), 2);

        QString error;
        auto db = Database::open(tmp.path(), QStringLiteral("test"), &error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(db->schemaVersion(), 3);
        QCOMPARE(scalar(*db, QStringLiteral("PRAGMA integrity_check")).toString(),
                 QStringLiteral("ok"));

        // The rows of version 2 are intact, runs with their output.
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM connectors")).toInt(), 2);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM events")).toInt(), 4);
        QCOMPARE(scalar(*db,
                        QStringLiteral("SELECT group_concat(state, ',') FROM (SELECT state "
                                       "FROM runs ORDER BY id)"))
                     .toString(),
                 QStringLiteral("succeeded,failed,queued"));
        QVERIFY(scalar(*db, QStringLiteral("SELECT output FROM runs WHERE id = 1"))
                    .toByteArray()
                    .contains("email_sent"));

        // legacy-shop was removed under version 2: its event stays, its name was not kept.
        EventRepository events(*db);
        const auto legacy = events.byStripeId(QStringLiteral("evt_1QAbCdEfGhIjKlMn0004"));
        QVERIFY(legacy);
        QVERIFY(legacy->connectorRemoved);
        QCOMPARE(legacy->connectorName, QString());

        // Removed now, a connector's name stays with its events.
        ConnectorRepository connectors(*db);
        const auto billing = connectors.byName(QStringLiteral("billing"));
        QVERIFY(billing);
        QVERIFY2(connectors.remove(billing->id, &error), qPrintable(error));
        const auto old = events.byStripeId(QStringLiteral("evt_1QAbCdEfGhIjKlMn0001"));
        QVERIFY(old);
        QVERIFY(old->connectorRemoved);
        QCOMPARE(old->connectorName, QStringLiteral("billing"));
        QCOMPARE(old->runCount, 1);
        QCOMPARE(connectors.removedIdsNamed(QStringLiteral("billing")),
                 QStringList { billing->id });
    }

    void failedStep3LeavesVersion2()
    {
        QTemporaryDir tmp;
        QVERIFY(buildFromDump(tmp.path(),
                              QByteArrayLiteral("CREATE INDEX removed_connectors_name ON "
                                                "settings(value);"),
                              2));
        QString error;
        QVERIFY(!Database::open(tmp.path(), QStringLiteral("test"), &error));
        QVERIFY2(error.contains(QStringLiteral("schema version 3")), qPrintable(error));
        QCOMPARE(rawUserVersion(tmp.path()), 2);
    }

    void reopeningIsANoOp()
    {
        QTemporaryDir tmp;
        QVERIFY(buildFromDump(tmp.path()));
        QString error;
        QVERIFY(Database::open(tmp.path(), QStringLiteral("first"), &error));
        auto db = Database::open(tmp.path(), QStringLiteral("second"), &error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(db->schemaVersion(), 3);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM events")).toInt(), 3);
    }

    void failedStepLeavesLastCompleteVersion()
    {
        // A version-1 database with a stray index named like one of version 2: step 2 creates
        // the runs table and two indexes, fails on the third, and must leave the database
        // exactly at version 1, without any of them.
        QTemporaryDir tmp;
        QVERIFY(buildFromDump(tmp.path(),
                              QByteArrayLiteral("CREATE INDEX runs_agent ON settings(value);")));
        QString error;
        QVERIFY(!Database::open(tmp.path(), QStringLiteral("test"), &error));
        QVERIFY2(error.contains(QStringLiteral("schema version 2")), qPrintable(error));
        QCOMPARE(rawUserVersion(tmp.path()), 1);

        sqlite3 *raw = nullptr;
        const QByteArray path = QFile::encodeName(tmp.path() + QStringLiteral("/hookyard.db"));
        QCOMPARE(sqlite3_open(path.constData(), &raw), SQLITE_OK);
        sqlite3_stmt *stmt = nullptr;
        sqlite3_prepare_v2(raw,
                           "SELECT count(*) FROM sqlite_master WHERE name IN ('runs', "
                           "'runs_state', 'runs_event')",
                           -1, &stmt, nullptr);
        QCOMPARE(sqlite3_step(stmt), SQLITE_ROW);
        QCOMPARE(sqlite3_column_int(stmt, 0), 0); // the step's earlier DDL was rolled back too
        sqlite3_finalize(stmt);
        sqlite3_close(raw);
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
