#pragma once

#include "receiver/webhookreceiver.h"

#include <QHash>
#include <QObject>
#include <QString>

class QLabel;
class QWidget;

namespace Hookyard::Engine {
class Engine;
}

namespace Hookyard::Gui {

// The Activity lines of a connector's page: events received, rejections by reason, the last
// event and how long ago. The totals count every row of the connector (a million in a long
// history), so they are read on a thread of their own with its own connection, never on the GUI
// thread; live batches add to them meanwhile, and "… ago" is kept current while the page shows.
// The labels belong to the page (its Designer form) and outlive this object, its child.
class ConnectorActivity final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectorActivity)
public:
    struct Labels
    {
        QLabel *received;
        QLabel *rejected;
        QLabel *lastEvent;
    };
    static constexpr int AgoRefreshMs = 5000;

    ConnectorActivity(Engine::Engine &engine, Labels labels, QWidget *page);

    // Reads the counters of `connectorId` (again); "" shows nothing.
    void show(const QString &connectorId);
    // Adds a live batch without reading the database.
    void noteDeliveries(const QList<Receiver::DeliveryNotice> &batch);

private:
    void updateLabels();

    Engine::Engine &m_engine;
    Labels m_labels;
    QWidget *m_page;
    QString m_connectorId;
    qint64 m_received = 0;
    QHash<QString, qint64> m_rejected; // reason code -> count
    qint64 m_lastEventMs = 0;
    QString m_lastEventType;
};

} // namespace Hookyard::Gui
