// Microbenchmark of the receiver's commit (DeliveryWriter::commitVerified): one transaction per
// verified delivery of a ~3 KB Stripe event, one queued run each, as the receiver does it.
// Not a test: prints commits/s and latency percentiles for synchronous=NORMAL and FULL.
//
//   bench_deliverywriter [--count N] [--body BYTES] [--dir DIR]
//
// Use a directory on the disk the data dir will live on (default: a temporary directory).

#include "core/delivery.h"
#include "storage/database.h"
#include "storage/deliverywriter.h"
#include "storage/walcheckpointer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <sqlite3.h>
#include <vector>

using namespace Hookyard;
using namespace Hookyard::Storage;

namespace {

// CPU time of this thread: separates the cost of a commit from time lost to other processes on
// a loaded machine (wall-clock percentiles include both).
qint64 threadCpuNs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

QByteArray body(const QString &id, int size)
{
    QByteArray b = QByteArrayLiteral("{\"id\":\"") + id.toUtf8()
        + QByteArrayLiteral("\",\"object\":\"event\",\"api_version\":\"2024-06-20\","
                            "\"created\":1764201000,\"data\":{\"object\":{\"id\":"
                            "\"in_1QAbCdEfGhIjKlMnOp\",\"object\":\"invoice\",\"note\":\"");
    const QByteArray tail =
        QByteArrayLiteral("\"}},\"livemode\":false,\"type\":\"invoice.payment_failed\"}");
    b += QByteArray(qMax<qsizetype>(0, size - b.size() - tail.size()), 'x');
    return b + tail;
}

struct Scenario
{
    const char *name;
    Database::Sync sync;
    bool backgroundCheckpoint; // autocheckpoint off on the writer, PASSIVE from another thread
};

bool run(const QString &root, const Scenario &scenario, int count, int bodySize,
         const QString &extraSql)
{
    QTemporaryDir dir(root + QStringLiteral("/bench-XXXXXX"));
    if (!dir.isValid()) {
        std::fprintf(stderr,
                     "cannot create a directory in %s: %s (pass --dir with an existing, "
                     "writable directory)\n",
                     qPrintable(root), qPrintable(dir.errorString()));
        return false;
    }
    QString error;
    auto db = Database::open(dir.path(), QStringLiteral("bench"), &error, scenario.sync);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return false;
    }
    // --sql: statements run before measuring (e.g. to try a schema change).
    if (!extraSql.isEmpty()
        && sqlite3_exec(db->handle(), extraSql.toUtf8().constData(), nullptr, nullptr, nullptr)
            != SQLITE_OK) {
        std::fprintf(stderr, "--sql failed: %s\n", sqlite3_errmsg(db->handle()));
        return false;
    }
    // The serving set-up: no checkpoint, WAL restart or truncation inside a commit, a
    // WalCheckpointer thread instead.
    WalCheckpointer checkpointer(dir.path());
    if (scenario.backgroundCheckpoint) {
        db->leaveWalUpkeepToCheckpointer();
        if (!checkpointer.start(&error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return false;
        }
    }

    DeliveryWriter writer(*db);
    Core::Delivery d;
    d.connectorId = QStringLiteral("3f9a1c2e7b4d5a6f8e0c1b2a3d4e5f60");
    d.httpStatus = 200;
    d.outcome = Core::DeliveryOutcome::Accepted;
    d.remoteAddress = QStringLiteral("127.0.0.1");
    d.userAgent = QStringLiteral("Stripe/1.0 (+https://stripe.com/docs/webhooks)");
    d.contentType = QStringLiteral("application/json; charset=utf-8");
    d.v1Count = 1;
    d.event.type = QStringLiteral("invoice.payment_failed");
    d.event.object = QStringLiteral("event");
    d.event.apiVersion = QStringLiteral("2024-06-20");
    d.event.objectId = QStringLiteral("in_1QAbCdEfGhIjKlMnOp");
    const QList<Core::PlannedRun> runs { Core::PlannedRun { QStringLiteral("dunning-agent") } };

    // Bodies are prepared up front: only the commit is measured.
    std::vector<QByteArray> bodies;
    bodies.reserve(count);
    for (int i = 0; i < count; ++i)
        bodies.push_back(body(QStringLiteral("evt_bench_%1").arg(i), bodySize));

    std::vector<qint64> ns;
    ns.reserve(count);
    int failed = 0;
    QElapsedTimer total;
    total.start();
    const qint64 cpuStart = threadCpuNs();
    for (int i = 0; i < count; ++i) {
        d.event.id = QStringLiteral("evt_bench_%1").arg(i);
        d.body = bodies[size_t(i)];
        d.bodySize = d.body.size();
        d.receivedAtMs = 1764201000000 + i;
        QElapsedTimer one;
        one.start();
        const auto r = writer.commitVerified(d, runs);
        ns.push_back(one.nsecsElapsed());
        if (r.status != DeliveryWriter::Result::Committed)
            ++failed;
    }
    const double seconds = double(total.nsecsElapsed()) / 1e9;
    const double cpuUsPerCommit = double(threadCpuNs() - cpuStart) / 1000.0 / count;
    checkpointer.stop();
    std::sort(ns.begin(), ns.end());
    const auto pct = [&](double p) {
        return double(ns[std::min(ns.size() - 1, size_t(p * double(ns.size())))]) / 1000.0;
    };
    std::printf("%-34s %7.0f commits/s  p50 %7.1f us  p99 %8.1f us  max %8.1f us  cpu %5.1f "
                "us/commit%s\n",
                scenario.name, count / seconds, pct(0.50), pct(0.99), double(ns.back()) / 1000.0,
                cpuUsPerCommit,
                failed ? qPrintable(QStringLiteral("   FAILED %1").arg(failed)) : "");
    std::fflush(stdout);
    return failed == 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Measures DeliveryWriter commits (one per ~3 KB delivery)."));
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("count"), QStringLiteral("Commits per scenario."),
                       QStringLiteral("N"), QStringLiteral("20000") });
    parser.addOption({ QStringLiteral("body"), QStringLiteral("Body size in bytes."),
                       QStringLiteral("BYTES"), QStringLiteral("3000") });
    parser.addOption({ QStringLiteral("dir"), QStringLiteral("Directory for the databases."),
                       QStringLiteral("DIR"), QDir::tempPath() });
    parser.addOption({ QStringLiteral("sql"),
                       QStringLiteral("SQL run on each new database before measuring."),
                       QStringLiteral("SQL") });
    parser.addOption({ QStringLiteral("only"), QStringLiteral("Run only scenario 1..4."),
                       QStringLiteral("N"), QStringLiteral("0") });
    parser.process(app);
    const int only = parser.value(QStringLiteral("only")).toInt();
    const int count = qMax(100, parser.value(QStringLiteral("count")).toInt());
    const int bodySize = qMax(100, parser.value(QStringLiteral("body")).toInt());
    const QString root = parser.value(QStringLiteral("dir"));

    std::printf("DeliveryWriter: %d commits of a %d-byte body + 1 queued run each, in %s\n", count,
                bodySize, qPrintable(root));
    const Scenario scenarios[] = {
        { "synchronous=NORMAL", Database::Sync::Normal, false },
        { "synchronous=NORMAL, bg checkpoint", Database::Sync::Normal, true },
        { "synchronous=FULL", Database::Sync::Full, false },
        { "synchronous=FULL, bg checkpoint", Database::Sync::Full, true },
    };
    bool ok = true;
    for (int i = 0; i < 4; ++i) {
        if (only == 0 || only == i + 1)
            ok =
                run(root, scenarios[i], count, bodySize, parser.value(QStringLiteral("sql"))) && ok;
    }
    return ok ? 0 : 1;
}
