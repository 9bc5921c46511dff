#pragma once

#include <QString>

namespace Hookyard::Core {

// Qt::ISODateWithMs of a UTC time, "2026-11-27T18:03:46.244Z": how Hookyard writes times for
// people and scripts (`--json`, log lines).
QString isoUtc(qint64 msSinceEpoch);

// isoUtc(), but with the date and time of day formatted once per second: `hookyard serve` writes
// one such stamp per delivery, and QDateTime::toString cost more than the rest of the line
// together. Not thread-safe: one per thread that writes stamps.
class UtcStamp final
{
public:
    QString format(qint64 msSinceEpoch);

private:
    qint64 m_second = 0;
    QString m_prefix; // "2026-11-27T18:03:46" of m_second; null until the first call
};

} // namespace Hookyard::Core
