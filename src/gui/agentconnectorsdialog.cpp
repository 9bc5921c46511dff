#include "gui/agentconnectorsdialog.h"

#include "agents/connectorlinks.h"
#include "gui/displaytext.h"
#include "ui_agentconnectorsdialog.h"

#include <QPushButton>

namespace Hookyard::Gui {

AgentConnectorsDialog::AgentConnectorsDialog(Agents::AgentSpec agent, QList<Core::Connector> all,
                                             QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::AgentConnectorsDialog>()),
      m_agent(std::move(agent)), m_all(std::move(all))
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Connectors of %1").arg(m_agent.name));
    m_ui->introLabel->setText(tr("Which connectors' events start agent “%1”?").arg(m_agent.name));
    QPushButton *save = m_ui->buttonBox->button(QDialogButtonBox::Save);
    save->setObjectName(QStringLiteral("saveAgentConnectorsButton"));
    save->setDefault(true);
    m_ui->errorLabel->setVisible(false);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &AgentConnectorsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &AgentConnectorsDialog::reject);
    connect(m_ui->onlyTheseRadio, &QRadioButton::toggled, this,
            &AgentConnectorsDialog::updateState);
    connect(m_ui->connectorList, &QListWidget::itemChanged, this,
            [this] { m_ui->errorLabel->setVisible(false); });
    fill();
}

AgentConnectorsDialog::~AgentConnectorsDialog() = default;

void AgentConnectorsDialog::fill()
{
    QStringList checked;
    QStringList unknown;
    for (const QString &entry : std::as_const(m_agent.connectors)) {
        const Core::Connector *connector = Agents::ConnectorLinks::resolve(entry, m_all);
        if (connector)
            checked.append(connector->name);
        else if (!unknown.contains(entry))
            unknown.append(entry);
    }
    for (const Core::Connector &connector : std::as_const(m_all)) {
        auto *item = new QListWidgetItem(connector.name, m_ui->connectorList);
        item->setData(Qt::UserRole, connector.name);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(connector.name) ? Qt::Checked : Qt::Unchecked);
    }
    // Listed in the file but no connector has that name: shown so that it can be dropped.
    for (const QString &entry : std::as_const(unknown)) {
        auto *item =
            new QListWidgetItem(tr("%1 (no such connector)").arg(entry), m_ui->connectorList);
        item->setData(Qt::UserRole, entry);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    const bool any = m_ui->connectorList->count() > 0;
    if (!any)
        m_ui->introLabel->setText(m_ui->introLabel->text() + u' '
                                  + tr("There is no connector yet: it runs for every one."));
    m_ui->onlyTheseRadio->setEnabled(any);
    (m_agent.connectors.isEmpty() ? m_ui->allConnectorsRadio : m_ui->onlyTheseRadio)
        ->setChecked(true);
    if (any)
        m_ui->connectorList->setCurrentRow(0, QItemSelectionModel::NoUpdate);
    updateState();
}

void AgentConnectorsDialog::updateState()
{
    m_ui->connectorList->setEnabled(m_ui->onlyTheseRadio->isChecked() && !m_saving);
    m_ui->errorLabel->setVisible(false);
}

void AgentConnectorsDialog::accept()
{
    QStringList wanted;
    const bool onlyThese = m_ui->onlyTheseRadio->isChecked();
    for (int row = 0; onlyThese && row < m_ui->connectorList->count(); ++row) {
        const QListWidgetItem *item = m_ui->connectorList->item(row);
        if (item->checkState() == Qt::Checked)
            wanted.append(item->data(Qt::UserRole).toString());
    }
    if (onlyThese && wanted.isEmpty()) {
        // An empty list would mean the opposite: every connector.
        showError(tr("Check at least one connector, or choose All connectors."));
        return;
    }
    ConnectorsWriteJob::Change change;
    change.filePath = m_agent.filePath;
    change.agent = m_agent.name;
    // Nothing wanted: "All connectors", no list. Else entries are kept as the file spells them
    // (a name or an id), in its order.
    change.decide = [wanted, all = m_all](const Agents::AgentSpec &current, QString *) {
        return std::optional<QStringList>(
            wanted.isEmpty() ? QStringList()
                             : Agents::ConnectorLinks::onlyThese(current.connectors, wanted, all));
    };
    setSaving(true);
    ConnectorsWriteJob::start({ change }, this,
                              [this](const QList<ConnectorsWriteJob::Outcome> &outcomes) {
                                  finishSave(outcomes.constFirst());
                              });
}

void AgentConnectorsDialog::finishSave(const ConnectorsWriteJob::Outcome &outcome)
{
    setSaving(false);
    if (!outcome.ok) {
        showError(tr("Not saved: %1").arg(outcome.error));
        return;
    }
    Q_EMIT saved(outcome.changed);
    QDialog::accept();
}

void AgentConnectorsDialog::setSaving(bool saving)
{
    m_saving = saving;
    m_ui->allConnectorsRadio->setEnabled(!saving);
    m_ui->onlyTheseRadio->setEnabled(!saving && m_ui->connectorList->count() > 0);
    m_ui->buttonBox->setEnabled(!saving);
    updateState();
}

void AgentConnectorsDialog::showError(const QString &text)
{
    m_ui->errorLabel->setText(DisplayText::message(text));
    m_ui->errorLabel->setVisible(true);
}

} // namespace Hookyard::Gui

// Compiled here, not in mocs_compilation.cpp, so that a test linking one class of this
// static library does not pull in every other (and the engine with them).
#include "moc_agentconnectorsdialog.cpp"
