#include "storage/eventpruner.h"

#include "core/logging.h"
#include "storage/boundquery.h"
#include "storage/database.h"
#include "storage/writetransaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>

namespace Hookyard::Storage {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Hookyard::Storage::EventPruner", text);
}

// Retention deletes in batches this small, each its own transaction, so the receiver's commit
// waits at most for one batch (a few milliseconds), never for the whole clean-up.
constexpr int PruneBatch = 200;

} // namespace

EventPruner::EventPruner(Database &db) : m_db(db) { }

qint64 EventPruner::prune(qint64 olderThanMs, qint64 keepCount, QString *error)
{
    if (olderThanMs <= 0 && keepCount <= 0)
        return 0;
    QSqlDatabase db = m_db.sql();
    qint64 removed = 0;
    const auto fail = [&](const QString &reason) {
        if (error)
            *error = tr("Could not remove old events: %1.").arg(reason);
        qCWarning(lcStorage) << "retention stopped:" << reason;
        return removed;
    };

    // Events beyond the newest keepCount: everything below the keepCount-th newest id.
    qint64 keepFromRow = 0;
    if (keepCount > 0) {
        QSqlQuery q(db);
        if (execBound(q, QStringLiteral("SELECT id FROM events ORDER BY id DESC LIMIT 1 OFFSET ?"),
                      { keepCount - 1 })
            && q.next())
            keepFromRow = q.value(0).toLongLong();
    }
    const auto tooOld = [&](qint64 row, qint64 receivedAt) {
        return (olderThanMs > 0 && receivedAt < olderThanMs)
            || (keepFromRow > 0 && row < keepFromRow);
    };

    // Row ids grow with time, so the oldest rows come first in id order and the walk stops at
    // the first one to keep: no time index is needed (each index slows every commit). The
    // candidates are read outside the write transaction; each batch is deleted in its own short
    // one, so the receiver's commit never waits for more than one batch.
    qint64 lastRow = 0;
    qint64 oldestKeptAt = 0;
    for (bool more = true; more;) {
        QStringList ids;
        {
            QSqlQuery q(db);
            if (!execBound(
                    q,
                    QStringLiteral("SELECT e.id, e.received_at, EXISTS (SELECT 1 FROM runs r "
                                   "WHERE r.event_row = e.id AND r.state IN ('queued', "
                                   "'running')) FROM events e WHERE e.id > ? ORDER BY e.id "
                                   "LIMIT %1")
                        .arg(PruneBatch),
                    { lastRow }))
                return fail(q.lastError().text());
            int seen = 0;
            while (q.next()) {
                ++seen;
                const qint64 row = q.value(0).toLongLong();
                const qint64 receivedAt = q.value(1).toLongLong();
                lastRow = row;
                if (!tooOld(row, receivedAt)) {
                    oldestKeptAt = receivedAt;
                    more = false;
                    break;
                }
                // Events whose runs are still queued or running stay: the dispatcher owns them.
                if (q.value(2).toInt() == 0)
                    ids << QString::number(row);
            }
            if (seen < PruneBatch)
                more = false;
        }
        if (ids.isEmpty())
            continue;
        const QString in = ids.join(QLatin1Char(','));
        WriteTransaction tx(db);
        if (!tx.isActive())
            return fail(tx.errorText());
        QSqlQuery del(db);
        // Runs go with their event (ON DELETE CASCADE); deliveries carry no foreign key.
        if (!del.exec(QStringLiteral("DELETE FROM deliveries WHERE event_row IN (%1)").arg(in))
            || !del.exec(QStringLiteral("DELETE FROM events WHERE id IN (%1)").arg(in)))
            return fail(del.lastError().text());
        const qint64 batch = del.numRowsAffected();
        if (!tx.commit())
            return fail(tx.errorText());
        removed += batch;
    }

    // Rejected deliveries (they have no event) older than the cutoff or than the oldest event
    // kept, again oldest first by id.
    const qint64 cutoff = qMax(olderThanMs, keepFromRow > 0 ? oldestKeptAt : 0);
    lastRow = 0;
    for (bool more = cutoff > 0; more;) {
        QStringList ids;
        {
            QSqlQuery q(db);
            if (!execBound(
                    q,
                    QStringLiteral("SELECT id, received_at, outcome FROM deliveries WHERE id > ? "
                                   "ORDER BY id LIMIT %1")
                        .arg(PruneBatch),
                    { lastRow }))
                return fail(q.lastError().text());
            int seen = 0;
            while (q.next()) {
                ++seen;
                lastRow = q.value(0).toLongLong();
                if (q.value(1).toLongLong() >= cutoff) {
                    more = false;
                    break;
                }
                if (q.value(2).toString() == QLatin1String("rejected"))
                    ids << QString::number(lastRow);
            }
            if (seen < PruneBatch)
                more = false;
        }
        if (ids.isEmpty())
            continue;
        WriteTransaction tx(db);
        QSqlQuery del(db);
        if (!tx.isActive()
            || !del.exec(QStringLiteral("DELETE FROM deliveries WHERE id IN (%1)")
                             .arg(ids.join(QLatin1Char(',')))))
            return fail(tx.isActive() ? del.lastError().text() : tx.errorText());
        const qint64 batch = del.numRowsAffected();
        if (!tx.commit())
            return fail(tx.errorText());
        removed += batch;
    }
    if (removed > 0) {
        qCInfo(lcStorage) << "retention removed" << removed << "old events and deliveries";
        // The kept names of removed connectors whose history is all gone now. The deliveries'
        // index answers for almost all of them; events (no index by connector) are looked at
        // only for a connector without deliveries left.
        WriteTransaction tx(db);
        QSqlQuery del(db);
        if (!tx.isActive()
            || !del.exec(QStringLiteral(
                "DELETE FROM removed_connectors WHERE NOT EXISTS (SELECT 1 FROM deliveries d "
                "WHERE d.connector_id = removed_connectors.id) AND NOT EXISTS (SELECT 1 FROM "
                "events e WHERE e.connector_id = removed_connectors.id)"))
            || !tx.commit())
            qCWarning(lcStorage) << "retention kept the names of removed connectors:"
                                 << (del.lastError().isValid() ? del.lastError().text()
                                                               : tx.errorText());
    }
    return removed;
}

} // namespace Hookyard::Storage
