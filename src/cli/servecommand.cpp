#include "cli/clicontext.h"
#include "cli/deliverylog.h"
#include "cli/signalwatcher.h"
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
    // One line per delivery and per finished run on standard output, from a thread of its own.
    // Declared before the engine, so that it outlives every signal the engine could still send.
    ctx.out().flush();
    DeliveryLog log(stdout);
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
    QObject::connect(
        &engine, &Engine::Engine::deliveriesReceived, &engine,
        [&log](const QList<Receiver::DeliveryNotice> &batch) { log.deliveries(batch); });
    QObject::connect(&engine, &Engine::Engine::runFinished, &engine,
                     [&log](qint64 runId, const QString &state) {
                         log.runFinished(QDateTime::currentMSecsSinceEpoch(), runId, state);
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
    log.finish(); // writes every line handed over, then stops its thread
    return rc != 0 ? rc : exitCode;
}

} // namespace Hookyard::Cli
