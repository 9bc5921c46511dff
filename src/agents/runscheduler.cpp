#include "agents/runscheduler.h"

#include "agents/agentcatalog.h"
#include "core/clock.h"
#include "core/duration.h"
#include "core/logging.h"
#include "core/settingsschema.h"
#include "storage/connectorrepository.h"
#include "storage/database.h"
#include "storage/eventrepository.h"
#include "storage/runrepository.h"
#include "storage/settingsrepository.h"
#include "storage/writetransaction.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QMutex>
#include <QSet>

#include <atomic>

namespace Hookyard::Agents {

namespace {

QString trSched(const char *text)
{
    return QCoreApplication::translate("Hookyard::Agents::RunScheduler", text);
}

// Due runs are read in windows of this size; a window of runs whose agents are all busy is
// followed by the next one (the busy agents left out), so nothing starves.
constexpr int DueWindow = 64;

} // namespace

// Shared with every waker() handed out; the scheduler clears `target` when it goes away.
struct RunScheduler::WakeState
{
    QMutex mutex;
    RunScheduler *target = nullptr;
    std::atomic<bool> pending { false };
};

RunScheduler::RunScheduler(QString dataDir, AgentCatalog &catalog, const Core::Clock &clock,
                           QObject *parent)
    : QObject(parent), m_wakeState(std::make_shared<WakeState>()), m_dataDir(std::move(dataDir)),
      m_catalog(catalog), m_clock(clock)
{
    m_wakeState->target = this;
    m_poll.setInterval(DefaultPollIntervalMs);
    connect(&m_poll, &QTimer::timeout, this, [this] {
        reloadSettings();
        pump();
    });
    m_progress.setInterval(DefaultProgressIntervalMs);
    connect(&m_progress, &QTimer::timeout, this, &RunScheduler::writeProgress);
    // A file that appears or is fixed may make queued runs startable.
    connect(&m_catalog, &AgentCatalog::changed, this, &RunScheduler::wake);
}

RunScheduler::~RunScheduler()
{
    {
        QMutexLocker lock(&m_wakeState->mutex);
        m_wakeState->target = nullptr;
    }
    stop();
}

std::function<void()> RunScheduler::waker() const
{
    return [state = m_wakeState] {
        if (state->pending.exchange(true))
            return; // a wake is on its way: it will see these runs too
        QMutexLocker lock(&state->mutex);
        if (!state->target)
            return;
        RunScheduler *target = state->target;
        QMetaObject::invokeMethod(
            target,
            [state, target] {
                state->pending = false;
                target->wake();
            },
            Qt::QueuedConnection);
    };
}

bool RunScheduler::start(QString *error)
{
    if (m_db)
        return true;
    // Connection names must be unique per process: several schedulers may exist in tests.
    static std::atomic<int> serial { 0 };
    m_db = Storage::Database::open(m_dataDir, QStringLiteral("agents-%1").arg(++serial), error);
    if (!m_db)
        return false;
    reloadSettings();
    const int resumed = Storage::RunRepository(*m_db).requeueInterrupted(m_clock.nowMs());
    if (resumed > 0)
        qCInfo(lcAgents) << resumed << "interrupted run(s) queued again";
    m_poll.start();
    pump();
    return true;
}

void RunScheduler::stop()
{
    m_poll.stop();
    m_progress.stop();
    if (!m_db)
        return;
    Storage::RunRepository runs(*m_db);
    const auto active = std::exchange(m_active, {});
    for (auto it = active.cbegin(); it != active.cend(); ++it) {
        it->job->disconnect(this);
        delete it->job; // kills its process
        // Put back so that the next start runs it again: at least once.
        runs.requeue(
            it.key(), it->attempt + 1, 0,
            trSched("interrupted: Hookyard stopped while attempt %1 was running").arg(it->attempt));
    }
    m_db.reset();
}

void RunScheduler::reloadSettings()
{
    if (!m_db)
        return;
    Storage::SettingsRepository settings(*m_db);
    const qint64 max = settings.intValue(QLatin1String(Core::Settings::MaxConcurrentRuns));
    m_maxConcurrent = int(qBound(qint64(1), max, qint64(1024)));
    m_outputCap = qMax<qint64>(1024, settings.intValue(QLatin1String(Core::Settings::OutputCap)));
    m_killGraceMs = qMax<qint64>(0, settings.intValue(QLatin1String(Core::Settings::KillGrace)));
    m_defaultCommand = settings.value(QLatin1String(Core::Settings::DefaultAgentCommand));
}

int RunScheduler::runningCount(const QString &agent) const
{
    int n = 0;
    for (const Active &a : m_active) {
        if (a.agent == agent)
            ++n;
    }
    return n;
}

void RunScheduler::wake()
{
    pump();
}

void RunScheduler::pump()
{
    if (!m_db)
        return;
    // A run that finishes synchronously inside pump() calls pump() again: run it once more
    // afterwards instead of nesting.
    if (m_pumping) {
        m_pumpAgain = true;
        return;
    }
    m_pumping = true;
    const auto snapshot = m_catalog.snapshot();
    // Agents whose file has errors: their runs wait, queued, until the file is fixed (a bad save
    // in an editor must not fail them; the catalog's change wakes the scheduler again).
    QStringList broken;
    for (const AgentEntry &entry : snapshot->entries()) {
        const QString name = entry.spec.name.isEmpty()
            ? QFileInfo(entry.filePath).completeBaseName()
            : entry.spec.name;
        if (!entry.isOk() && !snapshot->agent(name))
            broken.append(name);
    }
    Storage::RunRepository runs(*m_db);
    do {
        m_pumpAgain = false;
        bool more = true;
        while (more && runningCount() < m_maxConcurrent) {
            QStringList busy = broken;
            QSet<QString> seen;
            for (const Active &a : std::as_const(m_active)) {
                if (seen.contains(a.agent))
                    continue;
                seen.insert(a.agent);
                const AgentSpec *spec = snapshot->agent(a.agent);
                if (!spec || runningCount(a.agent) >= spec->concurrency)
                    busy.append(a.agent);
            }
            const qint64 now = m_clock.nowMs();
            const QList<Storage::RunRecord> due = runs.due(now, DueWindow, busy);
            more = due.size() == DueWindow;
            bool progress = false;
            for (const Storage::RunRecord &run : due) {
                if (runningCount() >= m_maxConcurrent)
                    break;
                const AgentSpec *spec = snapshot->agent(run.agent);
                if (spec && runningCount(run.agent) >= spec->concurrency)
                    continue; // waits, in order, behind its agent's running runs
                progress |= startRun(run, now);
            }
            // Another window only when this one moved something, or the same runs come back.
            more = more && progress;
        }
    } while (m_pumpAgain);
    m_pumping = false;
}

bool RunScheduler::finishWithoutProcess(const Storage::RunRecord &run, const QString &state,
                                        const QString &error)
{
    Storage::RunRecord done = run;
    done.state = state;
    done.error = error;
    done.finishedAtMs = m_clock.nowMs();
    if (!Storage::RunRepository(*m_db).finish(done))
        return false;
    qCInfo(lcAgents).noquote() << "run" << run.id << "of" << run.agent << state << "-" << error;
    Q_EMIT runFinished(run.id, state);
    return true;
}

bool RunScheduler::startRun(const Storage::RunRecord &run, qint64 now)
{
    const auto snapshot = m_catalog.snapshot();
    const AgentSpec *spec = snapshot->agent(run.agent);
    if (!spec) {
        if (snapshot->entry(run.agent))
            return false; // its file has errors: it waits for a fix (pump() leaves it out)
        return finishWithoutProcess(
            run, QLatin1String(Storage::RunStates::Failed),
            trSched("there is no agent named %1 (was its file removed?)").arg(run.agent));
    }
    if (!spec->enabled && !run.manual) {
        // Manual runs are explicit and run anyway; automatic ones respect `enabled: false`
        // set after they were queued.
        return finishWithoutProcess(run, QLatin1String(Storage::RunStates::Skipped),
                                    trSched("skipped: the agent is disabled"));
    }

    Storage::RunRepository runs(*m_db);
    const auto event = Storage::EventRepository(*m_db).byRow(run.eventRow);
    if (!event) {
        return finishWithoutProcess(run, QLatin1String(Storage::RunStates::Failed),
                                    trSched("the event of this run is no longer stored"));
    }
    if (!runs.markRunning(run.id, now))
        return false; // taken or cancelled meanwhile

    RunRequest request;
    request.runId = run.id;
    request.attempt = run.attempt;
    request.eventId = event->stripeId;
    request.eventType = event->type;
    request.connectorName = event->connectorName;
    if (request.connectorName.isEmpty()) {
        if (const auto c = Storage::ConnectorRepository(*m_db).byId(event->connectorId))
            request.connectorName = c->name;
    }
    request.body = event->body;
    request.agent = *spec;
    request.defaultCommand = m_defaultCommand;
    request.outputCap = m_outputCap;
    request.killGraceMs = m_killGraceMs;

    auto *job = new AgentRun(std::move(request), this);
    m_active.insert(run.id, Active { job, spec->name, run.attempt, spec->retries });
    const qint64 runId = run.id;
    connect(job, &AgentRun::processStarted, this,
            [this, runId](qint64 pid) { Q_EMIT processStarted(runId, pid); });
    connect(job, &AgentRun::finished, this,
            [this, runId](const RunOutcome &outcome) { onRunFinished(runId, outcome); });
    qCDebug(lcAgents) << "run" << runId << "of" << spec->name << "attempt" << run.attempt
                      << "starting";
    Q_EMIT runStarted(runId);
    job->start();
    if (!m_progress.isActive())
        m_progress.start();
    return true;
}

void RunScheduler::writeProgress()
{
    if (m_active.isEmpty() || !m_db) {
        m_progress.stop();
        return;
    }
    Storage::RunRepository runs(*m_db);
    for (auto it = m_active.begin(); it != m_active.end(); ++it) {
        const auto progress = it->job->progress();
        if (!progress || progress->size() == it->written)
            continue;
        if (runs.saveProgress(it.key(), progress->output, progress->log)) {
            it->written = progress->size();
            Q_EMIT runProgress(it.key());
        }
    }
}

void RunScheduler::onRunFinished(qint64 runId, const RunOutcome &outcome)
{
    const auto it = m_active.constFind(runId);
    if (it == m_active.constEnd())
        return;
    const Active active = *it;
    m_active.erase(it);
    // Deleted later: this is called from inside the job's own signal.
    active.job->deleteLater();
    if (!m_db)
        return;

    Storage::RunRecord done;
    done.id = runId;
    done.state = outcome.state;
    done.exitCode = outcome.exitCode;
    done.output = outcome.output;
    done.log = outcome.log;
    done.outputTruncated = outcome.outputTruncated;
    done.logTruncated = outcome.logTruncated;
    done.error = outcome.error;
    done.finishedAtMs = m_clock.nowMs();

    const bool retryable = outcome.state == QLatin1String(Storage::RunStates::Failed)
        || outcome.state == QLatin1String(Storage::RunStates::TimedOut);
    QString newState = outcome.state;
    Storage::RunRepository runs(*m_db);
    if (retryable && active.attempt <= active.retries) {
        const qint64 delay = m_retryBaseMs * (qint64(1) << qMin(active.attempt - 1, 20));
        const QString note = trSched("attempt %1 %2: %3; retry in %4")
                                 .arg(active.attempt)
                                 .arg(outcome.state, outcome.error, Core::formatDurationMs(delay));
        // The failed attempt's output and log are kept until the next attempt replaces them.
        Storage::WriteTransaction tx(m_db->sql());
        const bool ok = runs.finish(done)
            && runs.requeue(runId, active.attempt + 1, done.finishedAtMs + delay, note)
            && tx.commit();
        if (ok)
            newState = QLatin1String(Storage::RunStates::Queued);
        else
            qCWarning(lcAgents) << "run" << runId << "could not be queued for a retry";
    } else if (!runs.finish(done)) {
        qCWarning(lcAgents) << "run" << runId << "outcome could not be written";
    }
    qCInfo(lcAgents).noquote() << "run" << runId << "of" << active.agent << "attempt"
                               << active.attempt << "->" << newState
                               << (outcome.error.isEmpty() ? QString() : u"- " + outcome.error);
    Q_EMIT runFinished(runId, newState);
    pump();
}

bool RunScheduler::cancel(qint64 runId)
{
    if (const auto it = m_active.constFind(runId); it != m_active.constEnd()) {
        it->job->cancel();
        return true;
    }
    if (!m_db)
        return false;
    if (!Storage::RunRepository(*m_db).cancelQueued(runId, m_clock.nowMs(),
                                                    trSched("cancelled before it started")))
        return false;
    Q_EMIT runFinished(runId, QLatin1String(Storage::RunStates::Cancelled));
    return true;
}

} // namespace Hookyard::Agents
