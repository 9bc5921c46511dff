#include "gui/connectorspage.h"

#include "agents/agentcatalog.h"
#include "engine/engine.h"
#include "gui/connectordetails.h"
#include "gui/connectorlistmodel.h"
#include "gui/icons.h"
#include "gui/linkagentsdialog.h"
#include "gui/newconnectordialog.h"
#include "gui/wheelguard.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Hookyard::Gui {

ConnectorsPage::ConnectorsPage(Engine::Engine &engine, QWidget *parent)
    : QWidget(parent), m_engine(engine), m_model(new ConnectorListModel(this)),
      m_list(new QListView(this)),
      m_newButton(new QPushButton(Icons::get(Icons::Add), tr("&New Connector…"), this)),
      m_stack(new QStackedWidget(this)), m_empty(new QWidget(this)),
      m_details(new ConnectorDetails(engine, this))
{
    m_list->setObjectName(QStringLiteral("connectorList"));
    m_list->setModel(m_model);
    m_list->setUniformItemSizes(true);
    m_list->setAccessibleName(tr("Connectors"));
    m_newButton->setObjectName(QStringLiteral("newConnectorButton"));
    m_newButton->setToolTip(tr("Create a connector: a name and its own webhook URL (Ctrl+N)"));
    m_newButton->setEnabled(!engine.isReadOnly());

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_newButton);
    leftLayout->addWidget(m_list, 1);

    auto *emptyLayout = new QVBoxLayout(m_empty);
    auto *emptyText = new QLabel(
        tr("<h3>No connector yet</h3><p>A connector is a webhook endpoint for one Stripe "
           "account or purpose (\"billing\", \"shop\"). Create one, copy its URL into "
           "Stripe, paste the signing secret, and events start to arrive here.</p>"),
        m_empty);
    emptyText->setWordWrap(true);
    emptyText->setAlignment(Qt::AlignCenter);
    auto *emptyButton = new QPushButton(Icons::get(Icons::Add), tr("Create a Connector…"), m_empty);
    emptyButton->setEnabled(!engine.isReadOnly());
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(emptyText);
    emptyLayout->addWidget(emptyButton, 0, Qt::AlignCenter);
    emptyLayout->addStretch(2);

    WheelGuard::install(m_details);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_details);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(scroll);

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("connectorsSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 220, 800 });
    splitter->setChildrenCollapsible(false);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_newButton, &QPushButton::clicked, this, &ConnectorsPage::newConnector);
    connect(emptyButton, &QPushButton::clicked, this, &ConnectorsPage::newConnector);
    connect(m_details, &ConnectorDetails::message, this, &ConnectorsPage::message);
    connect(m_details, &ConnectorDetails::linkAgentsRequested, this, &ConnectorsPage::linkAgents);
    connect(m_details, &ConnectorDetails::deliveriesRequested, this,
            &ConnectorsPage::deliveriesRequested);
    connect(&engine, &Engine::Engine::connectorsChanged, this, &ConnectorsPage::reloadConnectors);
    connect(&engine, &Engine::Engine::settingsChanged, m_details, &ConnectorDetails::refreshUrl);
    connect(&engine, &Engine::Engine::stateChanged, m_details, &ConnectorDetails::refreshUrl);
    connect(&engine, &Engine::Engine::deliveriesReceived, this, &ConnectorsPage::onDeliveries);
    connect(&engine, &Engine::Engine::databaseChanged, m_details,
            &ConnectorDetails::refreshCounters);
    if (auto *catalog = engine.agents())
        connect(catalog, &Agents::AgentCatalog::changed, m_details,
                &ConnectorDetails::refreshAgents);
    // Rows removed or inserted also move the current index: follow it.
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ConnectorsPage::showCurrent);
    reloadConnectors();
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ConnectorsPage::showCurrent);
    if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0));
    showCurrent();
}

void ConnectorsPage::reloadConnectors()
{
    m_model->setConnectors(m_engine.connectors());
    showCurrent();
}

void ConnectorsPage::showCurrent()
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid() && m_model->rowCount() > 0) {
        m_list->setCurrentIndex(m_model->index(0));
        return; // currentChanged comes back here
    }
    if (!current.isValid()) {
        m_stack->setCurrentIndex(0);
        return;
    }
    m_details->setConnector(
        m_model->connector(current.data(ConnectorListModel::IdRole).toString()));
    m_stack->setCurrentIndex(1);
}

void ConnectorsPage::selectConnector(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_list->setCurrentIndex(m_model->index(row));
}

void ConnectorsPage::onDeliveries(const QList<Receiver::DeliveryNotice> &batch)
{
    m_details->noteDeliveries(batch);
}

void ConnectorsPage::newConnector()
{
    if (m_engine.isReadOnly())
        return;
    auto *dialog = new NewConnectorDialog(
        [this](const QString &name, QString *error) { return m_engine.addConnector(name, error); },
        this);
    dialog->setObjectName(QStringLiteral("newConnectorDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (const auto created = dialog->created()) {
            reloadConnectors();
            selectConnector(created->id);
            Q_EMIT message(tr("Connector %1 created: copy its URL into Stripe").arg(created->name));
        }
    });
    dialog->open();
}

void ConnectorsPage::linkAgents()
{
    auto *catalog = m_engine.agents();
    const Core::Connector connector = m_model->connector(m_details->connectorId());
    if (!catalog || connector.id.isEmpty() || m_engine.isReadOnly())
        return;
    auto *dialog = new LinkAgentsDialog(connector, m_engine.connectors(), catalog->entries(), this);
    dialog->setObjectName(QStringLiteral("linkAgentsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The details' label follows when the catalog notices the files (AgentCatalog::changed).
    connect(dialog, &LinkAgentsDialog::saved, this, [this, name = connector.name](int files) {
        if (files > 0)
            Q_EMIT message(tr("Agents linked to %1 saved").arg(name));
    });
    dialog->open();
}

} // namespace Hookyard::Gui

// Compiled here, not in mocs_compilation.cpp, so that a test linking one class of this
// static library does not pull in every other (and the engine with them).
#include "moc_connectorspage.cpp"
