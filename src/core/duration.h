#pragma once

#include <QString>

#include <optional>

namespace Hookyard::Core {

// Parses "500ms", "30s", "2m", "24h", "1d", "1h30m", or a bare number of seconds ("120").
// Returns milliseconds, or nullopt when the text is not a duration.
std::optional<qint64> parseDurationMs(const QString &text);

// "2m 5s", "24h", "350 ms": the shortest readable form.
QString formatDurationMs(qint64 ms);

} // namespace Hookyard::Core
