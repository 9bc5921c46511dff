#include "storage/database.h"
#include "storage/deliverywriter.h"
#include "storagetestutil.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Hookyard;
using namespace Hookyard::Storage;
using namespace Hookyard::Storage::TestUtil;

namespace {
const QString Billing = QStringLiteral("3f9a1c2e7b4d5a6f8e0c1b2a3d4e5f60");
const QString Other = QStringLiteral("a0b1c2d3e4f5061728394a5b6c7d8e9f");
} // namespace

class TestDeliveryWriter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    std::unique_ptr<Database> m_db;

    int count(const char *table)
    {
        return scalar(*m_db, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)))
            .toInt();
    }

    void verifyEmpty()
    {
        QCOMPARE(count("events"), 0);
        QCOMPARE(count("deliveries"), 0);
        QCOMPARE(count("runs"), 0);
    }

    static QList<Core::Delivery> rejectedDeliveries(int n)
    {
        QList<Core::Delivery> batch;
        for (int i = 0; i < n; ++i) {
            Core::Delivery d;
            d.connectorId = Billing;
            d.receivedAtMs = 1764201000000 + i;
            d.httpStatus = 400;
            d.outcome = Core::DeliveryOutcome::Rejected;
            d.reason = Core::RejectReason::SignatureMismatch;
            d.message = QStringLiteral("no v1 signature matches the saved secret");
            d.remoteAddress = QStringLiteral("203.0.113.7");
            batch.append(d);
        }
        return batch;
    }

