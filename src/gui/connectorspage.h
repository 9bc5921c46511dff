#pragma once

#include "receiver/webhookreceiver.h"

#include <QWidget>

class QListView;
class QPushButton;
class QStackedWidget;

namespace Hookyard::Engine {
class Engine;
}

namespace Hookyard::Gui {

class ConnectorDetails;
class ConnectorListModel;

// Connectors: the list on the left (with "New connector"), the selected one's details on the
// right, or a short explanation when there is none yet.
class ConnectorsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectorsPage)
public:
    explicit ConnectorsPage(Engine::Engine &engine, QWidget *parent = nullptr);

    // Opens the "New connector" dialog (Ctrl+N); non-blocking.
    void newConnector();
    // Opens "Link agents" for the connector shown (non-blocking).
    void linkAgents();
    void selectConnector(const QString &id);
    ConnectorListModel *model() const { return m_model; }

Q_SIGNALS:
    void message(const QString &text);
    void deliveriesRequested(const QString &connectorId, bool rejectedOnly); // ConnectorDetails'

private:
    void reloadConnectors();
    void showCurrent();
    void onDeliveries(const QList<Receiver::DeliveryNotice> &batch);

    Engine::Engine &m_engine;
    ConnectorListModel *m_model;
    QListView *m_list;
    QPushButton *m_newButton;
    QStackedWidget *m_stack;
    QWidget *m_empty;
    ConnectorDetails *m_details;
};

} // namespace Hookyard::Gui
