#include "cli/clicontext.h"
#include "cli/deliverylog.h"
#include "cli/signalwatcher.h"
#include "core/settingsschema.h"
#include "engine/engine.h"
#include "engine/receiverconfig.h"
#include "engine/webhookurl.h"
#include "storage/connectorrepository.h"
#include "storage/database.h"
#include "storage/datadirlock.h"
#include "storage/settingsrepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMutex>
#include <QTextStream>

#include <optional>
#include <utility>
#include <vector>

namespace Hookyard::Cli {

namespace {
QString alreadyServed(const QString &holder, const QString &dataDir)
{
    return tr("%1 already serves %2: stop it first, or use another --data-dir")
        .arg(holder, dataDir);
}

// Refuses, with one line, what would make the engine fail: a data dir another process serves, a
// database that does not open, a listen address that is not HOST:PORT. (The engine checks again:
// another `serve` may start in between.) Returns 0, or the exit status after the error line.
int checkBeforeServing(CliContext &ctx, const QString &listenOverride)
{
    const QString holder = Storage::DataDirLock::currentHolder(ctx.dataDir());
    if (!holder.isEmpty())
        return ctx.fail(alreadyServed(holder, ctx.dataDir()));
    QString error;
    // Opened for the check only: the engine opens its own connections.
    const auto db = Storage::Database::open(ctx.dataDir(), QStringLiteral("serve-check"), &error);
    if (!db)
        return ctx.fail(error);
    const Storage::SettingsRepository settings(*db);
    const QString listen = listenOverride.isEmpty()
        ? settings.value(QLatin1String(Core::Settings::ListenAddress))
        : listenOverride;
    if (!Engine::receiverConfigFrom(settings, listen, &error))
        return ctx.fail(error, 2);
    return 0;
}

// Holds the info lines logged while the engine starts (agents loaded, the secret store chosen)
// until it listens, and drops them if it fails to: a start that fails then prints its one error
// line and nothing else, also when the rest of the start logs after the failure (the receiver
// fails on its own thread while the main thread still loads). Warnings are never held. Log
// lines may come from any thread.
class StartupLogHold
{
public:
    StartupLogHold()
    {
        const QMutexLocker lock(&s_mutex);
        s_mode = Mode::Holding;
        s_previous = qInstallMessageHandler(&handle);
    }
    ~StartupLogHold()
    {
        release();
        qInstallMessageHandler(s_previous);
    }
    Q_DISABLE_COPY_MOVE(StartupLogHold)

    // Prints what was held, in order, and holds nothing more. Not after discard().
    void release()
    {
        const QMutexLocker lock(&s_mutex);
        if (s_mode != Mode::Holding)
            return;
        s_mode = Mode::Passing;
        for (const Line &line : std::exchange(s_held, {})) {
            const QMessageLogContext context(line.file, line.line, line.function, line.category);
            s_previous(line.type, context, line.text);
        }
    }
    // Drops what was held and every info line from now on.
    void discard()
    {
        const QMutexLocker lock(&s_mutex);
        s_mode = Mode::Dropping;
        s_held.clear();
    }

private:
    enum class Mode { Holding, Passing, Dropping };
    struct Line
    {
        QtMsgType type;
        // QMessageLogContext's strings are literals (the category's name, __FILE__, ...).
        const char *file;
        int line;
        const char *function;
        const char *category;
        QString text;
    };

    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &text)
    {
        {
            const QMutexLocker lock(&s_mutex);
            if (s_mode != Mode::Passing && (type == QtInfoMsg || type == QtDebugMsg)) {
                if (s_mode == Mode::Holding)
                    s_held.push_back({ type, context.file, context.line, context.function,
                                       context.category, text });
                return;
            }
        }
        s_previous(type, context, text);
    }

    static inline QMutex s_mutex;
    static inline Mode s_mode = Mode::Passing;
    static inline std::vector<Line> s_held;
    static inline QtMessageHandler s_previous = nullptr;
};

} // namespace

int runServeCommand(CliContext &ctx, const QStringList &args)
{
    CommandParser parser;
    const QCommandLineOption listen(QStringLiteral("listen"),
                                    tr("Listen on HOST:PORT instead of the listen.address setting "
                                       "(port 0 = any free port)."),
                                    QStringLiteral("HOST:PORT"));
    parser.addOption(listen);
    int status = 0;
    if (!ctx.parse(parser, args, QStringLiteral("hookyard serve [--listen HOST:PORT]"), &status))
        return status;
    if (parser.isSet(listen) && parser.value(listen).trimmed().isEmpty()) // as --data-dir ""
        return ctx.fail(tr("--listen is empty: give HOST:PORT, such as 127.0.0.1:8787, or leave "
                           "the option out to use the listen.address setting"),
                        2);

    // Everything that can be known before the engine starts is checked first, so that a refusal
    // is the one line on standard error, with no log line before it.
    status = checkBeforeServing(ctx, parser.value(listen));
    if (status != 0)
        return status;

    Engine::Engine::Options options;
    options.dataDir = ctx.dataDir();
    options.listenOverride = parser.value(listen);
    // One line per delivery and per finished run on standard output, from a thread of its own.
    // Declared before the engine, so that it outlives every signal the engine could still send.
    ctx.out().flush();
    DeliveryLog log(stdout);
    std::optional<StartupLogHold> startupLog(std::in_place);
    Engine::Engine engine(options);

    int exitCode = 0;
    QObject::connect(&engine, &Engine::Engine::stateChanged, &engine, [&] {
        switch (engine.state()) {
        case Engine::Engine::State::Listening: {
            startupLog.reset(); // prints the held lines
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
            if (engine.connectors().isEmpty())
                ctx.err() << "  "
                          << tr("No connectors yet: `hookyard connector add NAME` creates one, "
                                "which is served at once.")
                          << Qt::endl;
            break;
        }
        case Engine::Engine::State::Failed:
        case Engine::Engine::State::ReadOnly:
            if (startupLog)
                startupLog->discard();
            ctx.fail(engine.state() == Engine::Engine::State::ReadOnly
                         ? alreadyServed(engine.lockHolder(), ctx.dataDir())
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
    if (!engine.start(&error)) { // the Failed state above has printed the error, unless it did not
        if (startupLog)
            startupLog->discard();
        return exitCode != 0 ? exitCode : ctx.fail(error);
    }
    if (exitCode != 0)
        return exitCode;
    const int rc = QCoreApplication::exec();
    engine.stop();
    log.finish(); // writes every line handed over, then stops its thread
    return rc != 0 ? rc : exitCode;
}

} // namespace Hookyard::Cli
