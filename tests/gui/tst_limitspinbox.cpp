#include "gui/limitspinbox.h"

#include <QTest>

using Hookyard::Gui::LimitSpinBox;

// A connector's rate or burst: -1 = the default setting, 0 = unlimited, otherwise the value.
class TestLimitSpinBox : public QObject
{
    Q_OBJECT

private slots:
    void init() { QLocale::setDefault(QLocale::c()); }

    void showsWhatDefaultAndZeroMean()
    {
        LimitSpinBox box;
        box.setDecimals(1);
        box.setMaximum(100000);
        box.setUnit(QStringLiteral(" /s"));
        box.setDefaultValue(100);
        QCOMPARE(box.value(), -1.0);
        QCOMPARE(box.text(), QStringLiteral("Default (100.0 /s)"));
        box.setValue(0);
        QCOMPARE(box.text(), QStringLiteral("Unlimited"));
        box.setValue(25);
        QCOMPARE(box.text(), QStringLiteral("25.0 /s"));
        box.setDefaultValue(0); // the default setting itself unlimited
        box.setValue(-1);
        QCOMPARE(box.text(), QStringLiteral("Default (Unlimited)"));
    }

    // One click up from Default must not land on Unlimited.
    void steppingUpFromDefaultStartsAtTheDefault()
    {
        LimitSpinBox box;
        box.setDecimals(0);
        box.setMaximum(1000000);
        box.setDefaultValue(200);
        box.stepBy(1);
        QCOMPARE(box.value(), 200.0);
        box.stepBy(1);
        QCOMPARE(box.value(), 201.0);
        box.setValue(1);
        box.stepBy(-1);
        QCOMPARE(box.value(), 0.0);
        QCOMPARE(box.text(), QStringLiteral("Unlimited"));
        box.stepBy(-1);
        QCOMPARE(box.value(), -1.0);
    }

    void typedTextIsRead()
    {
        LimitSpinBox box;
        box.setDecimals(1);
        box.setMaximum(100000);
        box.setUnit(QStringLiteral(" /s"));
        box.setDefaultValue(100);
        QCOMPARE(box.valueFromText(QStringLiteral("unlimited")), 0.0);
        QCOMPARE(box.valueFromText(QStringLiteral("12.5 /s")), 12.5);
        QCOMPARE(box.valueFromText(QStringLiteral("7")), 7.0);
        QString text = QStringLiteral("abc");
        int pos = 0;
        QCOMPARE(box.validate(text, pos), QValidator::Invalid);
        text = QStringLiteral("Unl");
        QCOMPARE(box.validate(text, pos), QValidator::Intermediate);
        text = QStringLiteral("40 /s");
        QCOMPARE(box.validate(text, pos), QValidator::Acceptable);
        // Typed into the field, as a user would.
        box.selectAll();
        QTest::keyClicks(&box, QStringLiteral("Unlimited"));
        box.interpretText();
        QCOMPARE(box.value(), 0.0);
        box.selectAll();
        QTest::keyClicks(&box, QStringLiteral("30"));
        box.interpretText();
        QCOMPARE(box.value(), 30.0);
    }
};

QTEST_MAIN(TestLimitSpinBox)
#include "tst_limitspinbox.moc"
