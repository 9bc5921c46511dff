#include "gui/bytesizespinbox.h"

#include <QLineEdit>
#include <QTest>

using Hookyard::Gui::ByteSizeSpinBox;

// The body limit and the output kept per run: sizes in bytes, shown and typed with a unit.
class TestByteSizeSpinBox : public QObject
{
    Q_OBJECT

private slots:
    void init() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void showsTheLargestWholeUnit_data()
    {
        QTest::addColumn<int>("bytes");
        QTest::addColumn<QString>("text");
        QTest::newRow("MiB") << 1048576 << QStringLiteral("1 MiB");
        QTest::newRow("64 MiB") << 64 * 1048576 << QStringLiteral("64 MiB");
        QTest::newRow("KiB") << 1536 * 1024 << QStringLiteral("1,536 KiB");
        QTest::newRow("bytes") << 1000000 << QStringLiteral("1,000,000 bytes");
    }
    void showsTheLargestWholeUnit()
    {
        QFETCH(int, bytes);
        QFETCH(QString, text);
        ByteSizeSpinBox box;
        box.setRange(1024, 64 * 1048576);
        box.setValue(bytes);
        QCOMPARE(box.text(), text);
        QCOMPARE(box.valueFromText(text), bytes); // what is shown reads back
    }

    void typedSizesAreRead_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<qint64>("bytes"); // -1: not a size
        QTest::newRow("plain number") << QStringLiteral("4096") << qint64(4096);
        QTest::newRow("grouped") << QStringLiteral("1,048,576") << qint64(1048576);
        QTest::newRow("MiB") << QStringLiteral("2 MiB") << qint64(2097152);
        QTest::newRow("mb, no space") << QStringLiteral("2mb") << qint64(2097152);
        QTest::newRow("k") << QStringLiteral("512k") << qint64(524288);
        QTest::newRow("fraction") << QStringLiteral("1.5 MiB") << qint64(1572864);
        QTest::newRow("bytes") << QStringLiteral("2048 bytes") << qint64(2048);
        QTest::newRow("half a byte") << QStringLiteral("0.5") << qint64(-1);
        QTest::newRow("unknown unit") << QStringLiteral("2 GiB") << qint64(-1);
        QTest::newRow("words") << QStringLiteral("lots") << qint64(-1);
        QTest::newRow("negative") << QStringLiteral("-1 MiB") << qint64(-1);
    }
    void typedSizesAreRead()
    {
        QFETCH(QString, typed);
        QFETCH(qint64, bytes);
        ByteSizeSpinBox box;
        const auto read = box.parse(typed);
        QCOMPARE(read.value_or(-1), bytes);
    }

    void validationGuidesTyping()
    {
        ByteSizeSpinBox box;
        box.setRange(1024, 64 * 1048576);
        int pos = 0;
        QString text = QStringLiteral("2 Mi"); // on its way to "2 MiB"
        QCOMPARE(box.validate(text, pos), QValidator::Intermediate);
        text = QStringLiteral("2 MiB");
        QCOMPARE(box.validate(text, pos), QValidator::Acceptable);
        text = QStringLiteral("100 MiB"); // above the maximum: not accepted as it stands
        QCOMPARE(box.validate(text, pos), QValidator::Intermediate);
        text = QStringLiteral("2 MiB!");
        QCOMPARE(box.validate(text, pos), QValidator::Invalid);
    }

    void arrowsDoubleAndHalve()
    {
        ByteSizeSpinBox box;
        box.setRange(1024, 64 * 1048576);
        box.setValue(1048576);
        box.stepBy(1);
        QCOMPARE(box.value(), 2097152);
        box.stepBy(-2);
        QCOMPARE(box.value(), 524288);
        box.setValue(1000000); // not a power of two: to the next one either way
        box.stepBy(1);
        QCOMPARE(box.value(), 1048576);
        box.setValue(1000000);
        box.stepBy(-1);
        QCOMPARE(box.value(), 524288);
        box.setValue(2048);
        box.stepBy(-5); // not below the minimum
        QCOMPARE(box.value(), 1024);
        box.setValue(32 * 1048576);
        box.stepBy(3); // nor above the maximum
        QCOMPARE(box.value(), 64 * 1048576);
    }

    void typingCommitsTheValueWhenEditingEnds()
    {
        ByteSizeSpinBox box;
        box.setRange(1024, 64 * 1048576);
        box.setValue(1048576);
        box.show();
        QVERIFY(QTest::qWaitForWindowExposed(&box));
        box.findChild<QLineEdit *>()->selectAll();
        QTest::keyClicks(&box, QStringLiteral("8 MiB"));
        QCOMPARE(box.value(), 1048576); // not yet: keyboard tracking is off
        QTest::keyClick(&box, Qt::Key_Return);
        QCOMPARE(box.value(), 8 * 1048576);
        QCOMPARE(box.text(), QStringLiteral("8 MiB"));
    }
};

QTEST_MAIN(TestByteSizeSpinBox)
#include "tst_bytesizespinbox.moc"
