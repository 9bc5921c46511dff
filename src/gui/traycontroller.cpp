#include "gui/traycontroller.h"

#include "core/settingsschema.h"
#include "engine/engine.h"
#include "gui/icons.h"
#include "gui/statusindicators.h"
#include "storage/runrepository.h"
#include "storage/settingsrepository.h"

#include <QMenu>
#include <QSystemTrayIcon>
#include <QWidget>

namespace Hookyard::Gui {

TrayController::TrayController(Engine::Engine &engine, StatusIndicators &counts, QWidget *window)
    : QObject(window), m_engine(engine), m_counts(counts)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_clock.start();
    m_tray = new QSystemTrayIcon(Icons::get(Icons::App), this);
    auto *menu = new QMenu(window);
    menu->addAction(tr("&Show Hookyard"), this, &TrayController::showWindowRequested);
    menu->addSeparator();
    menu->addAction(tr("&Quit"), this, &TrayController::quitRequested);
    m_tray->setContextMenu(menu);
    connect(m_tray, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                    Q_EMIT showWindowRequested();
            });
    connect(&counts, &StatusIndicators::countsChanged, this, &TrayController::updateTooltip);
    connect(&engine, &Engine::Engine::deliveriesReceived, this, &TrayController::onDeliveries);
    connect(&engine, &Engine::Engine::runFinished, this, &TrayController::onRunFinished);
    connect(&engine, &Engine::Engine::settingsChanged, this, &TrayController::readSettings);
    readSettings();
    m_policy.setCounts(m_counts.acceptedCount(), m_counts.rejectedCount());
    m_tray->setToolTip(m_policy.tooltip());
    m_tray->show();
}

void TrayController::readSettings()
{
    Storage::SettingsRepository settings(m_engine.database());
    m_policy.setNotificationsEnabled(
        settings.boolValue(QLatin1String(Core::Settings::Notifications)));
}

void TrayController::show(const std::optional<TrayPolicy::Notice> &notice)
{
    if (m_tray && notice)
        m_tray->showMessage(notice->title, notice->text, QSystemTrayIcon::Warning);
}

void TrayController::windowHidden()
{
    show(m_policy.hiddenToTray());
}

void TrayController::updateTooltip()
{
    // countsChanged comes with every batch of deliveries: tell the tray only what changed.
    if (m_policy.setCounts(m_counts.acceptedCount(), m_counts.rejectedCount()))
        m_tray->setToolTip(m_policy.tooltip());
}

void TrayController::onDeliveries(const QList<Receiver::DeliveryNotice> &batch)
{
    show(m_policy.onDeliveries(batch, m_clock.elapsed()));
}

void TrayController::onRunFinished(qint64 runId, const QString &state)
{
    // Read the run only for the states that may notify: most runs succeed.
    if (state != QLatin1String(Storage::RunStates::Failed)
        && state != QLatin1String(Storage::RunStates::TimedOut))
        return;
    const auto run = Storage::RunRepository(m_engine.database()).byId(runId);
    show(m_policy.onRunFinished(runId, state, run ? run->agent : QString(),
                                run ? run->eventType : QString(), m_clock.elapsed()));
}

} // namespace Hookyard::Gui

#include "moc_traycontroller.cpp"
