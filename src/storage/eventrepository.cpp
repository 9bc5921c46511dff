#include "storage/eventrepository.h"

#include "core/logging.h"
#include "storage/boundquery.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>

namespace Hookyard::Storage {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Hookyard::Storage::EventRepository", text);
}

constexpr const char *EventColumns =
    "SELECT e.id, e.connector_id, coalesce(c.name, rc.name, ''), e.stripe_id, e.type, e.object, "
    "e.livemode, e.created_s, e.api_version, e.object_id, e.received_at, e.delivery_count, "
    "(SELECT count(*) FROM runs r WHERE r.event_row = e.id), "
    "(SELECT count(*) FROM runs r WHERE r.event_row = e.id AND r.state IN ('failed', "
    "'timed_out')), "
    "(SELECT count(*) FROM runs r WHERE r.event_row = e.id AND r.state IN ('queued', 'running')), "
    "c.id IS NULL";

// The connector of an event, or the kept name of a removed one (schema v3).
constexpr const char *EventSource =
    " FROM events e LEFT JOIN connectors c ON c.id = e.connector_id "
    "LEFT JOIN removed_connectors rc ON rc.id = e.connector_id";

constexpr const char *DeliveryColumns =
    "SELECT d.id, d.connector_id, coalesce(c.name, rc.name, ''), d.received_at, d.http_status, "
    "d.outcome, d.reason, d.message, d.remote_address, d.user_agent, d.content_type, "
    "d.signature_t, d.skew_s, d.v1_count, d.matched_previous, d.body_size, "
    "coalesce(d.event_row, 0), coalesce(e.stripe_id, ''), coalesce(e.type, ''), c.id IS NULL "
    "FROM deliveries d LEFT JOIN connectors c ON c.id = d.connector_id "
    "LEFT JOIN removed_connectors rc ON rc.id = d.connector_id "
    "LEFT JOIN events e ON e.id = d.event_row ";

EventRecord eventFromQuery(const QSqlQuery &q, bool withBody)
{
    EventRecord e;
    e.row = q.value(0).toLongLong();
    e.connectorId = q.value(1).toString();
    e.connectorName = q.value(2).toString();
    e.stripeId = q.value(3).toString();
    e.type = q.value(4).toString();
    e.object = q.value(5).toString();
    e.thin = e.object == QLatin1String("v2.core.event");
    e.livemode = q.value(6).toInt() != 0;
    e.createdSecs = q.value(7).toLongLong();
    e.apiVersion = q.value(8).toString();
    e.objectId = q.value(9).toString();
    e.receivedAtMs = q.value(10).toLongLong();
    e.deliveryCount = q.value(11).toInt();
    e.runCount = q.value(12).toInt();
    e.failedRunCount = q.value(13).toInt();
    e.activeRunCount = q.value(14).toInt();
    e.connectorRemoved = q.value(15).toInt() != 0;
    if (withBody)
        e.body = q.value(16).toByteArray();
    return e;
}

DeliveryRecord deliveryFromQuery(const QSqlQuery &q)
{
    DeliveryRecord d;
    d.row = q.value(0).toLongLong();
    d.connectorId = q.value(1).toString();
    d.connectorName = q.value(2).toString();
    d.receivedAtMs = q.value(3).toLongLong();
    d.httpStatus = q.value(4).toInt();
    d.outcome = q.value(5).toString();
    d.reason = q.value(6).toString();
    d.message = q.value(7).toString();
    d.remoteAddress = q.value(8).toString();
    d.userAgent = q.value(9).toString();
    d.contentType = q.value(10).toString();
    d.signatureTimestamp = q.value(11).toLongLong();
    d.skewSecs = q.value(12).toLongLong();
    d.v1Count = q.value(13).toInt();
    d.matchedPrevious = q.value(14).toInt() != 0;
    d.bodySize = q.value(15).toLongLong();
    d.eventRow = q.value(16).toLongLong();
    d.eventStripeId = q.value(17).toString();
    d.eventType = q.value(18).toString();
    d.connectorRemoved = q.value(19).toInt() != 0;
    return d;
}

// LIKE with the user's text taken literally.
QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

// A type filter with '*' becomes a GLOB; the other GLOB metacharacters are taken literally.
QString globPattern(const QString &type)
{
    QString pattern;
    for (const QChar ch : type) {
        if (ch == QLatin1Char('?') || ch == QLatin1Char('['))
            pattern += QLatin1Char('[') + ch + QLatin1Char(']');
        else
            pattern += ch;
    }
    return pattern;
}

struct Where
{
    QStringList clauses;
    QVariantList values;

