#pragma once

#include <QHash>
#include <QMutex>
#include <QString>

namespace Hookyard::Receiver {

// How many requests were refused, per connector id and reason code (Core::rejectCode, plus the
// transport's own codes such as "too_many_connections"). Requests that reached no connector
// (unknown path, refused by the transport) are counted under the empty connector id.
// Written on the receiver thread, read from any thread (the window, `serve`): thread-safe.
class RejectionCounters final
{
public:
    using Table = QHash<QString, QHash<QString, qint64>>; // connector id -> code -> count

    void add(const QString &connectorId, const QString &code)
    {
        QMutexLocker lock(&m_mutex);
        ++m_counts[connectorId][code];
    }
    Table snapshot() const
    {
        QMutexLocker lock(&m_mutex);
        return m_counts;
    }
    qint64 count(const QString &connectorId, const QString &code) const
    {
        QMutexLocker lock(&m_mutex);
        return m_counts.value(connectorId).value(code);
    }

private:
    mutable QMutex m_mutex;
    Table m_counts;
};

} // namespace Hookyard::Receiver
