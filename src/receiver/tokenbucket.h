#pragma once

#include <QtGlobal>

namespace Hookyard::Receiver {

// A classic token bucket: `burst` tokens at most, refilled at `ratePerSecond`. Time comes in as a
// monotonic millisecond reading (Core::Clock::monotonicMs) so that tests move a ManualClock instead
// of sleeping. A plain value: not thread-safe; the receiver uses it on its own thread only.
class TokenBucket final
{
public:
    TokenBucket() = default;
    // ratePerSecond > 0; burst < 1 is treated as 1 (a bucket that can never hold a token would
    // refuse everything, which is what rate 0 must NOT mean: 0 = unlimited is the caller's job).
    TokenBucket(double ratePerSecond, int burst, qint64 nowMs);

    // Takes one token if there is one.
    bool tryTake(qint64 nowMs);
    // Milliseconds until one token will be available (0 when one is available now).
    qint64 msUntilToken(qint64 nowMs) const;
    // True when the bucket has refilled completely: it carries no state worth keeping.
    bool isFull(qint64 nowMs) const;

    // Changes the rate or the size without resetting what is left (a reconfigured connector
    // must not get a fresh burst for free); the time since the last take is credited at the new
    // rate, as if the change had been made then.
    void setLimits(double ratePerSecond, int burst, qint64 nowMs);
    double ratePerSecond() const { return m_rate; }
    int burst() const { return m_burst; }
    double tokens(qint64 nowMs) const;

private:
    void refill(qint64 nowMs);
    double m_rate = 1;
    int m_burst = 1;
    double m_tokens = 1;
    qint64 m_lastMs = 0;
};

} // namespace Hookyard::Receiver
