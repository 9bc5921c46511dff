#pragma once

#include "gui/traypolicy.h"
#include "receiver/webhookreceiver.h"

#include <QElapsedTimer>
#include <QObject>

class QSystemTrayIcon;
class QWidget;

namespace Hookyard::Engine {
class Engine;
}

namespace Hookyard::Gui {

class StatusIndicators;

// The tray icon: counts in its tooltip, a menu to show the window or quit, and notifications
// for failed agent runs and for bursts of rejected signatures. What it says and when is
// TrayPolicy's decision (tested without a tray); this class only feeds it and shows the result.
// Does nothing where there is no tray.
class TrayController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayController)
public:
    TrayController(Engine::Engine &engine, StatusIndicators &counts, QWidget *window);

    bool isAvailable() const { return m_tray != nullptr; }
    // The window was hidden to the tray (the first time, a notice says receiving goes on).
    void windowHidden();

Q_SIGNALS:
    void showWindowRequested();
    void quitRequested();

private:
    void readSettings();
    void updateTooltip();
    void onDeliveries(const QList<Receiver::DeliveryNotice> &batch);
    void onRunFinished(qint64 runId, const QString &state);
    void show(const std::optional<TrayPolicy::Notice> &notice);

    Engine::Engine &m_engine;
    StatusIndicators &m_counts;
    QSystemTrayIcon *m_tray = nullptr;
    TrayPolicy m_policy;
    QElapsedTimer m_clock; // monotonic: the policy's rate limits must not follow the wall clock
};

} // namespace Hookyard::Gui
