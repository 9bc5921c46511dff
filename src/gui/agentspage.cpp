#include "gui/agentspage.h"

#include "agents/agentcatalog.h"
#include "agents/agentexamples.h"
#include "agents/agentspecreader.h"
#include "agents/runscheduler.h"
#include "engine/engine.h"
#include "gui/agentconnectorsdialog.h"
#include "gui/displaytext.h"
#include "gui/elidedlabel.h"
#include "gui/eventsource.h"
#include "gui/icons.h"
#include "gui/runlistmodel.h"
#include "gui/runtable.h"
#include "gui/yamlhighlighter.h"
#include "storage/runrepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Hookyard::Gui {

namespace {
bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}
} // namespace

AgentsPage::AgentsPage(Engine::Engine &engine, QWidget *parent)
    : QWidget(parent), m_engine(engine),
      m_source(std::make_unique<DatabaseEventSource>(engine.database())),
      m_list(new QListWidget(this)),
      m_newButton(new QPushButton(Icons::get(Icons::Add), tr("New from &Example"), this)),
      m_fileLabel(new QLabel(this)), m_connectorsLabel(new ElidedLabel(this)),
      m_connectorsButton(new QPushButton(tr("Co&nnectors…"), this)),
      m_editor(new QPlainTextEdit(this)),
      m_highlighter(new YamlHighlighter(m_editor->document(), isDark(palette()))),
      m_validation(new QLabel(this)),
      m_saveButton(new QPushButton(Icons::get(Icons::Save), tr("&Save Agent"), this)),
      m_runs(new RunListModel(this)), m_runTable(new QTableView(this)),
      m_runOutput(new QPlainTextEdit(this)),
      m_cancelButton(new QPushButton(Icons::get(Icons::Cancel), tr("&Cancel Run"), this)),
      m_validateTimer(new QTimer(this))
{
    m_list->setObjectName(QStringLiteral("agentList"));
    m_newButton->setObjectName(QStringLiteral("newAgentButton"));
    m_editor->setObjectName(QStringLiteral("agentEditor"));
    m_fileLabel->setObjectName(QStringLiteral("agentFileLabel"));
    m_connectorsLabel->setObjectName(QStringLiteral("agentConnectorsLabel"));
    m_connectorsButton->setObjectName(QStringLiteral("agentConnectorsButton"));
    m_validation->setObjectName(QStringLiteral("agentValidation"));
    m_saveButton->setObjectName(QStringLiteral("saveAgentButton"));
    m_runTable->setObjectName(QStringLiteral("agentRunTable"));
    m_runOutput->setObjectName(QStringLiteral("agentRunOutput"));
    m_cancelButton->setObjectName(QStringLiteral("cancelRunButton"));

    auto *examples = new QMenu(m_newButton);
    for (const auto &example : Agents::AgentExamples::all()) {
        QAction *action = examples->addAction(example.title, this,
                                              [this, id = example.id] { newFromExample(id); });
        action->setToolTip(example.description);
    }
    examples->setToolTipsVisible(true);
    m_newButton->setMenu(examples);
    m_newButton->setEnabled(!engine.isReadOnly());

    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_editor->setFont(mono);
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_editor->setTabChangesFocus(true);
    m_editor->setPlaceholderText(tr("Select an agent, or start from an example."));
    m_validation->setWordWrap(true);
    m_validation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_saveButton->setEnabled(false);
    m_connectorsButton->setEnabled(false);
    m_validateTimer->setSingleShot(true);
    m_validateTimer->setInterval(300);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_newButton);
    leftLayout->addWidget(m_list, 1);

    auto *editorPage = new QWidget(this);
    auto *editorLayout = new QVBoxLayout(editorPage);
    editorLayout->addWidget(m_fileLabel);
    auto *connectorsRow = new QHBoxLayout;
    connectorsRow->addWidget(m_connectorsLabel, 1);
    connectorsRow->addWidget(m_connectorsButton);
    editorLayout->addLayout(connectorsRow);
    editorLayout->addWidget(m_editor, 1);
    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(m_validation, 1);
    saveRow->addWidget(m_saveButton);
    editorLayout->addLayout(saveRow);

    setUpRunTable(m_runTable, m_runs);
    m_runOutput->setReadOnly(true);
    m_runOutput->setFont(mono);
    m_runOutput->setPlaceholderText(tr("Select a run to read its output and log."));
    auto *runsPage = new QWidget(this);
    auto *runsLayout = new QVBoxLayout(runsPage);
    auto *runSplitter = new QSplitter(Qt::Vertical, runsPage);
    runSplitter->addWidget(m_runTable);
    runSplitter->addWidget(m_runOutput);
    runsLayout->addWidget(runSplitter, 1);
    runsLayout->addWidget(m_cancelButton, 0, Qt::AlignLeft);
    m_cancelButton->setEnabled(false);

    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("agentTabs"));
    tabs->addTab(editorPage, tr("&Definition"));
    tabs->addTab(runsPage, tr("&Runs"));

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(tabs);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 240, 800 });
    splitter->setChildrenCollapsible(false);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(splitter);

    m_runs->setSource(m_source.get());
    connect(m_list, &QListWidget::currentRowChanged, this, &AgentsPage::showAgent);
    connect(m_editor, &QPlainTextEdit::textChanged, m_validateTimer, qOverload<>(&QTimer::start));
    connect(m_validateTimer, &QTimer::timeout, this, &AgentsPage::validate);
    connect(m_saveButton, &QPushButton::clicked, this, &AgentsPage::save);
    connect(m_connectorsButton, &QPushButton::clicked, this, &AgentsPage::editConnectors);
    connect(m_editor->document(), &QTextDocument::modificationChanged, this,
            &AgentsPage::updateConnectorsButton);
    connect(m_runTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AgentsPage::showRun);
    connect(m_cancelButton, &QPushButton::clicked, this, &AgentsPage::cancelRun);
    if (auto *catalog = engine.agents())
        connect(catalog, &Agents::AgentCatalog::changed, this, &AgentsPage::reloadList);
    connect(&engine, &Engine::Engine::runStarted, this, &AgentsPage::onRunChanged);
    connect(&engine, &Engine::Engine::runProgress, this, &AgentsPage::onRunChanged);
    // A read-only window follows the runs of the serving process.
    connect(&engine, &Engine::Engine::databaseChanged, this, [this] {
        if (const QModelIndex current = m_runTable->currentIndex(); current.isValid())
            onRunChanged(current.data(RunListModel::RunIdRole).toLongLong());
    });
    connect(&engine, &Engine::Engine::runFinished, this,
            [this](qint64 runId, const QString &) { onRunChanged(runId); });
    reloadList();
}

