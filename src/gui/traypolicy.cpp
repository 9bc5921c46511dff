#include "gui/traypolicy.h"

#include "storage/runrepository.h"

#include <QLocale>

namespace Hookyard::Gui {

namespace {
// The rejections a wrong secret or a forger causes; rate limits and size caps are not a
// misconfiguration the user can fix, so they do not count towards a burst.
bool isSignatureFailure(const QString &code)
{
    return code == QLatin1String("signature_mismatch") || code == QLatin1String("no_v1_signature")
        || code == QLatin1String("timestamp_out_of_tolerance")
        || code == QLatin1String("malformed_signature")
        || code == QLatin1String("missing_signature");
}
} // namespace

bool TrayPolicy::setCounts(qint64 accepted, qint64 rejected)
{
    if (accepted == m_accepted && rejected == m_rejected)
        return false;
    m_accepted = accepted;
    m_rejected = rejected;
    return true;
}

QString TrayPolicy::tooltip() const
{
    const QLocale locale;
    return tr("Hookyard: %1 events, %2 rejected this session")
        .arg(locale.toString(m_accepted), locale.toString(m_rejected));
}

std::optional<TrayPolicy::Notice>
TrayPolicy::onDeliveries(const QList<Receiver::DeliveryNotice> &batch, qint64 nowMs)
{
    // A burst ends once a whole window passed without a failure; checked before this batch's
    // failures count, so that a new burst after a quiet spell is a new burst.
    if (m_inBurst && !m_signatureFailures.empty()
        && nowMs - m_signatureFailures.back() > BurstWindowMs)
        m_inBurst = false;
    for (const auto &notice : batch) {
        if (notice.outcome == Core::DeliveryOutcome::Rejected
            && isSignatureFailure(notice.reasonCode))
            m_signatureFailures.push_back(nowMs);
    }
    while (!m_signatureFailures.empty() && nowMs - m_signatureFailures.front() > BurstWindowMs)
        m_signatureFailures.pop_front();
    if (m_inBurst || int(m_signatureFailures.size()) < BurstCount)
        return std::nullopt;
    // One burst, one decision: whether or not it notifies, it does not notify later on.
    m_inBurst = true;
    if (!m_notificationsEnabled
        || (m_lastBurstNoticeMs && nowMs - *m_lastBurstNoticeMs < BurstQuietMs))
        return std::nullopt;
    m_lastBurstNoticeMs = nowMs;
    return Notice { tr("Signatures rejected"),
                    tr("%n deliveries failed signature checks in the last minute. Check that the "
                       "saved signing secret belongs to the endpoint.",
                       nullptr, int(m_signatureFailures.size())) };
}

std::optional<TrayPolicy::Notice> TrayPolicy::onRunFinished(qint64 runId, const QString &state,
                                                            const QString &agent,
                                                            const QString &eventType, qint64 nowMs)
{
    const bool failed = state == QLatin1String(Storage::RunStates::Failed);
    if (!m_notificationsEnabled
        || (!failed && state != QLatin1String(Storage::RunStates::TimedOut)))
        return std::nullopt;
    // A broken agent fails on every event: at 100 events a second that would be 100 notices a
    // second. One per agent and minute, the next one saying how many were left out.
    const auto it = m_runFailures.find(agent);
    if (it != m_runFailures.end() && nowMs - it->lastNoticeMs < RunQuietMs) {
        ++it->suppressed;
        return std::nullopt;
    }
    const int suppressed = it == m_runFailures.end() ? 0 : it->suppressed;
    m_runFailures.insert(agent, AgentFailures { nowMs, 0 });

    QString text;
    if (agent.isEmpty())
        text = tr("Run %1").arg(runId);
    else if (eventType.isEmpty())
        text = tr("%1 (run %2)").arg(agent).arg(runId);
    else
        text = tr("%1 on %2 (run %3)").arg(agent, eventType).arg(runId);
    if (suppressed > 0)
        text += u'\n'
            + tr("%n more failed run(s) of this agent since the last notice.", nullptr, suppressed);
    return Notice { failed ? tr("Agent run failed") : tr("Agent run timed out"), text };
}

TrayPolicy::CloseAction TrayPolicy::closeAction(bool quitting, bool closeToTray, bool trayAvailable,
                                                bool readOnly)
{
    if (!quitting && closeToTray && trayAvailable && !readOnly)
        return CloseAction::HideToTray;
    return CloseAction::Quit;
}

std::optional<TrayPolicy::Notice> TrayPolicy::hiddenToTray()
{
    if (m_toldAboutTray || !m_notificationsEnabled)
        return std::nullopt;
    m_toldAboutTray = true;
    return Notice { tr("Hookyard is still receiving"),
                    tr("Webhooks are received and agents run in the background. Use the tray "
                       "icon to open the window or quit.") };
}

} // namespace Hookyard::Gui
