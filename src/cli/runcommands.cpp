// `hookyard runs list | show | start` (ARCHITECTURE.md section 7, issue 3).
#include "agents/agentcatalog.h"
#include "agents/agentrun.h"
#include "cli/clicontext.h"
#include "cli/signalwatcher.h"
#include "core/clock.h"
#include "core/duration.h"
#include "core/settingsschema.h"
#include "core/utcstamp.h"
#include "storage/connectorrepository.h"
#include "storage/database.h"
#include "storage/datadirlock.h"
#include "storage/eventrepository.h"
#include "storage/runrepository.h"
#include "storage/settingsrepository.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>

#include <optional>

namespace Hookyard::Cli {

namespace {

namespace RS = Storage::RunStates;

// A time not reached yet (a run not finished) is 0: an empty string.
QString isoTime(qint64 ms)
{
    return ms > 0 ? Core::isoUtc(ms) : QString();
}

QJsonObject runJson(const Storage::RunRecord &r, bool withOutput)
{
    QJsonObject o {
        { QStringLiteral("id"), r.id },
        { QStringLiteral("agent"), r.agent },
        { QStringLiteral("state"), r.state },
        { QStringLiteral("event"), r.eventStripeId },
        { QStringLiteral("type"), r.eventType },
        { QStringLiteral("connector_id"), r.connectorId },
        { QStringLiteral("manual"), r.manual },
        { QStringLiteral("attempt"), r.attempt },
        { QStringLiteral("queued_at"), isoTime(r.queuedAtMs) },
        { QStringLiteral("started_at"), isoTime(r.startedAtMs) },
        { QStringLiteral("finished_at"), isoTime(r.finishedAtMs) },
        { QStringLiteral("duration_ms"), r.durationMs() },
        { QStringLiteral("exit_code"), r.exitCode ? QJsonValue(*r.exitCode) : QJsonValue() },
        { QStringLiteral("error"), r.error },
    };
    if (r.notBeforeMs > 0 && r.state == QLatin1String(RS::Queued))
        o.insert(QStringLiteral("not_before"), isoTime(r.notBeforeMs));
    if (withOutput) {
        o.insert(QStringLiteral("output"), QString::fromUtf8(r.output));
        o.insert(QStringLiteral("log"), QString::fromUtf8(r.log));
        o.insert(QStringLiteral("output_truncated"), r.outputTruncated);
        o.insert(QStringLiteral("log_truncated"), r.logTruncated);
    }
    return o;
}

QString exitText(const Storage::RunRecord &r)
{
    return r.exitCode ? QString::number(*r.exitCode) : QStringLiteral("-");
}

int list(CliContext &ctx, const QStringList &args)
{
    CommandParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON for scripts."));
    const QCommandLineOption agent(QStringLiteral("agent"), tr("Only this agent's runs."),
                                   QStringLiteral("NAME"));
    const QCommandLineOption event(QStringLiteral("event"), tr("Only the runs of this event."),
                                   QStringLiteral("EVENT_ID"));
    const QCommandLineOption state(QStringLiteral("state"),
                                   tr("Only runs in this state (queued, running, succeeded, "
                                      "failed, timed_out, skipped, cancelled)."),
                                   QStringLiteral("STATE"));
    const QCommandLineOption limit(QStringLiteral("limit"), tr("At most N runs (default 50)."),
                                   QStringLiteral("N"), QStringLiteral("50"));
    parser.addOptions({ json, agent, event, state, limit });
    const QString usage = QStringLiteral("hookyard runs list [--json] [--agent NAME] [--event "
                                         "EVENT_ID] [--state STATE] [--limit N]");
    int status = 0;
    if (!ctx.parse(parser, args, usage, &status))
        return status;
    Storage::RunFilter filter;
    filter.limit = ctx.limitValue(parser.value(limit), &status);
    if (filter.limit == 0)
        return status;
    filter.agent = parser.value(agent);
    filter.eventStripeId = parser.value(event);
    filter.state = parser.value(state);
    if (parser.isSet(state)) {
        const QStringList states = RS::all();
        if (!states.contains(filter.state))
            return ctx.fail(tr("unknown run state \"%1\": use one of %2")
                                .arg(filter.state, states.join(QLatin1String(", "))),
                            2);
    }
    if (!ctx.database())
        return 1;
    QString error;
    const auto runs = Storage::RunRepository(*ctx.database()).list(filter, &error);
    if (!error.isEmpty())
        return ctx.fail(error);
    if (parser.isSet(json)) {
        QJsonArray rows;
        for (const auto &r : runs)
            rows.append(runJson(r, false));
        ctx.printJson(rows);
        return 0;
    }
    if (runs.isEmpty())
        ctx.out() << tr("No runs.") << Qt::endl;
    for (const auto &r : runs) {
        ctx.out() << QLatin1Char('#') << r.id << QLatin1String("  ") << isoTime(r.queuedAtMs)
                  << QLatin1String("  ") << r.agent << QLatin1String("  ") << r.state
                  << QLatin1String("  ") << r.eventType << QLatin1String("  ") << r.eventStripeId;
        if (r.attempt > 1)
            ctx.out() << QLatin1String("  ") << tr("attempt %1").arg(r.attempt);
        if (r.exitCode)
            ctx.out() << QLatin1String("  ") << tr("exit %1").arg(*r.exitCode);
        if (r.durationMs() > 0)
            ctx.out() << QLatin1String("  ") << Core::formatDurationMs(r.durationMs());
        if (r.manual)
            ctx.out() << QLatin1String("  ") << tr("(manual)");
        ctx.out() << Qt::endl;
    }
    return 0;
}

void printRun(CliContext &ctx, const Storage::RunRecord &r)
{
    ctx.out() << tr("Run        #%1").arg(r.id) << Qt::endl
              << tr("Agent      %1").arg(r.agent) << Qt::endl
              << tr("Event      %1 (%2)").arg(r.eventStripeId, r.eventType) << Qt::endl
              << tr("State      %1").arg(r.state) << Qt::endl
              << tr("Attempt    %1%2").arg(r.attempt).arg(r.manual ? tr(", manual") : QString())
              << Qt::endl
              << tr("Exit code  %1").arg(exitText(r)) << Qt::endl
              << tr("Queued     %1").arg(isoTime(r.queuedAtMs)) << Qt::endl;
    if (r.state == QLatin1String(RS::Queued) && r.notBeforeMs > 0)
        ctx.out() << tr("Not before %1").arg(isoTime(r.notBeforeMs)) << Qt::endl;
    if (r.startedAtMs > 0)
        ctx.out() << tr("Started    %1").arg(isoTime(r.startedAtMs)) << Qt::endl;
    if (r.finishedAtMs > 0)
        ctx.out() << tr("Finished   %1 (%2)")
                         .arg(isoTime(r.finishedAtMs), Core::formatDurationMs(r.durationMs()))
                  << Qt::endl;
    if (!r.error.isEmpty())
        ctx.out() << tr("Note       %1").arg(r.error) << Qt::endl;
    ctx.out() << Qt::endl
              << tr("--- output%1 ---").arg(r.outputTruncated ? tr(" (cut)") : QString())
              << Qt::endl
              << QString::fromUtf8(r.output);
    if (!r.output.isEmpty() && !r.output.endsWith('\n'))
        ctx.out() << Qt::endl;
    ctx.out() << tr("--- log%1 ---").arg(r.logTruncated ? tr(" (cut)") : QString()) << Qt::endl
              << QString::fromUtf8(r.log);
    if (!r.log.isEmpty() && !r.log.endsWith('\n'))
        ctx.out() << Qt::endl;
}

int show(CliContext &ctx, const QStringList &args)
{
    CommandParser parser;
    parser.addPositionalArgument(QStringLiteral("RUN_ID"), tr("The run's number."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON for scripts."));
    parser.addOption(json);
    int status = 0;
    if (!ctx.parse(parser, args, QStringLiteral("hookyard runs show RUN_ID [--json]"), &status))
        return status;
    bool ok = false;
    const qint64 id = parser.positionalArguments().value(0).remove(u'#').toLongLong(&ok);
    if (parser.positionalArguments().size() != 1 || !ok)
        return ctx.fail(tr("give one run number: hookyard runs show RUN_ID"), 2);
    if (!ctx.database())
        return 1;
    const auto run = Storage::RunRepository(*ctx.database()).byId(id);
    if (!run)
        return ctx.fail(tr("no run #%1: `hookyard runs list` shows them").arg(id));
    if (parser.isSet(json))
        ctx.printJson(runJson(*run, true));
    else
        printRun(ctx, *run);
    return 0;
}

// Waits without blocking the event loop (a QProcess may be running in this process).
void pause(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// Runs an already queued manual run here, in this process (which holds the data-dir lock).
void runHere(CliContext &ctx, const Storage::RunRecord &run, const Agents::AgentSpec &agent,
             const Storage::EventRecord &event)
{
    Storage::Database &db = *ctx.database();
    Storage::RunRepository runs(db);
    Storage::SettingsRepository settings(db);
    const Core::Clock &clock = Core::Clock::system();
    if (!runs.markRunning(run.id, clock.nowMs()))
        return;
    Agents::RunRequest request;
    request.runId = run.id;
    request.attempt = run.attempt;
    request.eventId = event.stripeId;
    request.eventType = event.type;
    request.connectorName = event.connectorName;
    request.body = event.body;
    request.agent = agent;
    request.defaultCommand = settings.value(QLatin1String(Core::Settings::DefaultAgentCommand));
    request.outputCap = settings.intValue(QLatin1String(Core::Settings::OutputCap));
    request.killGraceMs = settings.intValue(QLatin1String(Core::Settings::KillGrace));

    Agents::AgentRun job(request);
    std::optional<Agents::RunOutcome> outcome;
    QEventLoop loop;
    QObject::connect(&job, &Agents::AgentRun::finished, &loop, [&](const Agents::RunOutcome &o) {
        outcome = o;
        loop.quit();
    });
    // Ctrl-C or SIGTERM cancels the run: the agent runs in a process group of its own, which a
    // Ctrl-C in this terminal does not reach, and it must neither outlive this command nor
    // leave its run "running" for the next serve to start again.
    SignalWatcher stopSignals;
    QObject::connect(&stopSignals, &SignalWatcher::terminationRequested, &job,
                     [&job] { job.cancel(); });
    job.start();
    loop.exec();
    Storage::RunRecord done = run;
    done.state = outcome->state;
    done.exitCode = outcome->exitCode;
    done.output = outcome->output;
    done.log = outcome->log;
    done.outputTruncated = outcome->outputTruncated;
    done.logTruncated = outcome->logTruncated;
    done.error = outcome->error;
    done.finishedAtMs = clock.nowMs();
    runs.finish(done);
}

int start(CliContext &ctx, const QStringList &args)
{
    CommandParser parser;
    parser.addPositionalArgument(QStringLiteral("AGENT"), tr("The agent to run."));
    parser.addPositionalArgument(QStringLiteral("EVENT_ID"), tr("A stored Stripe event id."));
    const QCommandLineOption noWait(QStringLiteral("no-wait"),
                                    tr("When hookyard serve runs it, return once it is queued."));
    const QCommandLineOption connector(QStringLiteral("connector"),
                                       tr("The connector, when the event came to several."),
                                       QStringLiteral("NAME"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the run as JSON."));
    parser.addOptions({ noWait, connector, json });
    const QString usage = QStringLiteral(
        "hookyard runs start AGENT EVENT_ID [--no-wait] [--connector NAME] [--json]");
    int status = 0;
    if (!ctx.parse(parser, args, usage, &status))
        return status;
    if (parser.positionalArguments().size() != 2)
        return ctx.fail(tr("give an agent and an event id: %1").arg(usage), 2);
    const QString agentName = parser.positionalArguments().at(0);
    const QString eventId = parser.positionalArguments().at(1);
    if (!ctx.database())
        return 1;

    const Agents::CatalogSnapshot agents =
        Agents::AgentCatalog::scan(Agents::AgentCatalog::agentsDirOf(ctx.dataDir()));
    const Agents::AgentSpec *agent = agents.agent(agentName);
    if (!agent) {
        const Agents::AgentEntry *entry = agents.entry(agentName);
        return ctx.fail(
            entry ? tr("agent %1 has errors: %2").arg(agentName, entry->error)
                  : tr("no agent named \"%1\": `hookyard agent list` shows them").arg(agentName));
    }
    const auto event = ctx.storedEvent(eventId, parser.value(connector), &status);
    if (!event)
        return status;

    Storage::RunRepository runs(*ctx.database());
    QString error;
    // Manual runs are outside dedupe: a new run every time, marked manual.
    const qint64 id = runs.enqueue(event->row, agent->name, true, &error);
    if (id <= 0)
        return ctx.fail(error);

    // Whoever serves the data dir runs the queue; otherwise this process takes the lock and runs
    // the run itself, so a `serve` started meanwhile cannot take it twice.
    Storage::DataDirLock lock(ctx.dataDir());
    bool announced = false;
    for (;;) {
        const auto run = runs.byId(id);
        if (!run)
            return ctx.fail(tr("run #%1 disappeared (was its event deleted?)").arg(id));
        if (Storage::RunStates::isFinal(run->state))
            break;
        const QString holder = Storage::DataDirLock::currentHolder(ctx.dataDir());
        if (run->state == QLatin1String(RS::Queued) && holder.isEmpty()) {
            QString detail;
            switch (lock.tryLock(&detail)) {
            case Storage::DataDirLock::Result::Taken:
                runHere(ctx, *run, *agent, *event);
                continue;
            case Storage::DataDirLock::Result::Held: // a serve started meanwhile: it runs it
                break;
            case Storage::DataDirLock::Result::CannotCreate:
                return ctx.fail(tr("run #%1 stays queued: %2").arg(id).arg(detail));
            }
        }
        if (!announced) {
            ctx.err() << tr("run #%1 queued for %2").arg(id).arg(holder) << Qt::endl;
            announced = true;
            if (parser.isSet(noWait)) {
                // --json prints the run as every other mode does (queued, no output yet).
                if (parser.isSet(json))
                    ctx.printJson(runJson(*run, true));
                else
                    ctx.out() << id << Qt::endl;
                return 0;
            }
        }
        pause(200);
    }

    const auto run = runs.byId(id);
    if (parser.isSet(json)) {
        ctx.printJson(runJson(*run, true));
    } else {
        ctx.out() << tr("run #%1 %2 (exit code %3, %4)")
                         .arg(id)
                         .arg(run->state, exitText(*run), Core::formatDurationMs(run->durationMs()))
                  << Qt::endl
                  << QString::fromUtf8(run->output);
        ctx.out().flush();
    }
    if (run->state != QLatin1String(RS::Succeeded))
        return ctx.fail(run->error.isEmpty()
                            ? tr("run #%1 %2").arg(id).arg(run->state)
                            : tr("run #%1 %2: %3").arg(id).arg(run->state, run->error));
    return 0;
}

} // namespace

int runRunsCommand(CliContext &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("list"))
        return list(ctx, args.mid(1));
    if (sub == QLatin1String("show"))
        return show(ctx, args.mid(1));
    if (sub == QLatin1String("start"))
        return start(ctx, args.mid(1));
    return ctx.fail(tr("usage: hookyard runs list [--json] | show RUN_ID | start AGENT EVENT_ID"),
                    2);
}

} // namespace Hookyard::Cli
