// RunRepository: the durable queue of agent runs (issue 3).
#include "storage/connectorrepository.h"
#include "storage/database.h"
#include "storage/deliverywriter.h"
#include "storage/runrepository.h"
#include "storagetestutil.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Hookyard;
using namespace Hookyard::Storage;
using namespace Qt::StringLiterals;

class TestRunRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void runsQueuedWithTheEventAreListed();
    void enqueueManualAndByIdWithOutput();
    void dueIsOldestFirstAndRespectsNotBefore();
    void dueSkipsBusyAgents();
    void markRunningTakesARunOnce();
    void finishRecordsTheOutcome();
    void requeueForRetry();
    void requeueInterruptedRaisesTheAttempt();
    void cancelQueuedOnly();
    void listFilters();

private:
    qint64 storeEvent(const QString &stripeId, const QStringList &agents = {});
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    QString m_connectorId;
};

void TestRunRepository::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    m_db = Database::open(m_dir->path(), u"test"_s, &error);
    QVERIFY2(m_db, qPrintable(error));
    const auto c = ConnectorRepository(*m_db).add(u"billing"_s, &error);
    QVERIFY2(c, qPrintable(error));
    m_connectorId = c->id;
}

void TestRunRepository::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

qint64 TestRunRepository::storeEvent(const QString &stripeId, const QStringList &agents)
{
    DeliveryWriter writer(*m_db);
    QList<Core::PlannedRun> runs;
    for (const QString &a : agents)
        runs.append(Core::PlannedRun { a });
    const auto r = writer.commitVerified(TestUtil::verifiedDelivery(m_connectorId, stripeId), runs);
    return r.status == DeliveryWriter::Result::Committed ? r.eventRow : 0;
}

void TestRunRepository::runsQueuedWithTheEventAreListed()
{
    const qint64 row = storeEvent(u"evt_a"_s, { u"dunning"_s, u"fraud"_s });
    QVERIFY(row > 0);
    RunRepository runs(*m_db);
    const auto list = runs.list({});
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).agent, u"fraud"_s); // newest first
    QCOMPARE(list.at(1).agent, u"dunning"_s);
    const RunRecord &r = list.at(1);
    QCOMPARE(r.state, u"queued"_s);
    QCOMPARE(r.eventRow, row);
    QCOMPARE(r.eventStripeId, u"evt_a"_s);
    QCOMPARE(r.eventType, u"invoice.payment_failed"_s);
    QCOMPARE(r.connectorId, m_connectorId);
    QCOMPARE(r.attempt, 1);
    QVERIFY(!r.manual);
    QVERIFY(!r.exitCode);
    QVERIFY(r.output.isEmpty()); // list() stays light
}

void TestRunRepository::enqueueManualAndByIdWithOutput()
{
    const qint64 row = storeEvent(u"evt_b"_s);
    RunRepository runs(*m_db);
    QString error;
    const qint64 id = runs.enqueue(row, u"dunning"_s, true, &error, 1234);
    QVERIFY2(id > 0, qPrintable(error));
    const auto r = runs.byId(id);
    QVERIFY(r);
    QVERIFY(r->manual);
    QCOMPARE(r->queuedAtMs, 1234);
    QCOMPARE(r->state, u"queued"_s);
    QVERIFY(!runs.byId(id + 100));
    QCOMPARE(runs.enqueue(999999, u"x"_s, true, &error), 0); // no such event (foreign key)
    QVERIFY(!error.isEmpty());
}

void TestRunRepository::dueIsOldestFirstAndRespectsNotBefore()
{
    storeEvent(u"evt_1"_s, { u"a"_s, u"b"_s, u"c"_s });
    RunRepository runs(*m_db);
    auto due = runs.due(1000, 10);
    QCOMPARE(due.size(), 3);
    QVERIFY(due.at(0).id < due.at(1).id && due.at(1).id < due.at(2).id);
    QVERIFY(runs.requeue(due.at(0).id, 2, 5000, u"retry"_s));
    due = runs.due(4999, 10);
    QCOMPARE(due.size(), 2);
    QCOMPARE(runs.nextNotBefore(4999), 5000);
    due = runs.due(5000, 10);
    QCOMPARE(due.size(), 3);
    QCOMPARE(due.at(0).attempt, 2);
    QCOMPARE(runs.due(5000, 1).size(), 1);
    QCOMPARE(runs.nextNotBefore(5000), 0);
}

void TestRunRepository::dueSkipsBusyAgents()
{
    storeEvent(u"evt_1"_s, { u"a"_s, u"b"_s });
    storeEvent(u"evt_2"_s, { u"a"_s, u"c"_s });
    RunRepository runs(*m_db);
    const auto due = runs.due(1000, 10, { u"a"_s, u"c"_s });
    QCOMPARE(due.size(), 1);
    QCOMPARE(due.first().agent, u"b"_s);
}

