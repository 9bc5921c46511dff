#include "fakeeventsource.h"
#include "gui/runlistmodel.h"
#include "gui/runtable.h"

#include <QAbstractItemModelTester>
#include <QPlainTextEdit>
#include <QScrollBar>
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
    void stateFilterFollowsRunsLeavingAndEntering();
    void runTextFollowsTheEndOrStaysPut();
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

    // A record a view has just read replaces the row without another read.
    auto read = source.run(3).value();
    read.state = QStringLiteral("succeeded");
    read.output = "kept by the view, not the list";
    model.updateRun(read);
    QCOMPARE(changed.size(), 2);
    QCOMPARE(model.index(row, 0).data(RunListModel::StateRole).toString(),
             QStringLiteral("succeeded"));
    QVERIFY(model.runAt(row).output.isEmpty());

    // A run not listed yet: the newer runs are read.
    source.runCount = 6;
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.refreshRun(6);
    QCOMPARE(inserted.size(), 1);
    QVERIFY(model.rowForId(6) >= 0);
}

// A list narrowed to a state loses a run that left it and gains, at its place, one that entered
// it; the run a view is showing keeps its row.
void TestRunListModel::stateFilterFollowsRunsLeavingAndEntering()
{
    FakeEventSource source;
    source.runCount = 10;
    for (qint64 id : { 2, 5, 8 })
        source.runStates.insert(id, QStringLiteral("running"));
    RunListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSource(&source);
    Hookyard::Storage::RunFilter filter;
    filter.state = QStringLiteral("running");
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 3);

    // Run 5 finished: it goes.
    source.runStates.insert(5, QStringLiteral("succeeded"));
    model.refreshRun(5);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowForId(5), -1);

    // Run 4 started: it comes between 8 and 2, without its output.
    source.runStates.insert(4, QStringLiteral("running"));
    model.refreshRun(4);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.rowForId(4), 1);
    QVERIFY(model.runAt(1).output.isEmpty());
    model.refreshRun(4); // again: still one row
    QCOMPARE(model.rowCount(), 3);

    // A run that does not match and is not listed changes nothing.
    model.refreshRun(7);
    QCOMPARE(model.rowCount(), 3);

    // The run a view shows and updates from its own read stays, with its new state.
    QCOMPARE(source.runReads, 0); // rows need no output
    auto shown = source.run(8).value();
    source.runReads = 0; // that one was the view's own read
    shown.state = QStringLiteral("failed");
    model.updateRun(shown);
    QCOMPARE(model.rowForId(8), 0);
    QCOMPARE(model.index(0, 0).data(RunListModel::StateRole).toString(), QStringLiteral("failed"));
    QVERIFY(!model.matches(shown));

    // A newer run in the state: the newer runs are read, in order.
    source.runCount = 12;
    source.runStates.insert(11, QStringLiteral("running"));
    source.runStates.insert(12, QStringLiteral("running"));
    model.refreshRun(12);
    QCOMPARE(model.rowForId(12), 0);
    QCOMPARE(model.rowForId(11), 1);
    // Rows need no output: none of this read a run with its output (up to 2 MiB each).
    QCOMPARE(source.runReads, 0);
}

// A running run's text is set again every second as it grows (setRunText).
void TestRunListModel::runTextFollowsTheEndOrStaysPut()
{
    QPlainTextEdit view;
    view.resize(300, 120);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QString text;
    for (int i = 0; i < 50; ++i)
        text += QStringLiteral("line %1\n").arg(i);
    Hookyard::Gui::setRunText(&view, text);
    QScrollBar *bar = view.verticalScrollBar();
    QCOMPARE(bar->value(), 0); // a new text starts at the top
    QVERIFY(bar->maximum() > 0);

    // At the end, the reader follows what is appended.
    bar->setValue(bar->maximum());
    const int end = bar->maximum();
    text += QStringLiteral("more\nand more\n");
    Hookyard::Gui::setRunText(&view, text);
    QVERIFY(bar->maximum() > end);
    QCOMPARE(bar->value(), bar->maximum());

    // Scrolled up, the reader stays where they are, and a selection survives the growth.
    QTextCursor selection(view.document());
    selection.setPosition(0);
    selection.setPosition(4, QTextCursor::KeepAnchor);
    view.setTextCursor(selection);
    bar->setValue(3);
    text += QStringLiteral("even more\n");
    Hookyard::Gui::setRunText(&view, text);
    QCOMPARE(bar->value(), 3);
    QCOMPARE(view.textCursor().selectedText(), QStringLiteral("line"));
    QCOMPARE(view.toPlainText(), text);

    // Another text (another run, or a finished one's header) replaces it.
    Hookyard::Gui::setRunText(&view, QStringLiteral("done\n"));
    QCOMPARE(view.toPlainText(), QStringLiteral("done\n"));
}

QTEST_MAIN(TestRunListModel)
#include "tst_runlistmodel.moc"
