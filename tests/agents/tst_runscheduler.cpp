// RunScheduler: concurrency (global and per agent), order, retries with backoff on a ManualClock,
// resumption of interrupted runs, middleware, cancel. agenthelper is the agent; "wait-file" lets
// a test hold runs open and release them, so nothing depends on how fast a machine is.
#include "../storage/storagetestutil.h"
#include "agents/agentcatalog.h"
#include "agents/runscheduler.h"
#include "core/clock.h"
#include "core/settingsschema.h"
#include "storage/connectorrepository.h"
#include "storage/database.h"
#include "storage/deliverywriter.h"
#include "storage/runrepository.h"
#include "storage/settingsrepository.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Hookyard;
using namespace Hookyard::Agents;
using namespace Qt::StringLiterals;

static const QString Helper = QStringLiteral(HOOKYARD_AGENT_HELPER);

class TestRunScheduler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void runsAndRecordsTheOutcome();
    void wakerFromAnotherThread();
    void globalConcurrencyLimit();
    void perAgentConcurrencyKeepsOrder();
    void retriesWithExponentialBackoff();
    void retriesExhaustedStayFailed();
    void interruptedRunsResumeAtStart();
    void stopRequeuesRunningRuns();
    void middlewareTransformsTheInput();
    void middlewareSkips_data();
    void middlewareSkips();
    void cancelQueuedAndRunning();
    void unknownAgentFails();
    void brokenFileMakesRunsWait();
    void disabledAgentSkipsAutomaticRunsOnly();
    void runningOutputIsWrittenAsItComes();
    void progressReplacesTheEarlierAttemptsOutput();
    void progressIsNotWrittenAgainPastTheCap();

private:
    void writeAgent(const QString &name, const QByteArray &extra);
    QList<qint64> store(const QString &stripeId, const QStringList &agents);
    void setSetting(const char *key, const QString &value);
    Storage::RunRecord record(qint64 id) { return Storage::RunRepository(*m_db).byId(id).value(); }
    QString release() const { return m_dir->filePath(u"release"_s); }
    QByteArray helperCommand(const QStringList &steps) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Storage::Database> m_db;
    std::unique_ptr<AgentCatalog> m_catalog;
    std::unique_ptr<RunScheduler> m_scheduler;
    Core::ManualClock m_clock;
    QString m_connectorId;
    QList<qint64> m_started;
    QList<QPair<qint64, QString>> m_finished;
    int m_running = 0;
    int m_maxRunning = 0;
};

void TestRunScheduler::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    m_db = Storage::Database::open(m_dir->path(), u"test"_s, &error);
    QVERIFY2(m_db, qPrintable(error));
    m_connectorId = Storage::ConnectorRepository(*m_db).add(u"billing"_s, &error).value().id;
    m_catalog = std::make_unique<AgentCatalog>(AgentCatalog::agentsDirOf(m_dir->path()));
    m_catalog->setWatching(false);
    m_scheduler = std::make_unique<RunScheduler>(m_dir->path(), *m_catalog, m_clock);
    m_started.clear();
    m_finished.clear();
    m_running = m_maxRunning = 0;
    connect(m_scheduler.get(), &RunScheduler::runStarted, this, [this](qint64 id) {
        m_started.append(id);
        m_maxRunning = qMax(m_maxRunning, ++m_running);
    });
    connect(m_scheduler.get(), &RunScheduler::runFinished, this,
            [this](qint64 id, const QString &state) {
                m_finished.append({ id, state });
                --m_running;
            });
}

void TestRunScheduler::cleanup()
{
    m_scheduler.reset();
    m_catalog.reset();
    m_db.reset();
    m_dir.reset();
}

QByteArray TestRunScheduler::helperCommand(const QStringList &steps) const
{
    QByteArray yaml = "[\"" + Helper.toUtf8() + '"';
    for (const QString &s : steps)
        yaml += ", \"" + s.toUtf8() + '"';
    return yaml + ']';
}

void TestRunScheduler::writeAgent(const QString &name, const QByteArray &extra)
{
    QDir().mkpath(m_catalog->directory());
    QFile f(QDir(m_catalog->directory()).filePath(name + u".yaml"));
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write("name: " + name.toUtf8() + "\nevents: ['*']\n" + extra);
    f.close();
    m_catalog->load();
}