AgentsPage::~AgentsPage()
{
    m_runs->setSource(nullptr);
}

void AgentsPage::reloadList()
{
    auto *catalog = m_engine.agents();
    const QString current = m_filePath;
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    if (!catalog)
        return;
    int select = -1;
    for (const auto &entry : catalog->entries()) {
        const QString name =
            entry.spec.name.isEmpty() ? QFileInfo(entry.filePath).fileName() : entry.spec.name;
        auto *item =
            new QListWidgetItem(Icons::get(entry.isOk() ? Icons::Ok : Icons::Error), name, m_list);
        item->setData(Qt::UserRole, entry.filePath);
        item->setToolTip(entry.isOk() ? tr("Loaded from %1").arg(entry.filePath)
                                      : tr("Not loaded: %1").arg(entry.error));
        if (!entry.isOk())
            item->setText(tr("%1 — error, %2").arg(name, DisplayText::message(entry.error)));
        if (entry.filePath == current)
            select = m_list->count() - 1;
    }
    if (select < 0 && m_list->count() > 0 && current.isEmpty())
        select = 0;
    m_list->setCurrentRow(select);
    if (select >= 0 && m_list->item(select)->data(Qt::UserRole).toString() != current)
        showAgent();
    else if (select >= 0) {
        // Already this agent's file (one just added from an example, say): its path and text,
        // which may have changed (another editor, the linking dialogs).
        m_fileLabel->setText(m_filePath);
        reloadEditor();
    }
}

