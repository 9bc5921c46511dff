#pragma once

#include "core/connector.h"
#include "receiver/webhookreceiver.h"

#include <QWidget>

#include <memory>

class QTimer;

namespace Ui {
class ConnectorDetails;
}

namespace Hookyard::Engine {
class Engine;
}

namespace Hookyard::Gui {

class ConnectorActivity;
class TestEventSender;

// The right half of the Connectors page: one connector's webhook URL (with Copy), what to do on
// Stripe's side, the signing secret (masked, paste, save, rotate), counters, options and the
// test event. Every change goes through the Engine; the engine's connectorsChanged() brings the
// new values back through setConnector().
class ConnectorDetails final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectorDetails)
public:
    explicit ConnectorDetails(Engine::Engine &engine, QWidget *parent = nullptr);
    ~ConnectorDetails() override;

    // Shows `connector`; counters are read again when it is another one.
    void setConnector(const Core::Connector &connector);
    QString connectorId() const { return m_connector.id; }
    // Updates the counters from a live batch without reading the database.
    void noteDeliveries(const QList<Receiver::DeliveryNotice> &batch);
    // Linked agents (the catalog changed) and the URL (settings changed).
    void refreshAgents();
    void refreshUrl();
    // What "Default" stands for in the rate and burst fields (the settings changed).
    void refreshDefaults();
    // Reads the counters again (another process wrote).
    void refreshCounters();

Q_SIGNALS:
    // A short confirmation for the status bar ("Webhook URL copied").
    void message(const QString &text);
    // "Link Agents…" was clicked: the page opens the dialog, as it does for a new connector.
    void linkAgentsRequested();
    // "Show Events" / "Show Rejected": this connector's events, or its refused requests.
    void deliveriesRequested(const QString &connectorId, bool rejectedOnly);

private:
    void copyUrl();
    void copyListenCommand();
    void pasteSecret();
    void saveSecret();
    void validateAsTyped();
    // The line under the secret field: an error in red, anything else in the usual colour.
    void setSecretMessage(const QString &text, bool isError);
    void applyOptions();
    void askRemove();
    void updateState();
    void confirm(const QString &text);

    std::unique_ptr<Ui::ConnectorDetails> m_ui;
    Engine::Engine &m_engine;
    Core::Connector m_connector;
    ConnectorActivity *m_activity;
    TestEventSender *m_testEvent;
    QTimer *m_confirmationTimer;
};

} // namespace Hookyard::Gui
