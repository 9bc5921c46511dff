#include "core/utcstamp.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QTest>

using Hookyard::Core::isoUtc;
using Hookyard::Core::UtcStamp;

namespace {
QString qtStamp(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}
} // namespace

// UtcStamp writes exactly what QDateTime writes, whatever order the times come in.
class TestUtcStamp final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // The literals are `date -u -d @SECONDS +%Y-%m-%dT%H:%M:%S` plus the milliseconds.
    void isoUtcWritesMillisecondsAndZ()
    {
        QCOMPARE(isoUtc(1'764'266'626'244), QStringLiteral("2025-11-27T18:03:46.244Z"));
        QCOMPARE(isoUtc(1'764'266'626'000), QStringLiteral("2025-11-27T18:03:46.000Z"));
        QCOMPARE(isoUtc(-1), QStringLiteral("1969-12-31T23:59:59.999Z"));
    }
    void matchesQDateTime_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::newRow("epoch") << qint64(0);
        QTest::newRow("one ms") << qint64(1);
        QTest::newRow("end of a second") << qint64(1'764'266'626'999);
        QTest::newRow("start of the next") << qint64(1'764'266'627'000);
        QTest::newRow("tens of ms") << qint64(1'764'266'627'050);
        QTest::newRow("new year") << qint64(1'767'225'599'999);
        QTest::newRow("leap day") << qint64(1'709'164'800'123);
        QTest::newRow("before 1970") << qint64(-1);
        QTest::newRow("before 1970, whole second") << qint64(-1000);
        QTest::newRow("year 9999") << qint64(253'402'300'799'999);
    }
    void matchesQDateTime()
    {
        QFETCH(qint64, ms);
        UtcStamp stamp;
        QCOMPARE(stamp.format(ms), qtStamp(ms));
        QCOMPARE(stamp.format(ms), qtStamp(ms)); // from the cached second
    }
    // One formatter across many times: the cached second must never leak into another.
    void sequenceMatchesQDateTime()
    {
        UtcStamp stamp;
        QRandomGenerator random(20261127);
        qint64 ms = 1'764'266'626'000;
        for (int i = 0; i < 5000; ++i) {
            // Mostly forward by a few ms (a stream of deliveries), sometimes back or far away.
            const quint32 roll = random.bounded(100u);
            if (roll < 80)
                ms += random.bounded(400);
            else if (roll < 90)
                ms -= random.bounded(3000);
            else
                ms = qint64(random.bounded(4'000'000'000ull)) * 1000 + random.bounded(1000);
            QCOMPARE(stamp.format(ms), qtStamp(ms));
        }
    }
};

QTEST_APPLESS_MAIN(TestUtcStamp)
#include "tst_utcstamp.moc"
