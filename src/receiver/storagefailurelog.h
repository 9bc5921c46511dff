#pragma once

#include <QString>

#include <optional>

namespace Hookyard::Receiver {

// What the receiver logs when deliveries cannot be stored. Such failures come in streaks: a full
// disk fails every commit until space is freed, and each refused delivery already has its 503
// line in `serve`'s log. So the first failure of a streak is logged with its reason (which says
// what to do), the next ones are summed up at most every SummaryIntervalMs, and the end of the
// streak is logged once storing works again, with how many deliveries were refused meanwhile.
// Times are wall-clock milliseconds since the epoch.
class StorageFailureLog final
{
public:
    static constexpr qint64 SummaryIntervalMs = 10'000;

    // A delivery that could not be stored: the line to log now, if any.
    std::optional<QString> failed(qint64 nowMs, const QString &connector, const QString &eventId,
                                  const QString &reason);
    // A delivery stored: the line that ends a streak of failures, if there was one.
    std::optional<QString> stored(qint64 nowMs);
    bool failing() const { return m_failing; }

private:
    bool m_failing = false;
    qint64 m_sinceMs = 0;
    qint64 m_lastLineMs = 0;
    int m_refused = 0; // in the streak
    int m_unlogged = 0; // since the last line
};

} // namespace Hookyard::Receiver
