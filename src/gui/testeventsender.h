#pragma once

#include <QObject>
#include <QString>

class QComboBox;
class QLabel;
class QPushButton;
class QWidget;

namespace Hookyard::Engine {
class Engine;
}

namespace Hookyard::Gui {

// The "Test event" row of a connector's page: the sample event types, Send, and what came of
// it. Like `hookyard trigger`, it signs a sample with the connector's secret and delivers it to
// this window's receiver or, in a read-only window, to the process that serves the folder (which
// stores it; the window itself changes nothing).
// The widgets belong to the page (its Designer form) and outlive this object, its child.
class TestEventSender final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TestEventSender)
public:
    struct Widgets
    {
        QComboBox *type;
        QPushButton *send;
        QLabel *result;
    };

    TestEventSender(Engine::Engine &engine, Widgets widgets, QWidget *page);

    // The connector shown; another one clears the last result.
    void setConnector(const QString &connectorId, bool hasSecret);
    // Send's state and tooltip, as the secret and the receiver allow.
    void updateState();

private:
    void send();

    Engine::Engine &m_engine;
    Widgets m_widgets;
    QString m_connectorId;
    bool m_hasSecret = false;
};

} // namespace Hookyard::Gui
