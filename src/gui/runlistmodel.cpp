#include "gui/runlistmodel.h"

#include "gui/displaytext.h"
#include "gui/eventsource.h"

namespace Hookyard::Gui {

RunListModel::RunListModel(QObject *parent) : KeysetPagedModel(parent) { }

RunListModel::~RunListModel() = default;

void RunListModel::setSource(EventSource *source)
{
    m_source = source;
    reload();
}

bool RunListModel::setFilter(const Storage::RunFilter &filter)
{
    if (filter.agent == m_filter.agent && filter.eventRow == m_filter.eventRow
        && filter.state == m_filter.state)
        return false;
    m_filter.agent = filter.agent;
    m_filter.eventRow = filter.eventRow;
    m_filter.state = filter.state;
    reload();
    return true;
}

QList<Storage::RunRecord> RunListModel::readPage(qint64 beforeId, qint64 afterId) const
{
    // eventRow < 0: "no event selected", an empty list without asking the database.
    if (!m_source || m_filter.eventRow < 0)
        return {};
    Storage::RunFilter filter = m_filter;
    filter.beforeId = beforeId;
    filter.afterId = afterId;
    filter.limit = PageSize;
    return m_source->runs(filter);
}

void RunListModel::refreshRun(qint64 runId)
{
    if (!m_source || m_filter.eventRow < 0)
        return;
    const int row = rowForId(runId);
    if (row < 0 && (rowCount() == 0 || runId > runAt(0).id)) {
        refreshNew(); // newer than every row shown: read them all, in case of a gap
        return;
    }
    if (row < 0 && m_filter.state.isEmpty())
        return; // an older run not listed: only a change of state can bring it in
    auto run = runSummary(*m_source, runId); // a row needs no output
    if (!run)
        return;
    if (!matches(*run)) {
        removeRecordAt(row); // it left the state the list is narrowed to
        return;
    }
    if (row >= 0)
        updateRun(std::move(*run));
    else
        insertRecord(*run); // it entered the state the list is narrowed to
}

bool RunListModel::matches(const Storage::RunRecord &run) const
{
    return (m_filter.agent.isEmpty() || run.agent == m_filter.agent)
        && (m_filter.eventRow == 0 || run.eventRow == m_filter.eventRow)
        && (m_filter.state.isEmpty() || run.state == m_filter.state);
}

void RunListModel::updateRun(Storage::RunRecord run)
{
    const int row = rowForId(run.id);
    if (row < 0)
        return;
    // The list keeps rows light: drop what only the detail view shows.
    run.output.clear();
    run.log.clear();
    recordAt(row) = std::move(run);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

QString RunListModel::stateText(const QString &state, bool manual)
{
    return manual ? tr("%1 (manual)").arg(DisplayText::runState(state))
                  : DisplayText::runState(state);
}

int RunListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Storage::RunRecord &run = recordAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case IdColumn:
            return run.id;
        case AgentColumn:
            return run.agent;
        case EventColumn:
            return run.eventType.isEmpty()
                ? run.eventStripeId
                : run.eventType + QStringLiteral(" · ") + run.eventStripeId;
        case StateColumn:
            return stateText(run.state, run.manual);
        case AttemptColumn:
            return run.attempt;
        case ExitCodeColumn:
            return run.exitCode ? QVariant(*run.exitCode) : QVariant();
        case DurationColumn:
            if (run.startedAtMs > 0 && run.finishedAtMs >= run.startedAtMs)
                return DisplayText::duration(run.finishedAtMs - run.startedAtMs);
            return {};
        case QueuedColumn:
            return DisplayText::time(run.queuedAtMs);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == StateColumn && !run.error.isEmpty())
            return run.error;
        if (index.column() == QueuedColumn)
            return DisplayText::dateTime(run.queuedAtMs);
        return data(index, Qt::DisplayRole);
    case Qt::TextAlignmentRole:
        if (index.column() == IdColumn || index.column() == AttemptColumn
            || index.column() == ExitCodeColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case RunIdRole:
        return run.id;
    case StateRole:
        return run.state;
    case EventRowRole:
        return run.eventRow;
    case AgentRole:
        return run.agent;
    default:
        break;
    }
    return {};
}

QVariant RunListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("Run");
    case AgentColumn:
        return tr("Agent");
    case EventColumn:
        return tr("Event");
    case StateColumn:
        return tr("State");
    case AttemptColumn:
        return tr("Attempt");
    case ExitCodeColumn:
        return tr("Exit Code");
    case DurationColumn:
        return tr("Duration");
    case QueuedColumn:
        return tr("Queued");
    }
    return {};
}

} // namespace Hookyard::Gui

// Compiled here, not in mocs_compilation.cpp, so that a test linking one class of this
// static library does not pull in every other (and the engine with them).
#include "moc_runlistmodel.cpp"
