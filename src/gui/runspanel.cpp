#include "gui/runspanel.h"

#include "agents/runscheduler.h"
#include "engine/engine.h"
#include "gui/displaytext.h"
#include "gui/eventsource.h"
#include "gui/icons.h"
#include "gui/runlistmodel.h"
#include "gui/runtable.h"
#include "storage/runrepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Hookyard::Gui {

RunsPanel::RunsPanel(Scope scope, Engine::Engine &engine, EventSource &source, QWidget *parent)
    : QWidget(parent), m_engine(engine), m_source(source), m_runs(new RunListModel(this)),
      m_runTable(new QTableView(this)), m_runOutput(new QPlainTextEdit(this)),
      m_buttons(new QHBoxLayout),
      m_cancelButton(new QPushButton(Icons::get(Icons::Cancel), tr("&Cancel Run"), this))
{
    auto *layout = new QVBoxLayout(this);
    if (scope == Scope::AgentRuns) {
        m_runTable->setObjectName(QStringLiteral("agentRunTable"));
        m_runOutput->setObjectName(QStringLiteral("agentRunOutput"));
        m_cancelButton->setObjectName(QStringLiteral("cancelRunButton"));
        m_everyAgent = new QCheckBox(tr("Runs of every &agent"), this);
        m_everyAgent->setObjectName(QStringLiteral("everyAgentRunsCheck"));
        m_state = new QComboBox(this);
        m_state->setObjectName(QStringLiteral("runStateFilter"));
        m_state->addItem(tr("All states"), QString());
        for (const QString &state : Storage::RunStates::all())
            m_state->addItem(DisplayText::runState(state), state);
        auto *stateLabel = new QLabel(tr("&State:"), this);
        stateLabel->setBuddy(m_state);
        auto *filters = new QHBoxLayout;
        filters->addWidget(m_everyAgent);
        filters->addSpacing(12);
        filters->addWidget(stateLabel);
        filters->addWidget(m_state);
        filters->addStretch(1);
        layout->addLayout(filters);
        connect(m_everyAgent, &QCheckBox::toggled, this, &RunsPanel::applyFilter);
        connect(m_state, &QComboBox::currentIndexChanged, this, &RunsPanel::applyFilter);
    } else {
        m_runTable->setObjectName(QStringLiteral("eventRunTable"));
        m_runOutput->setObjectName(QStringLiteral("eventRunOutput"));
        m_cancelButton->setObjectName(QStringLiteral("cancelEventRunButton"));
        m_eventRow = -1; // no event yet: an empty list without asking the database
    }

    setUpRunTable(m_runTable, m_runs);
    if (scope == Scope::EventRuns) {
        // The event is the one shown above; the agent's name takes the room its column had.
        m_runTable->setColumnHidden(RunListModel::EventColumn, true);
        m_runTable->horizontalHeader()->setSectionResizeMode(RunListModel::AgentColumn,
                                                             QHeaderView::Stretch);
    }
    m_runOutput->setReadOnly(true);
    m_runOutput->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_runTable);
    splitter->addWidget(m_runOutput);
    layout->addWidget(splitter, 1);
    m_buttons->addWidget(m_cancelButton);
    m_buttons->addStretch(1);
    layout->addLayout(m_buttons);
    m_cancelButton->setEnabled(false);

    // A run the user picks stays shown; until then the panel shows the newest (followNewest).
    connect(m_runTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        if (!m_selecting)
            m_following = false;
        showRun();
    });
    connect(m_runTable, &QAbstractItemView::pressed, this, [this] { m_following = false; });
    connect(m_cancelButton, &QPushButton::clicked, this, &RunsPanel::cancelRun);
    applyFilter(); // before the source: the first read is the filtered one
    m_runs->setSource(&m_source);
    followNewest();
    connect(&engine, &Engine::Engine::runStarted, this, &RunsPanel::onRunChanged);
    // Printing changes only the text: nothing to read unless the run is the one shown.
    connect(&engine, &Engine::Engine::runProgress, this, [this](qint64 runId) {
        if (shownRunId() == runId)
            showRun();
    });
    connect(&engine, &Engine::Engine::runFinished, this,
            [this](qint64 runId, const QString &) { onRunChanged(runId); });
    // A read-only window follows the runs of the serving process. A finished run never changes:
    // its output (up to twice the output cap) is not read again at each change (up to 10 a
    // second under load).
    connect(&engine, &Engine::Engine::databaseChanged, this, [this] {
        m_runs->refreshNew();
        if (shownRunId() != 0 && !m_shownRunFinal)
            showRun();
        followNewest();
    });
}

void RunsPanel::setAgent(const QString &agent)
{
    m_agent = agent;
    applyFilter();
}

