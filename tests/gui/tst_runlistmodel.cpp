#include "fakeeventsource.h"
#include "gui/runlistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using Hookyard::Gui::RunListModel;

class TestRunListModel final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pagesAndPrepends();
    void filtersByAgentAndEvent();
    void refreshRunChangesState();
};

void TestRunListModel::pagesAndPrepends()
{
    FakeEventSource source;
    source.runCount = 250;
    RunListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSource(&source);
    QCOMPARE(model.rowCount(), RunListModel::PageSize);
    QVERIFY(model.canFetchMore({}));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 250);
    QVERIFY(!model.canFetchMore({}));
    source.runCount = 253;
    QCOMPARE(model.refreshNew(), 3);
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(inserted.at(1).at(1).toInt(), 0);
    QCOMPARE(inserted.at(1).at(2).toInt(), 2);
    QCOMPARE(removed.size(), 0);
    QCOMPARE(model.index(0, RunListModel::IdColumn).data().toLongLong(), 253);
    QCOMPARE(model.index(0, RunListModel::DurationColumn).data().toString().isEmpty(), false);
}

void TestRunListModel::filtersByAgentAndEvent()
{
    FakeEventSource source;
    source.runCount = 40;
    RunListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSource(&source);
    Hookyard::Storage::RunFilter filter;
    filter.agent = QStringLiteral("dunning");
    filter.eventRow = 2;
    model.setFilter(filter);
    QVERIFY(model.rowCount() > 0);
    for (int i = 0; i < model.rowCount(); ++i) {
        QCOMPARE(model.index(i, 0).data(RunListModel::AgentRole).toString(), filter.agent);
        QCOMPARE(model.index(i, 0).data(RunListModel::EventRowRole).toLongLong(), 2);
    }
}

void TestRunListModel::refreshRunChangesState()
{
    FakeEventSource source;
    source.runCount = 5;
    source.runStates.insert(3, QStringLiteral("running"));
    RunListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSource(&source);
    const int row = model.rowForId(3);
    QCOMPARE(model.index(row, 0).data(RunListModel::StateRole).toString(),
             QStringLiteral("running"));
    source.runStates.insert(3, QStringLiteral("failed"));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.refreshRun(3);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.index(row, 0).data(RunListModel::StateRole).toString(),
             QStringLiteral("failed"));
    QVERIFY(model.runAt(row).output.isEmpty()); // the list stays light
}

QTEST_MAIN(TestRunListModel)
#include "tst_runlistmodel.moc"