void AgentsPage::reloadEditor()
{
    if (m_filePath.isEmpty() || m_editor->document()->isModified())
        return;
    QFile file(m_filePath);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QString text = QString::fromUtf8(file.readAll());
    if (text == m_editor->toPlainText())
        return;
    {
        const QSignalBlocker blocker(m_editor);
        m_editor->setPlainText(text);
        m_editor->document()->setModified(false);
    }
    validate();
    m_saveButton->setEnabled(false);
}

void AgentsPage::showAgent()
{
    QListWidgetItem *item = m_list->currentItem();
    m_filePath = item ? item->data(Qt::UserRole).toString() : QString();
    QFile file(m_filePath);
    const QSignalBlocker blocker(m_editor);
    if (!m_filePath.isEmpty() && file.open(QIODevice::ReadOnly))
        m_editor->setPlainText(QString::fromUtf8(file.readAll()));
    else
        m_editor->clear();
    m_editor->document()->setModified(false);
    m_fileLabel->setText(m_filePath);
    validate();
    m_saveButton->setEnabled(false);
    Storage::RunFilter filter;
    if (auto *catalog = m_engine.agents()) {
        for (const auto &entry : catalog->entries()) {
            if (entry.filePath == m_filePath)
                filter.agent = entry.spec.name;
        }
    }
    m_runs->setFilter(filter);
    if (m_runs->rowCount() > 0)
        m_runTable->selectRow(0);
}

void AgentsPage::validate()
{
    const QString text = m_editor->toPlainText();
    m_editorValid = false;
    m_connectorsLabel->clear();
    m_connectorsLabel->setToolTip(QString());
    updateConnectorsButton();
    if (text.trimmed().isEmpty()) {
        m_validation->clear();
        m_highlighter->setErrorLine(-1);
        m_saveButton->setEnabled(false);
        return;
    }
    const QString path = m_filePath.isEmpty()
        ? Agents::AgentCatalog::agentsDirOf(m_engine.dataDir()) + QStringLiteral("/new.yaml")
        : m_filePath;
    const auto result = Agents::AgentSpecReader::parse(text.toUtf8(), path);
    const auto errors = result.errors();
    if (!errors.isEmpty()) {
        const auto &first = errors.constFirst();
        m_highlighter->setErrorLine(first.line - 1);
        m_validation->setText(tr("✗ Line %1, column %2: %3")
                                  .arg(first.line)
                                  .arg(first.column)
                                  .arg(DisplayText::message(first.message)));
    } else {
        m_highlighter->setErrorLine(-1);
        const auto warnings = result.warnings();
        m_validation->setText(warnings.isEmpty()
                                  ? tr("✓ Valid agent “%1”").arg(result.spec.name)
                                  : tr("✓ Valid, with a warning: line %1: %2")
                                        .arg(warnings.constFirst().line)
                                        .arg(DisplayText::message(warnings.constFirst().message)));
    }
    m_saveButton->setEnabled(errors.isEmpty() && !m_engine.isReadOnly());
    m_editorValid = errors.isEmpty();
    if (m_editorValid) {
        m_connectorsLabel->setText(
            result.spec.connectors.isEmpty()
                ? tr("Runs for: all connectors")
                : tr("Runs for: %1").arg(result.spec.connectors.join(QStringLiteral(", "))));
        m_connectorsLabel->setToolTip(m_connectorsLabel->text());
    }
    updateConnectorsButton();
}

void AgentsPage::updateConnectorsButton()
{
    // The dialog writes the file itself: unsaved edits in the editor would then either hide the
    // change or, once saved, undo it. Save or undo them first.
    const bool modified = m_editor->document()->isModified();
    m_connectorsButton->setEnabled(!m_filePath.isEmpty() && m_editorValid && !modified
                                   && !m_engine.isReadOnly());
    m_connectorsButton->setToolTip(
        modified ? tr("Save or undo your edits first: this changes the file itself")
                 : tr("Choose the connectors whose events start this agent; only the file's "
                      "“connectors” key changes"));
}

