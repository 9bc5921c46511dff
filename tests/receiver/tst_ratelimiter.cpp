#include "core/clock.h"
#include "receiver/ratelimiter.h"

#include <QTest>

using Hookyard::Core::ManualClock;
using Hookyard::Receiver::RateLimiter;

class TestRateLimiter final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void zeroRateIsUnlimited()
    {
        ManualClock clock;
        RateLimiter limiter;
        for (int i = 0; i < 10'000; ++i)
            QVERIFY(limiter.take(QStringLiteral("c"), 0, 1, clock.monotonicMs()).allowed);
        QCOMPARE(limiter.size(), 0); // no bucket kept for unlimited keys
    }
    void keysAreIndependent()
    {
        ManualClock clock;
        RateLimiter limiter;
        const QString a = QStringLiteral("10.0.0.1"), b = QStringLiteral("10.0.0.2");
        QVERIFY(limiter.take(a, 1, 2, clock.monotonicMs()).allowed);
        QVERIFY(limiter.take(a, 1, 2, clock.monotonicMs()).allowed);
        QVERIFY(!limiter.take(a, 1, 2, clock.monotonicMs()).allowed);
        QVERIFY(limiter.isExhausted(a, clock.monotonicMs()));
        QVERIFY(!limiter.isExhausted(b, clock.monotonicMs()));
        QVERIFY(limiter.take(b, 1, 2, clock.monotonicMs()).allowed);
    }
    void retryAfterIsWholeSecondsAtLeastOne()
    {
        ManualClock clock;
        RateLimiter limiter;
        const QString k = QStringLiteral("k");
        QVERIFY(limiter.take(k, 4, 1, clock.monotonicMs()).allowed);
        auto d = limiter.take(k, 4, 1, clock.monotonicMs());
        QVERIFY(!d.allowed);
        QCOMPARE(d.retryAfterMs, 250);
        QCOMPARE(d.retryAfterSecs(), 1);
        QVERIFY(limiter.take(QStringLiteral("slow"), 0.2, 1, clock.monotonicMs()).allowed);
        d = limiter.take(QStringLiteral("slow"), 0.2, 1, clock.monotonicMs());
        QCOMPARE(d.retryAfterSecs(), 5);
        clock.advanceMs(250);
        QVERIFY(limiter.take(k, 4, 1, clock.monotonicMs()).allowed);
    }
    void changedLimitsApplyOnTheNextCall()
    {
        ManualClock clock;
        RateLimiter limiter;
        const QString k = QStringLiteral("connector");
        QVERIFY(limiter.take(k, 1, 1, clock.monotonicMs()).allowed);
        QVERIFY(!limiter.take(k, 1, 1, clock.monotonicMs()).allowed);
        QVERIFY(limiter.take(k, 0, 1, clock.monotonicMs()).allowed); // now unlimited
        // Raised to 10/s: the 100 ms since the last take count at the new rate (a whole token;
        // at the old 1/s it would be 0.1, and a limit raised after a 429 would still refuse).
        clock.advanceMs(100);
        QVERIFY(limiter.take(k, 10, 1, clock.monotonicMs()).allowed);
        QVERIFY(!limiter.take(k, 10, 1, clock.monotonicMs()).allowed);
        clock.advanceMs(100);
        QVERIFY(limiter.take(k, 10, 1, clock.monotonicMs()).allowed);
    }
    void memoryIsBounded()
    {
        ManualClock clock;
        RateLimiter limiter(100);
        for (int i = 0; i < 1000; ++i)
            limiter.take(QString::number(i), 1, 5, clock.monotonicMs());
        QVERIFY(limiter.size() <= 100);
        // An exhausted key survives pruning while the others have refilled (they carry nothing).
        const QString hot = QStringLiteral("hot");
        for (int i = 0; i < 5; ++i)
            limiter.take(hot, 1, 5, clock.monotonicMs());
        clock.advanceMs(60'000);
        for (int i = 0; i < 5; ++i)
            limiter.take(hot, 1, 5, clock.monotonicMs());
        for (int i = 0; i < 50; ++i)
            limiter.take(QStringLiteral("x%1").arg(i), 1, 5, clock.monotonicMs());
        QVERIFY(limiter.size() <= 100);
        QVERIFY(!limiter.take(hot, 1, 5, clock.monotonicMs()).allowed);
    }
};

QTEST_APPLESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"
