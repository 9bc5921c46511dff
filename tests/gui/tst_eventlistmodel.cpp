#include "fakeeventsource.h"
#include "gui/eventlistmodel.h"
#include "gui/livetableview.h"

#include <QAbstractItemModelTester>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using Hookyard::Gui::EventListModel;

class TestEventListModel final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void opensAMillionRowsWithOnePage();
    void fetchMorePagesByKeyset();
    void prependsLiveRowsKeepingSelection();
    void liveBurstLargerThanAPageLeavesNoGap();
    void filtersGoToTheSource();
    void searchResultsGrowWithoutAReset();
    void rejectedDeliveriesMode();
    void refreshEventUpdatesCounters();
    void runsColumnShowsFailedAndActiveRuns();
    void tableViewStaysPutWhenRowsArrive();
    void liveViewKeepsTheSelectedRowInPlace();
};

void TestEventListModel::opensAMillionRowsWithOnePage()
{
    FakeEventSource source(1'000'000);
    EventListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSource(&source);
    // One page read, whatever the history's size (how long opening takes is measured by
    // tests/benchmarks/bench-gui.sh, never asserted here).
    QCOMPARE(model.rowCount(), EventListModel::PageSize);
    QCOMPARE(source.listCalls, 1);
    QVERIFY(model.canFetchMore({}));
    QCOMPARE(model.index(0, EventListModel::EventIdColumn).data().toString(),
             QStringLiteral("evt_01000000"));
    QCOMPARE(model.index(0, 0).data(EventListModel::RowIdRole).toLongLong(), 1'000'000);
}

void TestEventListModel::fetchMorePagesByKeyset()
{
    FakeEventSource source(450);
    EventListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSource(&source);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 400);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 200);
    QCOMPARE(inserted.at(0).at(2).toInt(), 399);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 450);
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(model.index(449, 0).data(EventListModel::RowIdRole).toLongLong(), 1);
    QCOMPARE(source.largestLimitSeen, EventListModel::PageSize);
}

void TestEventListModel::prependsLiveRowsKeepingSelection()
{
    FakeEventSource source(10);
    EventListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSource(&source);
    QPersistentModelIndex selected = model.index(3, 0);
    const qint64 selectedId = selected.data(EventListModel::RowIdRole).toLongLong();

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QCOMPARE(model.refreshNew(), 0);
    QCOMPARE(inserted.size(), 0);

    source.addEvents(3);
    QCOMPARE(model.refreshNew(), 3);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), 2);
    QCOMPARE(removed.size(), 0);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(model.rowCount(), 13);
    QCOMPARE(model.index(0, 0).data(EventListModel::RowIdRole).toLongLong(), 13);
    QVERIFY(selected.isValid());
    QCOMPARE(selected.row(), 6);
    QCOMPARE(selected.data(EventListModel::RowIdRole).toLongLong(), selectedId);
}

void TestEventListModel::liveBurstLargerThanAPageLeavesNoGap()
{
    FakeEventSource source(5);
    EventListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSource(&source);
    source.addEvents(450);
    QCOMPARE(model.refreshNew(), 450);
    QCOMPARE(model.rowCount(), 455);
    for (int i = 0; i < model.rowCount(); ++i)
        QCOMPARE(model.index(i, 0).data(EventListModel::RowIdRole).toLongLong(), 455 - i);
}

