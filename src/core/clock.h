#pragma once

#include <QtGlobal>

#include <atomic>

namespace Hookyard::Core {

// The clock seam (KeePassXC's Clock): signature tolerance, rate limits, run timeouts and retry
// backoff read time through a Clock so that tests can move time instead of sleeping.
// Implementations must be safe to call from any thread.
class Clock
{
public:
    virtual ~Clock() = default;
    // Milliseconds since the Unix epoch (wall clock: Stripe timestamps are wall-clock seconds).
    virtual qint64 nowMs() const = 0;
    qint64 nowSecs() const { return nowMs() / 1000; }
    // A monotonic reading in milliseconds, for durations (rate limiter, timeouts).
    virtual qint64 monotonicMs() const = 0;

    // The process-wide system clock.
    static const Clock &system();
};

class SystemClock final : public Clock
{
public:
    qint64 nowMs() const override;
    qint64 monotonicMs() const override;
};

// A clock that only moves when told to; for tests. Thread-safe.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(qint64 startMs = 1'700'000'000'000) : m_now(startMs), m_mono(0) {}
    qint64 nowMs() const override { return m_now.load(); }
    qint64 monotonicMs() const override { return m_mono.load(); }
    void advanceMs(qint64 ms)
    {
        m_now += ms;
        m_mono += ms;
    }
    void setNowMs(qint64 ms) { m_now = ms; }

private:
    std::atomic<qint64> m_now;
    std::atomic<qint64> m_mono;
};

} // namespace Hookyard::Core
