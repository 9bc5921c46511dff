#pragma once

#include "storage/runrepository.h"

#include <QAbstractTableModel>
#include <QList>

namespace Hookyard::Gui {

class EventSource;

// Agent runs, newest first, paged by run id like the events (canFetchMore/fetchMore). Filtered
// by agent and/or event in the database. Output and log are not held here: the detail view reads
// one run with EventSource::run().
class RunListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunListModel)
public:
    enum Column {
        IdColumn,
        AgentColumn,
        EventColumn,
        StateColumn,
        AttemptColumn,
        ExitCodeColumn,
        DurationColumn,
        QueuedColumn,
        ColumnCount
    };
    enum Role {
        RunIdRole = Qt::UserRole + 1,
        StateRole, // the state code: queued | running | succeeded | failed | ...
        EventRowRole,
        AgentRole,
    };

    static constexpr int PageSize = 200;

    explicit RunListModel(QObject *parent = nullptr);
    ~RunListModel() override;

    // Not owned; must outlive the model.
    void setSource(EventSource *source);
    // Only agent, eventRow and state are used; reloads when changed.
    void setFilter(const Storage::RunFilter &filter);
    Storage::RunFilter filter() const { return m_filter; }
    void reload();
    int refreshNew();
    // Re-reads one run (its state changed); a run not shown yet is picked up by refreshNew().
    void refreshRun(qint64 runId);
    int rowForId(qint64 id) const;
    Storage::RunRecord runAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    QList<Storage::RunRecord> readPage(qint64 beforeId, qint64 afterId) const;

    EventSource *m_source = nullptr;
    Storage::RunFilter m_filter;
    QList<Storage::RunRecord> m_rows;
    bool m_atEnd = true;
    // True while the model emits a change: views and QAbstractItemModelTester call fetchMore()
    // from their slots, and a nested insert inside a reset or insert would corrupt them.
    bool m_changing = false;
};

} // namespace Hookyard::Gui