// A search shows its newest matches while it goes on; the older ones it finds later are added
// below them without a reset, so a row the user selected meanwhile stays selected.
void TestEventListModel::searchResultsGrowWithoutAReset()
{
    FakeEventSource source(1000);
    EventListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSource(&source);
    EventListModel::Query query;
    query.text = QStringLiteral("evt_");
    query.searching = true;
    model.setQuery(query);
    QCOMPARE(model.rowCount(), 0); // nothing read while the search has found nothing

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    query.searched = true; // what it found so far
    query.rowsUpTo = 1000;
    query.rows = { 990, 950 };
    QVERIFY(!model.extendSearch(query)); // the first answer replaces "searching"
    model.setQuery(query);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 2);
    const QPersistentModelIndex selected = model.index(1, 0);

    query.rows = { 990, 950, 700, 12 };
    QVERIFY(model.extendSearch(query));
    query.searching = false; // the last answer: nothing new
    QVERIFY(model.extendSearch(query));
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.index(2, 0).data(EventListModel::EventRowRole).toLongLong(), 700);
    QCOMPARE(model.index(3, 0).data(EventListModel::EventRowRole).toLongLong(), 12);
    QCOMPARE(selected.row(), 1);

    // Anything else is not an extension: other rows, fewer rows, other filters.
    EventListModel::Query other = query;
    other.rows = { 990, 12 };
    QVERIFY(!model.extendSearch(other));
    other = query;
    other.rows.removeLast();
    QVERIFY(!model.extendSearch(other));
    other = query;
    other.connectorId = QStringLiteral("c1");
    other.rows.append(3);
    QVERIFY(!model.extendSearch(other));
    QCOMPARE(model.query(), query);
}

void TestEventListModel::filtersGoToTheSource()
{
    FakeEventSource source(1000);
    EventListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSource(&source);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    EventListModel::Query query;
    query.connectorId = QStringLiteral("c1");
    query.type = QStringLiteral("payment_intent.payment_failed");
    model.setQuery(query);
    QCOMPARE(reset.size(), 1);
    QVERIFY(model.rowCount() > 0);
    for (int i = 0; i < model.rowCount(); ++i) {
        QCOMPARE(model.index(i, EventListModel::ConnectorColumn).data().toString(),
                 QStringLiteral("billing"));
        QCOMPARE(model.index(i, EventListModel::TypeColumn).data().toString(), query.type);
    }
    model.setQuery(query); // unchanged: no reload
    QCOMPARE(reset.size(), 1);
    // A removed connector's events keep its name and say that it is gone.
    query.connectorId = QStringLiteral("c2");
    model.setQuery(query);
    QCOMPARE(reset.size(), 2);
    QVERIFY(model.rowCount() > 0);
    for (int i = 0; i < model.rowCount(); ++i)
        QCOMPARE(model.index(i, EventListModel::ConnectorColumn).data().toString(),
                 QStringLiteral("shop (removed)"));
    query.connectorId = QStringLiteral("c1");
    query.text = QStringLiteral("evt_00000999");
    model.setQuery(query);
    QCOMPARE(model.rowCount(), 1);
}

void TestEventListModel::rejectedDeliveriesMode()
{
    FakeEventSource source(100);
    source.addRejected(3);
    EventListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSource(&source);
    EventListModel::Query rejected;
    rejected.mode = EventListModel::Mode::Rejected;
    model.setQuery(rejected);
    QCOMPARE(model.rowCount(), 3);
    const QModelIndex verification = model.index(0, EventListModel::VerificationColumn);
    QVERIFY(verification.data().toString().contains(QStringLiteral("400")));
    QCOMPARE(verification.data(EventListModel::OutcomeRole).toString(), QStringLiteral("rejected"));
    QCOMPARE(verification.data(EventListModel::BadgeRole).toString(), QStringLiteral("rejected"));
    QVERIFY(verification.data(Qt::ToolTipRole).toString().contains(QStringLiteral("no v1")));
    source.addRejected(2);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QCOMPARE(model.refreshNew(), 2);
    QCOMPARE(inserted.size(), 1);

    QCOMPARE(source.lastDeliveryOutcome, QStringLiteral("rejected"));

    // Every delivery: asked for without an outcome (this source holds rejected ones only).
    EventListModel::Query every;
    every.mode = EventListModel::Mode::Deliveries;
    model.setQuery(every);
    QCOMPARE(source.lastDeliveryOutcome, QString());
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.index(0, EventListModel::VerificationColumn).data(EventListModel::OutcomeRole),
             QStringLiteral("rejected"));
}

