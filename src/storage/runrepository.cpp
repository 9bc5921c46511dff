#include "storage/runrepository.h"

#include "core/logging.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Hookyard::Storage {

namespace {

constexpr const char *RunColumns =
    "SELECT r.id, r.event_row, e.stripe_id, e.type, e.connector_id, r.agent, r.state, r.manual, "
    "r.attempt, r.queued_at, r.not_before, r.started_at, r.finished_at, r.exit_code, "
    "r.output_truncated, r.log_truncated, r.error";

RunRecord runFromQuery(const QSqlQuery &q, bool withOutput)
{
    RunRecord r;
    r.id = q.value(0).toLongLong();
    r.eventRow = q.value(1).toLongLong();
    r.eventStripeId = q.value(2).toString();
    r.eventType = q.value(3).toString();
    r.connectorId = q.value(4).toString();
    r.agent = q.value(5).toString();
    r.state = q.value(6).toString();
    r.manual = q.value(7).toInt() != 0;
    r.attempt = q.value(8).toInt();
    r.queuedAtMs = q.value(9).toLongLong();
    r.notBeforeMs = q.value(10).toLongLong();
    r.startedAtMs = q.value(11).toLongLong();
    r.finishedAtMs = q.value(12).toLongLong();
    if (!q.value(13).isNull())
        r.exitCode = q.value(13).toInt();
    r.outputTruncated = q.value(14).toInt() != 0;
    r.logTruncated = q.value(15).toInt() != 0;
    r.error = q.value(16).toString();
    if (withOutput) {
        r.output = q.value(17).toByteArray();
        r.log = q.value(18).toByteArray();
    }
    return r;
}

bool exec(QSqlQuery &q, const char *what)
{
    if (q.exec())
        return true;
    qCWarning(lcStorage).noquote() << "runs:" << what << "failed:" << q.lastError().text();
    return false;
}

} // namespace

bool RunStates::isFinal(const QString &state)
{
    return state != QLatin1String(Queued) && state != QLatin1String(Running);
}

QStringList RunStates::all()
{
    return { QLatin1String(Queued),   QLatin1String(Running),  QLatin1String(Succeeded),
             QLatin1String(Failed),   QLatin1String(TimedOut), QLatin1String(Skipped),
             QLatin1String(Cancelled) };
}

qint64 RunRecord::durationMs() const
{
    return startedAtMs > 0 && finishedAtMs >= startedAtMs ? finishedAtMs - startedAtMs : 0;
}

RunRepository::RunRepository(Database &db) : m_db(db) { }

qint64 RunRepository::enqueue(qint64 eventRow, const QString &agent, bool manual, QString *error,
                              qint64 nowMs)
{
    QSqlQuery q(m_db.sql());
    q.prepare(
        QStringLiteral("INSERT INTO runs(event_row, agent, state, manual, attempt, queued_at) "
                       "VALUES (?, ?, 'queued', ?, 1, ?)"));
    q.addBindValue(eventRow);
    q.addBindValue(agent);
    q.addBindValue(manual ? 1 : 0);
    q.addBindValue(nowMs > 0 ? nowMs : QDateTime::currentMSecsSinceEpoch());
    if (!q.exec()) {
        if (error)
            *error = QCoreApplication::translate("Hookyard::Storage::RunRepository",
                                                 "cannot queue the run: %1")
                         .arg(q.lastError().text());
        return 0;
    }
    return q.lastInsertId().toLongLong();
}

QList<RunRecord> RunRepository::list(const RunFilter &filter, QString *error) const
{
    QString sql = QLatin1String(RunColumns) + u" FROM runs r JOIN events e ON e.id = r.event_row";
    QStringList where;
    QVariantList values;
    if (!filter.agent.isEmpty()) {
        where.append(QStringLiteral("r.agent = ?"));
        values.append(filter.agent);
    }
    if (filter.eventRow > 0) {
        where.append(QStringLiteral("r.event_row = ?"));
        values.append(filter.eventRow);
    }
    if (!filter.eventStripeId.isEmpty()) {
        where.append(QStringLiteral("e.stripe_id = ?"));
        values.append(filter.eventStripeId);
    }
    if (!filter.state.isEmpty()) {
        where.append(QStringLiteral("r.state = ?"));
        values.append(filter.state);
    }
    if (filter.beforeId > 0) {
        where.append(QStringLiteral("r.id < ?"));
        values.append(filter.beforeId);
    }
    if (filter.afterId > 0) {
        where.append(QStringLiteral("r.id > ?"));
        values.append(filter.afterId);
    }
    if (!where.isEmpty())
        sql += u" WHERE " + where.join(QLatin1String(" AND "));
    sql += u" ORDER BY r.id DESC LIMIT ?";
    values.append(filter.limit > 0 ? filter.limit : -1);

    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    QList<RunRecord> runs;
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return runs;
    }
    while (q.next())
        runs.append(runFromQuery(q, false));
    return runs;
}

std::optional<RunRecord> RunRepository::byId(qint64 id) const
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(
        QLatin1String(RunColumns)
        + u", r.output, r.log FROM runs r JOIN events e ON e.id = r.event_row WHERE r.id = ?");
    q.addBindValue(id);
    if (!exec(q, "byId") || !q.next())
        return std::nullopt;
    return runFromQuery(q, true);
}

