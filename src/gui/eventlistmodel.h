#pragma once

#include "gui/eventlistrow.h"
#include "gui/keysetpagedmodel.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace Hookyard::Storage {
struct EventRecord;
struct DeliveryRecord;
} // namespace Hookyard::Storage

namespace Hookyard::Gui {

class EventSource;

// The Events table: newest first, paged from the database by row id (KeysetPagedModel), so that
// a history of a million events opens with one page of 200 rows and grows as the view scrolls.
// Rows are kept compact (interned connector and type strings) so that scrolling through the
// whole history stays within a modest amount of memory.
class EventListModel final : public KeysetPagedModel<EventListRow>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventListModel)
public:
    enum Column {
        TimeColumn,
        ConnectorColumn,
        TypeColumn,
        EventIdColumn,
        VerificationColumn,
        DuplicateColumn,
        RunsColumn,
        ColumnCount
    };
    enum Role {
        RowIdRole = Qt::UserRole + 1, // events.id (Events) or deliveries.id (other modes)
        EventRowRole, // events.id, 0 for rejected deliveries
        StripeIdRole,
        ConnectorIdRole,
        OutcomeRole, // "accepted" | "duplicate" | "rejected"
        ReasonCodeRole, // rejected deliveries
        MessageRole,
        BadgeRole, // "duplicate" | "rejected" | "" : drawn as a badge
        ReceivedAtRole, // ms since epoch
    };
    // What the table lists; "status" in the filter bar.
    enum class Mode {
        Events, // verified events, one row per event
        Duplicates, // duplicate deliveries of verified events
        Rejected, // rejected deliveries (unknown signature, no secret, rate limited ...)
        Deliveries, // every delivery, verified, duplicate or rejected, as it came
    };
    struct Query
    {
        Mode mode = Mode::Events;
        QString connectorId;
        QString type; // Events only: exact, or a glob with '*'
        QString text; // Events only: event id, type, object id, payload
        // A text search runs on a thread (EventSearch): until it answers the list is empty
        // (searching); then it shows the rows it found up to rowsUpTo, and newer rows that match
        // (searched). Both at once: the search goes on, and shows what it has found so far.
        bool searching = false;
        bool searched = false;
        QList<qint64> rows;
        qint64 rowsUpTo = 0;
        bool operator==(const Query &) const = default;
        // The same list asked for, whatever a search has found so far: every field above the
        // search's own (a new filter field belongs here too).
        bool sameFilters(const Query &other) const
        {
            return mode == other.mode && connectorId == other.connectorId && type == other.type
                && text == other.text;
        }
    };

    explicit EventListModel(QObject *parent = nullptr);
    ~EventListModel() override;

    // Not owned; must outlive the model. Setting it loads the first page.
    void setSource(EventSource *source);
    Query query() const { return m_query; }
    // Reloads from the newest row (a reset) when the query changed.
    void setQuery(const Query &query);
    // Takes a search's later answer without a reset, when it only adds older rows to the rows
    // of the search shown (EventSearch::progress, then finished): the rows shown and the
    // selection stay. Returns false, changing nothing, for any other query.
    bool extendSearch(const Query &query);
    // Re-reads one event's counters (a duplicate arrived, a run was queued).
    void refreshEvent(qint64 eventRow);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    using Row = EventListRow;

    QList<Row> readPage(qint64 beforeId, qint64 afterId) const override;
    qint64 idOf(const Row &row) const override { return row.id; }
    Row fromEvent(const Storage::EventRecord &record) const;
    Row fromDelivery(const Storage::DeliveryRecord &record) const;
    static void setRunCounts(Row &row, const Storage::EventRecord &record);
    static QVariant runsText(const Row &row);
    static QVariant runsToolTip(const Row &row);
    quint32 intern(const QString &text) const;
    const QString &string(quint32 id) const { return m_strings.at(id); }
    QString verificationText(const Row &row) const;
    void setStripeId(Row &row, const QString &id) const;
    QString stripeIdOf(const Row &row) const;

    EventSource *m_source = nullptr;
    Query m_query;
    mutable QStringList m_strings;
    mutable QHash<QString, quint32> m_stringIds;
};

} // namespace Hookyard::Gui