void TestRunRepository::markRunningTakesARunOnce()
{
    storeEvent(u"evt_1"_s, { u"a"_s });
    RunRepository runs(*m_db);
    const qint64 id = runs.due(1000, 1).first().id;
    QVERIFY(runs.markRunning(id, 2000));
    QVERIFY(!runs.markRunning(id, 2001));
    QCOMPARE(runs.byId(id)->state, u"running"_s);
    QCOMPARE(runs.byId(id)->startedAtMs, 2000);
    QVERIFY(runs.due(5000, 10).isEmpty());
}

void TestRunRepository::finishRecordsTheOutcome()
{
    storeEvent(u"evt_1"_s, { u"a"_s });
    RunRepository runs(*m_db);
    RunRecord r = runs.due(1000, 1).first();
    QVERIFY(runs.markRunning(r.id, 2000));
    r.state = u"failed"_s;
    r.exitCode = 3;
    r.output = QByteArray("partial\0draft", 13);
    r.log = "oops";
    r.outputTruncated = true;
    r.error = u"exited with status 3"_s;
    r.finishedAtMs = 2500;
    QVERIFY(runs.finish(r));
    const auto back = runs.byId(r.id);
    QCOMPARE(back->state, u"failed"_s);
    QCOMPARE(back->exitCode, std::optional<int>(3));
    QCOMPARE(back->output, r.output);
    QCOMPARE(back->log, QByteArray("oops"));
    QVERIFY(back->outputTruncated);
    QVERIFY(!back->logTruncated);
    QCOMPARE(back->error, r.error);
    QCOMPARE(back->durationMs(), 500);
    QVERIFY(!runs.finish(r)); // a finished run stays finished
}

void TestRunRepository::requeueForRetry()
{
    storeEvent(u"evt_1"_s, { u"a"_s });
    RunRepository runs(*m_db);
    RunRecord r = runs.due(1000, 1).first();
    QVERIFY(runs.markRunning(r.id, 2000));
    r.state = u"failed"_s;
    r.finishedAtMs = 2100;
    QVERIFY(runs.finish(r));
    QVERIFY(runs.requeue(r.id, 2, 12'100, u"attempt 1 failed; retry in 10 s"_s));
    const auto back = runs.byId(r.id);
    QCOMPARE(back->state, u"queued"_s);
    QCOMPARE(back->attempt, 2);
    QCOMPARE(back->notBeforeMs, 12'100);
    QCOMPARE(back->error, u"attempt 1 failed; retry in 10 s"_s);
}

void TestRunRepository::requeueInterruptedRaisesTheAttempt()
{
    storeEvent(u"evt_1"_s, { u"a"_s, u"b"_s });
    RunRepository runs(*m_db);
    const auto due = runs.due(1000, 10);
    QVERIFY(runs.markRunning(due.at(0).id, 2000));
    QCOMPARE(runs.requeueInterrupted(3000), 1);
    const auto back = runs.byId(due.at(0).id);
    QCOMPARE(back->state, u"queued"_s);
    QCOMPARE(back->attempt, 2);
    QVERIFY(back->error.contains(u"interrupted"_s));
    QCOMPARE(runs.byId(due.at(1).id)->attempt, 1);
    QCOMPARE(runs.requeueInterrupted(3000), 0);
}

void TestRunRepository::cancelQueuedOnly()
{
    storeEvent(u"evt_1"_s, { u"a"_s, u"b"_s });
    RunRepository runs(*m_db);
    const auto due = runs.due(1000, 10);
    QVERIFY(runs.cancelQueued(due.at(0).id, 1500, u"cancelled"_s));
    QCOMPARE(runs.byId(due.at(0).id)->state, u"cancelled"_s);
    QVERIFY(runs.markRunning(due.at(1).id, 1600));
    QVERIFY(!runs.cancelQueued(due.at(1).id, 1700, u"cancelled"_s));
}

void TestRunRepository::listFilters()
{
    const qint64 e1 = storeEvent(u"evt_1"_s, { u"a"_s, u"b"_s });
    storeEvent(u"evt_2"_s, { u"a"_s });
    RunRepository runs(*m_db);
    RunFilter f;
    f.agent = u"a"_s;
    QCOMPARE(runs.list(f).size(), 2);
    f = {};
    f.eventRow = e1;
    QCOMPARE(runs.list(f).size(), 2);
    f = {};
    f.eventStripeId = u"evt_2"_s;
    QCOMPARE(runs.list(f).size(), 1);
    f = {};
    f.limit = 2;
    const auto page = runs.list(f);
    QCOMPARE(page.size(), 2);
    f.beforeId = page.last().id;
    QCOMPARE(runs.list(f).size(), 1);
    f = {};
    f.state = u"running"_s;
    QVERIFY(runs.list(f).isEmpty());
}

QTEST_GUILESS_MAIN(TestRunRepository)
#include "tst_runrepository.moc"
