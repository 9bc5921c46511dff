#include "gui/agentspage.h"

#include "agents/agentcatalog.h"
#include "agents/agentexamples.h"
#include "agents/agentprocess.h"
#include "agents/agentspecreader.h"
#include "core/atomicfile.h"
#include "engine/engine.h"
#include "gui/agentconnectorsdialog.h"
#include "gui/agentsemptypage.h"
#include "gui/displaytext.h"
#include "gui/elidedlabel.h"
#include "gui/eventsource.h"
#include "gui/icons.h"
#include "gui/runspanel.h"
#include "gui/yamlhighlighter.h"

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
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
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
      m_runsPanel(new RunsPanel(RunsPanel::Scope::AgentRuns, engine, *m_source, this)),
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
    m_editor->setPlaceholderText(tr("Select an agent, or start from an example.\n\n"
                                    "Or write one here and save it, for example:\n\n"
                                    "name: refund-notes\n"
                                    "model: gemini-2.5-flash\n"
                                    "system: You summarise refunds for the finance team.\n"
                                    "command: [\"python3\", \"refund.py\"]\n"
                                    "events: [\"charge.refunded\"]"));
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

    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("agentTabs"));
    tabs->addTab(editorPage, tr("&Definition"));
    tabs->addTab(m_runsPanel, tr("&Runs"));

    m_stack = new QStackedWidget(this);
    auto *emptyPage = new AgentsEmptyPage(Agents::AgentCatalog::agentsDirOf(engine.dataDir()),
                                          engine.isReadOnly(), this);
    connect(emptyPage, &AgentsEmptyPage::exampleChosen, this, &AgentsPage::newFromExample);
    connect(emptyPage, &AgentsEmptyPage::writeOwnChosen, this, &AgentsPage::writeOwn);
    m_stack->addWidget(emptyPage);
    m_stack->addWidget(tabs);

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("agentsSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 240, 800 });
    splitter->setChildrenCollapsible(false);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_list, &QListWidget::currentRowChanged, this, &AgentsPage::showAgent);
    connect(m_editor, &QPlainTextEdit::textChanged, m_validateTimer, qOverload<>(&QTimer::start));
    connect(m_validateTimer, &QTimer::timeout, this, &AgentsPage::validate);
    connect(m_saveButton, &QPushButton::clicked, this, &AgentsPage::save);
    connect(m_connectorsButton, &QPushButton::clicked, this, &AgentsPage::editConnectors);
    connect(m_editor->document(), &QTextDocument::modificationChanged, this,
            &AgentsPage::updateConnectorsButton);
    connect(m_runsPanel, &RunsPanel::message, this, &AgentsPage::message);
    if (auto *catalog = engine.agents())
        connect(catalog, &Agents::AgentCatalog::changed, this, &AgentsPage::reloadList);
    reloadList();
}

RunListModel *AgentsPage::runsModel() const
{
    return m_runsPanel->model();
}

AgentsPage::~AgentsPage()
{
    // The runs panel reads through m_source, which goes before the children would.
    delete m_runsPanel;
}

void AgentsPage::reloadList()
{
    auto *catalog = m_engine.agents();
    const QString current = m_filePath;
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    // No agent file: the empty page, unless the user writes one or has unsaved edits of a file
    // that went away (they stay where they can be saved again).
    const bool none = !catalog || catalog->entries().isEmpty();
    m_stack->setCurrentIndex(none && !m_writingOwn && !m_editor->document()->isModified() ? 0 : 1);
    if (!none)
        m_writingOwn = false; // the next time the folder is empty, the empty page again
    if (!catalog)
        return;
    int select = -1;
    for (const auto &entry : catalog->entries()) {
        const QString name =
            entry.spec.name.isEmpty() ? QFileInfo(entry.filePath).fileName() : entry.spec.name;
        // Loaded, but its command is not on this machine: its runs would fail.
        const QStringList missing =
            entry.isOk() ? Agents::AgentProcess::missingPrograms(entry.spec) : QStringList();
        auto *item = new QListWidgetItem(Icons::get(!entry.isOk()           ? Icons::Error
                                                        : missing.isEmpty() ? Icons::Ok
                                                                            : Icons::Warning),
                                         name, m_list);
        item->setData(Qt::UserRole, entry.filePath);
        item->setToolTip(
            !entry.isOk() ? tr("Not loaded: %1").arg(entry.error)
                : missing.isEmpty()
                ? tr("Loaded from %1").arg(entry.filePath)
                : tr("Loaded from %1; %2")
                      .arg(entry.filePath,
                           Agents::AgentProcess::missingProgramWarning(missing.constFirst())));
        // Short, so that the narrow list shows all of it: the error, with its line and column,
        // is in the tooltip and under the file's text.
        if (!entry.isOk())
            item->setText(tr("%1 — not loaded").arg(name));
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

void AgentsPage::writeOwn()
{
    m_writingOwn = true;
    // A blank editor, not the text of an agent whose file was removed meanwhile.
    m_list->setCurrentRow(-1);
    showAgent();
    m_stack->setCurrentIndex(1);
    if (auto *tabs = qobject_cast<QTabWidget *>(m_stack->widget(1)))
        tabs->setCurrentIndex(0);
    m_editor->setFocus();
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
    QString agent;
    if (auto *catalog = m_engine.agents()) {
        for (const auto &entry : catalog->entries()) {
            if (entry.filePath == m_filePath)
                agent = entry.spec.name;
        }
    }
    m_runsPanel->setAgent(agent);
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
        // Its runs would fail on this machine (the file may be meant for another: a warning).
        const QStringList missing = Agents::AgentProcess::missingPrograms(result.spec);
        m_validation->setText(
            !warnings.isEmpty() ? tr("✓ Valid, with a warning: line %1: %2")
                                      .arg(warnings.constFirst().line)
                                      .arg(DisplayText::message(warnings.constFirst().message))
                : !missing.isEmpty()
                ? tr("✓ Valid, with a warning: %1")
                      .arg(Agents::AgentProcess::missingProgramWarning(missing.constFirst()))
                : tr("✓ Valid agent “%1”").arg(result.spec.name));
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
    QString reason;
    if (!Core::writeFileAtomically(path, text.toUtf8(), &reason)) {
        m_validation->setText(tr("Could not save %1: %2").arg(path, reason));
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
    Q_EMIT message(tr("Added “%1” as %2: it runs on matching events from now on")
                       .arg(example->title, QDir::toNativeSeparators(path)));
}

} // namespace Hookyard::Gui

#include "moc_agentspage.cpp"
