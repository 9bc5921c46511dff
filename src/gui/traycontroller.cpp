#include "gui/traycontroller.h"

#include "core/settingsschema.h"
#include "engine/engine.h"
#include "gui/icons.h"
#include "gui/statusindicators.h"
#include "storage/runrepository.h"
#include "storage/settingsrepository.h"

#include <QDateTime>
#include <QMenu>
#include <QSystemTrayIcon>
#include <QWidget>

namespace Hookyard::Gui {

namespace {
constexpr int BurstCount = 10; // rejected signatures ...
constexpr qint64 BurstWindowMs = 60'000; // ... within a minute make a burst
constexpr qint64 BurstQuietMs = 300'000; // and then at most one notice per five minutes

bool isSignatureFailure(const QString &code)
{
    return code == QLatin1String("signature_mismatch") || code == QLatin1String("no_v1_signature")
        || code == QLatin1String("timestamp_out_of_tolerance")
        || code == QLatin1String("malformed_signature")
        || code == QLatin1String("missing_signature");
}
} // namespace

TrayController::TrayController(Engine::Engine &engine, StatusIndicators &counts, QWidget *window)
    : QObject(window), m_engine(engine), m_counts(counts)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
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
    updateTooltip();
    m_tray->show();
}

bool TrayController::notificationsOn() const
{
    Storage::SettingsRepository settings(m_engine.database());
    return settings.boolValue(QLatin1String(Core::Settings::Notifications));
}

void TrayController::notify(const QString &title, const QString &text)
{
    if (m_tray && notificationsOn())
        m_tray->showMessage(title, text, QSystemTrayIcon::Warning);
}

void TrayController::updateTooltip()
{
    if (!m_tray)
        return;
    m_tray->setToolTip(tr("Hookyard: %1 events, %2 rejected this session")
                           .arg(m_counts.acceptedCount())
                           .arg(m_counts.rejectedCount()));
}

void TrayController::onDeliveries(const QList<Receiver::DeliveryNotice> &batch)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const auto &notice : batch) {
        if (notice.outcome == Core::DeliveryOutcome::Rejected
            && isSignatureFailure(notice.reasonCode))
            m_rejectedTimes.push_back(now);
    }
    while (!m_rejectedTimes.empty() && now - m_rejectedTimes.front() > BurstWindowMs)
        m_rejectedTimes.pop_front();
    if (int(m_rejectedTimes.size()) >= BurstCount && now - m_lastBurstNoticeMs > BurstQuietMs) {
        m_lastBurstNoticeMs = now;
        notify(tr("Signatures rejected"),
               tr("%n deliveries failed signature checks in the last minute. Check that the "
                  "saved signing secret belongs to the endpoint.",
                  nullptr, int(m_rejectedTimes.size())));
    }
}

void TrayController::onRunFinished(qint64 runId, const QString &state)
{
    if (state != QLatin1String("failed") && state != QLatin1String("timed_out"))
        return;
    Storage::RunRepository runs(m_engine.database());
    const auto run = runs.byId(runId);
    const QString agent = run ? run->agent : QString();
    notify(state == QLatin1String("failed") ? tr("Agent run failed") : tr("Agent run timed out"),
           tr("%1 on %2 (run %3)").arg(agent, run ? run->eventType : QString()).arg(runId));
}

} // namespace Hookyard::Gui

#include "moc_traycontroller.cpp"
