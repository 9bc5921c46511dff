#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QStringList>

#include <array>

namespace Hookyard::Storage {
struct EventRecord;
struct DeliveryRecord;
} // namespace Hookyard::Storage

namespace Hookyard::Gui {

class EventSource;

// The Events table: newest first, paged from the database by row id (keyset paging, never
// OFFSET), so that a history of a million events opens with one page of 200 rows and grows as
// the view scrolls (canFetchMore/fetchMore). New rows are prepended by refreshNew() with
// beginInsertRows, which keeps the selection (persistent indexes) where it was.
// Rows are kept compact (interned connector and type strings) so that scrolling through the
// whole history stays within a modest amount of memory.
class EventListModel final : public QAbstractTableModel
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
    };
    struct Query
    {
        Mode mode = Mode::Events;
        QString connectorId;
        QString type; // Events only: exact, or a glob with '*'
        QString text; // Events only: event id, type, object id
        bool operator==(const Query &) const = default;
    };

    static constexpr int PageSize = 200;

    explicit EventListModel(QObject *parent = nullptr);
    ~EventListModel() override;

    // Not owned; must outlive the model. Setting it loads the first page.
    void setSource(EventSource *source);
    Query query() const { return m_query; }
    // Reloads from the newest row (a reset) when the query changed.
    void setQuery(const Query &query);
    void reload();
    // Reads rows newer than the newest one shown and prepends them. Cheap when nothing is new.
    // Returns how many rows were added.
    int refreshNew();
    // Re-reads one event's counters (a duplicate arrived, a run was queued).
    void refreshEvent(qint64 eventRow);

    int rowForId(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    struct Row
    {
        qint64 id = 0;
        qint64 eventRow = 0;
        qint64 receivedAtMs = 0;
        // Stripe ids ("evt_" + 24 characters) are kept inline, without a heap allocation per
        // row; a longer one is interned instead (stripeIdLong).
        std::array<char, 32> stripeId {};
        quint32 stripeIdLong = 0;
        quint32 message = 0; // interned; rejected deliveries only
        quint32 connectorId = 0;
        quint32 connectorName = 0;
        quint32 type = 0;
        quint32 reason = 0;
        qint32 deliveryCount = 1;
        qint32 runCount = 0;
        qint16 httpStatus = 200;
        quint8 outcome = 0; // 0 accepted, 1 duplicate, 2 rejected
        bool thin = false;
    };

    // Newest first; `beforeId`/`afterId` 0 = unbounded.
    QList<Row> readPage(qint64 beforeId, qint64 afterId) const;
    Row fromEvent(const Storage::EventRecord &record) const;
    Row fromDelivery(const Storage::DeliveryRecord &record) const;
    quint32 intern(const QString &text) const;
    const QString &string(quint32 id) const { return m_strings.at(id); }
    QString verificationText(const Row &row) const;
    void setStripeId(Row &row, const QString &id) const;
    QString stripeIdOf(const Row &row) const;

    EventSource *m_source = nullptr;
    Query m_query;
    QList<Row> m_rows;
    bool m_atEnd = true;
    // True while the model emits a change: views and QAbstractItemModelTester call fetchMore()
    // from their slots, and a nested insert inside a reset or insert would corrupt them.
    bool m_changing = false;
    mutable QStringList m_strings;
    mutable QHash<QString, quint32> m_stringIds;
};

} // namespace Hookyard::Gui