QList<RunRecord> RunRepository::due(qint64 nowMs, int limit) const
{
    return due(nowMs, limit, {});
}

QList<RunRecord> RunRepository::due(qint64 nowMs, int limit, const QStringList &skipAgents) const
{
    QString sql = QLatin1String(RunColumns)
        + u" FROM runs r JOIN events e ON e.id = r.event_row"
          u" WHERE r.state = 'queued' AND r.not_before <= ?";
    if (!skipAgents.isEmpty()) {
        QStringList marks;
        for (qsizetype i = 0; i < skipAgents.size(); ++i)
            marks.append(QStringLiteral("?"));
        sql += u" AND r.agent NOT IN (" + marks.join(u',') + u')';
    }
    sql += u" ORDER BY r.id LIMIT ?";
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(sql);
    q.addBindValue(nowMs);
    for (const QString &agent : skipAgents)
        q.addBindValue(agent);
    q.addBindValue(limit > 0 ? limit : -1);
    QList<RunRecord> runs;
    if (!exec(q, "due"))
        return runs;
    while (q.next())
        runs.append(runFromQuery(q, false));
    return runs;
}

qint64 RunRepository::nextNotBefore(qint64 nowMs) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
        "SELECT min(not_before) FROM runs WHERE state = 'queued' AND not_before > ?"));
    q.addBindValue(nowMs);
    if (!exec(q, "nextNotBefore") || !q.next() || q.value(0).isNull())
        return 0;
    return q.value(0).toLongLong();
}

bool RunRepository::markRunning(qint64 id, qint64 startedAtMs)
{
    QSqlQuery q(m_db.sql());
    // Guarded by the state: a run is taken once, whoever else looks at the queue.
    q.prepare(QStringLiteral("UPDATE runs SET state = 'running', started_at = ?, finished_at = 0 "
                             "WHERE id = ? AND state = 'queued'"));
    q.addBindValue(startedAtMs);
    q.addBindValue(id);
    return exec(q, "markRunning") && q.numRowsAffected() == 1;
}

bool RunRepository::saveProgress(qint64 id, const QByteArray &output, const QByteArray &log)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE runs SET output = ?, log = ? WHERE id = ? AND state = "
                             "'running'"));
    q.addBindValue(output.isNull() ? QByteArray("") : output);
    q.addBindValue(log.isNull() ? QByteArray("") : log);
    q.addBindValue(id);
    return exec(q, "saveProgress") && q.numRowsAffected() == 1;
}

bool RunRepository::finish(const RunRecord &run)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
        "UPDATE runs SET state = ?, exit_code = ?, output = ?, log = ?, output_truncated = ?, "
        "log_truncated = ?, error = coalesce(?, ''), finished_at = ?, started_at = CASE WHEN "
        "started_at = 0 "
        "THEN ? ELSE started_at END WHERE id = ? AND state IN ('queued', 'running')"));
    q.addBindValue(run.state);
    q.addBindValue(run.exitCode ? QVariant(*run.exitCode) : QVariant(QMetaType::fromType<int>()));
    q.addBindValue(run.output.isNull() ? QByteArray("") : run.output);
    q.addBindValue(run.log.isNull() ? QByteArray("") : run.log);
    q.addBindValue(run.outputTruncated ? 1 : 0);
    q.addBindValue(run.logTruncated ? 1 : 0);
    q.addBindValue(run.error);
    q.addBindValue(run.finishedAtMs);
    q.addBindValue(run.finishedAtMs);
    q.addBindValue(run.id);
    return exec(q, "finish") && q.numRowsAffected() == 1;
}

bool RunRepository::requeue(qint64 id, int attempt, qint64 notBeforeMs, const QString &note)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE runs SET state = 'queued', attempt = ?, not_before = ?, "
                             "error = coalesce(?, ''), finished_at = 0 WHERE id = ?"));
    q.addBindValue(attempt);
    q.addBindValue(notBeforeMs);
    q.addBindValue(note);
    q.addBindValue(id);
    return exec(q, "requeue") && q.numRowsAffected() == 1;
}

int RunRepository::requeueInterrupted(qint64 nowMs)
{
    Q_UNUSED(nowMs)
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
        "UPDATE runs SET state = 'queued', attempt = attempt + 1, not_before = 0, "
        "error = 'interrupted: Hookyard stopped while attempt ' || attempt || ' was running' "
        "WHERE state = 'running'"));
    if (!exec(q, "requeueInterrupted"))
        return 0;
    return q.numRowsAffected();
}

bool RunRepository::cancelQueued(qint64 id, qint64 nowMs, const QString &note)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
        "UPDATE runs SET state = 'cancelled', finished_at = ?, error = coalesce(?, '') "
        "WHERE id = ? AND state = 'queued'"));
    q.addBindValue(nowMs);
    q.addBindValue(note);
    q.addBindValue(id);
    return exec(q, "cancelQueued") && q.numRowsAffected() == 1;
}

} // namespace Hookyard::Storage
