#include "eventhistory.h"
#include "storage/connectorrepository.h"
#include "storage/database.h"
#include "storage/deliverywriter.h"
#include "storage/eventpruner.h"
#include "storage/eventrepository.h"
#include "storagetestutil.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Hookyard;
using namespace Hookyard::Storage;
using namespace Hookyard::Storage::TestUtil;
using namespace Hookyard::Storage::TestUtil::History;

class TestEventPruner : public QObject
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

    void byAge()
    {
        EventPruner pruner(*m_db);
        EventRepository repo(*m_db);
        QString error;
        // Events 0..9 are older than T0 + 10 s; events with queued runs (i % 3 == 0) stay.
        const qint64 removed = pruner.prune(T0 + 10'000, 0, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(removed, 6); // 1, 2, 4, 5, 7, 8
        QCOMPARE(repo.count({}), 24);
        QVERIFY(!repo.byStripeId(QStringLiteral("evt_5")));
        QVERIFY(repo.byStripeId(QStringLiteral("evt_3")));
        // Their deliveries went with them (evt_5 had two), none left dangling.
        QCOMPARE(scalar(*m_db,
                        QStringLiteral("SELECT count(*) FROM deliveries d WHERE "
                                       "d.event_row IS NOT NULL AND NOT EXISTS (SELECT "
                                       "1 FROM events e WHERE e.id = d.event_row)"))
                     .toInt(),
                 0);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM deliveries")).toInt(), 35 - 7);

        // Once the runs are done, the old events go too; rejected deliveries older than the
        // cutoff as well.
        QVERIFY(exec(*m_db, "UPDATE runs SET state = 'succeeded'"));
        QCOMPARE(pruner.prune(T0 + 60'000, 0, &error), 24 + 4);
        QCOMPARE(repo.count({}), 0);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM deliveries")).toInt(), 0);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM runs")).toInt(), 0);
    }

    void byCount()
    {
        EventPruner pruner(*m_db);
        EventRepository repo(*m_db);
        QVERIFY(exec(*m_db, "UPDATE runs SET state = 'succeeded'"));
        QString error;
        QCOMPARE(pruner.prune(0, 10, &error), 20);
        QCOMPARE(repo.count({}), 10);
        QCOMPARE(repo.list({}).last().stripeId, QStringLiteral("evt_20"));
        // Rejected deliveries are newer than the oldest event kept: they stay.
        DeliveryFilter f;
        f.outcome = QStringLiteral("rejected");
        QCOMPARE(repo.deliveries(f).size(), 4);
        QCOMPARE(pruner.prune(0, 0, &error), 0);
    }

    // A removed connector's kept name goes once none of its events or deliveries is left, not
    // before; the names of removed connectors with history left stay.
    void removedConnectorNamesGoWithTheirHistory()
    {
        ConnectorRepository connectors(*m_db);
        QString error;
        const auto old = connectors.add(QStringLiteral("old-shop"), &error);
        const auto recent = connectors.add(QStringLiteral("recent-shop"), &error);
        QVERIFY2(old && recent, qPrintable(error));
        DeliveryWriter writer(*m_db);
        QCOMPARE(writer
                     .commitVerified(verifiedDelivery(old->id, QStringLiteral("evt_old"),
                                                      QStringLiteral("invoice.paid"), T0 + 55'000),
                                     {})
                     .status,
                 DeliveryWriter::Result::Committed);
        QCOMPARE(writer
                     .commitVerified(verifiedDelivery(recent->id, QStringLiteral("evt_recent"),
                                                      QStringLiteral("invoice.paid"), T0 + 90'000),
                                     {})
                     .status,
                 DeliveryWriter::Result::Committed);
        QVERIFY(connectors.remove(old->id, &error));
        QVERIFY(connectors.remove(recent->id, &error));
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM removed_connectors")).toInt(),
                 2);

        // Up to T0 + 60 s (retention walks in row order, which is arrival order): evt_old and
        // its delivery go, and old-shop's name with them; evt_recent and its name stay.
        QVERIFY(EventPruner(*m_db).prune(T0 + 60'000, 0, &error) > 0);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(connectors.removedIdsNamed(QStringLiteral("old-shop")).isEmpty());
        QCOMPARE(connectors.removedIdsNamed(QStringLiteral("recent-shop")),
                 QStringList { recent->id });
        const auto kept = EventRepository(*m_db).byStripeId(QStringLiteral("evt_recent"));
        QVERIFY(kept);
        QCOMPARE(kept->connectorName, QStringLiteral("recent-shop"));
    }
};

QTEST_GUILESS_MAIN(TestEventPruner)
#include "tst_eventpruner.moc"
