#include "gui/jsontreemodel.h"
#include "gui/payloadview.h"
#include "samplepayload.h"

#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using Hookyard::Gui::JsonTreeModel;
using Hookyard::Gui::PayloadView;

class TestPayloadView final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void findAndCopyPath();
    void copyValueWithKeyboard();
    void expandAndCollapseAll();
    void notJsonShowsAMessage();
};

void TestPayloadView::findAndCopyPath()
{
    PayloadView view;
    view.setJson(samplePaymentFailed());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto *find = view.findChild<QLineEdit *>(QStringLiteral("payloadFind"));
    QVERIFY(find);
    QSignalSpy copied(&view, &PayloadView::copied);
    QTest::keyClicks(find, QStringLiteral("last_payment_error"));
    QTest::keyClick(find, Qt::Key_Return);
    auto *tree = view.findChild<QTreeView *>(QStringLiteral("payloadTree"));
    QCOMPARE(tree->currentIndex().data().toString(), QStringLiteral("last_payment_error"));
    QVERIFY(tree->isExpanded(tree->currentIndex().parent()));
    QTest::mouseClick(view.findChild<QToolButton *>(QStringLiteral("payloadCopyPath")),
                      Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(),
             QStringLiteral(R"(input["data"]["object"]["last_payment_error"])"));
    QCOMPARE(copied.size(), 1);
}

void TestPayloadView::copyValueWithKeyboard()
{
    PayloadView view;
    view.setJson(samplePaymentFailed());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(view.findNext(QStringLiteral("decline_code")));
    auto *tree = view.treeView();
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("insufficient_funds"));
}

void TestPayloadView::expandAndCollapseAll()
{
    PayloadView view;
    view.setJson(samplePaymentFailed());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto *tree = view.treeView();
    const QModelIndex error = view.model()->findKey(QStringLiteral("last_payment_error"));
    QTest::mouseClick(view.findChild<QToolButton *>(QStringLiteral("payloadExpandAll")),
                      Qt::LeftButton);
    QVERIFY(tree->isExpanded(error));
    QTest::mouseClick(view.findChild<QToolButton *>(QStringLiteral("payloadCollapseAll")),
                      Qt::LeftButton);
    QVERIFY(!tree->isExpanded(error));
}

void TestPayloadView::notJsonShowsAMessage()
{
    PayloadView view;
    view.setJson(QByteArrayLiteral("not json"));
    QCOMPARE(view.model()->rowCount(), 0);
}

QTEST_MAIN(TestPayloadView)
#include "tst_payloadview.moc"
