#include "eventhistory.h"
#include "storage/connectorrepository.h"
#include "storage/database.h"
#include "storage/deliverywriter.h"
#include "storage/eventrepository.h"
#include "storagetestutil.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Hookyard;
using namespace Hookyard::Storage;
using namespace Hookyard::Storage::TestUtil;

using namespace Hookyard::Storage::TestUtil::History;

class TestEventRepository : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    std::unique_ptr<Database> m_db;
    int m_n = 0;

private slots:
    void init()
    {
        QString error;
        m_db = openFilled(m_tmp.path() + QStringLiteral("/d%1").arg(++m_n), &error);
        QVERIFY2(m_db, qPrintable(error));
    }

    void cleanup() { m_db.reset(); }

    void keysetPagingNewestFirst()
    {
        EventRepository repo(*m_db);
        EventFilter f;
        f.limit = 12;
        QList<qint64> seen;
        for (;;) {
            const auto page = repo.list(f);
            if (page.isEmpty())
                break;
            for (const EventRecord &e : page) {
                QVERIFY(seen.isEmpty() || e.row < seen.last());
                QVERIFY(e.body.isEmpty()); // lists stay light
                seen << e.row;
            }
            f.beforeRow = page.last().row;
        }
        QCOMPARE(seen.size(), 30);
        QCOMPARE(repo.count({}), 30);

        EventFilter live;
        live.afterRow = seen.at(2);
        QCOMPARE(repo.list(live).size(), 2);
    }

    void recordFields()
    {
        EventRepository repo(*m_db);
        const auto newest = repo.list({}).first();
        QCOMPARE(newest.stripeId, QStringLiteral("evt_29"));
        QCOMPARE(newest.connectorId, Other);
        QCOMPARE(newest.connectorName, QString()); // not a known connector
        QCOMPARE(newest.receivedAtMs, T0 + 29'000);
        QCOMPARE(newest.apiVersion, QStringLiteral("2024-06-20"));
        const auto e0 = repo.byStripeId(QStringLiteral("evt_0"));
        QVERIFY(e0);
        QCOMPARE(e0->connectorName, QStringLiteral("billing"));
        QCOMPARE(e0->runCount, 1);
        QCOMPARE(e0->activeRunCount, 1); // queued
        QCOMPARE(e0->failedRunCount, 0);
        QVERIFY(exec(*m_db,
                     "UPDATE runs SET state = 'timed_out' WHERE event_row = "
                     "(SELECT id FROM events WHERE stripe_id = 'evt_0')"));
        const auto timedOut = repo.list({}).last(); // evt_0, the oldest
        QCOMPARE(timedOut.stripeId, QStringLiteral("evt_0"));
        QCOMPARE(timedOut.runCount, 1);
        QCOMPARE(timedOut.failedRunCount, 1);
        QCOMPARE(timedOut.activeRunCount, 0);
        QVERIFY(e0->body.contains("\"evt_0\""));
        QVERIFY(!e0->thin);
        const auto e5 = repo.byRow(repo.byStripeId(QStringLiteral("evt_5"))->row);
        QVERIFY(e5);
        QCOMPARE(e5->deliveryCount, 2);
        QVERIFY(!e5->body.isEmpty());
        QVERIFY(!repo.byStripeId(QStringLiteral("evt_5"), Billing));
        QVERIFY(repo.byStripeId(QStringLiteral("evt_5"), Other));
        QVERIFY(!repo.byRow(999999));
    }

    void filters()
    {
        EventRepository repo(*m_db);
        EventFilter f;
        f.connectorIds = { Billing };
        QCOMPARE(repo.count(f), 15);
        for (const EventRecord &e : repo.list(f))
            QCOMPARE(e.connectorId, Billing);

        f = {};
        f.type = QStringLiteral("invoice.paid");
        QCOMPARE(repo.count(f), 10);
        f.type = QStringLiteral("invoice.*");
        QCOMPARE(repo.count(f), 20);
        f.type = QStringLiteral("*.created");
        QCOMPARE(repo.count(f), 10);
        f.type = QStringLiteral("invoice.?aid"); // '?' is not a wildcard
        QCOMPARE(repo.count(f), 0);

        f = {};
        f.text = QStringLiteral("evt_1"); // evt_1, evt_10..19
        QCOMPARE(repo.count(f), 11);
        f.text = QStringLiteral("dispute");
        QCOMPARE(repo.count(f), 10);
        f.text = QStringLiteral("evt%"); // literally, not a LIKE wildcard
        QCOMPARE(repo.count(f), 0);
        f.text = QStringLiteral("EVT_1"); // ids in any case
        QCOMPARE(repo.count(f), 11);
        f.text = QStringLiteral("\"amount_due\": 4900"); // the payload, as received
        QCOMPARE(repo.count(f), 30);
        f.text = QStringLiteral("\"AMOUNT_DUE\": 4900"); // ... in any case
        QCOMPARE(repo.count(f), 30);
        f.text = QStringLiteral("\"amount_due\":4900"); // but not with other spacing
        QCOMPARE(repo.count(f), 0);

        // A search's rows (EventSearch), plus newer rows that match.
        const auto rowOf = [&repo](const char *id) {
            return repo.byStripeId(QLatin1String(id))->row;
        };
        f = {};
        f.text = QStringLiteral("evt_");
        f.restrictToRows = true;
        f.rows = { rowOf("evt_4"), rowOf("evt_2") };
        f.rowsUpTo = rowOf("evt_25");
        QStringList ids;
        for (const EventRecord &e : repo.list(f))
            ids << e.stripeId;
        QCOMPARE(ids,
                 QStringList({ QStringLiteral("evt_29"), QStringLiteral("evt_28"),
                               QStringLiteral("evt_27"), QStringLiteral("evt_26"),
                               QStringLiteral("evt_4"), QStringLiteral("evt_2") }));
        f.rows.clear(); // found nothing: only the newer rows
        QCOMPARE(repo.count(f), 4);
        QCOMPARE(repo.newestRow(), rowOf("evt_29"));

        f = {};
        f.connectorIds = { Billing };
        f.type = QStringLiteral("invoice.payment_failed");
        QCOMPARE(repo.count(f), 5); // i = 0, 6, 12, 18, 24
        f.limit = 2;
        QCOMPARE(repo.list(f).size(), 2);
    }

    // A removed connector's events keep its name (schema v3) and say that it was removed; a
    // connector id never known (or removed before v3) has no name.
    void removedConnectorKeepsItsName()
    {
        ConnectorRepository connectors(*m_db);
        QString error;
        const auto shop = connectors.add(QStringLiteral("shop"), &error);
        QVERIFY2(shop, qPrintable(error));
        DeliveryWriter writer(*m_db);
        QCOMPARE(
            writer
                .commitVerified(verifiedDelivery(shop->id, QStringLiteral("evt_shop"),
                                                 QStringLiteral("invoice.paid"), T0 + 60'000, 400),
                                {})
                .status,
            DeliveryWriter::Result::Committed);
        EventRepository repo(*m_db);
        QVERIFY(!repo.byStripeId(QStringLiteral("evt_shop"))->connectorRemoved);
        QVERIFY2(connectors.remove(shop->id, &error), qPrintable(error));

        const auto e = repo.byStripeId(QStringLiteral("evt_shop"));
        QVERIFY(e);
        QCOMPARE(e->connectorName, QStringLiteral("shop"));
        QVERIFY(e->connectorRemoved);
        const auto listed = repo.list({}).first();
        QCOMPARE(listed.stripeId, QStringLiteral("evt_shop"));
        QCOMPARE(listed.connectorName, QStringLiteral("shop"));
        QVERIFY(listed.connectorRemoved);
        DeliveryFilter d;
        d.connectorId = shop->id;
        const auto deliveries = repo.deliveries(d);
        QCOMPARE(deliveries.size(), 1);
        QCOMPARE(deliveries.first().connectorName, QStringLiteral("shop"));
        QVERIFY(deliveries.first().connectorRemoved);

        const auto other = repo.byStripeId(QStringLiteral("evt_1")); // Other: never a connector
        QCOMPARE(other->connectorName, QString());
        QVERIFY(other->connectorRemoved);
        const auto billing = repo.byStripeId(QStringLiteral("evt_0"));
        QCOMPARE(billing->connectorName, QStringLiteral("billing"));
        QVERIFY(!billing->connectorRemoved);

        // Several connectors at once: a name used by more than one removed connector.
        EventFilter f;
        f.connectorIds = { shop->id, Other };
        QCOMPARE(repo.count(f), 1 + 15);
        for (const EventRecord &r : repo.list(f))
            QVERIFY(r.connectorId == shop->id || r.connectorId == Other);
    }

    void typesSeen()
    {
        EventRepository repo(*m_db);
        QCOMPARE(
            repo.typesSeen(),
            QStringList({ QStringLiteral("charge.dispute.created"), QStringLiteral("invoice.paid"),
                          QStringLiteral("invoice.payment_failed") }));
    }

    void deliveriesAndRejections()
    {
        EventRepository repo(*m_db);
        QCOMPARE(repo.deliveries({}).size(), 30 + 1 + 4);
        DeliveryFilter f;
        f.outcome = QStringLiteral("rejected");
        const auto rejected = repo.deliveries(f);
        QCOMPARE(rejected.size(), 4);
        QCOMPARE(rejected.first().eventRow, 0);
        QCOMPARE(rejected.first().connectorName, QStringLiteral("billing"));
        f.outcome = QStringLiteral("duplicate");
        const auto dups = repo.deliveries(f);
        QCOMPARE(dups.size(), 1);
        QCOMPARE(dups.first().eventStripeId, QStringLiteral("evt_5"));
        f = {};
        f.connectorId = Other;
        QCOMPARE(repo.deliveries(f).size(), 16);
        f.limit = 5;
        const auto page1 = repo.deliveries(f);
        f.beforeRow = page1.last().row;
        const auto page2 = repo.deliveries(f);
        QCOMPARE(page2.size(), 5);
        QVERIFY(page2.first().row < page1.last().row);

        const auto e5 = repo.byStripeId(QStringLiteral("evt_5"));
        const auto ofEvent = repo.deliveriesOfEvent(e5->row);
        QCOMPARE(ofEvent.size(), 2);
        QCOMPARE(ofEvent.at(0).outcome, QStringLiteral("accepted"));
        QCOMPARE(ofEvent.at(1).outcome, QStringLiteral("duplicate"));

        const auto counts = repo.rejectionCounts(Billing);
        QCOMPARE(counts.size(), 2);
        QCOMPARE(counts.at(0), qMakePair(QStringLiteral("signature_mismatch"), qint64(3)));
        QCOMPARE(counts.at(1), qMakePair(QStringLiteral("timestamp_out_of_tolerance"), qint64(1)));
        QVERIFY(repo.rejectionCounts(Other).isEmpty());
    }

    // What a read-only window counts: what was stored after the rows it saw last.
    void arrivalsAfter()
    {
        EventRepository repo(*m_db);
        const auto start = repo.arrivalsAfter(-1, -1); // where to count from: nothing counted
        QCOMPARE(start.events, 0);
        QCOMPARE(start.rejected, 0);
        QCOMPARE(start.newestEventRow, repo.newestRow());
        QVERIFY(start.newestDeliveryRow > 0);

        auto none = repo.arrivalsAfter(start.newestEventRow, start.newestDeliveryRow);
        QCOMPARE(none.events, 0);
        QCOMPARE(none.rejected, 0);
        QCOMPARE(none.newestEventRow, start.newestEventRow);
        QCOMPARE(none.newestDeliveryRow, start.newestDeliveryRow);

        // Two new events, a duplicate delivery and three rejected deliveries.
        DeliveryWriter writer(*m_db);
        for (const char *id : { "evt_new1", "evt_new2", "evt_new1" })
            QCOMPARE(writer
                         .commitVerified(verifiedDelivery(Billing, QLatin1String(id),
                                                          QStringLiteral("invoice.paid"),
                                                          T0 + 90'000, 200),
                                         {})
                         .status,
                     DeliveryWriter::Result::Committed);
        QList<Core::Delivery> rejected(3);
        for (Core::Delivery &d : rejected) {
            d.connectorId = Billing;
            d.receivedAtMs = T0 + 91'000;
            d.httpStatus = 400;
            d.reason = Core::RejectReason::SignatureMismatch;
        }
        QString error;
        QVERIFY2(writer.recordRejected(rejected, &error), qPrintable(error));
        const auto later = repo.arrivalsAfter(none.newestEventRow, none.newestDeliveryRow);
        QCOMPARE(later.events, 2);
        QCOMPARE(later.rejected, 3);
        QCOMPARE(later.newestEventRow, repo.newestRow());
        QCOMPARE(later.newestDeliveryRow, none.newestDeliveryRow + 6);
        const auto again = repo.arrivalsAfter(later.newestEventRow, later.newestDeliveryRow);
        QCOMPARE(again.events + again.rejected, 0);
    }
};

QTEST_GUILESS_MAIN(TestEventRepository)
#include "tst_eventrepository.moc"
