#include "../storage/eventhistory.h"
#include "gui/eventsearch.h"
#include "storage/database.h"
#include "storage/eventrepository.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Hookyard;
using Hookyard::Gui::EventSearch;
using Hookyard::Gui::EventSearchResult;

// The Events page's text search, on its own thread and connection, against a real database
// (tests/storage/eventhistory.h: evt_0 .. evt_29).
class TestEventSearch : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Storage::Database> m_db;

    qint64 rowOf(const QString &stripeId) const
    {
        return Storage::EventRepository(*m_db).byStripeId(stripeId)->row;
    }
    static Storage::EventFilter textFilter(const QString &text)
    {
        Storage::EventFilter f;
        f.text = text;
        return f;
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_db = Storage::TestUtil::History::openFilled(m_dir.path(), &error);
        QVERIFY2(m_db, qPrintable(error));
    }

    void findsTheMatchingRowsNewestFirst()
    {
        EventSearch search(m_dir.path());
        QSignalSpy finished(&search, &EventSearch::finished);
        const quint64 serial = search.start(textFilter(QStringLiteral("evt_1")));
        QVERIFY(search.isRunning());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10'000);
        QVERIFY(!search.isRunning());
        const auto result = finished.first().first().value<EventSearchResult>();
        QCOMPARE(result.serial, serial);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.upTo, rowOf(QStringLiteral("evt_29")));
        QCOMPARE(result.rows.size(), 11); // evt_19 .. evt_10, evt_1
        QCOMPARE(result.rows.first(), rowOf(QStringLiteral("evt_19")));
        QCOMPARE(result.rows.last(), rowOf(QStringLiteral("evt_1")));
        QVERIFY(!result.capped);

        // The other filters apply too; a payload matches.
        Storage::EventFilter f = textFilter(QStringLiteral("\"amount_due\": 4900"));
        f.connectorIds = { Storage::TestUtil::History::Billing };
        search.start(f);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 10'000);
        QCOMPARE(finished.last().first().value<EventSearchResult>().rows.size(), 15);
    }

    // Read a few rows at a time, the answer is the same, newest first across the slices, and the
    // search stops once it has one more match than it answers.
    void readsSliceBySlice()
    {
        EventSearch search(m_dir.path(), EventSearch::Limits { 1000, 4 });
        QSignalSpy finished(&search, &EventSearch::finished);
        search.start(textFilter(QStringLiteral("evt_1")));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10'000);
        auto result = finished.last().first().value<EventSearchResult>();
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QList<qint64> expected;
        for (int i = 19; i >= 10; --i)
            expected << rowOf(QStringLiteral("evt_%1").arg(i));
        expected << rowOf(QStringLiteral("evt_1"));
        QCOMPARE(result.rows, expected);
        QVERIFY(!result.capped);

        EventSearch capped(m_dir.path(), EventSearch::Limits { 5, 4 });
        QSignalSpy cappedFinished(&capped, &EventSearch::finished);
        capped.start(textFilter(QStringLiteral("evt_")));
        QTRY_COMPARE_WITH_TIMEOUT(cappedFinished.size(), 1, 10'000);
        result = cappedFinished.last().first().value<EventSearchResult>();
        expected.clear();
        for (int i = 29; i >= 25; --i)
            expected << rowOf(QStringLiteral("evt_%1").arg(i));
        QCOMPARE(result.rows, expected);
        QVERIFY(result.capped);
        QCOMPARE(capped.maxMatches(), 5);
    }

    // The newest matches come before the search ends, and the answer goes on from them.
    void showsTheNewestMatchesWhileItGoesOn()
    {
        EventSearch search(m_dir.path(), EventSearch::Limits { 1000, 4 });
        QSignalSpy progress(&search, &EventSearch::progress);
        QSignalSpy finished(&search, &EventSearch::finished);
        const quint64 serial = search.start(textFilter(QStringLiteral("evt_")));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10'000);
        QVERIFY(progress.size() >= 1);
        const auto first = progress.first().first().value<EventSearchResult>();
        const auto last = finished.first().first().value<EventSearchResult>();
        QCOMPARE(first.serial, serial);
        QCOMPARE(first.upTo, last.upTo);
        QCOMPARE(first.rows.first(), rowOf(QStringLiteral("evt_29")));
        QVERIFY(first.rows.size() < last.rows.size()); // the first slice only
        QCOMPARE(last.rows.mid(0, first.rows.size()), first.rows);
        QCOMPARE(last.rows.size(), 30);
    }

    void onlyTheNewestSearchIsAnswered()
    {
        EventSearch search(m_dir.path());
        QSignalSpy finished(&search, &EventSearch::finished);
        search.start(textFilter(QStringLiteral("evt_1")));
        search.start(textFilter(QStringLiteral("evt_2")));
        const quint64 last = search.start(textFilter(QStringLiteral("dispute")));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10'000);
        QTest::qWait(100); // nothing else arrives
        QCOMPARE(finished.size(), 1);
        const auto result = finished.first().first().value<EventSearchResult>();
        QCOMPARE(result.serial, last);
        QCOMPARE(result.rows.size(), 10);

        search.start(textFilter(QStringLiteral("evt_3")));
        search.cancel();
        QVERIFY(!search.isRunning());
        QTest::qWait(100);
        QCOMPARE(finished.size(), 1);
    }

    void aDatabaseThatCannotBeOpenedIsReported()
    {
        // A file where the data folder should be.
        const QString notAFolder = m_dir.filePath(QStringLiteral("hookyard.db"));
        EventSearch search(notAFolder);
        QSignalSpy finished(&search, &EventSearch::finished);
        search.start(textFilter(QStringLiteral("evt_1")));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10'000);
        const auto result = finished.first().first().value<EventSearchResult>();
        QVERIFY(!result.error.isEmpty());
        QVERIFY(result.rows.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEventSearch)
#include "tst_eventsearch.moc"
