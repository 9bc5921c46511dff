#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QtGlobal>

#include <optional>

namespace Hookyard::Storage {

class Database;

struct RunRecord
{
    qint64 id = 0;
    qint64 eventRow = 0;
    QString eventStripeId;   // joined
    QString eventType;       // joined
    QString connectorId;     // joined
    QString agent;
    QString state;           // queued | running | succeeded | failed | timed_out | skipped | cancelled
    bool manual = false;
    int attempt = 1;
    qint64 queuedAtMs = 0;
    qint64 notBeforeMs = 0;
    qint64 startedAtMs = 0;
    qint64 finishedAtMs = 0;
    std::optional<int> exitCode;
    QByteArray output;       // filled by byId, not by list()
    QByteArray log;
    bool outputTruncated = false;
    bool logTruncated = false;
    QString error;
};

struct RunFilter
{
    QString agent;
    qint64 eventRow = 0;
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

    qint64 enqueue(qint64 eventRow, const QString &agent, bool manual, QString *error);
    QList<RunRecord> list(const RunFilter &filter, QString *error = nullptr) const;
    std::optional<RunRecord> byId(qint64 id) const;
    // Queued runs whose not_before has passed, oldest first.
    QList<RunRecord> due(qint64 nowMs, int limit) const;
    bool markRunning(qint64 id, qint64 startedAtMs);
    bool finish(const RunRecord &run); // state, exit code, output, log, error, finished_at
    bool requeue(qint64 id, int attempt, qint64 notBeforeMs, const QString &note);
    // At start: runs left "running" by a process that died are queued again, attempt + 1.
    int requeueInterrupted(qint64 nowMs);

private:
    Database &m_db;
};

} // namespace Hookyard::Storage
