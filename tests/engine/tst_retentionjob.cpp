#include "core/clock.h"
#include "engine/retentionjob.h"
#include "storage/database.h"
#include "storage/deliverywriter.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Hookyard;

namespace {

constexpr qint64 Day = 24LL * 3600 * 1000;
constexpr qint64 Now = 1'764'201'000'000; // 2025-11-27, the clock every case counts from

Core::Delivery delivery(const QString &stripeId, qint64 receivedAtMs)
{
    Core::Delivery d;
    d.connectorId = QStringLiteral("c1");
    d.receivedAtMs = receivedAtMs;
    d.httpStatus = 200;
    d.outcome = Core::DeliveryOutcome::Accepted;
    d.event.id = stripeId;
    d.event.type = QStringLiteral("invoice.payment_failed");
    d.event.object = QStringLiteral("event");
    d.body = "{\"id\":\"" + stripeId.toUtf8() + "\"}";
    d.bodySize = d.body.size();
    return d;
}

qint64 count(Storage::Database &db, const QString &sql)
{
    QSqlQuery q(db.sql());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

// The retention settings remove what they say, off the calling thread, and nothing else.
class TestRetentionJob : public QObject
{
    Q_OBJECT

private:
    Core::ManualClock m_clock { Now };
    // A data dir with events received 0..ageDays-1 days before Now, one per day.
    std::unique_ptr<QTemporaryDir> fill(int ageDays)
    {
        auto dir = std::make_unique<QTemporaryDir>();
        QString error;
        auto db = Storage::Database::open(dir->path(), QStringLiteral("fill"), &error);
        if (!db)
            return nullptr;
        Storage::DeliveryWriter writer(*db);
        for (int age = ageDays - 1; age >= 0; --age) {
            const auto r = writer.commitVerified(
                delivery(QStringLiteral("evt_%1").arg(age), Now - age * Day - 1000), {});
            if (r.status != Storage::DeliveryWriter::Result::Committed)
                return nullptr;
        }
        return dir;
    }

    qint64 events(const QString &dir, const char *where = "1")
    {
        QString error;
        auto db = Storage::Database::open(dir, QStringLiteral("check"), &error);
        return db ? count(
                   *db,
                   QStringLiteral("SELECT count(*) FROM events WHERE %1").arg(QLatin1String(where)))
                  : -1;
    }

private slots:
    void limits_data()
    {
        QTest::addColumn<int>("days");
        QTest::addColumn<qint64>("keep");
        QTest::addColumn<qint64>("left");
        QTest::addRow("no limits keep everything") << 0 << qint64(0) << qint64(40);
        QTest::addRow("30 days") << 30 << qint64(0) << qint64(30);
        QTest::addRow("at most 5 events") << 0 << qint64(5) << qint64(5);
        QTest::addRow("both: the stricter wins") << 30 << qint64(12) << qint64(12);
        QTest::addRow("both: days stricter") << 3 << qint64(12) << qint64(3);
    }

    void limits()
    {
        QFETCH(int, days);
        QFETCH(qint64, keep);
        QFETCH(qint64, left);
        const auto dir = fill(40);
        QVERIFY(dir);
        Engine::RetentionJob job(dir->path(), m_clock);
        job.setLimits(days, keep);
        QSignalSpy finished(&job, &Engine::RetentionJob::finished);
        QVERIFY(job.runNow(Now));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        QCOMPARE(finished.first().at(1).toString(), QString());
        QCOMPARE(events(dir->path()), left);
        QCOMPARE(finished.first().at(0).toLongLong() >= 40 - left, true);
        // What is left is the newest: evt_0 (today) .. evt_<left-1>.
        QCOMPARE(events(dir->path(), "stripe_id = 'evt_0'"), left > 0 ? 1 : 0);
        QCOMPARE(events(dir->path(), "stripe_id = 'evt_39'"), left == 40 ? 1 : 0);
    }

    void onePassAtATime()
    {
        const auto dir = fill(10);
        QVERIFY(dir);
        Engine::RetentionJob job(dir->path(), m_clock);
        job.setLimits(1, 0);
        QSignalSpy finished(&job, &Engine::RetentionJob::finished);
        QVERIFY(job.runNow(Now));
        if (job.isRunning())
            QVERIFY(!job.runNow(Now)); // refused while the first one runs
        QTRY_COMPARE(finished.count(), 1);
        QTRY_VERIFY(!job.isRunning());
        QVERIFY(job.runNow(Now)); // and possible again afterwards
        QTRY_COMPARE(finished.count(), 2);
        QCOMPARE(events(dir->path()), qint64(1));
    }

    void theTimerRunsPasses()
    {
        const auto dir = fill(5);
        QVERIFY(dir);
        Engine::RetentionJob job(dir->path(), m_clock);
        job.setLimits(0, 2);
        QSignalSpy finished(&job, &Engine::RetentionJob::finished);
        job.start(0, 1000);
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 2, 10000); // the first and one more
        QCOMPARE(events(dir->path()), qint64(2));
    }
};

QTEST_GUILESS_MAIN(TestRetentionJob)
#include "tst_retentionjob.moc"