QList<qint64> TestRunScheduler::store(const QString &stripeId, const QStringList &agents)
{
    Storage::DeliveryWriter writer(*m_db);
    QList<Core::PlannedRun> runs;
    for (const QString &a : agents)
        runs.append(Core::PlannedRun { a });
    const auto r = writer.commitVerified(
        Storage::TestUtil::verifiedDelivery(m_connectorId, stripeId, u"invoice.payment_failed"_s,
                                            m_clock.nowMs(), 600),
        runs);
    return r.runIds;
}

void TestRunScheduler::setSetting(const char *key, const QString &value)
{
    QString error;
    QVERIFY2(Storage::SettingsRepository(*m_db).setValue(QLatin1String(key), value, &error),
             qPrintable(error));
}

void TestRunScheduler::runsAndRecordsTheOutcome()
{
    writeAgent(u"dunning"_s,
               "command: " + helperCommand({ u"echo"_s, u"log"_s, u"done"_s }) + '\n');
    const QList<qint64> ids = store(u"evt_1"_s, { u"dunning"_s });
    QString error;
    QVERIFY2(m_scheduler->start(&error), qPrintable(error));
    QCOMPARE(m_started, ids); // started at once, no poll needed
    QTRY_COMPARE(m_finished.size(), 1);
    QCOMPARE(m_finished.first().second, u"succeeded"_s);
    const auto r = record(ids.first());
    QCOMPARE(r.state, u"succeeded"_s);
    QCOMPARE(r.exitCode, std::optional<int>(0));
    QVERIFY(r.output.startsWith("{\n  \"id\": \"evt_1\""));
    QCOMPARE(r.log, QByteArray("done\n"));
    QCOMPARE(r.startedAtMs, m_clock.nowMs()); // times come from the clock seam
    QCOMPARE(r.finishedAtMs, m_clock.nowMs());
}

void TestRunScheduler::wakerFromAnotherThread()
{
    writeAgent(u"a"_s, "command: " + helperCommand({ u"exit"_s, u"0"_s }) + '\n');
    m_scheduler->setPollInterval(3'600'000);
    QString error;
    QVERIFY(m_scheduler->start(&error));
    const qint64 id = store(u"evt_1"_s, { u"a"_s }).first();
    const std::function<void()> wake = m_scheduler->waker();
    std::unique_ptr<QThread> receiver(QThread::create([wake] {
        for (int i = 0; i < 100; ++i)
            wake(); // coalesced: one pending wake at a time
    }));
    receiver->start();
    receiver->wait();
    QTRY_COMPARE(m_finished.size(), 1);
    QCOMPARE(m_started, QList<qint64> { id });
    m_scheduler.reset();
    wake(); // harmless once the scheduler is gone
}

