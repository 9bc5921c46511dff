#include "receiver/tokenbucket.h"

#include <algorithm>
#include <cmath>

namespace Hookyard::Receiver {

TokenBucket::TokenBucket(double ratePerSecond, int burst, qint64 nowMs)
    : m_rate(ratePerSecond > 0 ? ratePerSecond : 1), m_burst(std::max(1, burst)), m_tokens(m_burst),
      m_lastMs(nowMs)
{
}

double TokenBucket::tokens(qint64 nowMs) const
{
    // A clock that went backwards (it should not: monotonic) refills nothing.
    const qint64 elapsed = std::max<qint64>(0, nowMs - m_lastMs);
    return std::min<double>(m_burst, m_tokens + double(elapsed) * m_rate / 1000.0);
}

void TokenBucket::refill(qint64 nowMs)
{
    m_tokens = tokens(nowMs);
    m_lastMs = std::max(m_lastMs, nowMs);
}

bool TokenBucket::tryTake(qint64 nowMs)
{
    refill(nowMs);
    if (m_tokens < 1.0)
        return false;
    m_tokens -= 1.0;
    return true;
}

qint64 TokenBucket::msUntilToken(qint64 nowMs) const
{
    const double missing = 1.0 - tokens(nowMs);
    if (missing <= 0)
        return 0;
    // The epsilon absorbs binary rounding (0.01 tokens at 10/s must be 1 ms, not 2).
    return qint64(std::ceil(missing * 1000.0 / m_rate - 1e-6));
}

bool TokenBucket::isFull(qint64 nowMs) const
{
    return tokens(nowMs) >= double(m_burst);
}

void TokenBucket::setLimits(double ratePerSecond, int burst, qint64 nowMs)
{
    // The new limits count from the last take on: the receiver learns of a change only at the
    // next delivery, and a limit raised after a 429 must let that delivery through (the old rate,
    // credited for the whole wait, refused it).
    m_rate = ratePerSecond > 0 ? ratePerSecond : 1;
    m_burst = std::max(1, burst);
    refill(nowMs);
}

} // namespace Hookyard::Receiver