void RunsPanel::setEvent(qint64 eventRow)
{
    m_eventRow = eventRow > 0 ? eventRow : -1;
    applyFilter();
}

void RunsPanel::showNewest()
{
    m_runs->refreshNew();
    m_following = true;
    followNewest();
}

void RunsPanel::addButton(QPushButton *button)
{
    m_buttons->insertWidget(m_buttons->count() - 1, button);
}

void RunsPanel::applyFilter()
{
    Storage::RunFilter filter;
    if (m_everyAgent && !m_everyAgent->isChecked())
        filter.agent = m_agent;
    if (m_state)
        filter.state = m_state->currentData().toString();
    filter.eventRow = m_eventRow;
    // A new filter resets the list, and the selection with it: show its newest run, and the
    // next ones.
    if (m_runs->setFilter(filter))
        m_following = true;
    followNewest();
    if (shownRunId() == 0)
        showRun(); // nothing to select: the text goes
}

void RunsPanel::followNewest()
{
    if (m_runs->rowCount() == 0)
        return;
    const qint64 shown = shownRunId();
    if ((shown != 0 && !m_following) || shown == m_runs->runAt(0).id)
        return;
    const QScopedValueRollback guard(m_selecting, true);
    m_runTable->selectRow(0);
}

QString RunsPanel::runText(const Storage::RunRecord &run)
{
    QString text = tr("Run %1 of %2 on %3 (%4), attempt %5")
                       .arg(run.id)
                       .arg(run.agent, run.eventStripeId, run.eventType)
                       .arg(run.attempt)
        + u'\n';
    if (run.state == QLatin1String(Storage::RunStates::Running))
        text += stillRunningNote() + u'\n';
    if (!run.error.isEmpty())
        text += tr("Error: %1").arg(run.error) + u'\n';
    text += u'\n'
        + tr("── Output (standard output)%1 ──")
              .arg(run.outputTruncated ? tr(", cut at the cap") : QString())
        + u'\n' + QString::fromUtf8(run.output);
    if (!run.log.isEmpty())
        text += u'\n'
            + tr("── Log (standard error)%1 ──")
                  .arg(run.logTruncated ? tr(", cut at the cap") : QString())
            + u'\n' + QString::fromUtf8(run.log);
    return text;
}

void RunsPanel::showRun()
{
    const qint64 id = shownRunId();
    m_cancelButton->setEnabled(false);
    const auto run = id != 0 ? m_source.run(id) : std::nullopt;
    m_shownRunFinal = run && Storage::RunStates::isFinal(run->state);
    if (!run) {
        m_runOutput->clear();
        m_runOutput->setPlaceholderText(emptyText());
        return;
    }
    setRunText(m_runOutput, runText(*run));
    m_cancelButton->setEnabled(m_engine.scheduler() && !Storage::RunStates::isFinal(run->state));
    m_runs->updateRun(*run); // its row, from the same read
}

QString RunsPanel::emptyText() const
{
    if (m_runs->rowCount() > 0)
        return tr("Select a run to read its output and log.");
    if (!m_everyAgent) { // an event's runs
        if (m_eventRow < 0)
            return tr("Agents run on verified events only.");
        return tr("No agent has run on this event. An agent starts when an event arrives that "
                  "its events and connectors lists match; Run Agent on This Event… starts one "
                  "now.");
    }
    if (m_state && !m_state->currentData().toString().isEmpty())
        return tr("No run is in the state “%1”.").arg(m_state->currentText());
    if (!m_everyAgent->isChecked() && !m_agent.isEmpty())
        return tr("%1 has not run yet. It runs when an event arrives that its events and "
                  "connectors lists match, or from an event's Agent Runs tab.")
            .arg(m_agent);
    return tr("No agent has run yet.");
}

qint64 RunsPanel::shownRunId() const
{
    const QModelIndex current = m_runTable->currentIndex();
    return current.isValid() ? current.data(RunListModel::RunIdRole).toLongLong() : 0;
}

void RunsPanel::cancelRun()
{
    const qint64 id = shownRunId();
    auto *scheduler = m_engine.scheduler();
    if (id == 0 || !scheduler)
        return;
    if (!scheduler->cancel(id))
        Q_EMIT message(tr("Run %1 already finished").arg(id));
    showRun();
}

void RunsPanel::onRunChanged(qint64 runId)
{
    if (shownRunId() == runId) {
        showRun(); // reads it once, for the text and its row
        return;
    }
    m_runs->refreshRun(runId);
    followNewest();
}

} // namespace Hookyard::Gui

// Compiled here, not in mocs_compilation.cpp, so that a test linking one class of this
// static library does not pull in every other (and the engine with them).
#include "moc_runspanel.cpp"
