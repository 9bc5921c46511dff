#pragma once

#include "receiver/webhookreceiver.h"

#include <QObject>

#include <deque>

class QSystemTrayIcon;
class QWidget;

namespace Hookyard::Engine {
class Engine;
}

namespace Hookyard::Gui {

class StatusIndicators;

// The tray icon: counts in its tooltip, a menu to show the window or quit, and notifications
// for failed agent runs and for bursts of rejected signatures (at most one per burst, so that an
// attack or a wrong secret does not flood the desktop). Does nothing where there is no tray.
class TrayController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayController)
public:
    TrayController(Engine::Engine &engine, StatusIndicators &counts, QWidget *window);

    bool isAvailable() const { return m_tray != nullptr; }
    void notify(const QString &title, const QString &text);

Q_SIGNALS:
    void showWindowRequested();
    void quitRequested();

private:
    void updateTooltip();
    void onDeliveries(const QList<Receiver::DeliveryNotice> &batch);
    void onRunFinished(qint64 runId, const QString &state);
    bool notificationsOn() const;

    Engine::Engine &m_engine;
    StatusIndicators &m_counts;
    QSystemTrayIcon *m_tray = nullptr;
    std::deque<qint64> m_rejectedTimes; // ms, signature failures in the last minute
    qint64 m_lastBurstNoticeMs = 0;
};

} // namespace Hookyard::Gui
