#pragma once

#include "receiver/webhookreceiver.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <deque>
#include <optional>

namespace Hookyard::Gui {

// What the tray says and when it speaks, without a tray: the tooltip's counts, which deliveries
// and runs give a desktop notification, and what closing the window does. TrayController feeds
// it from the engine and shows what it returns; tests feed it directly. Time is passed in as
// monotonic milliseconds (explicit timestamps, no clock of its own), so the rate limits are tested
// without waiting.
class TrayPolicy final
{
    Q_DECLARE_TR_FUNCTIONS(Hookyard::Gui::TrayPolicy)
public:
    struct Notice
    {
        QString title;
        QString text;
        bool operator==(const Notice &) const = default;
    };
    enum class CloseAction { Quit, HideToTray };

    // Signature failures ...
    static constexpr int BurstCount = 10;
    // ... within this window make a burst; the burst lasts until a whole window passes without one.
    static constexpr qint64 BurstWindowMs = 60'000;
    // Between two bursts' notices at least this long, so a burst that stops and starts again
    // (an attacker pausing, Stripe retrying) does not notify every minute.
    static constexpr qint64 BurstQuietMs = 300'000;
    // Failed runs of one agent notify at most once in this long; the next notice counts the rest.
    static constexpr qint64 RunQuietMs = 60'000;

    // The gui.notifications setting. Off: no notice at all; the bookkeeping goes on, so that
    // turning it on in the middle of a burst does not notify for that burst.
    void setNotificationsEnabled(bool enabled) { m_notificationsEnabled = enabled; }
    bool notificationsEnabled() const { return m_notificationsEnabled; }

    // The session's counts (StatusIndicators keeps them; the status bar shows the same). Returns
    // whether the tooltip changed, so that the tray is only told when it did.
    bool setCounts(qint64 accepted, qint64 rejected);
    QString tooltip() const;

    // A batch of deliveries received at nowMs: a notice when it starts a burst of rejected
    // signatures (one per burst, however long it lasts).
    std::optional<Notice> onDeliveries(const QList<Receiver::DeliveryNotice> &batch, qint64 nowMs);
    // A run ended in `state` (a RunState code). Failed and timed-out runs notify, at most once
    // per agent per RunQuietMs. `agent` and `eventType` are empty when the run is gone.
    std::optional<Notice> onRunFinished(qint64 runId, const QString &state, const QString &agent,
                                        const QString &eventType, qint64 nowMs);

    // Closing the window hides it only where the tray can bring it back: the setting on, a
    // tray to show, and a serving engine (a read-only window receives nothing). Otherwise the
    // app quits, so that it never keeps running with nothing on screen. `quitting`: the user chose
    // Quit, which always quits.
    static CloseAction closeAction(bool quitting, bool closeToTray, bool trayAvailable,
                                   bool readOnly);
    // The first time the window goes to the tray: say that receiving goes on.
    std::optional<Notice> hiddenToTray();

private:
    struct AgentFailures
    {
        qint64 lastNoticeMs = 0;
        int suppressed = 0;
    };

    bool m_notificationsEnabled = true;
    qint64 m_accepted = 0;
    qint64 m_rejected = 0;
    std::deque<qint64> m_signatureFailures; // ms, within the last BurstWindowMs
    bool m_inBurst = false;
    std::optional<qint64> m_lastBurstNoticeMs;
    QHash<QString, AgentFailures> m_runFailures; // agent -> last notice
    bool m_toldAboutTray = false;
};

} // namespace Hookyard::Gui