void TestRunScheduler::globalConcurrencyLimit()
{
    setSetting(Core::Settings::MaxConcurrentRuns, u"2"_s);
    writeAgent(u"a"_s,
               "concurrency: 10\ncommand: " + helperCommand({ u"wait-file"_s, release() }) + '\n');
    QList<qint64> ids;
    for (int i = 0; i < 5; ++i)
        ids += store(u"evt_%1"_s.arg(i), { u"a"_s });
    QString error;
    QVERIFY(m_scheduler->start(&error));
    QCOMPARE(m_scheduler->maxConcurrent(), 2);
    QCOMPARE(m_scheduler->runningCount(), 2);
    QCOMPARE(m_started, ids.mid(0, 2));
    m_scheduler->wake();
    QCOMPARE(m_scheduler->runningCount(), 2);
    QFile(release()).open(QIODevice::WriteOnly);
    QTRY_COMPARE_WITH_TIMEOUT(m_finished.size(), 5, 20'000);
    QCOMPARE(m_started, ids); // oldest first
    QCOMPARE(m_maxRunning, 2);
}

void TestRunScheduler::perAgentConcurrencyKeepsOrder()
{
    setSetting(Core::Settings::MaxConcurrentRuns, u"4"_s);
    const QString releaseA = m_dir->filePath(u"release-a"_s);
    writeAgent(u"a"_s, "command: " + helperCommand({ u"wait-file"_s, releaseA }) + '\n');
    writeAgent(u"b"_s, "command: " + helperCommand({ u"exit"_s, u"0"_s }) + '\n');
    const qint64 a1 = store(u"evt_1"_s, { u"a"_s }).first();
    const qint64 a2 = store(u"evt_2"_s, { u"a"_s }).first();
    const qint64 b1 = store(u"evt_3"_s, { u"b"_s }).first();
    const qint64 a3 = store(u"evt_4"_s, { u"a"_s }).first();
    QString error;
    QVERIFY(m_scheduler->start(&error));
    // a is at its concurrency (1): its later runs wait, b goes ahead.
    QCOMPARE(m_started, (QList<qint64> { a1, b1 }));
    QCOMPARE(m_scheduler->runningCount(u"a"_s), 1);
    QTRY_COMPARE(m_finished.size(), 1); // b1
    QCOMPARE(m_scheduler->runningCount(u"a"_s), 1);
    QFile(releaseA).open(QIODevice::WriteOnly);
    QTRY_COMPARE_WITH_TIMEOUT(m_finished.size(), 4, 20'000);
    QCOMPARE(m_started, (QList<qint64> { a1, b1, a2, a3 }));
    QCOMPARE(record(a3).state, u"succeeded"_s);
}

void TestRunScheduler::retriesWithExponentialBackoff()
{
    // Fails on attempts 1 and 2, succeeds on 3.
    writeAgent(
        u"flaky"_s,
        "retries: 3\ncommand: "
            + helperCommand({ u"fail-before-attempt"_s, u"3"_s, u"env"_s, u"HOOKYARD_ATTEMPT"_s })
            + '\n');
    m_scheduler->setRetryBaseMs(1000);
    m_scheduler->setPollInterval(3'600'000); // only the clock and wake() move things here
    const qint64 id = store(u"evt_1"_s, { u"flaky"_s }).first();
    QString error;
    QVERIFY(m_scheduler->start(&error));
    const qint64 t0 = m_clock.nowMs();
    QTRY_COMPARE(m_finished.size(), 1);
    QCOMPARE(m_finished.last().second, u"queued"_s);
    auto r = record(id);
    QCOMPARE(r.attempt, 2);
    QCOMPARE(r.notBeforeMs, t0 + 1000); // base * 2^0
    QVERIFY2(r.error.startsWith(u"attempt 1 failed: exited with status 1; retry in"_s),
             qPrintable(r.error));
    QCOMPARE(r.log, QByteArray("failing on purpose\n")); // the failed attempt's log is kept

    m_clock.advanceMs(999);
    m_scheduler->wake();
    QCOMPARE(m_started.size(), 1); // not before its time
    m_clock.advanceMs(1);
    m_scheduler->wake();
    QCOMPARE(m_started.size(), 2);
    QTRY_COMPARE(m_finished.size(), 2);
    r = record(id);
    QCOMPARE(r.attempt, 3);
    QCOMPARE(r.notBeforeMs, t0 + 1000 + 2000); // base * 2^1

    m_clock.advanceMs(1999);
    m_scheduler->wake();
    QCOMPARE(m_started.size(), 2);
    m_clock.advanceMs(1);
    m_scheduler->wake();
    QTRY_COMPARE(m_finished.size(), 3);
    QCOMPARE(m_finished.last().second, u"succeeded"_s);
    r = record(id);
    QCOMPARE(r.state, u"succeeded"_s);
    QCOMPARE(r.output, QByteArray("HOOKYARD_ATTEMPT=3\n"));
    QCOMPARE(m_started, (QList<qint64> { id, id, id }));
}

void TestRunScheduler::retriesExhaustedStayFailed()
{
    writeAgent(u"bad"_s, "retries: 1\ncommand: " + helperCommand({ u"exit"_s, u"7"_s }) + '\n');
    m_scheduler->setRetryBaseMs(500);
    const qint64 id = store(u"evt_1"_s, { u"bad"_s }).first();
    QString error;
    QVERIFY(m_scheduler->start(&error));
    QTRY_COMPARE(m_finished.size(), 1);
    m_clock.advanceMs(500);
    m_scheduler->wake();
    QTRY_COMPARE(m_finished.size(), 2);
    const auto r = record(id);
    QCOMPARE(r.state, u"failed"_s);
    QCOMPARE(r.attempt, 2);
    QCOMPARE(r.exitCode, std::optional<int>(7));
}

void TestRunScheduler::interruptedRunsResumeAtStart()
{
    writeAgent(u"a"_s, "command: " + helperCommand({ u"env"_s, u"HOOKYARD_ATTEMPT"_s }) + '\n');
    const qint64 id = store(u"evt_1"_s, { u"a"_s }).first();
    // A previous process took the run and died.
    QVERIFY(Storage::RunRepository(*m_db).markRunning(id, m_clock.nowMs()));
    QString error;
    QVERIFY(m_scheduler->start(&error));
    QTRY_COMPARE(m_finished.size(), 1);
    const auto r = record(id);
    QCOMPARE(r.state, u"succeeded"_s);
    QCOMPARE(r.attempt, 2);
    QCOMPARE(r.output, QByteArray("HOOKYARD_ATTEMPT=2\n"));
}

void TestRunScheduler::stopRequeuesRunningRuns()
{
    writeAgent(u"a"_s, "command: " + helperCommand({ u"wait-file"_s, release() }) + '\n');
    const qint64 id = store(u"evt_1"_s, { u"a"_s }).first();
    QString error;
    QVERIFY(m_scheduler->start(&error));
    QCOMPARE(m_scheduler->runningCount(), 1);
    m_scheduler->stop();
    QCOMPARE(m_scheduler->runningCount(), 0);
    const auto r = record(id);
    QCOMPARE(r.state, u"queued"_s);
    QCOMPARE(r.attempt, 2);
}

void TestRunScheduler::middlewareTransformsTheInput()
{
    writeAgent(u"a"_s,
               "command: " + helperCommand({ u"echo"_s }) + "\nmiddleware: "
                   + helperCommand({ u"print"_s, u"redacted-input"_s, u"log"_s, u"mw ran"_s })
                   + '\n');
    const qint64 id = store(u"evt_1"_s, { u"a"_s }).first();
    QString error;
    QVERIFY(m_scheduler->start(&error));
    QTRY_COMPARE(m_finished.size(), 1);
    const auto r = record(id);
    QCOMPARE(r.state, u"succeeded"_s);
    QCOMPARE(r.output, QByteArray("redacted-input"));
    QCOMPARE(r.log, QByteArray("[middleware] mw ran\n"));
}

void TestRunScheduler::middlewareSkips_data()
{
    QTest::addColumn<QStringList>("middleware");
    QTest::addColumn<QString>("reason");
    QTest::newRow("non-zero exit")
        << QStringList { u"log"_s, u"not a paying customer"_s, u"exit"_s, u"3"_s }
        << u"skipped: the middleware exited with status 3: not a paying customer"_s;
    QTest::newRow("empty output") << QStringList { u"exit"_s, u"0"_s }
                                  << u"skipped: the middleware printed nothing"_s;
}

void TestRunScheduler::middlewareSkips()
{
    QFETCH(QStringList, middleware);
    QFETCH(QString, reason);
    const QString marker = m_dir->filePath(u"agent-ran"_s);
    writeAgent(u"a"_s,
               "command: " + helperCommand({ u"touch"_s, marker })
                   + "\nmiddleware: " + helperCommand(middleware) + '\n');
    const qint64 id = store(u"evt_1"_s, { u"a"_s }).first();
    QString error;
    QVERIFY(m_scheduler->start(&error));
    QTRY_COMPARE(m_finished.size(), 1);
    const auto r = record(id);
    QCOMPARE(r.state, u"skipped"_s);
    QCOMPARE(r.error, reason);
    QVERIFY(!QFile::exists(marker)); // the agent never ran
}

void TestRunScheduler::cancelQueuedAndRunning()
{
    setSetting(Core::Settings::MaxConcurrentRuns, u"1"_s);
    writeAgent(u"a"_s, "command: " + helperCommand({ u"wait-file"_s, release() }) + '\n');
    const qint64 first = store(u"evt_1"_s, { u"a"_s }).first();
    const qint64 second = store(u"evt_2"_s, { u"a"_s }).first();
    QString error;
    QVERIFY(m_scheduler->start(&error));
    QCOMPARE(m_scheduler->runningRunIds(), QList<qint64> { first });
    QVERIFY(m_scheduler->cancel(second));
    QCOMPARE(record(second).state, u"cancelled"_s);
    QVERIFY(m_scheduler->cancel(first));
    QTRY_COMPARE(record(first).state, u"cancelled"_s);
    QVERIFY(!m_scheduler->cancel(second)); // already final
    QCOMPARE(m_started, QList<qint64> { first });
}

void TestRunScheduler::unknownAgentFails()
{
    // More than one window of due runs (64) whose agent does not exist, then a good one: all are
    // dealt with in the same wake-up, none waits for the poll.
    writeAgent(u"good"_s, "command: " + helperCommand({ u"exit"_s, u"0"_s }) + '\n');
    const QList<qint64> ghosts = store(u"evt_1"_s, QStringList(70, u"ghost"_s));
    const qint64 good = store(u"evt_2"_s, { u"good"_s }).first();
    m_scheduler->setPollInterval(3'600'000);
    QString error;
    QVERIFY(m_scheduler->start(&error));
    QCOMPARE(m_started, QList<qint64> { good });
    for (const qint64 id : ghosts)
        QCOMPARE(record(id).state, u"failed"_s);
    QVERIFY2(record(ghosts.first()).error.contains(u"no agent named ghost"_s),
             qPrintable(record(ghosts.first()).error));
}

// A file saved with an error for a moment (an editor's bad save) must not fail the queued runs:
// they wait, and start once the file is fixed. Other agents' runs go on meanwhile.
void TestRunScheduler::brokenFileMakesRunsWait()
{
    writeAgent(u"good"_s, "command: " + helperCommand({ u"exit"_s, u"0"_s }) + '\n');
    writeAgent(u"slow"_s, "command: [\n"); // a YAML error: the file is in error
    const QList<qint64> waiting = store(u"evt_1"_s, QStringList(70, u"slow"_s));
    const qint64 good = store(u"evt_2"_s, { u"good"_s }).first();
    m_scheduler->setPollInterval(3'600'000);
    QString error;
    QVERIFY(m_scheduler->start(&error));
    QCOMPARE(m_started, QList<qint64> { good }); // not held up behind a window of waiting runs
    QTRY_COMPARE(m_finished.size(), 1);
    for (const qint64 id : waiting)
        QCOMPARE(record(id).state, u"queued"_s);

    writeAgent(u"slow"_s, "command: " + helperCommand({ u"exit"_s, u"0"_s }) + '\n'); // fixed
    QTRY_COMPARE(m_finished.size(), 1 + waiting.size());
    for (const qint64 id : waiting)
        QCOMPARE(record(id).state, u"succeeded"_s);
}

void TestRunScheduler::disabledAgentSkipsAutomaticRunsOnly()
{
    writeAgent(u"a"_s,
               "enabled: false\ncommand: " + helperCommand({ u"print"_s, u"ran"_s }) + '\n');
    const qint64 automatic = store(u"evt_1"_s, { u"a"_s }).first();
    QString error;
    const qint64 eventRow = record(automatic).eventRow;
    const qint64 manual = Storage::RunRepository(*m_db).enqueue(eventRow, u"a"_s, true, &error);
    QVERIFY(m_scheduler->start(&error));
    QTRY_COMPARE(m_finished.size(), 2);
    QCOMPARE(record(automatic).state, u"skipped"_s);
    QCOMPARE(record(manual).state, u"succeeded"_s);
    QCOMPARE(record(manual).output, QByteArray("ran"));
}

void TestRunScheduler::runningOutputIsWrittenAsItComes()
{
    // helperCommand() writes a YAML list: the \\n below is a newline when the agent gets it.
    writeAgent(u"talker"_s,
               "command: "
                   + helperCommand({ u"print"_s, u"first line\\n"_s, u"log"_s, u"working"_s,
                                     u"wait-file"_s, release(), u"print"_s, u"second line\\n"_s })
                   + '\n');
    m_scheduler->setProgressInterval(20);
    QSignalSpy progress(m_scheduler.get(), &RunScheduler::runProgress);
    const qint64 id = store(u"evt_1"_s, { u"talker"_s }).first();
    QString error;
    QVERIFY(m_scheduler->start(&error));
    // While it waits, the database already holds what it printed, and says it is running.
    QTRY_VERIFY_WITH_TIMEOUT(record(id).output.contains("first line"), 10'000);
    QTRY_VERIFY_WITH_TIMEOUT(record(id).log.contains("working"), 10'000);
    auto r = record(id);
    QCOMPARE(r.state, u"running"_s);
    QVERIFY(!r.output.contains("second line"));
    QVERIFY(progress.size() >= 1);
    QCOMPARE(progress.first().first().toLongLong(), id);
    // Nothing new printed: no more writes or notices.
    const qsizetype notices = progress.size();
    QTest::qWait(100);
    QCOMPARE(progress.size(), notices);

    QFile(release()).open(QIODevice::WriteOnly);
    QTRY_COMPARE_WITH_TIMEOUT(m_finished.size(), 1, 10'000);
    r = record(id);
    QCOMPARE(r.state, u"succeeded"_s);
    QCOMPARE(r.output, QByteArray("first line\nsecond line\n"));
    QCOMPARE(r.log, QByteArray("working\n"));
}

void TestRunScheduler::progressReplacesTheEarlierAttemptsOutput()
{
    // Attempt 1 prints its number and fails; attempt 2 prints its number and waits.
    writeAgent(u"flaky"_s,
               "retries: 1\ncommand: "
                   + helperCommand({ u"env"_s, u"HOOKYARD_ATTEMPT"_s, u"fail-before-attempt"_s,
                                     u"2"_s, u"wait-file"_s, release() })
                   + '\n');
    m_scheduler->setRetryBaseMs(1000);
    m_scheduler->setPollInterval(3'600'000);
    m_scheduler->setProgressInterval(20);
    const qint64 id = store(u"evt_1"_s, { u"flaky"_s }).first();
    QString error;
    QVERIFY(m_scheduler->start(&error));
    QTRY_COMPARE_WITH_TIMEOUT(m_finished.size(), 1, 10'000);
    QCOMPARE(record(id).output, QByteArray("HOOKYARD_ATTEMPT=1\n")); // kept while it waits
    m_clock.advanceMs(1000);
    m_scheduler->wake();
    QCOMPARE(m_started.size(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(record(id).output, QByteArray("HOOKYARD_ATTEMPT=2\n"), 10'000);
    QCOMPARE(record(id).log, QByteArray()); // the first attempt's "failing on purpose" is gone
    QFile(release()).open(QIODevice::WriteOnly);
    QTRY_COMPARE_WITH_TIMEOUT(m_finished.size(), 2, 10'000);
    QCOMPARE(m_finished.last().second, u"succeeded"_s);
}

void TestRunScheduler::progressIsNotWrittenAgainPastTheCap()
{
    // 1 KiB kept; the agent goes on printing past it for a while, then waits.
    setSetting(Core::Settings::OutputCap, u"1024"_s);
    QStringList steps;
    for (int i = 0; i < 12; ++i)
        steps << u"flood"_s << u"400"_s << u"sleep"_s << u"25"_s;
    steps << u"touch"_s << m_dir->filePath(u"printed"_s) << u"wait-file"_s << release();
    writeAgent(u"flooder"_s, "command: " + helperCommand(steps) + '\n');
    m_scheduler->setProgressInterval(10);
    QSignalSpy progress(m_scheduler.get(), &RunScheduler::runProgress);
    const qint64 id = store(u"evt_1"_s, { u"flooder"_s }).first();
    QString error;
    QVERIFY(m_scheduler->start(&error));
    QTRY_COMPARE_WITH_TIMEOUT(record(id).output.size(), 1024, 10'000);
    const qsizetype atCap = progress.size();
    // What it prints past the cap is dropped: nothing changed, nothing is written again.
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(m_dir->filePath(u"printed"_s)), 10'000);
    QTest::qWait(50);
    QCOMPARE(progress.size(), atCap);
    QFile(release()).open(QIODevice::WriteOnly);
    QTRY_COMPARE_WITH_TIMEOUT(m_finished.size(), 1, 10'000);
    QVERIFY(record(id).outputTruncated);
}

QTEST_GUILESS_MAIN(TestRunScheduler)
#include "tst_runscheduler.moc"
