#pragma once

#include "receiver/webhookreceiver.h"
#include "storage/eventrepository.h"

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
// to do), events per second over the last five seconds, rejected deliveries this session (in a
// read-only window: what the serving process stored since the window opened), and
// requests the per-address reject bucket refused (shown only once there are any: a flood of
// forged signatures or guessed URLs that is otherwise visible only in the log).
class StatusIndicators final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusIndicators)
public:
    StatusIndicators(Engine::Engine &engine, QStatusBar *bar);

    qint64 acceptedCount() const { return m_accepted; }
    qint64 rejectedCount() const { return m_rejected; }
    qint64 throttledCount() const { return m_throttled; }
    double eventsPerSecond() const;

Q_SIGNALS:
    // The counts changed (the tray shows them too).
    void countsChanged();
    // The rejected label was clicked: show the rejected deliveries.
    void rejectedClicked();

private:
    void updateState();
    void onDeliveries(const QList<Receiver::DeliveryNotice> &batch);
    // Read-only: what the serving process stored since the last look (Engine::databaseChanged).
    void readArrivals();
    void onThrottled(const QHash<QString, qint64> &byAddress);
    void updateThrottled();
    void updateRate();

    Engine::Engine &m_engine;
    QLabel *m_state;
    QLabel *m_rate;
    QLabel *m_rejectedLabel;
    QLabel *m_throttledLabel;
    QTimer *m_tick;
    std::deque<QPair<qint64, int>> m_window; // (monotonic ms, accepted in that batch)
    qint64 m_accepted = 0;
    qint64 m_rejected = 0; // all rejected, m_unknownUrls included
    qint64 m_unknownUrls = 0;
    qint64 m_throttled = 0;
    QHash<QString, qint64> m_throttledBy; // address -> refused this session
    // Read-only: the newest rows counted so far (-1: not read yet) and what the last look found.
    Storage::EventRepository::Arrivals m_arrivals { -1, 0, -1, 0 };
};

} // namespace Hookyard::Gui
