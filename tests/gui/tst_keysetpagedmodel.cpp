#include "gui/keysetpagedmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using Hookyard::Gui::KeysetPagedModel;

namespace {

// The smallest subclass: records are bare ids, read from a sorted list standing in for the
// database. Ids step by 3 so that the paging never relies on ids being contiguous.
class IdModel final : public KeysetPagedModel<qint64>
{
public:
    QList<qint64> stored; // ascending, as rows are added to a table
    int reads = 0;

    IdModel() : KeysetPagedModel(nullptr) { }

    void add(int n)
    {
        for (int i = 0; i < n; ++i)
            stored.append(stored.isEmpty() ? 3 : stored.constLast() + 3);
    }
    qint64 idAt(int row) const { return recordAt(row); }

    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : 1;
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::DisplayRole)
            return {};
        return recordAt(index.row());
    }

private:
    QList<qint64> readPage(qint64 beforeId, qint64 afterId) const override
    {
        ++const_cast<IdModel *>(this)->reads;
        QList<qint64> page;
        for (auto it = stored.crbegin(); it != stored.crend() && page.size() < PageSize; ++it) {
            if ((beforeId == 0 || *it < beforeId) && *it > afterId)
                page.append(*it);
        }
        return page;
    }
    qint64 idOf(const qint64 &id) const override { return id; }
};

void verifyNewestFirstWithoutGaps(const IdModel &model)
{
    const qint64 newest = model.stored.isEmpty() ? 0 : model.stored.constLast();
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.idAt(row), newest - 3 * row);
}

} // namespace

class TestKeysetPagedModel final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pagesUntilTheEnd_data();
    void pagesUntilTheEnd();
    void refreshNew_data();
    void refreshNew();
    void noFetchWhileChanging();
    void rowForId();
    void insertAndRemoveRecords();
};

void TestKeysetPagedModel::pagesUntilTheEnd_data()
{
    QTest::addColumn<int>("stored");
    QTest::addColumn<int>("firstPage");
    QTest::addColumn<int>("fetches"); // fetchMore calls that add rows

    QTest::newRow("empty") << 0 << 0 << 0;
    QTest::newRow("less than a page") << 7 << 7 << 0;
    // A full last page cannot tell it is the last: one more read finds nothing.
    QTest::newRow("exactly a page") << 200 << 200 << 0;
    QTest::newRow("a page and one") << 201 << 200 << 1;
    QTest::newRow("several pages") << 1000 << 200 << 4;
}

void TestKeysetPagedModel::pagesUntilTheEnd()
{
    QFETCH(int, stored);
    QFETCH(int, firstPage);
    QFETCH(int, fetches);
    IdModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.add(stored);
    model.reload();
    QCOMPARE(model.rowCount(), firstPage);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(inserted.size(), fetches);
    QCOMPARE(model.rowCount(), stored);
    verifyNewestFirstWithoutGaps(model);
    const int reads = model.reads;
    model.fetchMore({}); // at the end: no read at all
    QCOMPARE(model.reads, reads);
}

void TestKeysetPagedModel::refreshNew_data()
{
    QTest::addColumn<int>("stored");
    QTest::addColumn<int>("added");
    QTest::addColumn<int>("inserts");
    QTest::addColumn<int>("resets");
    QTest::addColumn<int>("rowsAfter");
    QTest::addColumn<int>("returned");

    constexpr int Page = KeysetPagedModel<qint64>::PageSize;
    constexpr int Flood = KeysetPagedModel<qint64>::MaxLiveInsert;
    QTest::newRow("nothing new") << 10 << 0 << 0 << 0 << 10 << 0;
    QTest::newRow("into an empty table") << 0 << 3 << 1 << 0 << 3 << 3;
    QTest::newRow("a few") << 10 << 3 << 1 << 0 << 13 << 3;
    QTest::newRow("more than a page, one insert") << 10 << 450 << 1 << 0 << 460 << 450;
    // Beyond MaxLiveInsert the model stops reading, and starts again from the newest page
    // rather than inserting; it reports the rows it had read by then.
    QTest::newRow("a flood resets") << 10 << Flood + 1 << 0 << 1 << Page << Flood;
}

void TestKeysetPagedModel::refreshNew()
{
    QFETCH(int, stored);
    QFETCH(int, added);
    QFETCH(int, inserts);
    QFETCH(int, resets);
    QFETCH(int, rowsAfter);
    QFETCH(int, returned);
    IdModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.add(stored);
    model.reload();
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.add(added);
    QCOMPARE(model.refreshNew(), returned);
    QCOMPARE(inserted.size(), inserts);
    if (inserts > 0) {
        QCOMPARE(inserted.at(0).at(1).toInt(), 0);
        QCOMPARE(inserted.at(0).at(2).toInt(), added - 1);
    }
    QCOMPARE(removed.size(), 0);
    QCOMPARE(reset.size(), resets);
    QCOMPARE(model.rowCount(), rowsAfter);
    verifyNewestFirstWithoutGaps(model);
    QCOMPARE(model.refreshNew(), 0); // and again: nothing
}

void TestKeysetPagedModel::noFetchWhileChanging()
{
    // Views call fetchMore() from their rowsInserted/modelReset slots; a nested insert there
    // would corrupt them, so the model refuses until its own change is over.
    IdModel model;
    model.add(1000);
    QList<bool> duringChange;
    const auto probe = [&model, &duringChange] {
        duringChange.append(model.canFetchMore({}));
    };
    connect(&model, &QAbstractItemModel::modelReset, this, probe);
    connect(&model, &QAbstractItemModel::rowsInserted, this, probe);
    model.reload();
    model.fetchMore({});
    model.add(2);
    model.refreshNew();
    QCOMPARE(duringChange, QList<bool>({ false, false, false }));
    QVERIFY(model.canFetchMore({}));
}

void TestKeysetPagedModel::rowForId()
{
    IdModel model;
    model.add(450);
    model.reload();
    model.fetchMore({});
    QCOMPARE(model.rowForId(model.stored.constLast()), 0);
    QCOMPARE(model.rowForId(model.stored.at(50)), 399);
    QCOMPARE(model.rowForId(model.stored.at(50) + 1), -1); // between two ids
    QCOMPARE(model.rowForId(model.stored.at(0)), -1); // not fetched yet
    QCOMPARE(model.rowForId(model.stored.constLast() + 3), -1); // newer than any shown
}

// A record that comes back into a filtered list goes to its place by id, only within the rows
// read so far; a removed one goes without touching the others.
void TestKeysetPagedModel::insertAndRemoveRecords()
{
    IdModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.add(300); // ids 3..900: the first page holds 900 down to 306
    model.reload();
    QCOMPARE(model.rowCount(), IdModel::PageSize);
    QVERIFY(model.insertRecord(601)); // between 603 and 600
    QCOMPARE(model.rowForId(601), 100);
    QCOMPARE(model.idAt(99), 603);
    QCOMPARE(model.idAt(101), 600);
    QVERIFY(!model.insertRecord(601)); // shown already
    QVERIFY(!model.insertRecord(4)); // older than every row read: its page brings it
    QCOMPARE(model.rowCount(), IdModel::PageSize + 1);
    model.removeRecordAt(100);
    QCOMPARE(model.rowForId(601), -1);
    QCOMPARE(model.rowCount(), IdModel::PageSize);
    verifyNewestFirstWithoutGaps(model);
    model.removeRecordAt(IdModel::PageSize); // no such row: nothing happens
    QCOMPARE(model.rowCount(), IdModel::PageSize);
}

QTEST_MAIN(TestKeysetPagedModel)
#include "tst_keysetpagedmodel.moc"
