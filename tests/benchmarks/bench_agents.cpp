// Agents benchmark (issue 3): not a test, an executable that prints figures.
//
// 1. Latency from an event's commit (the moment the receiver may acknowledge it) to its agent's
//    process having started: a "receiver" thread commits each event with its planned run through
//    DeliveryWriter on its own connection, then wakes the RunScheduler on the main thread through
//    a queued call, as the engine does. One event at a time, so the figure is the idle-path
//    latency, not queueing. Target: p50 under 10 ms.
// 2. Drain: 1,000 queued short runs with agents.max_concurrent = 4; checks that every run
//    finished exactly once (none lost, none run twice) and prints the throughput.
//
// Usage: bench_agents [AGENT_HELPER] [--events N] [--drain N]
#include "agents/agentcatalog.h"
#include "agents/runscheduler.h"
#include "core/clock.h"
#include "core/settingsschema.h"
#include "storage/connectorrepository.h"
#include "storage/database.h"
#include "storage/deliverywriter.h"
#include "storage/runrepository.h"
#include "storage/settingsrepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <cstdio>

using namespace Hookyard;

namespace {

qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

Core::Delivery delivery(const QString &connectorId, int i)
{
    Core::Delivery d;
    d.connectorId = connectorId;
    d.receivedAtMs = Core::Clock::system().nowMs();
    d.httpStatus = 200;
    d.outcome = Core::DeliveryOutcome::Accepted;
    d.event.id = QStringLiteral("evt_bench_%1").arg(i);
    d.event.type = QStringLiteral("invoice.payment_failed");
    d.event.object = QStringLiteral("event");
    d.body = QByteArrayLiteral("{\"id\":\"") + d.event.id.toUtf8()
        + QByteArrayLiteral("\",\"object\":\"event\",\"type\":\"invoice.payment_failed\","
                            "\"data\":{\"object\":{\"object\":\"invoice\",\"amount_due\":4900,"
                            "\"currency\":\"usd\",\"padding\":\"")
        + QByteArray(2600, 'x') + QByteArrayLiteral("\"}}}");
    d.bodySize = d.body.size();
    return d;
}

// Lives on the receiver thread: commits one event per call, then wakes the scheduler.
class FakeReceiver : public QObject
{
public:
    FakeReceiver(QString dataDir, QString connectorId, Agents::RunScheduler *scheduler)
        : m_dataDir(std::move(dataDir)), m_connectorId(std::move(connectorId)),
          m_wake(scheduler->waker())
    {
    }
    void commit(int i)
    {
        if (!m_writer) {
            QString error;
            m_db = Storage::Database::open(m_dataDir, QStringLiteral("bench-receiver"), &error);
            m_writer = std::make_unique<Storage::DeliveryWriter>(*m_db);
        }
        const auto r = m_writer->commitVerified(delivery(m_connectorId, i),
                                                { Core::PlannedRun { QStringLiteral("bench") } });
        const qint64 acked = nowNs(); // the 2xx could go out now
        m_wake(); // RunScheduler::waker(): what the engine hands to the receiver
        const qint64 runId = r.runIds.value(0);
        QMetaObject::invokeMethod(
            qApp, [this, runId, acked] { onCommitted(runId, acked); }, Qt::QueuedConnection);
    }
    void close()
    {
        m_writer.reset();
        m_db.reset();
    }
    std::function<void(qint64, qint64)> onCommitted;

private:
    QString m_dataDir;
    QString m_connectorId;
    std::function<void()> m_wake;
    std::unique_ptr<Storage::Database> m_db;
    std::unique_ptr<Storage::DeliveryWriter> m_writer;
};

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype index = qMin(values.size() - 1, qsizetype(p * double(values.size() - 1) + 0.5));
    return values.at(index);
}

bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QEventLoop loop;
        QTimer::singleShot(1, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    QString helper = QStringLiteral(HOOKYARD_AGENT_HELPER);
    int events = 300;
    int drain = 1000;
    for (int i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--events") && i + 1 < args.size())
            events = args.at(++i).toInt();
        else if (args.at(i) == QLatin1String("--drain") && i + 1 < args.size())
            drain = args.at(++i).toInt();
        else
            helper = args.at(i);
    }

    QTemporaryDir dir;
    QString error;
    auto db = Storage::Database::open(dir.path(), QStringLiteral("bench-main"), &error);
    if (!db) {
        std::fprintf(stderr, "bench_agents: %s\n", qPrintable(error));
        return 1;
    }
    const QString connectorId =
        Storage::ConnectorRepository(*db).add(QStringLiteral("billing"), &error).value().id;
    Storage::SettingsRepository(*db).setValue(QLatin1String(Core::Settings::MaxConcurrentRuns),
                                              QStringLiteral("4"), &error);
    const QString agentsDir = Agents::AgentCatalog::agentsDirOf(dir.path());
    QDir().mkpath(agentsDir);
    QFile yaml(QDir(agentsDir).filePath(QStringLiteral("bench.yaml")));
    yaml.open(QIODevice::WriteOnly);
    yaml.write("name: bench\nevents: ['invoice.*']\nconcurrency: 4\ncommand: [\"" + helper.toUtf8()
               + "\", \"exit\", \"0\"]\n");
    yaml.close();

    Agents::AgentCatalog catalog(agentsDir);
    catalog.setWatching(false);
    catalog.load();
    Agents::RunScheduler scheduler(dir.path(), catalog, Core::Clock::system());
    if (!scheduler.start(&error)) {
        std::fprintf(stderr, "bench_agents: %s\n", qPrintable(error));
        return 1;
    }

    // --- 1. commit -> process started -------------------------------------------------------
    QHash<qint64, qint64> ackedAt;
    QHash<qint64, qint64> startedAt;
    QHash<qint64, int> startCount;
    QHash<qint64, QString> finalState;
    QObject::connect(&scheduler, &Agents::RunScheduler::processStarted, &app,
                     [&](qint64 runId, qint64) {
                         startedAt.insert(runId, nowNs());
                         ++startCount[runId];
                     });
    QObject::connect(&scheduler, &Agents::RunScheduler::runFinished, &app,
                     [&](qint64 runId, const QString &state) { finalState.insert(runId, state); });

    QThread receiverThread;
    receiverThread.start();
    FakeReceiver receiver(dir.path(), connectorId, &scheduler);
    receiver.moveToThread(&receiverThread);
    qint64 lastRun = 0;
    receiver.onCommitted = [&](qint64 runId, qint64 acked) {
        ackedAt.insert(runId, acked);
        lastRun = runId;
    };
    QList<double> latencies;
    for (int i = 0; i < events; ++i) {
        lastRun = 0;
        QMetaObject::invokeMethod(
            &receiver, [&receiver, i] { receiver.commit(i); }, Qt::QueuedConnection);
        if (!waitUntil([&] { return lastRun > 0 && finalState.contains(lastRun); }, 30'000)) {
            std::fprintf(stderr, "bench_agents: run of event %d did not finish\n", i);
            return 1;
        }
        latencies.append(double(startedAt.value(lastRun) - ackedAt.value(lastRun)) / 1e6);
    }
    QMetaObject::invokeMethod(
        &receiver, [&receiver] { receiver.close(); }, Qt::BlockingQueuedConnection);
    receiverThread.quit();
    receiverThread.wait();

    std::printf("commit -> agent process started, %d events one at a time:\n", events);
    std::printf("  p50 %.2f ms   p90 %.2f ms   p99 %.2f ms   max %.2f ms   (target p50 < 10 ms)\n",
                percentile(latencies, 0.50), percentile(latencies, 0.90),
                percentile(latencies, 0.99), percentile(latencies, 1.0));

    // --- 2. drain 1,000 queued runs with concurrency 4 ------------------------------------------
    scheduler.stop();
    {
        Storage::DeliveryWriter writer(*db);
        for (int i = 0; i < drain; ++i)
            writer.commitVerified(delivery(connectorId, 1'000'000 + i),
                                  { Core::PlannedRun { QStringLiteral("bench") } });
    }
    startCount.clear();
    finalState.clear();
    int running = 0;
    int maxRunning = 0;
    QObject::connect(&scheduler, &Agents::RunScheduler::runStarted, &app,
                     [&](qint64) { maxRunning = qMax(maxRunning, ++running); });
    QObject::connect(&scheduler, &Agents::RunScheduler::runFinished, &app,
                     [&](qint64, const QString &) { --running; });
    QElapsedTimer timer;
    timer.start();
    if (!scheduler.start(&error))
        return 1;
    const bool drained = waitUntil([&] { return finalState.size() >= drain; }, 600'000);
    const double seconds = double(timer.elapsed()) / 1000.0;

    QSqlQuery q(db->sql());
    q.exec(QStringLiteral("SELECT state, count(*) FROM runs WHERE event_row IN (SELECT id FROM "
                          "events WHERE stripe_id LIKE 'evt_bench_1______') GROUP BY state"));
    QHash<QString, int> byState;
    while (q.next())
        byState.insert(q.value(0).toString(), q.value(1).toInt());
    int twice = 0;
    for (const int n : std::as_const(startCount))
        twice += n > 1 ? 1 : 0;
    const bool ok = drained && byState.value(QStringLiteral("succeeded")) == drain
        && startCount.size() == drain && twice == 0 && maxRunning <= 4;
    std::printf("drain %d queued runs, agents.max_concurrent 4:\n", drain);
    std::printf("  %.2f s, %.0f runs/s, at most %d at once; succeeded %d, started %lld distinct, "
                "started twice %d, lost %d -> %s\n",
                seconds, double(drain) / seconds, maxRunning,
                byState.value(QStringLiteral("succeeded")), qlonglong(startCount.size()), twice,
                drain - int(finalState.size()), ok ? "OK" : "FAILED");
    scheduler.stop();
    return ok ? 0 : 1;
}
