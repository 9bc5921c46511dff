#pragma once

#include "gui/keysetpagedmodel.h"
#include "storage/runrepository.h"

#include <QList>

namespace Hookyard::Gui {

class EventSource;

// Agent runs, newest first, paged by run id like the events (KeysetPagedModel). Filtered by
// agent and/or event in the database. Output and log are not held here: the detail view reads
// one run with EventSource::run().
class RunListModel final : public KeysetPagedModel<Storage::RunRecord>
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

    explicit RunListModel(QObject *parent = nullptr);
    ~RunListModel() override;

    // Not owned; must outlive the model.
    void setSource(EventSource *source);
    // Only agent, eventRow and state are used; reloads when changed, and returns whether it did.
    bool setFilter(const Storage::RunFilter &filter);
    Storage::RunFilter filter() const { return m_filter; }
    // A run changed: its row is read again. A run newer than every row shown brings the newer
    // runs with it. In a list narrowed to a state, a run that left the state goes, and one that
    // entered it comes at its place.
    void refreshRun(qint64 runId);
    // Replaces the row of this run with a record already read (a view showing the run has just
    // read it whole); its output and log are not kept in the list. The row stays even when the
    // run left the filtered state: the user is reading it. No row: nothing happens.
    void updateRun(Storage::RunRecord run);
    // The State column's text: "Failed", "Failed (manual)".
    static QString stateText(const QString &state, bool manual);
    // Whether the run belongs in the list as filtered.
    bool matches(const Storage::RunRecord &run) const;
    Storage::RunRecord runAt(int row) const { return recordAt(row); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Storage::RunRecord> readPage(qint64 beforeId, qint64 afterId) const override;
    qint64 idOf(const Storage::RunRecord &run) const override { return run.id; }

    EventSource *m_source = nullptr;
    Storage::RunFilter m_filter;
};

} // namespace Hookyard::Gui
