#include "core/utcstamp.h"

#include <QDateTime>

namespace Hookyard::Core {

QString isoUtc(qint64 msSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::UTC).toString(Qt::ISODateWithMs);
}

QString UtcStamp::format(qint64 msSinceEpoch)
{
    // Floor division: a time before 1970 belongs to the second that begins before it.
    qint64 second = msSinceEpoch / 1000;
    if (msSinceEpoch % 1000 < 0)
        --second;
    const int milli = int(msSinceEpoch - second * 1000);
    if (m_prefix.isNull() || second != m_second) {
        m_second = second;
        m_prefix = QDateTime::fromSecsSinceEpoch(second, Qt::UTC).toString(Qt::ISODate);
        m_prefix.chop(1); // the "Z"; it comes after the milliseconds
    }
    QString stamp;
    stamp.reserve(m_prefix.size() + 5);
    stamp += m_prefix;
    stamp += QLatin1Char('.');
    stamp += QLatin1Char(char('0' + milli / 100));
    stamp += QLatin1Char(char('0' + milli / 10 % 10));
    stamp += QLatin1Char(char('0' + milli % 10));
    stamp += QLatin1Char('Z');
    return stamp;
}

} // namespace Hookyard::Core
