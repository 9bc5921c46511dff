#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <optional>

namespace Hookyard::Storage {

class Database;

// The states of a run, as stored in runs.state. Never rename one: scripts read them (--json).
namespace RunStates {
inline constexpr char Queued[] = "queued";
inline constexpr char Running[] = "running";
inline constexpr char Succeeded[] = "succeeded";
inline constexpr char Failed[] = "failed";
inline constexpr char TimedOut[] = "timed_out";
inline constexpr char Skipped[] = "skipped";
inline constexpr char Cancelled[] = "cancelled";
// queued and running are the only states a run leaves.
bool isFinal(const QString &state);
// Every state above, in that order (for validating a filter).
QStringList all();
} // namespace RunStates

struct RunRecord
{
    qint64 id = 0;
    qint64 eventRow = 0;
    QString eventStripeId; // joined
    QString eventType; // joined
    QString connectorId; // joined
    QString agent;
    QString state; // queued | running | succeeded | failed | timed_out | skipped | cancelled
    bool manual = false;
    int attempt = 1;
    qint64 queuedAtMs = 0;
    qint64 notBeforeMs = 0;
    qint64 startedAtMs = 0;
    qint64 finishedAtMs = 0;
    std::optional<int> exitCode;
    QByteArray output; // filled by byId, not by list()
    QByteArray log;
    bool outputTruncated = false;
    bool logTruncated = false;
    QString error;

    // finished - started, or 0 while it has not both started and finished.
    qint64 durationMs() const;
};

struct RunFilter
{
    QString agent;
    qint64 eventRow = 0;
    QString eventStripeId; // the Stripe event id (any connector); empty = all
    QString state;
    qint64 beforeId = 0;
    qint64 afterId = 0;
    int limit = 200;
};

// Runs in the database: the durable queue of agent work. Same-thread use only.
// Owned by the agents work (issue 3).
class RunRepository final
{
public:
    explicit RunRepository(Database &db);

    // nowMs 0 = the system clock.
    qint64 enqueue(qint64 eventRow, const QString &agent, bool manual, QString *error,
                   qint64 nowMs = 0);
    // Newest first.
    QList<RunRecord> list(const RunFilter &filter, QString *error = nullptr) const;
    std::optional<RunRecord> byId(qint64 id) const;
    // Queued runs whose not_before has passed, oldest first.
    QList<RunRecord> due(qint64 nowMs, int limit) const;
    // The same, leaving out the runs of skipAgents (agents already at their concurrency), so
    // that one busy agent's backlog never hides the runs of the others.
    QList<RunRecord> due(qint64 nowMs, int limit, const QStringList &skipAgents) const;
    // The earliest not_before among queued runs that are not due yet; 0 when there is none.
    qint64 nextNotBefore(qint64 nowMs) const;
    // queued -> running; false when the run was not queued any more (taken, cancelled).
    bool markRunning(qint64 id, qint64 startedAtMs);
    bool finish(const RunRecord &run); // state, exit code, output, log, error, finished_at
    // What a running run has printed so far (replacing an earlier attempt's); false when the
    // run is not running (any more).
    bool saveProgress(qint64 id, const QByteArray &output, const QByteArray &log);
    bool requeue(qint64 id, int attempt, qint64 notBeforeMs, const QString &note);
    // At start: runs left "running" by a process that died are queued again, attempt + 1.
    int requeueInterrupted(qint64 nowMs);
    // queued -> cancelled; false when the run is not queued (running ones are cancelled by the
    // scheduler that runs them).
    bool cancelQueued(qint64 id, qint64 nowMs, const QString &note);

private:
    Database &m_db;
};

} // namespace Hookyard::Storage
