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
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Hookyard::Gui {

RunsPanel::RunsPanel(Engine::Engine &engine, EventSource &source, QWidget *parent)
    : QWidget(parent), m_engine(engine), m_source(source),
      m_everyAgent(new QCheckBox(tr("Runs of every &agent"), this)), m_state(new QComboBox(this)),
      m_runs(new RunListModel(this)), m_runTable(new QTableView(this)),
      m_runOutput(new QPlainTextEdit(this)),
      m_cancelButton(new QPushButton(Icons::get(Icons::Cancel), tr("&Cancel Run"), this))
{
    m_everyAgent->setObjectName(QStringLiteral("everyAgentRunsCheck"));
    m_state->setObjectName(QStringLiteral("runStateFilter"));
    m_runTable->setObjectName(QStringLiteral("agentRunTable"));
    m_runOutput->setObjectName(QStringLiteral("agentRunOutput"));
    m_cancelButton->setObjectName(QStringLiteral("cancelRunButton"));

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

    setUpRunTable(m_runTable, m_runs);
    m_runOutput->setReadOnly(true);
    m_runOutput->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_runOutput->setPlaceholderText(tr("Select a run to read its output and log."));
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_runTable);
    splitter->addWidget(m_runOutput);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_cancelButton, 0, Qt::AlignLeft);
    m_cancelButton->setEnabled(false);

    m_runs->setSource(&m_source);
    connect(m_everyAgent, &QCheckBox::toggled, this, &RunsPanel::applyFilter);
    connect(m_state, &QComboBox::currentIndexChanged, this, &RunsPanel::applyFilter);
    connect(m_runTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RunsPanel::showRun);
    connect(m_cancelButton, &QPushButton::clicked, this, &RunsPanel::cancelRun);
    connect(&engine, &Engine::Engine::runStarted, this, &RunsPanel::onRunChanged);
    // Printing changes only the text: nothing to read unless the run is the one shown.
    connect(&engine, &Engine::Engine::runProgress, this, [this](qint64 runId) {
        if (shownRunId() == runId)
            showRun();
    });
    connect(&engine, &Engine::Engine::runFinished, this,
            [this](qint64 runId, const QString &) { onRunChanged(runId); });
    // A read-only window follows the runs of the serving process.
    connect(&engine, &Engine::Engine::databaseChanged, this, [this] {
        m_runs->refreshNew();
        if (shownRunId() != 0)
            showRun();
    });
}

void RunsPanel::setAgent(const QString &agent)
{
    m_agent = agent;
    applyFilter();
}

void RunsPanel::applyFilter()
{
    Storage::RunFilter filter;
    if (!m_everyAgent->isChecked())
        filter.agent = m_agent;
    filter.state = m_state->currentData().toString();
    m_runs->setFilter(filter);
    if (m_runs->rowCount() > 0)
        m_runTable->selectRow(0);
    else
        showRun();
}

void RunsPanel::showRun()
{
    const QModelIndex current = m_runTable->currentIndex();
    m_cancelButton->setEnabled(false);
    const auto run = current.isValid()
        ? m_source.run(current.data(RunListModel::RunIdRole).toLongLong())
        : std::nullopt;
    if (!run) {
        m_runOutput->clear();
        return;
    }
    QString text = tr("Run %1 of %2 on %3 (%4), attempt %5")
                       .arg(run->id)
                       .arg(run->agent, run->eventStripeId, run->eventType)
                       .arg(run->attempt)
        + u'\n';
    if (run->state == QLatin1String(Storage::RunStates::Running))
        text += stillRunningNote() + u'\n';
    if (!run->error.isEmpty())
        text += tr("Error: %1").arg(run->error) + u'\n';
    text += u'\n' + tr("── Output ──") + u'\n' + QString::fromUtf8(run->output);
    if (!run->log.isEmpty())
        text += u'\n' + tr("── Log ──") + u'\n' + QString::fromUtf8(run->log);
    setRunText(m_runOutput, text);
    m_cancelButton->setEnabled(m_engine.scheduler() && !Storage::RunStates::isFinal(run->state));
    m_runs->updateRun(*run); // its row, from the same read
}

qint64 RunsPanel::shownRunId() const
{
    const QModelIndex current = m_runTable->currentIndex();
    return current.isValid() ? current.data(RunListModel::RunIdRole).toLongLong() : 0;
}

void RunsPanel::cancelRun()
{
    const QModelIndex current = m_runTable->currentIndex();
    auto *scheduler = m_engine.scheduler();
    if (!current.isValid() || !scheduler)
        return;
    const qint64 id = current.data(RunListModel::RunIdRole).toLongLong();
    if (!scheduler->cancel(id))
        Q_EMIT message(tr("Run %1 already finished").arg(id));
    showRun();
}

void RunsPanel::onRunChanged(qint64 runId)
{
    if (shownRunId() == runId)
        showRun(); // reads it once, for the text and its row
    else
        m_runs->refreshRun(runId);
}

} // namespace Hookyard::Gui

// Compiled here, not in mocs_compilation.cpp, so that a test linking one class of this
// static library does not pull in every other (and the engine with them).
#include "moc_runspanel.cpp"
