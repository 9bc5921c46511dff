#include "receiver/storagefailurelog.h"

#include "core/utcstamp.h"

namespace Hookyard::Receiver {

using Core::isoUtc;

std::optional<QString> StorageFailureLog::failed(qint64 nowMs, const QString &connector,
                                                 const QString &eventId, const QString &reason)
{
    ++m_refused;
    if (!m_failing) {
        m_failing = true;
        m_sinceMs = m_lastLineMs = nowMs;
        m_unlogged = 0;
        return QStringLiteral("could not store event %1 for connector %2: %3 (further failures are "
                              "summed up every %4 s)")
            .arg(eventId, connector, reason)
            .arg(SummaryIntervalMs / 1000);
    }
    ++m_unlogged;
    if (nowMs - m_lastLineMs < SummaryIntervalMs)
        return std::nullopt;
    const QString line = QStringLiteral("%1 more deliveries could not be stored in the last %2 s "
                                        "(%3 since %4): %5")
                             .arg(m_unlogged)
                             .arg((nowMs - m_lastLineMs) / 1000)
                             .arg(m_refused)
                             .arg(isoUtc(m_sinceMs), reason);
    m_lastLineMs = nowMs;
    m_unlogged = 0;
    return line;
}

std::optional<QString> StorageFailureLog::stored(qint64 nowMs)
{
    if (!m_failing)
        return std::nullopt;
    const QString line = QStringLiteral("storing works again: %1 deliveries were answered 503 from "
                                        "%2 to %3; Stripe retries them")
                             .arg(m_refused)
                             .arg(isoUtc(m_sinceMs), isoUtc(nowMs));
    m_failing = false;
    m_refused = m_unlogged = 0;
    return line;
}

} // namespace Hookyard::Receiver
