#include "core/clock.h"

#include <QDateTime>
#include <QElapsedTimer>

namespace Hookyard::Core {

qint64 SystemClock::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

qint64 SystemClock::monotonicMs() const
{
    static const QElapsedTimer origin = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return origin.elapsed();
}

const Clock &Clock::system()
{
    static const SystemClock clock;
    return clock;
}

} // namespace Hookyard::Core