void TestEventListModel::refreshEventUpdatesCounters()
{
    FakeEventSource source(20);
    EventListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSource(&source);
    const int row = model.rowForId(7);
    QCOMPARE(row, 13);
    QVERIFY(model.index(row, EventListModel::DuplicateColumn).data().toString().isEmpty());
    source.m_extraDeliveries.insert(7, 2);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.refreshEvent(7);
    QCOMPARE(changed.size(), 1);
    QVERIFY(model.index(row, EventListModel::DuplicateColumn).data().toString().contains(u'3'));
    QCOMPARE(model.rowForId(999), -1);
}

void TestEventListModel::runsColumnShowsFailedAndActiveRuns()
{
    FakeEventSource source(20);
    EventListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSource(&source);
    const QModelIndex runs = model.index(model.rowForId(7), EventListModel::RunsColumn);
    QVERIFY(runs.data().toString().isEmpty());
    QVERIFY(runs.data(EventListModel::BadgeRole).toString().isEmpty());
    QVERIFY(runs.data(Qt::ToolTipRole).toString().isEmpty());

    source.m_runCounts.insert(7, { 2, 0, 1 });
    model.refreshEvent(7);
    QCOMPARE(runs.data().toString(), QStringLiteral("2 (1 pending)"));
    QCOMPARE(runs.data(EventListModel::BadgeRole).toString(), QStringLiteral("running"));

    // A failure shows before the runs still in progress, in red, and the tooltip counts both.
    source.m_runCounts.insert(7, { 3, 1, 1 });
    model.refreshEvent(7);
    QCOMPARE(runs.data().toString(), QStringLiteral("3 (1 failed)"));
    QCOMPARE(runs.data(EventListModel::BadgeRole).toString(), QStringLiteral("failed"));
    const QString tip = runs.data(Qt::ToolTipRole).toString();
    // (No translator here: English's plural forms are tst_translations' and tst_agentcommands'.)
    QVERIFY2(tip.contains(QStringLiteral("3 agent run"))
                 && tip.contains(QStringLiteral("1 failed or timed out."))
                 && tip.contains(QStringLiteral("1 queued or running.")),
             qPrintable(tip));

    source.m_runCounts.insert(7, { 3, 0, 0 });
    model.refreshEvent(7);
    QCOMPARE(runs.data().toString(), QStringLiteral("3"));
    QCOMPARE(runs.data(EventListModel::BadgeRole).toString(), QStringLiteral("succeeded"));
}

void TestEventListModel::tableViewStaysPutWhenRowsArrive()
{
    FakeEventSource source(1'000'000);
    EventListModel model;
    model.setSource(&source);
    QTableView view;
    view.resize(600, 400);
    view.setModel(&model);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.selectRow(5);
    source.addEvents(2);
    model.refreshNew();
    QCOMPARE(view.currentIndex().row(), 7);
    QCOMPARE(view.currentIndex().data(EventListModel::RowIdRole).toLongLong(), 1'000'000 - 5);
}

// At the top of the list: with nothing selected new rows appear at the top; with a row
// selected, the row stays where the user is reading it.
void TestEventListModel::liveViewKeepsTheSelectedRowInPlace()
{
    FakeEventSource source(1000);
    EventListModel model;
    model.setSource(&source);
    Hookyard::Gui::LiveTableView view;
    view.resize(600, 400);
    view.setModel(&model);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    source.addEvents(3);
    model.refreshNew();
    QCOMPARE(view.verticalScrollBar()->value(), 0); // the live edge
    QCOMPARE(view.indexAt(QPoint(5, 5)).data(EventListModel::RowIdRole).toLongLong(), 1003);

    view.selectRow(2);
    const int top = view.visualRect(view.currentIndex()).top();
    source.addEvents(4);
    model.refreshNew();
    QCOMPARE(view.currentIndex().data(EventListModel::RowIdRole).toLongLong(), 1001);
    QCOMPARE(view.visualRect(view.currentIndex()).top(), top);
}

QTEST_MAIN(TestEventListModel)
#include "tst_eventlistmodel.moc"
