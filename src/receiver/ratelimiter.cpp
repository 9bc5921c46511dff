#include "receiver/ratelimiter.h"

#include <algorithm>

namespace Hookyard::Receiver {

int RateLimiter::Decision::retryAfterSecs() const
{
    return int(std::max<qint64>(1, (retryAfterMs + 999) / 1000));
}

RateLimiter::RateLimiter(int maxKeys) : m_maxKeys(std::max(1, maxKeys)) { }

RateLimiter::Decision RateLimiter::take(const QString &key, double ratePerSecond, int burst,
                                        qint64 nowMs)
{
    if (ratePerSecond <= 0) // 0 = unlimited
        return {};
    auto it = m_buckets.find(key);
    if (it == m_buckets.end()) {
        if (m_buckets.size() >= m_maxKeys)
            prune(nowMs);
        it = m_buckets.insert(key, TokenBucket(ratePerSecond, burst, nowMs));
    } else if (it->ratePerSecond() != ratePerSecond || it->burst() != std::max(1, burst)) {
        it->setLimits(ratePerSecond, burst, nowMs);
    }
    if (it->tryTake(nowMs))
        return {};
    return { false, std::max<qint64>(1, it->msUntilToken(nowMs)) };
}

bool RateLimiter::isExhausted(const QString &key, qint64 nowMs) const
{
    const auto it = m_buckets.constFind(key);
    return it != m_buckets.cend() && it->tokens(nowMs) < 1.0;
}

void RateLimiter::prune(qint64 nowMs)
{
    m_buckets.removeIf([nowMs](const auto &entry) { return entry.value().isFull(nowMs); });
    if (m_buckets.size() >= m_maxKeys)
        m_buckets.clear();
}

} // namespace Hookyard::Receiver
