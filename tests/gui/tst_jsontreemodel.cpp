#include "gui/displaytext.h"
#include "gui/jsontreemodel.h"
#include "samplepayload.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using Hookyard::Gui::DisplayText;
using Hookyard::Gui::JsonTreeModel;

class TestJsonTreeModel final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void passesTheModelTester();
    void columnsShowKeyValueAndType();
    void accessPathsLikeAnAgentWritesThem();
    void findKeyWalksDepthFirst();
    void copyValueIsRaw();
    void timesAreShownInWords();
    void notJsonIsAnError();
    void childrenAreLazy();
};

void TestJsonTreeModel::passesTheModelTester()
{
    JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QVERIFY(model.setJson(samplePaymentFailed()));
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 8);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.setJson(QByteArrayLiteral("[1, [2, 3], {\"a\": []}]")));
    QCOMPARE(model.rowCount(), 3);
    // Structure never changes outside a reset.
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(removed.size(), 0);
}

void TestJsonTreeModel::columnsShowKeyValueAndType()
{
    JsonTreeModel model;
    QVERIFY(model.setJson(samplePaymentFailed()));
    const QModelIndex data = model.findKey(QStringLiteral("data"));
    QVERIFY(data.isValid());
    QCOMPARE(model.index(data.row(), JsonTreeModel::TypeColumn).data().toString(),
             QStringLiteral("object"));
    const QModelIndex amount = model.findKey(QStringLiteral("amount"));
    QCOMPARE(
        model.index(amount.row(), JsonTreeModel::ValueColumn, amount.parent()).data().toString(),
        QStringLiteral("2000"));
    QCOMPARE(
        model.index(amount.row(), JsonTreeModel::TypeColumn, amount.parent()).data().toString(),
        QStringLiteral("number"));
    const QModelIndex currency = model.findKey(QStringLiteral("currency"));
    QCOMPARE(model.index(currency.row(), JsonTreeModel::ValueColumn, currency.parent())
                 .data()
                 .toString(),
             QStringLiteral("\"usd\""));
    const QModelIndex types = model.findKey(QStringLiteral("payment_method_types"));
    QCOMPARE(model.rowCount(types), 2);
    QCOMPARE(model.index(0, 0, types).data().toString(), QStringLiteral("[0]"));
}

void TestJsonTreeModel::accessPathsLikeAnAgentWritesThem()
{
    JsonTreeModel model;
    QVERIFY(model.setJson(samplePaymentFailed()));
    const QModelIndex error = model.findKey(QStringLiteral("last_payment_error"));
    QVERIFY(error.isValid());
    QCOMPARE(error.data(JsonTreeModel::AccessPathRole).toString(),
             QStringLiteral(R"(input["data"]["object"]["last_payment_error"])"));
    const QModelIndex types = model.findKey(QStringLiteral("payment_method_types"));
    QCOMPARE(model.index(1, 0, types).data(JsonTreeModel::AccessPathRole).toString(),
             QStringLiteral(R"(input["data"]["object"]["payment_method_types"][1])"));
    const QModelIndex quoted = model.findKey(QStringLiteral("order \"id\""));
    QCOMPARE(quoted.data(JsonTreeModel::AccessPathRole).toString(),
             QStringLiteral(R"(input["data"]["object"]["metadata"]["order \"id\""])"));
}

void TestJsonTreeModel::findKeyWalksDepthFirst()
{
    JsonTreeModel model;
    QVERIFY(model.setJson(samplePaymentFailed()));
    // QJsonObject keeps keys sorted, so "data" comes before "id".
    const QModelIndex first = model.findKey(QStringLiteral("id"));
    QCOMPARE(first.data(JsonTreeModel::AccessPathRole).toString(),
             QStringLiteral(R"(input["data"]["object"]["id"])"));
    const QModelIndex second = model.findKey(QStringLiteral("ID"), first);
    QCOMPARE(second.data(JsonTreeModel::AccessPathRole).toString(),
             QStringLiteral(R"(input["id"])"));
    const QModelIndex third = model.findKey(QStringLiteral("id"), second);
    QCOMPARE(third.data(JsonTreeModel::AccessPathRole).toString(),
             QStringLiteral(R"(input["request"]["id"])"));
    QVERIFY(!model.findKey(QStringLiteral("id"), third).isValid());
    QVERIFY(!model.findKey(QStringLiteral("nothing_like_this")).isValid());
}

