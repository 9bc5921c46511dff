#pragma once

#include "receiver/tokenbucket.h"

#include <QHash>
#include <QString>

namespace Hookyard::Receiver {

// One token bucket per key (a connector id, or a remote address), created on first use. The
// rate and burst come with every call, so a reconfigured connector or a changed default takes
// effect on its next request. Rate 0 means unlimited (no bucket is kept).
// Memory is bounded: past maxKeys, buckets that have refilled completely (they hold no
// information) are dropped; if that is not enough the whole table is reset, which can only ever
// let a flood through for one burst, never refuse a legitimate request.
// Not thread-safe: used on the receiver thread only.
class RateLimiter final
{
public:
    struct Decision
    {
        bool allowed = true;
        qint64 retryAfterMs = 0; // when refused: how long until a token is back
        int retryAfterSecs() const; // for the Retry-After header: whole seconds, at least 1
    };

    explicit RateLimiter(int maxKeys = 10'000);

    Decision take(const QString &key, double ratePerSecond, int burst, qint64 nowMs);
    // Would take() refuse? (Does not take a token.)
    bool isExhausted(const QString &key, qint64 nowMs) const;
    void forget(const QString &key) { m_buckets.remove(key); }
    qsizetype size() const { return m_buckets.size(); }

private:
    void prune(qint64 nowMs);
    QHash<QString, TokenBucket> m_buckets;
    int m_maxKeys;
};

} // namespace Hookyard::Receiver