private slots:
    void init()
    {
        QVERIFY(m_tmp.isValid());
        QString error;
        // A fresh data dir per test function.
        const QString dir = m_tmp.path() + QLatin1Char('/')
            + QLatin1String(QTest::currentTestFunction()) + QLatin1Char('-')
            + QString::fromUtf8(QTest::currentDataTag())
                  .replace(QLatin1Char(' '), QLatin1Char('_'));
        m_db = Database::open(dir, QStringLiteral("test"), &error);
        QVERIFY2(m_db, qPrintable(error));
    }

    void cleanup() { m_db.reset(); }

    void newEventQueuesRuns()
    {
        DeliveryWriter writer(*m_db);
        const Core::Delivery d = verifiedDelivery(Billing, QStringLiteral("evt_1"));
        const auto r = writer.commitVerified(d,
                                             { Core::PlannedRun { QStringLiteral("dunning-agent") },
                                               Core::PlannedRun { QStringLiteral("notify") } });
        QCOMPARE(r.status, DeliveryWriter::Result::Committed);
        QVERIFY(r.error.isEmpty());
        QVERIFY(!r.duplicate);
        QVERIFY(r.eventRow > 0);
        QVERIFY(r.deliveryRow > 0);
        QCOMPARE(r.runIds.size(), 2);

        QCOMPARE(count("events"), 1);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT body FROM events")).toByteArray(), d.body);
        QCOMPARE(scalar(*m_db,
                        QStringLiteral("SELECT type || '|' || object || '|' || "
                                       "api_version || '|' || object_id || '|' || "
                                       "delivery_count FROM events"))
                     .toString(),
                 QStringLiteral("invoice.payment_failed|event|2024-06-20|in_1QAbCdEfGhIjKlMnOp|1"));
        QCOMPARE(scalar(*m_db,
                        QStringLiteral("SELECT outcome || '|' || http_status || '|' || "
                                       "event_row || '|' || body_size FROM deliveries"))
                     .toString(),
                 QStringLiteral("accepted|200|%1|%2").arg(r.eventRow).arg(d.body.size()));
        QCOMPARE(scalar(*m_db,
                        QStringLiteral("SELECT count(*) FROM runs WHERE state='queued' "
                                       "AND attempt=1 AND manual=0 AND queued_at=%1 AND "
                                       "event_row=%2")
                            .arg(d.receivedAtMs)
                            .arg(r.eventRow))
                     .toInt(),
                 2);
        QCOMPARE(scalar(*m_db,
                        QStringLiteral("SELECT group_concat(agent, ',') FROM "
                                       "(SELECT agent FROM runs ORDER BY id)"))
                     .toString(),
                 QStringLiteral("dunning-agent,notify"));
    }

    void duplicateCountsAndQueuesNothing()
    {
        DeliveryWriter writer(*m_db);
        const QList<Core::PlannedRun> runs { Core::PlannedRun { QStringLiteral("dunning-agent") } };
        Core::Delivery d = verifiedDelivery(Billing, QStringLiteral("evt_dup"));
        const auto first = writer.commitVerified(d, runs);
        QCOMPARE(first.status, DeliveryWriter::Result::Committed);
        // Stripe's retry: same event id, new t and signature.
        d.receivedAtMs += 60'000;
        d.signatureTimestamp += 60;
        const auto second = writer.commitVerified(d, runs);
        QCOMPARE(second.status, DeliveryWriter::Result::Committed);
        QVERIFY(second.duplicate);
        QCOMPARE(second.eventRow, first.eventRow);
        QVERIFY(second.runIds.isEmpty());
        QVERIFY(second.deliveryRow > first.deliveryRow);

        QCOMPARE(count("events"), 1);
        QCOMPARE(count("runs"), 1);
        QCOMPARE(count("deliveries"), 2);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT delivery_count FROM events")).toInt(), 2);
        QCOMPARE(scalar(*m_db,
                        QStringLiteral("SELECT outcome FROM deliveries WHERE id=%1")
                            .arg(second.deliveryRow))
                     .toString(),
                 QStringLiteral("duplicate"));
        QCOMPARE(scalar(*m_db,
                        QStringLiteral("SELECT event_row FROM deliveries WHERE id=%1")
                            .arg(second.deliveryRow))
                     .toLongLong(),
                 first.eventRow);

        const auto third = writer.commitVerified(d, runs);
        QVERIFY(third.duplicate);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT delivery_count FROM events")).toInt(), 3);
    }

    void sameIdOnAnotherConnectorIsNew()
    {
        DeliveryWriter writer(*m_db);
        const auto a =
            writer.commitVerified(verifiedDelivery(Billing, QStringLiteral("evt_x")), {});
        const auto b = writer.commitVerified(verifiedDelivery(Other, QStringLiteral("evt_x")), {});
        QCOMPARE(b.status, DeliveryWriter::Result::Committed);
        QVERIFY(!b.duplicate);
        QVERIFY(a.eventRow != b.eventRow);
        QCOMPARE(count("events"), 2);
    }

    void failureRollsBackEverything_data()
    {
        QTest::addColumn<QByteArray>("trigger");
        QTest::newRow("run insert fails") << QByteArrayLiteral(
            "CREATE TRIGGER t BEFORE INSERT ON runs BEGIN SELECT RAISE(ABORT, 'no runs'); END");
        QTest::newRow("delivery insert fails")
            << QByteArrayLiteral("CREATE TRIGGER t BEFORE INSERT ON deliveries BEGIN "
                                 "SELECT RAISE(ABORT, 'no deliveries'); END");
        QTest::newRow("event insert fails")
            << QByteArrayLiteral("CREATE TRIGGER t BEFORE INSERT ON events BEGIN "
                                 "SELECT RAISE(ABORT, 'no events'); END");
    }

    void failureRollsBackEverything()
    {
        QFETCH(QByteArray, trigger);
        DeliveryWriter writer(*m_db);
        QVERIFY(exec(*m_db, trigger.constData()));
        const auto r = writer.commitVerified(
            verifiedDelivery(Billing, QStringLiteral("evt_f")),
            { Core::PlannedRun { QStringLiteral("a") }, Core::PlannedRun { QStringLiteral("b") } });
        QCOMPARE(r.status, DeliveryWriter::Result::Failed);
        QVERIFY(!r.error.isEmpty());
        QCOMPARE(r.eventRow, 0);
        QVERIFY(r.runIds.isEmpty());
        verifyEmpty();

        // The writer recovers: no transaction left open, statements still usable.
        QVERIFY(exec(*m_db, "DROP TRIGGER t"));
        const auto again = writer.commitVerified(verifiedDelivery(Billing, QStringLiteral("evt_f")),
                                                 { Core::PlannedRun { QStringLiteral("a") } });
        QCOMPARE(again.status, DeliveryWriter::Result::Committed);
        QVERIFY(!again.duplicate); // the failed attempt left no trace
        QCOMPARE(count("runs"), 1);
    }

    void duplicateFailureRollsBack()
    {
        DeliveryWriter writer(*m_db);
        const Core::Delivery d = verifiedDelivery(Billing, QStringLiteral("evt_d"));
        QCOMPARE(writer.commitVerified(d, {}).status, DeliveryWriter::Result::Committed);
        QVERIFY(exec(*m_db,
                     "CREATE TRIGGER t BEFORE INSERT ON deliveries BEGIN "
                     "SELECT RAISE(ABORT, 'no'); END"));
        const auto r = writer.commitVerified(d, {});
        QCOMPARE(r.status, DeliveryWriter::Result::Failed);
        // The delivery_count bump of the failed attempt is rolled back with it.
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT delivery_count FROM events")).toInt(), 1);
        QCOMPARE(count("deliveries"), 1);
    }

    void diskFullSaysSo()
    {
        DeliveryWriter writer(*m_db);
        QCOMPARE(
            writer.commitVerified(verifiedDelivery(Billing, QStringLiteral("evt_0")), {}).status,
            DeliveryWriter::Result::Committed);
        // Simulate a full disk: the database may not grow by a single page any more.
        const int pages = scalar(*m_db, QStringLiteral("PRAGMA page_count")).toInt();
        QVERIFY(exec(
            *m_db, QByteArray("PRAGMA max_page_count = " + QByteArray::number(pages)).constData()));
        const auto r = writer.commitVerified(
            verifiedDelivery(Billing, QStringLiteral("evt_big"),
                             QStringLiteral("invoice.payment_failed"), 1764201000412, 200'000),
            { Core::PlannedRun { QStringLiteral("a") } });
        QCOMPARE(r.status, DeliveryWriter::Result::Failed);
        QVERIFY2(r.error.contains(QStringLiteral("is full")), qPrintable(r.error));
        QVERIFY(r.error.contains(QStringLiteral("503")));
        QCOMPARE(count("events"), 1);
        QCOMPARE(count("deliveries"), 1);
        QCOMPARE(count("runs"), 0);
        QCOMPARE(scalar(*m_db, QStringLiteral("PRAGMA integrity_check")).toString(),
                 QStringLiteral("ok"));
    }

    void lockedDatabaseFailsCleanly()
    {
        DeliveryWriter writer(*m_db);
        QString error;
        auto other = Database::open(m_db->dataDir(), QStringLiteral("other"), &error);
        QVERIFY(other);
        QVERIFY(exec(*m_db, "PRAGMA busy_timeout = 50"));
        QVERIFY(exec(*other, "BEGIN IMMEDIATE"));
        const auto r =
            writer.commitVerified(verifiedDelivery(Billing, QStringLiteral("evt_l")), {});
        QCOMPARE(r.status, DeliveryWriter::Result::Failed);
        QVERIFY2(r.error.contains(QStringLiteral("locked")), qPrintable(r.error));
        QVERIFY(exec(*other, "ROLLBACK"));
        QCOMPARE(
            writer.commitVerified(verifiedDelivery(Billing, QStringLiteral("evt_l")), {}).status,
            DeliveryWriter::Result::Committed);
    }

    void recordRejectedBatch()
    {
        DeliveryWriter writer(*m_db);
        QList<Core::Delivery> batch;
        for (int i = 0; i < 3; ++i) {
            Core::Delivery d;
            d.connectorId = Billing;
            d.receivedAtMs = 1764201000000 + i;
            d.httpStatus = 400;
            d.outcome = Core::DeliveryOutcome::Rejected;
            d.reason = i == 2 ? Core::RejectReason::TimestampOutOfTolerance
                              : Core::RejectReason::SignatureMismatch;
            d.message = QStringLiteral("no v1 signature matches the saved secret");
            d.remoteAddress = QStringLiteral("203.0.113.7");
            d.bodySize = 812;
            d.body = QByteArrayLiteral("{\"never\":\"stored\"}");
            batch.append(d);
        }
        QString error;
        QVERIFY2(writer.recordRejected(batch, &error), qPrintable(error));
        QVERIFY(writer.recordRejected({}, &error));
        QCOMPARE(count("deliveries"), 3);
        QCOMPARE(count("events"), 0);
        QCOMPARE(scalar(*m_db,
                        QStringLiteral("SELECT count(*) FROM deliveries WHERE "
                                       "outcome='rejected' AND event_row IS NULL AND "
                                       "reason='signature_mismatch' AND http_status=400"))
                     .toInt(),
                 2);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT reason FROM deliveries ORDER BY id DESC"))
                     .toString(),
                 QStringLiteral("timestamp_out_of_tolerance"));

        // All or nothing.
        QVERIFY(exec(*m_db,
                     "CREATE TRIGGER t BEFORE INSERT ON deliveries WHEN NEW.received_at "
                     "= 1764201000002 BEGIN SELECT RAISE(ABORT, 'no'); END"));
        QVERIFY(!writer.recordRejected(batch, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(count("deliveries"), 3);
    }

    void stagedDeliveriesAreInvisibleUntilCommitted()
    {
        DeliveryWriter writer(*m_db);
        Peer peer(m_db->filePath());
        QCOMPARE(writer.stagedCount(), 0);
        QList<qint64> eventRows;
        for (int i = 1; i <= 3; ++i) {
            const auto r = writer.stage(verifiedDelivery(Billing, QStringLiteral("evt_s%1").arg(i)),
                                        { Core::PlannedRun { QStringLiteral("agent") } });
            QCOMPARE(r.status, DeliveryWriter::Result::Committed); // "staged"
            QVERIFY(r.error.isEmpty());
            QVERIFY(!r.duplicate);
            QVERIFY(r.eventRow > 0);
            QCOMPARE(r.runIds.size(), 1);
            eventRows.append(r.eventRow);
            QCOMPARE(writer.stagedCount(), i);
            // Not committed: another connection sees none of it.
            QCOMPARE(peer.value("SELECT count(*) FROM events"), 0);
            QCOMPARE(peer.value("SELECT count(*) FROM deliveries"), 0);
            QCOMPARE(peer.value("SELECT count(*) FROM runs"), 0);
        }
        QVERIFY(!sqlite3_get_autocommit(m_db->handle())); // one transaction, still open

        QString error;
        QVERIFY2(writer.commitStaged(&error), qPrintable(error));
        QCOMPARE(writer.stagedCount(), 0);
        QVERIFY(sqlite3_get_autocommit(m_db->handle()));
        QCOMPARE(peer.value("SELECT count(*) FROM events"), 3);
        QCOMPARE(peer.value("SELECT count(*) FROM deliveries WHERE outcome='accepted'"), 3);
        QCOMPARE(peer.value("SELECT count(*) FROM runs"), 3);
        // The rows the staged results named are the ones stored.
        for (qint64 row : std::as_const(eventRows)) {
            QCOMPARE(peer.value(QByteArray("SELECT count(*) FROM events WHERE id="
                                           + QByteArray::number(row))
                                    .constData()),
                     1);
        }
        // Nothing staged: a no-op that succeeds.
        QVERIFY(writer.commitStaged(&error));
    }

    void duplicateInTheSameBatch()
    {
        DeliveryWriter writer(*m_db);
        Peer peer(m_db->filePath());
        const QList<Core::PlannedRun> runs { Core::PlannedRun { QStringLiteral("agent") } };
        Core::Delivery d = verifiedDelivery(Billing, QStringLiteral("evt_twice"));
        const auto first = writer.stage(d, runs);
        d.receivedAtMs += 1000;
        const auto second = writer.stage(d, runs);
        QCOMPARE(first.status, DeliveryWriter::Result::Committed);
        QCOMPARE(second.status, DeliveryWriter::Result::Committed);
        QVERIFY(!first.duplicate);
        QVERIFY(second.duplicate);
        QCOMPARE(second.eventRow, first.eventRow);
        QVERIFY(second.runIds.isEmpty());
        QCOMPARE(writer.stagedCount(), 2);
        QString error;
        QVERIFY2(writer.commitStaged(&error), qPrintable(error));
        QCOMPARE(peer.value("SELECT count(*) FROM events"), 1);
        QCOMPARE(peer.value("SELECT delivery_count FROM events"), 2);
        QCOMPARE(peer.value("SELECT count(*) FROM deliveries"), 2);
        QCOMPARE(peer.value("SELECT count(*) FROM deliveries WHERE outcome='duplicate'"), 1);
        QCOMPARE(peer.value("SELECT count(*) FROM runs"), 1);
    }

    void stageFailureLosesTheWholeBatch()
    {
        DeliveryWriter writer(*m_db);
        Peer peer(m_db->filePath());
        QVERIFY(peer.exec("CREATE TRIGGER bad BEFORE INSERT ON events WHEN NEW.stripe_id="
                          "'evt_bad' BEGIN SELECT RAISE(ABORT, 'x'); END"));
        const QList<Core::PlannedRun> runs { Core::PlannedRun { QStringLiteral("agent") } };
        QCOMPARE(writer.stage(verifiedDelivery(Billing, QStringLiteral("evt_a")), runs).status,
                 DeliveryWriter::Result::Committed);
        QCOMPARE(writer.stage(verifiedDelivery(Billing, QStringLiteral("evt_b")), runs).status,
                 DeliveryWriter::Result::Committed);
        QCOMPARE(writer.stagedCount(), 2);
        const auto r = writer.stage(verifiedDelivery(Billing, QStringLiteral("evt_bad")), runs);
        QCOMPARE(r.status, DeliveryWriter::Result::Failed);
        QVERIFY(!r.error.isEmpty());
        QVERIFY(!r.duplicate);
        QCOMPARE(r.eventRow, 0);
        QVERIFY(r.runIds.isEmpty());
        QCOMPARE(writer.stagedCount(), 0);
        // Rolled back, not merely uncommitted: the writer's own connection has no transaction
        // and sees nothing either.
        QVERIFY(sqlite3_get_autocommit(m_db->handle()));
        verifyEmpty();
        QCOMPARE(peer.value("SELECT count(*) FROM events"), 0);
        QCOMPARE(peer.value("SELECT count(*) FROM deliveries"), 0);
        QString error;
        QVERIFY(writer.commitStaged(&error)); // nothing left to commit

        // A new batch works (in a new transaction): the lost ones are new again.
        const auto again = writer.stage(verifiedDelivery(Billing, QStringLiteral("evt_a")), runs);
        QCOMPARE(again.status, DeliveryWriter::Result::Committed);
        QVERIFY(!again.duplicate);
        QCOMPARE(writer.stagedCount(), 1);
        QVERIFY2(writer.commitStaged(&error), qPrintable(error));
        QCOMPARE(peer.value("SELECT count(*) FROM events"), 1);
        QCOMPARE(peer.value("SELECT count(*) FROM runs"), 1);
        QCOMPARE(peer.value("SELECT count(*) FROM events WHERE stripe_id='evt_b'"), 0);
    }

    void commitFailureLosesTheWholeBatch()
    {
        DeliveryWriter writer(*m_db);
        Peer peer(m_db->filePath());
        // The database has foreign_keys=ON: a deferred violation makes COMMIT itself fail.
        QVERIFY(peer.exec("CREATE TABLE parent(id INTEGER PRIMARY KEY)"));
        QVERIFY(peer.exec("CREATE TABLE child(p INTEGER REFERENCES parent(id) "
                          "DEFERRABLE INITIALLY DEFERRED)"));
        QVERIFY(peer.exec("CREATE TRIGGER fail_commit AFTER INSERT ON deliveries WHEN "
                          "NEW.outcome != 'rejected' BEGIN INSERT INTO child VALUES(42); END"));
        const QList<Core::PlannedRun> runs { Core::PlannedRun { QStringLiteral("agent") } };
        for (const char *id : { "evt_c1", "evt_c2" }) {
            QCOMPARE(writer.stage(verifiedDelivery(Billing, QString::fromLatin1(id)), runs).status,
                     DeliveryWriter::Result::Committed);
        }
        QCOMPARE(writer.stagedCount(), 2);
        QString error;
        QVERIFY(!writer.commitStaged(&error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(writer.stagedCount(), 0);
        QVERIFY(sqlite3_get_autocommit(m_db->handle())); // rolled back, not left open
        verifyEmpty();
        QCOMPARE(peer.value("SELECT count(*) FROM events"), 0);
        QCOMPARE(peer.value("SELECT count(*) FROM deliveries"), 0);
        QCOMPARE(peer.value("SELECT count(*) FROM child"), 0);

        // commitVerified() goes through the same commit and fails the same way.
        const auto single =
            writer.commitVerified(verifiedDelivery(Billing, QStringLiteral("x")), {});
        QCOMPARE(single.status, DeliveryWriter::Result::Failed);
        QVERIFY(!single.error.isEmpty());
        QCOMPARE(single.eventRow, 0);
        verifyEmpty();

        QVERIFY(peer.exec("DROP TRIGGER fail_commit"));
        for (const char *id : { "evt_c1", "evt_c2" }) {
            const auto r = writer.stage(verifiedDelivery(Billing, QString::fromLatin1(id)), runs);
            QCOMPARE(r.status, DeliveryWriter::Result::Committed);
            QVERIFY(!r.duplicate);
        }
        QVERIFY2(writer.commitStaged(&error), qPrintable(error));
        QCOMPARE(peer.value("SELECT count(*) FROM events"), 2);
        QCOMPARE(peer.value("SELECT count(*) FROM deliveries"), 2);
        QCOMPARE(peer.value("SELECT count(*) FROM runs"), 2);
    }

    void recordRejectedWaitsForTheStagedBatch()
    {
        DeliveryWriter writer(*m_db);
        Peer peer(m_db->filePath());
        QCOMPARE(writer.stage(verifiedDelivery(Billing, QStringLiteral("evt_r")), {}).status,
                 DeliveryWriter::Result::Committed);
        QString error;
        QVERIFY(!writer.recordRejected(rejectedDeliveries(2), &error));
        QVERIFY(!error.isEmpty());
        // The refusal leaves the staged delivery alone.
        QCOMPARE(writer.stagedCount(), 1);
        QVERIFY(!sqlite3_get_autocommit(m_db->handle()));
        QCOMPARE(count("deliveries"), 1); // the staged one, on the writer's own connection
        QCOMPARE(peer.value("SELECT count(*) FROM deliveries"), 0);

        error.clear();
        QVERIFY2(writer.commitStaged(&error), qPrintable(error));
        QCOMPARE(peer.value("SELECT count(*) FROM deliveries WHERE outcome='accepted'"), 1);
        QVERIFY2(writer.recordRejected(rejectedDeliveries(2), &error), qPrintable(error));
        QCOMPARE(peer.value("SELECT count(*) FROM deliveries WHERE outcome='rejected'"), 2);
        QCOMPARE(peer.value("SELECT count(*) FROM events"), 1);
    }

    void databaseClosedFirst()
    {
        // The writer must not crash or leak when the Database goes first.
        auto writer = std::make_unique<DeliveryWriter>(*m_db);
        const QString name = m_db->connectionName();
        m_db.reset();
        QVERIFY(!QSqlDatabase::contains(name));
        const auto r = writer->commitVerified(verifiedDelivery(Billing, QStringLiteral("evt")), {});
        QCOMPARE(r.status, DeliveryWriter::Result::Failed);
        writer.reset();
    }

    void manyCommitsStayConsistent()
    {
        DeliveryWriter writer(*m_db);
        for (int i = 0; i < 500; ++i) {
            const auto r = writer.commitVerified(
                verifiedDelivery(Billing, QStringLiteral("evt_%1").arg(i % 400)),
                { Core::PlannedRun { QStringLiteral("a") } });
            QCOMPARE(r.status, DeliveryWriter::Result::Committed);
            QCOMPARE(r.duplicate, i >= 400);
        }
        QCOMPARE(count("events"), 400);
        QCOMPARE(count("deliveries"), 500);
        QCOMPARE(count("runs"), 400);
    }
};

QTEST_GUILESS_MAIN(TestDeliveryWriter)
#include "tst_deliverywriter.moc"