    QString sql() const
    {
        return clauses.isEmpty() ? QString()
                                 : QStringLiteral(" WHERE ") + clauses.join(QLatin1String(" AND "));
    }
};

Where eventWhere(const EventFilter &f)
{
    Where w;
    if (!f.connectorIds.isEmpty()) {
        QStringList marks;
        for (const QString &id : f.connectorIds) {
            marks << QStringLiteral("?");
            w.values << id;
        }
        w.clauses << QStringLiteral("e.connector_id IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    if (!f.type.isEmpty()) {
        if (f.type.contains(QLatin1Char('*'))) {
            w.clauses << QStringLiteral("e.type GLOB ?");
            w.values << globPattern(f.type);
        } else {
            w.clauses << QStringLiteral("e.type = ?");
            w.values << f.type;
        }
    }
    if (f.restrictToRows) {
        QStringList marks;
        for (const qint64 row : f.rows) {
            marks << QStringLiteral("?");
            w.values << row;
        }
        w.clauses << (marks.isEmpty()
                          ? QStringLiteral("e.id > ?")
                          : QStringLiteral("(e.id IN (%1) OR e.id > ?)").arg(marks.join(u',')));
        w.values << f.rowsUpTo;
    }
    if (!f.text.isEmpty()) {
        // The short columns and the payload, ASCII letters in any case (the payload through
        // contains_nocase, sqlfunctions.h: its bytes as they are, no conversion of the BLOB).
        w.clauses << QStringLiteral("(e.stripe_id LIKE ? ESCAPE '\\' OR e.type LIKE ? ESCAPE "
                                    "'\\' OR e.object_id LIKE ? ESCAPE '\\' OR "
                                    "contains_nocase(e.body, ?))");
        const QString pattern = likePattern(f.text);
        w.values << pattern << pattern << pattern << f.text.toUtf8();
    }
    if (f.beforeRow > 0) {
        w.clauses << QStringLiteral("e.id < ?");
        w.values << f.beforeRow;
    }
    if (f.afterRow > 0) {
        w.clauses << QStringLiteral("e.id > ?");
        w.values << f.afterRow;
    }
    return w;
}

} // namespace

EventRepository::EventRepository(Database &db) : m_db(db) { }

QList<EventRecord> EventRepository::list(const EventFilter &filter, QString *error) const
{
    QList<EventRecord> result;
    const Where w = eventWhere(filter);
    // Keyset paging on the row id (newest first): the cost of a page does not grow with the
    // number of pages before it, unlike OFFSET.
    const QString sql = QLatin1String(EventColumns) + QLatin1String(EventSource) + w.sql()
        + QStringLiteral(" ORDER BY e.id DESC LIMIT %1").arg(qMax(1, filter.limit));
    QSqlQuery q(m_db.sql());
    if (!execBound(q, sql, w.values)) {
        if (error)
            *error = tr("Could not read the events: %1.").arg(q.lastError().text());
        return result;
    }
    while (q.next())
        result.append(eventFromQuery(q, false));
    return result;
}

qint64 EventRepository::count(const EventFilter &filter) const
{
    const Where w = eventWhere(filter);
    QSqlQuery q(m_db.sql());
    if (execBound(q, QStringLiteral("SELECT count(*) FROM events e") + w.sql(), w.values)
        && q.next())
        return q.value(0).toLongLong();
    return 0;
}

