#include "receiver/storagefailurelog.h"

#include <QTest>

using Hookyard::Receiver::StorageFailureLog;

// A full disk fails every delivery until space is freed: the log says so once with the reason,
// sums the rest up every 10 s, and says when storing works again, instead of a line per delivery.
class TestStorageFailureLog : public QObject
{
    Q_OBJECT

private slots:
    void aStreakIsLoggedOnceThenSummedUp();
    void storingAgainEndsTheStreak();
    void nothingToSayWhileStoringWorks();
};

namespace {
constexpr qint64 T0 = 1'796'629'119'000; // 2026-12-07T07:38:39Z
const QString Full = QStringLiteral("The disk that holds /data is full: free some space.");
} // namespace

void TestStorageFailureLog::aStreakIsLoggedOnceThenSummedUp()
{
    StorageFailureLog log;
    const auto first = log.failed(T0, QStringLiteral("shop"), QStringLiteral("evt_1"), Full);
    QVERIFY(first);
    QCOMPARE(*first,
             QStringLiteral("could not store event evt_1 for connector shop: ") + Full
                 + QStringLiteral(" (further failures are summed up every 10 s)"));
    for (int i = 2; i <= 500; ++i)
        QVERIFY(!log.failed(T0 + i * 10, QStringLiteral("shop"), QStringLiteral("evt_x"), Full));
    const auto summary =
        log.failed(T0 + 10'000, QStringLiteral("shop"), QStringLiteral("evt_501"), Full);
    QVERIFY(summary);
    QCOMPARE(*summary,
             QStringLiteral("500 more deliveries could not be stored in the last 10 s "
                            "(501 since 2026-12-07T07:38:39.000Z): ")
                 + Full);
    // The next summary counts from there.
    QVERIFY(!log.failed(T0 + 15'000, QStringLiteral("shop"), QStringLiteral("evt_502"), Full));
    const auto next = log.failed(T0 + 21'000, QStringLiteral("shop"), QStringLiteral("e"), Full);
    QVERIFY(next);
    QVERIFY2(next->startsWith(QStringLiteral("2 more deliveries could not be stored in the last "
                                             "11 s (503 since")),
             qPrintable(*next));
}

void TestStorageFailureLog::storingAgainEndsTheStreak()
{
    StorageFailureLog log;
    QVERIFY(log.failed(T0, QStringLiteral("shop"), QStringLiteral("evt_1"), Full));
    QVERIFY(!log.failed(T0 + 1, QStringLiteral("shop"), QStringLiteral("evt_2"), Full));
    const auto end = log.stored(T0 + 65'000);
    QVERIFY(end);
    QCOMPARE(*end,
             QStringLiteral("storing works again: 2 deliveries were answered 503 from "
                            "2026-12-07T07:38:39.000Z to 2026-12-07T07:39:44.000Z; Stripe "
                            "retries them"));
    QVERIFY(!log.stored(T0 + 65'001)); // said once
    // A new streak starts over, with its reason.
    const auto again = log.failed(T0 + 70'000, QStringLiteral("billing"), QStringLiteral("evt_9"),
                                  QStringLiteral("read-only"));
    QVERIFY(again);
    QVERIFY(again->startsWith(QStringLiteral("could not store event evt_9 for connector billing")));
}

void TestStorageFailureLog::nothingToSayWhileStoringWorks()
{
    StorageFailureLog log;
    for (int i = 0; i < 10; ++i)
        QVERIFY(!log.stored(T0 + i));
}

QTEST_GUILESS_MAIN(TestStorageFailureLog)
#include "tst_storagefailurelog.moc"
