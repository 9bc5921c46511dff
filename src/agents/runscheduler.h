#pragma once

#include "agents/agentrun.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>
#include <memory>

namespace Hookyard::Core {
class Clock;
}
namespace Hookyard::Storage {
class Database;
struct RunRecord;
} // namespace Hookyard::Storage

namespace Hookyard::Agents {

class AgentCatalog;

// Starts the queued runs of a data dir and records their outcome: the dispatcher half of
// ARCHITECTURE.md section 2. Due runs are taken oldest first within the global limit
// (agents.max_concurrent) and each agent's `concurrency`; a run whose agent is at its limit waits,
// and the runs behind it of the same agent wait in order, while other agents go ahead.
//
// Threads: lives on the main thread, with its own Database connection opened on that thread by
// start(). wake() is the entry point for "new runs were queued" (connect the receiver's queued
// notices to it); a poll timer also picks up runs queued by other processes (the CLI) and retries
// whose backoff ended. Only the process holding the data dir's DataDirLock may run a scheduler:
// start() puts back in the queue runs that a dead process left "running".
class RunScheduler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunScheduler)

public:
    static constexpr int DefaultPollIntervalMs = 500;
    static constexpr qint64 DefaultRetryBaseMs = 10'000;
    static constexpr int DefaultProgressIntervalMs = 1000;

    // catalog and clock must outlive the scheduler.
    RunScheduler(QString dataDir, AgentCatalog &catalog, const Core::Clock &clock,
                 QObject *parent = nullptr);
    ~RunScheduler() override;

    // Opens the database, re-queues interrupted runs (attempt + 1), starts polling and starts
    // what is due. false with *error set when the database cannot be opened.
    bool start(QString *error);
    // Stops starting runs and kills the running ones; they are queued again (attempt + 1) so
    // that the next start runs them (at least once).
    void stop();
    bool isStarted() const { return m_db != nullptr; }

    // Backoff of retry n (n = 1, 2 ...) is base * 2^(n-1).
    void setRetryBaseMs(qint64 ms) { m_retryBaseMs = ms; }
    void setPollInterval(int ms) { m_poll.setInterval(ms); }
    // How often what running runs printed is written to the database (runProgress()).
    void setProgressInterval(int ms) { m_progress.setInterval(ms); }
    // Reads agents.max_concurrent, output_cap, kill_grace and default_command again (done on
    // every poll tick too).
    void reloadSettings();

    int maxConcurrent() const { return m_maxConcurrent; }
    int runningCount() const { return int(m_active.size()); }
    int runningCount(const QString &agent) const;
    QList<qint64> runningRunIds() const { return m_active.keys(); }

    // "Runs were queued" from any thread (the receiver's, right after its commit): a queued
    // wake() on this scheduler's thread, coalesced so that at most one is pending whatever the
    // delivery rate. Safe to call after the scheduler is gone (it then does nothing).
    std::function<void()> waker() const;

    // Cancels a queued or running run; false when it is neither (finished, or unknown).
    bool cancel(qint64 runId);

public Q_SLOTS:
    // New runs were queued (or time passed): start what is due now.
    void wake();

Q_SIGNALS:
    // The run is now "running" (its middleware or agent is being started).
    void runStarted(qint64 runId);
    // The agent's own process started (for latency figures and the GUI's pid column).
    void processStarted(qint64 runId, qint64 pid);
    // The run left "running": state is what the database now holds. "queued" means a retry was
    // scheduled (attempt + 1, after the backoff).
    void runFinished(qint64 runId, const QString &state);
    // The running run printed more, and the database now holds what it printed so far (its
    // output and log columns): at most one notice per run and progress interval.
    void runProgress(qint64 runId);

private:
    struct Active
    {
        AgentRun *job = nullptr;
        QString agent;
        int attempt = 1;
        int retries = 0;
        // RunProgress::size() when last written (what is past the cap is not written again);
        // -1 so that the first write replaces the output an earlier attempt left.
        qint64 written = -1;
    };

    void pump();
    // true when the run left the queue (started, or finished without a process).
    bool startRun(const Storage::RunRecord &run, qint64 now);
    bool finishWithoutProcess(const Storage::RunRecord &run, const QString &state,
                              const QString &error);
    void onRunFinished(qint64 runId, const RunOutcome &outcome);
    void writeProgress();

    struct WakeState;
    std::shared_ptr<WakeState> m_wakeState;
    QString m_dataDir;
    AgentCatalog &m_catalog;
    const Core::Clock &m_clock;
    std::unique_ptr<Storage::Database> m_db;
    QTimer m_poll;
    QTimer m_progress;
    QHash<qint64, Active> m_active;
    qint64 m_retryBaseMs = DefaultRetryBaseMs;
    int m_maxConcurrent = 4;
    qint64 m_outputCap = 1024 * 1024;
    qint64 m_killGraceMs = 5000;
    QString m_defaultCommand;
    bool m_pumping = false;
    bool m_pumpAgain = false;
};

} // namespace Hookyard::Agents
