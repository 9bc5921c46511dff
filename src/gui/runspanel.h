#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QHBoxLayout;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace Hookyard::Engine {
class Engine;
}
namespace Hookyard::Storage {
struct RunRecord;
}

namespace Hookyard::Gui {

class EventSource;
class RunListModel;

// A list of agent runs, newest first, above the selected run's output and log (growing while it
// runs; the newest run is shown, and each new one, until the user picks one), with a Cancel button
// for a queued or running one (in the serving window only). It follows the engine's run notices
// itself. Two scopes:
// - AgentRuns, the Agents page's Runs tab: the runs of the chosen agent, or of every agent,
//   narrowed to one state if asked;
// - EventRuns, an event's Agent Runs tab: the runs of one event, without filters or an event
//   column.
class RunsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunsPanel)
public:
    enum class Scope { AgentRuns, EventRuns };

    // source must outlive the panel.
    RunsPanel(Scope scope, Engine::Engine &engine, EventSource &source, QWidget *parent = nullptr);

    // AgentRuns: the agent whose runs are listed unless "every agent" is ticked (empty: every
    // agent).
    void setAgent(const QString &agent);
    // EventRuns: the event whose runs are listed (0: none, an empty list).
    void setEvent(qint64 eventRow);
    // Reads the runs queued since and selects the newest (a run the user has just queued).
    void showNewest();
    // Adds a button beside Cancel Run.
    void addButton(QPushButton *button);
    RunListModel *model() const { return m_runs; }
    QTableView *table() const { return m_runTable; }
    QPlainTextEdit *outputView() const { return m_runOutput; }

    // The text shown for a run: what it is, its state, its output and its log.
    static QString runText(const Storage::RunRecord &run);

Q_SIGNALS:
    void message(const QString &text);

private:
    void applyFilter();
    // Selects the newest run when none is selected, or while the panel follows new runs: from
    // when the list is filled until the user picks a run (a click, the keyboard).
    void followNewest();
    void showRun();
    void cancelRun();
    void onRunChanged(qint64 runId);
    qint64 shownRunId() const; // 0: none selected
    // The output pane's placeholder: why the list is empty, or that a run can be picked.
    QString emptyText() const;

    Engine::Engine &m_engine;
    EventSource &m_source;
    QString m_agent;
    qint64 m_eventRow = 0;
    QCheckBox *m_everyAgent = nullptr; // AgentRuns only
    QComboBox *m_state = nullptr; // AgentRuns only
    RunListModel *m_runs;
    QTableView *m_runTable;
    QPlainTextEdit *m_runOutput;
    QHBoxLayout *m_buttons;
    QPushButton *m_cancelButton;
    bool m_following = true;
    bool m_selecting = false; // the panel itself is changing the selection
    bool m_shownRunFinal = false; // the shown run is in a final state: it changes no more
};

} // namespace Hookyard::Gui
