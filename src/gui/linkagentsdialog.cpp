#include "gui/linkagentsdialog.h"

#include "agents/connectorlinks.h"
#include "gui/displaytext.h"
#include "gui/icons.h"
#include "ui_linkagentsdialog.h"

#include <QFileInfo>
#include <QHeaderView>
#include <QPushButton>

namespace Hookyard::Gui {

namespace {
enum Column { AgentColumn, ConnectorsColumn, EventsColumn };
enum Role {
    FileRole = Qt::UserRole, // the agent's YAML file
    NameRole, // the agent's name, for messages
    SavedRole, // bool: linked as the file says now (what a save compares against)
};
} // namespace

LinkAgentsDialog::LinkAgentsDialog(Core::Connector connector, QList<Core::Connector> all,
                                   const QList<Agents::AgentEntry> &agents, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::LinkAgentsDialog>()),
      m_connector(std::move(connector)), m_all(std::move(all))
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Link Agents to %1").arg(m_connector.name));
    QPushButton *save = m_ui->buttonBox->button(QDialogButtonBox::Save);
    save->setObjectName(QStringLiteral("saveLinksButton"));
    save->setDefault(true);
    m_ui->errorLabel->setVisible(false);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &LinkAgentsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &LinkAgentsDialog::reject);
    fill(agents);
}

LinkAgentsDialog::~LinkAgentsDialog() = default;

void LinkAgentsDialog::fill(const QList<Agents::AgentEntry> &agents)
{
    using Link = Agents::ConnectorLinks::Link;
    QTreeWidget *tree = m_ui->agentTree;
    for (const Agents::AgentEntry &entry : agents) {
        const Agents::AgentSpec &spec = entry.spec;
        const QString name = spec.name.isEmpty() ? QFileInfo(entry.filePath).fileName() : spec.name;
        auto *item = new QTreeWidgetItem(tree);
        item->setText(AgentColumn, spec.enabled ? name : tr("%1 (disabled)").arg(name));
        item->setData(AgentColumn, FileRole, entry.filePath);
        item->setData(AgentColumn, NameRole, name);
        if (!entry.isOk()) {
            // Rewriting a file that does not read would hide its error or make it worse.
            item->setIcon(AgentColumn, Icons::get(Icons::Error));
            item->setText(ConnectorsColumn, tr("cannot be changed: the file has errors"));
            item->setText(EventsColumn, DisplayText::message(entry.error));
            for (int column : { AgentColumn, ConnectorsColumn, EventsColumn })
                item->setToolTip(column, DisplayText::message(entry.error));
            item->setFlags(Qt::NoItemFlags);
            continue;
        }
        item->setText(EventsColumn,
                      spec.events.isEmpty() ? tr("no events: started by hand")
                                            : spec.events.join(QStringLiteral(", ")));
        item->setToolTip(EventsColumn, item->text(EventsColumn));
        const Link link = Agents::ConnectorLinks::linkOf(spec, m_connector);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(AgentColumn, link == Link::NotLinked ? Qt::Unchecked : Qt::Checked);
        item->setData(AgentColumn, SavedRole, link != Link::NotLinked);
        if (link == Link::AllConnectors) {
            item->setText(ConnectorsColumn, tr("all connectors"));
            item->setToolTip(AgentColumn,
                             tr("Runs for every connector: its file lists none. Unchecking it "
                                "lists the other connectors instead."));
        } else {
            QStringList names;
            for (const QString &listed : spec.connectors) {
                const Core::Connector *known = Agents::ConnectorLinks::resolve(listed, m_all);
                names.append(known ? known->name : tr("%1 (no such connector)").arg(listed));
            }
            item->setText(ConnectorsColumn, names.join(QStringLiteral(", ")));
        }
        item->setToolTip(ConnectorsColumn, item->text(ConnectorsColumn));
    }

    const bool any = tree->topLevelItemCount() > 0;
    m_ui->introLabel->setText(
        any ? tr("Check the agents that run when connector “%1” receives an event. An agent "
                 "whose file lists no connectors runs for all of them.")
                  .arg(m_connector.name)
            : tr("No agents yet. Add one on the Agents page, then link it here."));
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(any);
    // The events take what is left (the whole list is in their tooltip): no sideways scrolling.
    tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    tree->header()->setStretchLastSection(true);
    tree->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    tree->resizeColumnToContents(AgentColumn);
    tree->resizeColumnToContents(ConnectorsColumn);
    for (int row = 0; row < tree->topLevelItemCount(); ++row) {
        if (tree->topLevelItem(row)->flags() & Qt::ItemIsEnabled) {
            tree->setCurrentItem(tree->topLevelItem(row), AgentColumn,
                                 QItemSelectionModel::NoUpdate);
            break;
        }
    }
}

void LinkAgentsDialog::accept()
{
    QList<ConnectorsWriteJob::Change> changes;
    QTreeWidget *tree = m_ui->agentTree;
    for (int row = 0; row < tree->topLevelItemCount(); ++row) {
        const QTreeWidgetItem *item = tree->topLevelItem(row);
        if (!(item->flags() & Qt::ItemIsUserCheckable))
            continue;
        const bool link = item->checkState(AgentColumn) == Qt::Checked;
        if (link == item->data(AgentColumn, SavedRole).toBool())
            continue;
        // Decided from the file as it is when written, not as it was when the dialog opened.
        changes.append({ item->data(AgentColumn, FileRole).toString(),
                         item->data(AgentColumn, NameRole).toString(),
                         [connector = m_connector, all = m_all,
                          link](const Agents::AgentSpec &current, QString *error) {
                             return Agents::ConnectorLinks::changed(current, connector, link, all,
                                                                    error);
                         } });
    }
    if (changes.isEmpty()) {
        QDialog::accept();
        return;
    }
    setSaving(true);
    ConnectorsWriteJob::start(
        changes, this,
        [this](const QList<ConnectorsWriteJob::Outcome> &outcomes) { finishSave(outcomes); });
}

void LinkAgentsDialog::finishSave(const QList<ConnectorsWriteJob::Outcome> &outcomes)
{
    setSaving(false);
    QStringList errors;
    int written = 0;
    QTreeWidget *tree = m_ui->agentTree;
    for (const ConnectorsWriteJob::Outcome &outcome : outcomes) {
        if (!outcome.ok) {
            errors.append(tr("%1: %2").arg(outcome.agent, outcome.error));
            continue;
        }
        written += outcome.changed ? 1 : 0;
        // Saved: a second Save must not write it again.
        for (int row = 0; row < tree->topLevelItemCount(); ++row) {
            QTreeWidgetItem *item = tree->topLevelItem(row);
            if (item->data(AgentColumn, FileRole).toString() == outcome.filePath)
                item->setData(AgentColumn, SavedRole, item->checkState(AgentColumn) == Qt::Checked);
        }
    }
    if (errors.isEmpty()) {
        Q_EMIT saved(written);
        QDialog::accept();
        return;
    }
    m_ui->errorLabel->setText(tr("Not saved:") + u'\n' + DisplayText::message(errors.join(u'\n')));
    m_ui->errorLabel->setVisible(true);
}

void LinkAgentsDialog::setSaving(bool saving)
{
    m_ui->agentTree->setEnabled(!saving);
    m_ui->buttonBox->setEnabled(!saving);
    if (saving)
        m_ui->errorLabel->setVisible(false);
}

} // namespace Hookyard::Gui

// Compiled here, not in mocs_compilation.cpp, so that a test linking one class of this
// static library does not pull in every other (and the engine with them).
#include "moc_linkagentsdialog.cpp"
