#pragma once

#include "receiver/webhookreceiver.h"

#include <QObject>

#include <deque>

class QLabel;
class QStatusBar;
class QTimer;

namespace Hookyard::Engine {
class Engine;
}

namespace Hookyard::Gui {

// The permanent part of the status bar: where the receiver listens (or why it cannot, and what
// to do), events per second over the last five seconds, and rejected deliveries this session.
class StatusIndicators final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusIndicators)
public:
    StatusIndicators(Engine::Engine &engine, QStatusBar *bar);

    qint64 acceptedCount() const { return m_accepted; }
    qint64 rejectedCount() const { return m_rejected; }
    double eventsPerSecond() const;

Q_SIGNALS:
    // The counts changed (the tray shows them too).
    void countsChanged();
    // The rejected label was clicked: show the rejected deliveries.
    void rejectedClicked();

private:
    void updateState();
    void onDeliveries(const QList<Receiver::DeliveryNotice> &batch);
    void updateRate();

    Engine::Engine &m_engine;
    QLabel *m_state;
    QLabel *m_rate;
    QLabel *m_rejectedLabel;
    QTimer *m_tick;
    std::deque<QPair<qint64, int>> m_window; // (monotonic ms, accepted in that batch)
    qint64 m_accepted = 0;
    qint64 m_rejected = 0;
};

} // namespace Hookyard::Gui
