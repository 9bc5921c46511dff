#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <optional>

namespace Hookyard::Storage {

class Database;

struct EventRecord
{
    qint64 row = 0;
    QString connectorId;
    QString connectorName; // joined; a removed connector's kept name (empty if removed before v3)
    bool connectorRemoved = false;
    QString stripeId;
    QString type;
    QString object;
    bool thin = false;
    bool livemode = false;
    qint64 createdSecs = 0;
    QString apiVersion;
    QString objectId;
    qint64 receivedAtMs = 0;
    int deliveryCount = 1;
    int runCount = 0;
    int failedRunCount = 0; // failed or timed out
    int activeRunCount = 0; // queued (retries included) or running
    QByteArray body; // filled by byRow/byStripeId, not by list() (paging stays light)
};

struct DeliveryRecord
{
    qint64 row = 0;
    QString connectorId;
    QString connectorName; // as in EventRecord
    bool connectorRemoved = false;
    qint64 receivedAtMs = 0;
    int httpStatus = 0;
    QString outcome;
    QString reason;
    QString message;
    QString remoteAddress;
    QString userAgent;
    QString contentType;
    qint64 signatureTimestamp = 0;
    qint64 skewSecs = 0;
    int v1Count = 0;
    bool matchedPrevious = false;
    qint64 bodySize = 0;
    qint64 eventRow = 0;
    QString eventStripeId;
    QString eventType;
};

struct EventFilter
{
    // Any of these connectors (several: a removed name may have been used more than once);
    // empty = all.
    QStringList connectorIds;
    QString type; // exact type, or a glob with '*'; empty = all
    // Free text: a part of the Stripe id, type or object id, or of the payload as received (a
    // customer id, an email address), ASCII letters in any case; empty = all. Without `rows`, a
    // search reads every stored payload: the window runs it on a thread of its own (EventSearch).
    QString text;
    // Only these rows, and rows newer than rowsUpTo (a search's result: what it found among the
    // rows up to rowsUpTo; the other filters still apply). Ignored unless restrictToRows.
    bool restrictToRows = false;
    QList<qint64> rows;
    qint64 rowsUpTo = 0;
    qint64 beforeRow = 0; // paging: only rows with id < beforeRow (0 = from the newest)
    qint64 afterRow = 0; // live: only rows with id > afterRow
    int limit = 200;
};

struct DeliveryFilter
{
    QString connectorId;
    QString outcome; // accepted | duplicate | rejected; empty = all
    qint64 beforeRow = 0;
    qint64 afterRow = 0;
    int limit = 200;
};

// Read side of events and deliveries, for the CLI, the GUI models and the dispatcher. Newest
// first. Same-thread use only.
class EventRepository final
{
public:
    explicit EventRepository(Database &db);

    QList<EventRecord> list(const EventFilter &filter, QString *error = nullptr) const;
    qint64 count(const EventFilter &filter) const;
    // The newest event's row id; 0 when there is none.
    qint64 newestRow() const;
    // The oldest event's row id; 0 when there is none.
    qint64 oldestRow() const;
    // What the database gained after the given rows, for a window that watches another process
    // receive: new events, and new deliveries with how many of them were rejected; and the
    // newest rows, to pass to the next call. A negative row asks for the newest rows only (the
    // counts are 0). Cheap: the new deliveries are a range of row ids, the events are counted
    // by their ids alone.
    struct Arrivals
    {
        qint64 newestEventRow = 0;
        qint64 events = 0;
        qint64 newestDeliveryRow = 0;
        qint64 rejected = 0;
    };
    Arrivals arrivalsAfter(qint64 eventRow, qint64 deliveryRow) const;
    std::optional<EventRecord> byRow(qint64 row) const;
    // A Stripe event id may exist under several connectors: the newest is returned unless
    // connectorId is given.
    std::optional<EventRecord> byStripeId(const QString &stripeId,
                                          const QString &connectorId = {}) const;
    // Every connector's copy of one Stripe event (two endpoints of one account both receive
    // it), newest first, without bodies.
    QList<EventRecord> copiesOf(const QString &stripeId) const;
    QStringList typesSeen() const;

    QList<DeliveryRecord> deliveries(const DeliveryFilter &filter, QString *error = nullptr) const;
    QList<DeliveryRecord> deliveriesOfEvent(qint64 eventRow) const;
    // Rejected deliveries per reason code for one connector (all time), for the counters.
    QList<QPair<QString, qint64>> rejectionCounts(const QString &connectorId) const;

private:
    Database &m_db;
};

} // namespace Hookyard::Storage
