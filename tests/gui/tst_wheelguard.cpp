#include "gui/wheelguard.h"

#include <QApplication>
#include <QComboBox>
#include <QSpinBox>
#include <QTest>
#include <QVBoxLayout>
#include <QWheelEvent>

using Hookyard::Gui::WheelGuard;

// A wheel turned over a guarded spin box or combo box that has no focus changes nothing and is
// left unaccepted, for QApplication to pass on to the scrolling page; once the box has the
// focus, the wheel is the box's own again.
class TestWheelGuard : public QObject
{
    Q_OBJECT

private slots:
    void wheelChangesOnlyAFocusedBox();
    void guardedBoxesTakeNoFocusFromTheWheel();

private:
    static bool turnWheel(QWidget *widget, int steps)
    {
        const QPointF at(widget->rect().center());
        QWheelEvent wheel(at, widget->mapToGlobal(at), QPoint(), QPoint(0, 120 * steps),
                          Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(widget, &wheel);
        return wheel.isAccepted();
    }
};

void TestWheelGuard::wheelChangesOnlyAFocusedBox()
{
    QWidget page;
    auto *layout = new QVBoxLayout(&page);
    auto *spinBox = new QSpinBox(&page);
    spinBox->setRange(0, 1000);
    spinBox->setValue(100);
    auto *comboBox = new QComboBox(&page);
    comboBox->addItems({ QStringLiteral("normal"), QStringLiteral("full") });
    auto *other = new QSpinBox(&page);
    layout->addWidget(spinBox);
    layout->addWidget(comboBox);
    layout->addWidget(other);
    WheelGuard::install(&page);
    page.show();
    QApplication::setActiveWindow(&page);
    QVERIFY(QTest::qWaitForWindowActive(&page));
    other->setFocus();
    QTRY_VERIFY(other->hasFocus());

    QVERIFY(!turnWheel(spinBox, -2)); // left for the page to scroll
    QCOMPARE(spinBox->value(), 100);
    QVERIFY(!turnWheel(comboBox, -1));
    QCOMPARE(comboBox->currentIndex(), 0);
    QVERIFY(other->hasFocus()); // the wheel moved no focus

    spinBox->setFocus();
    QTRY_VERIFY(spinBox->hasFocus());
    QVERIFY(turnWheel(spinBox, -2));
    QCOMPARE(spinBox->value(), 98);
    comboBox->setFocus();
    QTRY_VERIFY(comboBox->hasFocus());
    turnWheel(comboBox, -1);
    QCOMPARE(comboBox->currentIndex(), 1);
}

void TestWheelGuard::guardedBoxesTakeNoFocusFromTheWheel()
{
    QWidget page;
    auto *spinBox = new QSpinBox(&page);
    auto *comboBox = new QComboBox(&page);
    QCOMPARE(spinBox->focusPolicy(), Qt::WheelFocus); // Qt's default, for contrast
    WheelGuard::install(&page);
    QCOMPARE(spinBox->focusPolicy(), Qt::StrongFocus);
    QCOMPARE(comboBox->focusPolicy(), Qt::StrongFocus);
}

QTEST_MAIN(TestWheelGuard)
#include "tst_wheelguard.moc"
