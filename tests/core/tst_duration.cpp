// Durations as users type them ("30s", "1h30m", "120") and as Hookyard shows them.
#include "core/duration.h"

#include <QTest>

using namespace Hookyard::Core;

class TestDuration : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void format_data();
    void format();
    void roundTrip();
};

void TestDuration::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("ms"); // -1 = refused

    QTest::newRow("ms") << u"500ms"_qs << qint64(500);
    QTest::newRow("s") << u"30s"_qs << qint64(30'000);
    QTest::newRow("m") << u"2m"_qs << qint64(120'000);
    QTest::newRow("h") << u"24h"_qs << qint64(86'400'000);
    QTest::newRow("d") << u"1d"_qs << qint64(86'400'000);
    QTest::newRow("h m") << u"1h30m"_qs << qint64(5'400'000);
    QTest::newRow("h m with space") << u"1h 30m"_qs << qint64(5'400'000);
    QTest::newRow("all units") << u"1d2h3m4s5ms"_qs << qint64(93'784'005);
    QTest::newRow("bare seconds") << u"120"_qs << qint64(120'000);
    QTest::newRow("zero") << u"0"_qs << qint64(0);
    QTest::newRow("zero s") << u"0s"_qs << qint64(0);
    QTest::newRow("space before unit") << u"350 ms"_qs << qint64(350);
    QTest::newRow("surrounding space") << u"  5s \n"_qs << qint64(5000);
    QTest::newRow("upper case") << u"5S"_qs << qint64(5000);
    QTest::newRow("fraction") << u"1.5s"_qs << qint64(1500);
    QTest::newRow("fraction bare") << u"2.25"_qs << qint64(2250);
    QTest::newRow("fraction of a minute") << u"1m 1.5s"_qs << qint64(61'500);
    QTest::newRow("empty") << QString() << qint64(-1);
    QTest::newRow("blank") << u"   "_qs << qint64(-1);
    QTest::newRow("unit only") << u"s"_qs << qint64(-1);
    QTest::newRow("negative") << u"-5s"_qs << qint64(-1);
    QTest::newRow("unknown unit") << u"5y"_qs << qint64(-1);
    QTest::newRow("word") << u"soon"_qs << qint64(-1);
    QTest::newRow("units out of order") << u"30m1h"_qs << qint64(-1);
    QTest::newRow("unit twice") << u"1s1s"_qs << qint64(-1);
    QTest::newRow("trailing number") << u"1h30"_qs << qint64(-1);
    QTest::newRow("overflow") << u"99999999999999999999d"_qs << qint64(-1);
    QTest::newRow("too large") << u"9999999999d"_qs << qint64(-1);
}

void TestDuration::parse()
{
    QFETCH(QString, text);
    QFETCH(qint64, ms);
    const std::optional<qint64> parsed = parseDurationMs(text);
    if (ms < 0) {
        QVERIFY2(!parsed, qPrintable(QString::number(parsed.value_or(0))));
    } else {
        QVERIFY(parsed);
        QCOMPARE(*parsed, ms);
    }
}

void TestDuration::format_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("text");
    QTest::newRow("0") << qint64(0) << u"0s"_qs;
    QTest::newRow("350 ms") << qint64(350) << u"350 ms"_qs;
    QTest::newRow("5s") << qint64(5000) << u"5s"_qs;
    QTest::newRow("1.5s") << qint64(1500) << u"1.5s"_qs;
    QTest::newRow("2m 5s") << qint64(125'000) << u"2m 5s"_qs;
    QTest::newRow("24h") << qint64(86'400'000 - 1) + 1 << u"1d"_qs;
    QTest::newRow("1h 30m") << qint64(5'400'000) << u"1h 30m"_qs;
    QTest::newRow("1d 2h 3m 4.005s") << qint64(93'784'005) << u"1d 2h 3m 4.005s"_qs;
    QTest::newRow("negative") << qint64(-2000) << u"-2s"_qs;
}

void TestDuration::format()
{
    QFETCH(qint64, ms);
    QFETCH(QString, text);
    QCOMPARE(formatDurationMs(ms), text);
}

void TestDuration::roundTrip()
{
    // What is shown can be typed back in.
    for (qint64 ms :
         { qint64(0), qint64(1), qint64(999), qint64(1000), qint64(1001), qint64(61'500),
           qint64(3'600'000), qint64(93'784'005), qint64(7) * 86'400'000 }) {
        const QString text = formatDurationMs(ms);
        const auto parsed = parseDurationMs(text);
        QVERIFY2(parsed && *parsed == ms, qPrintable(text));
    }
}

QTEST_GUILESS_MAIN(TestDuration)
#include "tst_duration.moc"
