#include "core/clock.h"
#include "receiver/tokenbucket.h"

#include <QTest>

using Hookyard::Core::ManualClock;
using Hookyard::Receiver::TokenBucket;

// Time moves only through a ManualClock: no sleeps.
class TestTokenBucket final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void startsFullAndEmptiesAfterBurst()
    {
        ManualClock clock;
        TokenBucket bucket(2.0, 3, clock.monotonicMs());
        QVERIFY(bucket.isFull(clock.monotonicMs()));
        QVERIFY(bucket.tryTake(clock.monotonicMs()));
        QVERIFY(bucket.tryTake(clock.monotonicMs()));
        QVERIFY(bucket.tryTake(clock.monotonicMs()));
        QVERIFY(!bucket.tryTake(clock.monotonicMs()));
        QCOMPARE(bucket.msUntilToken(clock.monotonicMs()), 500); // 2 per second
    }
    void refillsAtTheRate()
    {
        ManualClock clock;
        TokenBucket bucket(10.0, 1, clock.monotonicMs());
        QVERIFY(bucket.tryTake(clock.monotonicMs()));
        QVERIFY(!bucket.tryTake(clock.monotonicMs()));
        clock.advanceMs(99);
        QVERIFY(!bucket.tryTake(clock.monotonicMs()));
        QCOMPARE(bucket.msUntilToken(clock.monotonicMs()), 1);
        clock.advanceMs(1);
        QVERIFY(bucket.tryTake(clock.monotonicMs()));
    }
    void neverHoldsMoreThanBurst()
    {
        ManualClock clock;
        TokenBucket bucket(100.0, 2, clock.monotonicMs());
        clock.advanceMs(60'000);
        QVERIFY(bucket.tryTake(clock.monotonicMs()));
        QVERIFY(bucket.tryTake(clock.monotonicMs()));
        QVERIFY(!bucket.tryTake(clock.monotonicMs()));
    }
    void fractionalRates()
    {
        ManualClock clock;
        TokenBucket bucket(0.5, 1, clock.monotonicMs()); // one every two seconds
        QVERIFY(bucket.tryTake(clock.monotonicMs()));
        QCOMPARE(bucket.msUntilToken(clock.monotonicMs()), 2000);
        clock.advanceMs(1999);
        QVERIFY(!bucket.tryTake(clock.monotonicMs()));
        clock.advanceMs(1);
        QVERIFY(bucket.tryTake(clock.monotonicMs()));
    }
    void burstBelowOneMeansOne()
    {
        ManualClock clock;
        TokenBucket bucket(1.0, 0, clock.monotonicMs());
        QCOMPARE(bucket.burst(), 1);
        QVERIFY(bucket.tryTake(clock.monotonicMs()));
        QVERIFY(!bucket.tryTake(clock.monotonicMs()));
    }
    void reconfigureKeepsWhatIsLeft()
    {
        ManualClock clock;
        TokenBucket bucket(1.0, 5, clock.monotonicMs());
        for (int i = 0; i < 5; ++i)
            QVERIFY(bucket.tryTake(clock.monotonicMs()));
        bucket.setLimits(1.0, 50, clock.monotonicMs()); // no free burst for a bigger bucket
        QVERIFY(!bucket.tryTake(clock.monotonicMs()));
        bucket.setLimits(1.0, 2, clock.monotonicMs());
        clock.advanceMs(10'000);
        QVERIFY(bucket.tryTake(clock.monotonicMs()));
        QVERIFY(bucket.tryTake(clock.monotonicMs()));
        QVERIFY(!bucket.tryTake(clock.monotonicMs()));
    }
    // The receiver learns of a new limit at the next delivery: the wait since the last one counts
    // at the new rate. (Credited at the old one, a limit raised from 0.1/s to 100/s still
    // refused deliveries two seconds later.)
    void newRateCountsFromTheLastTake()
    {
        ManualClock clock;
        TokenBucket raised(0.1, 1, clock.monotonicMs());
        QVERIFY(raised.tryTake(clock.monotonicMs()));
        clock.advanceMs(2'000);
        raised.setLimits(100, 200, clock.monotonicMs());
        QVERIFY(raised.tryTake(clock.monotonicMs()));
        QVERIFY(raised.tryTake(clock.monotonicMs()));

        TokenBucket lowered(100, 200, clock.monotonicMs());
        for (int i = 0; i < 200; ++i)
            QVERIFY(lowered.tryTake(clock.monotonicMs()));
        clock.advanceMs(1'000);
        lowered.setLimits(1, 5, clock.monotonicMs()); // one second at 1/s: one token, not 5
        QVERIFY(lowered.tryTake(clock.monotonicMs()));
        QVERIFY(!lowered.tryTake(clock.monotonicMs()));
    }
    void clockGoingBackwardsRefillsNothing()
    {
        TokenBucket bucket(1.0, 1, 10'000);
        QVERIFY(bucket.tryTake(10'000));
        QVERIFY(!bucket.tryTake(5'000));
        QVERIFY(!bucket.tryTake(10'500));
        QVERIFY(bucket.tryTake(11'000));
    }
};

QTEST_APPLESS_MAIN(TestTokenBucket)
#include "tst_tokenbucket.moc"
