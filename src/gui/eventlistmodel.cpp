#include "gui/eventlistmodel.h"

#include "gui/displaytext.h"
#include "gui/eventsource.h"

#include <algorithm>

namespace Hookyard::Gui {

EventListModel::EventListModel(QObject *parent) : KeysetPagedModel(parent)
{
    m_strings.append(QString()); // id 0 = empty
    m_stringIds.insert(QString(), 0);
}

EventListModel::~EventListModel() = default;

void EventListModel::setSource(EventSource *source)
{
    m_source = source;
    reload();
}

void EventListModel::setQuery(const Query &query)
{
    if (query == m_query)
        return;
    m_query = query;
    reload();
}

bool EventListModel::extendSearch(const Query &query)
{
    // The same search, and the rows found before followed by older ones.
    if (!query.sameFilters(m_query) || query.rowsUpTo != m_query.rowsUpTo || !m_query.searched
        || !query.searched || query.rows.size() < m_query.rows.size()
        || !std::equal(m_query.rows.cbegin(), m_query.rows.cend(), query.rows.cbegin()))
        return false;
    m_query = query;
    // The rows shown stay (and the selection with them); the older matches come as the next
    // page, read now if the list has room, or as the view scrolls.
    expectMore();
    if (canFetchMore({}))
        fetchMore({});
    return true;
}

quint32 EventListModel::intern(const QString &text) const
{
    const auto it = m_stringIds.constFind(text);
    if (it != m_stringIds.constEnd())
        return it.value();
    const auto id = quint32(m_strings.size());
    m_strings.append(text);
    m_stringIds.insert(text, id);
    return id;
}

void EventListModel::setStripeId(Row &row, const QString &id) const
{
    if (id.size() < qsizetype(row.stripeId.size())) {
        const QByteArray latin1 = id.toLatin1();
        std::copy(latin1.cbegin(), latin1.cend(), row.stripeId.begin());
    } else {
        row.stripeIdLong = intern(id);
    }
}

QString EventListModel::stripeIdOf(const Row &row) const
{
    if (row.stripeIdLong != 0)
        return string(row.stripeIdLong);
    return QString::fromLatin1(row.stripeId.data());
}

EventListModel::Row EventListModel::fromEvent(const Storage::EventRecord &record) const
{
    Row row;
    row.id = record.row;
    row.eventRow = record.row;
    row.receivedAtMs = record.receivedAtMs;
    setStripeId(row, record.stripeId);
    row.connectorId = intern(record.connectorId);
    row.connectorName = intern(record.connectorName);
    row.connectorRemoved = record.connectorRemoved;
    row.type = intern(record.type);
    row.deliveryCount = record.deliveryCount;
    setRunCounts(row, record);
    row.thin = record.thin;
    return row;
}

void EventListModel::setRunCounts(Row &row, const Storage::EventRecord &record)
{
    const auto saturated = [](int n) {
        return quint16(qBound(0, n, 0xffff));
    };
    row.runCount = record.runCount;
    row.failedRuns = saturated(record.failedRunCount);
    row.activeRuns = saturated(record.activeRunCount);
}

QVariant EventListModel::runsText(const Row &row)
{
    if (row.runCount <= 0)
        return {};
    if (row.failedRuns > 0)
        return tr("%1 (%2 failed)").arg(row.runCount).arg(row.failedRuns);
    if (row.activeRuns > 0)
        return tr("%1 (%2 pending)").arg(row.runCount).arg(row.activeRuns);
    return row.runCount;
}

QVariant EventListModel::runsToolTip(const Row &row)
{
    if (row.runCount <= 0)
        return {};
    QStringList lines { tr("%n agent run(s) on this event.", nullptr, row.runCount) };
    if (row.failedRuns > 0)
        lines << tr("%n failed or timed out.", nullptr, row.failedRuns);
    if (row.activeRuns > 0)
        lines << tr("%n queued or running.", nullptr, row.activeRuns);
    lines << tr("Select the event to see each run's output and log.");
    return lines.join(QLatin1Char('\n'));
}

EventListModel::Row EventListModel::fromDelivery(const Storage::DeliveryRecord &record) const
{
    Row row;
    row.id = record.row;
    row.eventRow = record.eventRow;
    row.receivedAtMs = record.receivedAtMs;
    setStripeId(row, record.eventStripeId);
    row.connectorId = intern(record.connectorId);
    row.connectorName = intern(record.connectorName);
    row.connectorRemoved = record.connectorRemoved;
    row.type = intern(record.eventType);
    row.reason = intern(record.reason);
    row.httpStatus = qint16(record.httpStatus);
    row.outcome = record.outcome == QLatin1String("rejected") ? 2
        : record.outcome == QLatin1String("duplicate")        ? 1
                                                              : 0;
    if (row.outcome == 2)
        row.message = intern(record.message);
    return row;
}

QList<EventListModel::Row> EventListModel::readPage(qint64 beforeId, qint64 afterId) const
{
    QList<Row> rows;
    if (!m_source)
        return rows;
    if (m_query.mode == Mode::Events) {
        Storage::EventFilter filter;
        if (!m_query.connectorId.isEmpty())
            filter.connectorIds = { m_query.connectorId };
        if (m_query.searching && !m_query.searched)
            return rows; // the search thread answers; nothing is read here meanwhile
        filter.type = m_query.type;
        filter.text = m_query.text;
        filter.restrictToRows = m_query.searched;
        filter.rows = m_query.rows;
        filter.rowsUpTo = m_query.rowsUpTo;
        filter.beforeRow = beforeId;
        filter.afterRow = afterId;
        filter.limit = PageSize;
        const auto records = m_source->events(filter);
        rows.reserve(records.size());
        for (const auto &record : records)
            rows.append(fromEvent(record));
    } else {
        Storage::DeliveryFilter filter;
        filter.connectorId = m_query.connectorId;
        filter.outcome = m_query.mode == Mode::Rejected ? QStringLiteral("rejected")
            : m_query.mode == Mode::Duplicates          ? QStringLiteral("duplicate")
                                                        : QString(); // every outcome
        filter.beforeRow = beforeId;
        filter.afterRow = afterId;
        filter.limit = PageSize;
        const auto records = m_source->deliveries(filter);
        rows.reserve(records.size());
        for (const auto &record : records)
            rows.append(fromDelivery(record));
    }
    return rows;
}

void EventListModel::refreshEvent(qint64 eventRow)
{
    if (!m_source || m_query.mode != Mode::Events)
        return;
    const int row = rowForId(eventRow);
    if (row < 0)
        return;
    const auto record = m_source->event(eventRow);
    if (!record)
        return;
    Row &target = recordAt(row);
    target.deliveryCount = record->deliveryCount;
    setRunCounts(target, *record);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int EventListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString EventListModel::verificationText(const Row &row) const
{
    switch (row.outcome) {
    case 2:
        return tr("Rejected (%1): %2")
            .arg(row.httpStatus)
            .arg(DisplayText::rejectReason(string(row.reason)));
    case 1:
        return tr("Verified (duplicate delivery)");
    default:
        return row.thin ? tr("Verified (thin event)") : tr("Verified");
    }
}

QVariant EventListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = recordAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return DisplayText::time(row.receivedAtMs);
        case ConnectorColumn:
            return DisplayText::connectorName(string(row.connectorName), row.connectorRemoved);
        case TypeColumn:
            return string(row.type);
        case EventIdColumn:
            return stripeIdOf(row);
        case VerificationColumn:
            return verificationText(row);
        case DuplicateColumn:
            if (row.outcome == 1)
                return tr("duplicate");
            if (row.deliveryCount > 1)
                return tr("duplicate ×%1").arg(row.deliveryCount);
            return {};
        case RunsColumn:
            return runsText(row);
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TimeColumn:
            return DisplayText::dateTime(row.receivedAtMs);
        case VerificationColumn:
            return row.outcome == 2 ? string(row.message) : verificationText(row);
        case DuplicateColumn:
            return row.deliveryCount > 1
                ? tr("Stripe delivered this event %n time(s); agents ran once.", nullptr,
                     row.deliveryCount)
                : QVariant();
        case RunsColumn:
            return runsToolTip(row);
        default:
            return data(index, Qt::DisplayRole);
        }
    case RowIdRole:
        return row.id;
    case EventRowRole:
        return row.eventRow;
    case StripeIdRole:
        return stripeIdOf(row);
    case ConnectorIdRole:
        return string(row.connectorId);
    case OutcomeRole:
        return row.outcome == 2 ? QStringLiteral("rejected")
            : row.outcome == 1  ? QStringLiteral("duplicate")
                                : QStringLiteral("accepted");
    case ReasonCodeRole:
        return string(row.reason);
    case MessageRole:
        return string(row.message);
    case BadgeRole:
        if (index.column() == DuplicateColumn && (row.outcome == 1 || row.deliveryCount > 1))
            return QStringLiteral("duplicate");
        if (index.column() == VerificationColumn)
            return row.outcome == 2 ? QStringLiteral("rejected") : QStringLiteral("verified");
        if (index.column() == RunsColumn && row.runCount > 0)
            return row.failedRuns > 0 ? QStringLiteral("failed")
                : row.activeRuns > 0  ? QStringLiteral("running")
                                      : QStringLiteral("succeeded");
        return QString();
    case ReceivedAtRole:
        return row.receivedAtMs;
    default:
        break;
    }
    return {};
}

QVariant EventListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case ConnectorColumn:
        return tr("Connector");
    case TypeColumn:
        return tr("Type");
    case EventIdColumn:
        return tr("Event ID");
    case VerificationColumn:
        return tr("Verification");
    case DuplicateColumn:
        return tr("Duplicate");
    case RunsColumn:
        return tr("Agent Runs");
    }
    return {};
}

} // namespace Hookyard::Gui

// Compiled here, not in mocs_compilation.cpp, so that a test linking one class of this
// static library does not pull in every other (and the engine with them).
#include "moc_eventlistmodel.cpp"