qint64 EventRepository::newestRow() const
{
    QSqlQuery q(m_db.sql());
    if (execBound(q, QStringLiteral("SELECT coalesce(max(id), 0) FROM events"), {}) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

EventRepository::Arrivals EventRepository::arrivalsAfter(qint64 eventRow, qint64 deliveryRow) const
{
    Arrivals a;
    QSqlQuery q(m_db.sql());
    if (eventRow < 0 || deliveryRow < 0) {
        // Counting from row 0 would read every row (an event's leaf holds most of its body).
        a.newestEventRow = newestRow();
        if (execBound(q, QStringLiteral("SELECT coalesce(max(id), 0) FROM deliveries"), {})
            && q.next())
            a.newestDeliveryRow = q.value(0).toLongLong();
        return a;
    }
    // Events by their row ids alone: they are handed out in order and only old rows are ever
    // deleted, so the new ones are the ids between (and max(id) reads no event).
    a.newestEventRow = qMax(eventRow, newestRow());
    a.events = a.newestEventRow - eventRow;
    a.newestDeliveryRow = deliveryRow;
    if (execBound(q,
                  QStringLiteral("SELECT coalesce(sum(outcome = 'rejected'), 0), "
                                 "coalesce(max(id), ?) FROM deliveries WHERE id > ?"),
                  { deliveryRow, deliveryRow })
        && q.next()) {
        a.rejected = q.value(0).toLongLong();
        a.newestDeliveryRow = q.value(1).toLongLong();
    }
    return a;
}

qint64 EventRepository::oldestRow() const
{
    QSqlQuery q(m_db.sql());
    if (execBound(q, QStringLiteral("SELECT coalesce(min(id), 0) FROM events"), {}) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

std::optional<EventRecord> EventRepository::byRow(qint64 row) const
{
    QSqlQuery q(m_db.sql());
    if (execBound(q,
                  QLatin1String(EventColumns) + QLatin1String(", e.body")
                      + QLatin1String(EventSource) + QLatin1String(" WHERE e.id = ?"),
                  { row })
        && q.next())
        return eventFromQuery(q, true);
    return std::nullopt;
}

std::optional<EventRecord> EventRepository::byStripeId(const QString &stripeId,
                                                       const QString &connectorId) const
{
    QString sql = QLatin1String(EventColumns) + QLatin1String(", e.body")
        + QLatin1String(EventSource) + QLatin1String(" WHERE e.stripe_id = ?");
    QVariantList values { stripeId };
    if (!connectorId.isEmpty()) {
        sql += QLatin1String(" AND e.connector_id = ?");
        values << connectorId;
    }
    sql += QLatin1String(" ORDER BY e.id DESC LIMIT 1");
    QSqlQuery q(m_db.sql());
    if (execBound(q, sql, values) && q.next())
        return eventFromQuery(q, true);
    return std::nullopt;
}

QList<EventRecord> EventRepository::copiesOf(const QString &stripeId) const
{
    QList<EventRecord> result;
    QSqlQuery q(m_db.sql());
    if (execBound(q,
                  QLatin1String(EventColumns) + QLatin1String(EventSource)
                      + QLatin1String(" WHERE e.stripe_id = ? ORDER BY e.id DESC"),
                  { stripeId })) {
        while (q.next())
            result.append(eventFromQuery(q, false));
    }
    return result;
}

QStringList EventRepository::typesSeen() const
{
    QStringList types;
    QSqlQuery q(m_db.sql());
    if (execBound(q, QStringLiteral("SELECT DISTINCT type FROM events ORDER BY type"), {})) {
        while (q.next())
            types << q.value(0).toString();
    }
    return types;
}

QList<DeliveryRecord> EventRepository::deliveries(const DeliveryFilter &filter,
                                                  QString *error) const
{
    Where w;
    if (!filter.connectorId.isEmpty()) {
        w.clauses << QStringLiteral("d.connector_id = ?");
        w.values << filter.connectorId;
    }
    if (!filter.outcome.isEmpty()) {
        w.clauses << QStringLiteral("d.outcome = ?");
        w.values << filter.outcome;
    }
    if (filter.beforeRow > 0) {
        w.clauses << QStringLiteral("d.id < ?");
        w.values << filter.beforeRow;
    }
    if (filter.afterRow > 0) {
        w.clauses << QStringLiteral("d.id > ?");
        w.values << filter.afterRow;
    }
    QList<DeliveryRecord> result;
    QSqlQuery q(m_db.sql());
    if (!execBound(q,
                   QLatin1String(DeliveryColumns) + w.sql()
                       + QStringLiteral(" ORDER BY d.id DESC LIMIT %1").arg(qMax(1, filter.limit)),
                   w.values)) {
        if (error)
            *error = tr("Could not read the deliveries: %1.").arg(q.lastError().text());
        return result;
    }
    while (q.next())
        result.append(deliveryFromQuery(q));
    return result;
}

QList<DeliveryRecord> EventRepository::deliveriesOfEvent(qint64 eventRow) const
{
    QList<DeliveryRecord> result;
    QSqlQuery q(m_db.sql());
    if (execBound(q,
                  QLatin1String(DeliveryColumns)
                      + QLatin1String("WHERE d.event_row = ? ORDER BY d.id"),
                  { eventRow })) {
        while (q.next())
            result.append(deliveryFromQuery(q));
    }
    return result;
}

QList<QPair<QString, qint64>> EventRepository::rejectionCounts(const QString &connectorId) const
{
    QList<QPair<QString, qint64>> result;
    QSqlQuery q(m_db.sql());
    if (execBound(
            q,
            QStringLiteral("SELECT reason, count(*) FROM deliveries WHERE connector_id = ? AND "
                           "outcome = 'rejected' GROUP BY reason ORDER BY count(*) DESC, reason"),
            { connectorId })) {
        while (q.next())
            result.append({ q.value(0).toString(), q.value(1).toLongLong() });
    }
    return result;
}

} // namespace Hookyard::Storage
