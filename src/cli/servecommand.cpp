#include "cli/clicontext.h"
#include "cli/signalwatcher.h"
#include "core/utcstamp.h"
#include "engine/engine.h"
#include "engine/webhookurl.h"
#include "storage/connectorrepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QTextStream>

namespace Hookyard::Cli {

namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Hookyard::Cli::Serve", text, disambiguation, n);
}

// One log line per delivery on standard output: time, status, connector, event or reason.
// Never a secret or a signature. Written piece by piece into the stream's buffer: building the
// line by appending to a QString called realloc() here on buffers of the receiver thread's malloc
// arena, whose lock realloc() takes, and under load the two threads contended for it (perf
// trace: about 950 futex calls a second on that lock). Such buffers reach this thread through
// glibc's per-thread cache: the receiver's notices are freed here, their chunks go into this
// thread's cache whatever arena they came from, and its next allocations of those sizes reuse
// them.
void writeLogLine(QTextStream &out, Core::UtcStamp &stamp, const Receiver::DeliveryNotice &n)
{
    out << stamp.format(n.receivedAtMs) << ' ' << n.httpStatus << ' '
        << (n.connectorName.isEmpty() ? QStringLiteral("-") : n.connectorName) << ' ';
    switch (n.outcome) {
    case Core::DeliveryOutcome::Accepted:
        out << n.eventType << ' ' << n.eventId;
        if (!n.runIds.isEmpty())
            out << " runs=" << n.runIds.size();
        break;
    case Core::DeliveryOutcome::Duplicate:
        out << n.eventType << ' ' << n.eventId << " duplicate";
        break;
    case Core::DeliveryOutcome::Rejected:
        out << n.reasonCode << ": " << n.message;
        break;
    }
    out << " from " << n.remoteAddress << " ("
        << QString::number(double(n.latencyUs) / 1000.0, 'f', 2) << " ms)\n";
}
} // namespace

int runServeCommand(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption listen(QStringLiteral("listen"),
                                    tr("Listen on HOST:PORT instead of the listen.address setting "
                                       "(port 0 = any free port)."),
                                    QStringLiteral("HOST:PORT"));
    parser.addOption(listen);
    int status = 0;
    if (!ctx.parse(parser, args, QStringLiteral("hookyard serve [--listen HOST:PORT]"), &status))
        return status;

    Engine::Engine::Options options;
    options.dataDir = ctx.dataDir();
    options.listenOverride = parser.value(listen);
    Engine::Engine engine(options);

    int exitCode = 0;
    QObject::connect(&engine, &Engine::Engine::stateChanged, &engine, [&] {
        switch (engine.state()) {
        case Engine::Engine::State::Listening: {
            ctx.err() << tr("Hookyard %1 serving %2 on %3; secrets in %4. Stop with Ctrl+C.")
                             .arg(QStringLiteral(HOOKYARD_VERSION), ctx.dataDir(),
                                  engine.listenAddress(), engine.secretStoreDescription())
                      << Qt::endl;
            for (const auto &c : engine.connectors()) {
                ctx.err() << "  " << c.name << "  " << engine.webhookUrl(c).toString()
                          << (c.hasSecret ? QString()
                                          : tr("  (no signing secret yet: deliveries get 503)"))
                          << Qt::endl;
            }
            break;
        }
        case Engine::Engine::State::Failed:
        case Engine::Engine::State::ReadOnly:
            ctx.fail(engine.state() == Engine::Engine::State::ReadOnly
                         ? tr("%1 already serves %2: stop it first, or use another --data-dir")
                               .arg(engine.lockHolder(), ctx.dataDir())
                         : engine.stateText());
            exitCode = 1;
            QCoreApplication::exit(1);
            break;
        default:
            break;
        }
    });
    Core::UtcStamp stamp;
    QObject::connect(&engine, &Engine::Engine::deliveriesReceived, &engine,
                     [&](const QList<Receiver::DeliveryNotice> &batch) {
                         for (const auto &notice : batch)
                             writeLogLine(ctx.out(), stamp, notice);
                         ctx.out().flush();
                     });
    QObject::connect(
        &engine, &Engine::Engine::runFinished, &engine, [&](qint64 runId, const QString &state) {
            ctx.out() << stamp.format(QDateTime::currentMSecsSinceEpoch())
                      << QStringLiteral(" run #%1 %2").arg(runId).arg(state) << Qt::endl;
        });

    SignalWatcher signalWatcher;
    QObject::connect(
        &signalWatcher, &SignalWatcher::terminationRequested, &engine, [&](int signal) {
            ctx.err()
                << tr("Signal %1 received: stopping (running agents are stopped and resumed at the "
                      "next start).")
                       .arg(signal)
                << Qt::endl;
            QCoreApplication::exit(exitCode);
        });

    QString error;
    if (!engine.start(&error))
        return ctx.fail(error);
    if (exitCode != 0)
        return exitCode;
    const int rc = QCoreApplication::exec();
    engine.stop();
    return rc != 0 ? rc : exitCode;
}

} // namespace Hookyard::Cli