void TestJsonTreeModel::copyValueIsRaw()
{
    JsonTreeModel model;
    QVERIFY(model.setJson(samplePaymentFailed()));
    const QModelIndex message = model.findKey(QStringLiteral("message"));
    QCOMPARE(message.data(JsonTreeModel::CopyValueRole).toString(),
             QStringLiteral("Your card has insufficient funds."));
    const QModelIndex error = model.findKey(QStringLiteral("last_payment_error"));
    const QString json = error.data(JsonTreeModel::CopyValueRole).toString();
    QVERIFY(json.contains(QStringLiteral("\"decline_code\": \"insufficient_funds\"")));
    const QModelIndex id = model.findKey(QStringLiteral("idempotency_key"));
    QCOMPARE(id.data(JsonTreeModel::CopyValueRole).toString(), QStringLiteral("null"));
    const QModelIndex created = model.findKey(QStringLiteral("created"));
    QCOMPARE(created.data(JsonTreeModel::CopyValueRole).toString(), QStringLiteral("1717000000"));
}

// Unix times (by their field's name and range) are shown with their date; amounts, small
// numbers and array elements are not; Copy Value stays the number.
void TestJsonTreeModel::timesAreShownInWords()
{
    JsonTreeModel model;
    QVERIFY(model.setJson(QByteArrayLiteral(
        "{\"created\": 1717000000, \"current_period_end\": 1719678400, \"canceled_at\": null,"
        " \"amount\": 1717000000, \"trial_end\": 30, \"expires_at\": 1717000000.5,"
        " \"items\": [1717000000], \"date\": \"1717000000\"}")));
    const auto value = [&model](const char *key) {
        return model.findKey(QString::fromLatin1(key))
            .siblingAtColumn(JsonTreeModel::ValueColumn)
            .data()
            .toString();
    };
    QCOMPARE(value("created"),
             QStringLiteral("1717000000 (%1)").arg(DisplayText::dateTime(1'717'000'000'000)));
    QVERIFY(!DisplayText::dateTime(1'717'000'000'000).isEmpty());
    QCOMPARE(value("current_period_end"),
             QStringLiteral("1719678400 (%1)").arg(DisplayText::dateTime(1'719'678'400'000)));
    QCOMPARE(value("canceled_at"), QStringLiteral("null"));
    QCOMPARE(value("amount"), QStringLiteral("1717000000"));
    QCOMPARE(value("trial_end"), QStringLiteral("30"));
    QCOMPARE(value("expires_at"), QStringLiteral("1717000000.5"));
    QCOMPARE(value("date"), QStringLiteral("\"1717000000\""));
    const QModelIndex items = model.findKey(QStringLiteral("items"));
    QCOMPARE(model.index(0, JsonTreeModel::ValueColumn, items).data().toString(),
             QStringLiteral("1717000000"));
    QCOMPARE(model.findKey(QStringLiteral("created")).data(JsonTreeModel::CopyValueRole).toString(),
             QStringLiteral("1717000000"));
}

void TestJsonTreeModel::notJsonIsAnError()
{
    JsonTreeModel model;
    QString error;
    QVERIFY(!model.setJson(QByteArrayLiteral("{\"id\": "), &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(model.rowCount(), 0);
}

void TestJsonTreeModel::childrenAreLazy()
{
    // 10,000 elements: counting them must not create them; the tester walks only what it sees.
    QByteArray big = "[";
    for (int i = 0; i < 10000; ++i)
        big += (i ? ",{\"n\":" : "{\"n\":") + QByteArray::number(i) + "}";
    big += "]";
    JsonTreeModel model;
    QVERIFY(model.setJson(big));
    QCOMPARE(model.rowCount(), 10000);
    QVERIFY(model.hasChildren(model.index(9999, 0)));
    QCOMPARE(model.index(9999, 0).data(JsonTreeModel::AccessPathRole).toString(),
             QStringLiteral("input[9999]"));
    QCOMPARE(model.index(0, 0, model.index(9999, 0)).data(JsonTreeModel::AccessPathRole).toString(),
             QStringLiteral(R"(input[9999]["n"])"));
}

QTEST_MAIN(TestJsonTreeModel)
#include "tst_jsontreemodel.moc"
