#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace Hookyard::Engine {
class Engine;
}

namespace Hookyard::Gui {

class EventSource;
class RunListModel;

// The Agents page's Runs tab: the runs of the chosen agent, or of every agent, newest first,
// narrowed to one state if asked; the selected run's output and log, growing while it runs; and
// a Cancel button for a queued or running one (in the serving window only).
class RunsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunsPanel)
public:
    // source must outlive the panel.
    RunsPanel(Engine::Engine &engine, EventSource &source, QWidget *parent = nullptr);

    // The agent whose runs are listed unless "every agent" is ticked (empty: every agent).
    void setAgent(const QString &agent);
    RunListModel *model() const { return m_runs; }

Q_SIGNALS:
    void message(const QString &text);

private:
    void applyFilter();
    void showRun();
    void cancelRun();
    void onRunChanged(qint64 runId);
    qint64 shownRunId() const; // 0: none selected

    Engine::Engine &m_engine;
    EventSource &m_source;
    QString m_agent;
    QCheckBox *m_everyAgent;
    QComboBox *m_state;
    RunListModel *m_runs;
    QTableView *m_runTable;
    QPlainTextEdit *m_runOutput;
    QPushButton *m_cancelButton;
};

} // namespace Hookyard::Gui
