#include "gui/connectorlistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using Hookyard::Core::Connector;
using Hookyard::Gui::ConnectorListModel;

class TestConnectorListModel final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void insertsRemovesAndUpdatesWithoutReset();
    void statusSaysWhatIsMissing();

private:
    static Connector make(const char *id, const char *name, bool secret = true)
    {
        Connector c;
        c.id = QLatin1String(id);
        c.name = QLatin1String(name);
        c.hasSecret = secret;
        return c;
    }
};

void TestConnectorListModel::insertsRemovesAndUpdatesWithoutReset()
{
    ConnectorListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    model.setConnectors({ make("b", "shop"), make("a", "billing") });
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0).data().toString(), QStringLiteral("billing")); // sorted by name
    QCOMPARE(inserted.size(), 2);

    QPersistentModelIndex shop = model.index(1);
    model.setConnectors({ make("b", "shop"), make("a", "billing"), make("c", "alpha") });
    QCOMPARE(inserted.size(), 3);
    QCOMPARE(model.index(0).data().toString(), QStringLiteral("alpha"));
    QCOMPARE(shop.row(), 2);

    Connector changedShop = make("b", "shop", false);
    model.setConnectors({ changedShop, make("c", "alpha") });
    QCOMPARE(removed.size(), 1);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(shop.isValid());
    QCOMPARE(shop.data(ConnectorListModel::StatusRole).toString(), QStringLiteral("no_secret"));
    QCOMPARE(reset.size(), 0);

    model.setConnectors({});
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(reset.size(), 0);
}

void TestConnectorListModel::statusSaysWhatIsMissing()
{
    ConnectorListModel model;
    Connector disabled = make("d", "old");
    disabled.enabled = false;
    model.setConnectors({ make("a", "billing", false), disabled });
    const QModelIndex billing = model.index(model.rowOf(QStringLiteral("a")));
    QVERIFY(billing.data(Qt::ToolTipRole).toString().contains(QStringLiteral("503")));
    QCOMPARE(model.index(model.rowOf(QStringLiteral("d")))
                 .data(ConnectorListModel::StatusRole)
                 .toString(),
             QStringLiteral("disabled"));
    QCOMPARE(model.connector(QStringLiteral("a")).name, QStringLiteral("billing"));
    QVERIFY(model.connector(QStringLiteral("zzz")).id.isEmpty());
}

QTEST_MAIN(TestConnectorListModel)
#include "tst_connectorlistmodel.moc"