void AgentsPage::editConnectors()
{
    if (!m_connectorsButton->isEnabled())
        return;
    const auto read = Agents::AgentSpecReader::parse(m_editor->toPlainText().toUtf8(), m_filePath);
    if (!read.ok())
        return;
    auto *dialog = new AgentConnectorsDialog(read.spec, m_engine.connectors(), this);
    dialog->setObjectName(QStringLiteral("agentConnectorsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AgentConnectorsDialog::saved, this,
            [this, name = read.spec.name](bool changed) {
                if (!changed)
                    return;
                reloadEditor(); // now, not at the catalog's next reload
                Q_EMIT message(tr("Connectors of %1 saved").arg(name));
            });
    dialog->open();
}

void AgentsPage::save()
{
    const QString text = m_editor->toPlainText();
    QString path = m_filePath;
    if (path.isEmpty()) {
        const auto result = Agents::AgentSpecReader::parse(text.toUtf8(), QString());
        if (!Agents::AgentSpecReader::isValidName(result.spec.name)) {
            m_validation->setText(tr("Give the agent a name (letters, digits, '.', '_', '-')."));
            return;
        }
        const QString dir = Agents::AgentCatalog::agentsDirOf(m_engine.dataDir());
        QDir().mkpath(dir);
        path = dir + u'/' + result.spec.name + QStringLiteral(".yaml");
    }
    // Written atomically: the catalog watches the folder and must never read half a file.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        m_validation->setText(tr("Could not save %1: %2").arg(path, file.errorString()));
        return;
    }
    m_filePath = path;
    m_saveButton->setEnabled(false);
    m_editor->document()->setModified(false);
    Q_EMIT message(tr("Agent saved to %1").arg(path));
}

void AgentsPage::newFromExample(const QString &id)
{
    const auto example = Agents::AgentExamples::find(id);
    if (!example)
        return;
    QString error;
    const QString path = Agents::AgentExamples::install(
        *example, Agents::AgentCatalog::agentsDirOf(m_engine.dataDir()), false, &error);
    if (path.isEmpty()) {
        Q_EMIT message(error);
        return;
    }
    m_filePath = path;
    reloadList(); // the catalog also reloads on its own when it notices the file
    Q_EMIT message(tr("Example %1 added: edit it, then save").arg(example->title));
}

void AgentsPage::showRun()
{
    const QModelIndex current = m_runTable->currentIndex();
    m_cancelButton->setEnabled(false);
    if (!current.isValid()) {
        m_runOutput->clear();
        return;
    }
    const auto run = m_source->run(current.data(RunListModel::RunIdRole).toLongLong());
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
    m_cancelButton->setEnabled(
        m_engine.scheduler()
        && (run->state == QLatin1String("queued") || run->state == QLatin1String("running")));
}

void AgentsPage::cancelRun()
{
    const QModelIndex current = m_runTable->currentIndex();
    auto *scheduler = m_engine.scheduler();
    if (!current.isValid() || !scheduler)
        return;
    const qint64 id = current.data(RunListModel::RunIdRole).toLongLong();
    if (!scheduler->cancel(id))
        Q_EMIT message(tr("Run %1 already finished").arg(id));
    m_runs->refreshRun(id);
    showRun();
}

void AgentsPage::onRunChanged(qint64 runId)
{
    if (m_runs->rowForId(runId) >= 0)
        m_runs->refreshRun(runId);
    else
        m_runs->refreshNew();
    const QModelIndex current = m_runTable->currentIndex();
    if (current.isValid() && current.data(RunListModel::RunIdRole).toLongLong() == runId)
        showRun();
}

} // namespace Hookyard::Gui

#include "moc_agentspage.cpp"
