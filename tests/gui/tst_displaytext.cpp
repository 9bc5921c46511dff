#include "gui/displaytext.h"

#include <QLocale>
#include <QTest>

using Hookyard::Gui::DisplayText;

class TestDisplayText : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void duration_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("text");
        QTest::newRow("ms") << qint64(350) << QStringLiteral("350 ms");
        QTest::newRow("seconds") << qint64(1900) << QStringLiteral("1.9 s");
        QTest::newRow("minutes") << qint64(125'000) << QStringLiteral("2 min 5 s");
        QTest::newRow("a day in hours") << qint64(24) * 3'600'000 << QStringLiteral("24 h");
        QTest::newRow("hours and minutes") << qint64(90) * 60'000 << QStringLiteral("1 h 30 min");
        QTest::newRow("negative") << qint64(-1) << QString();
    }
    void duration()
    {
        QFETCH(qint64, ms);
        QFETCH(QString, text);
        QCOMPARE(DisplayText::duration(ms), text);
    }

    void ago_data()
    {
        QTest::addColumn<qint64>("msBefore");
        QTest::addColumn<QString>("text");
        QTest::newRow("this instant") << qint64(0) << QStringLiteral("just now");
        QTest::newRow("a clock ahead") << qint64(-3000) << QStringLiteral("just now");
        QTest::newRow("1.9 s") << qint64(1900) << QStringLiteral("just now");
        QTest::newRow("2 s") << qint64(2000) << QStringLiteral("2 s ago");
        QTest::newRow("59 s") << qint64(59'999) << QStringLiteral("59 s ago");
        QTest::newRow("minutes") << qint64(150'000) << QStringLiteral("2 min ago");
        QTest::newRow("hours") << qint64(5) * 3'600'000 << QStringLiteral("5 h ago");
    }
    void ago()
    {
        QFETCH(qint64, msBefore);
        QFETCH(QString, text);
        const qint64 now = 1'796'629'119'000;
        QCOMPARE(DisplayText::ago(now - msBefore, now), text);
        QCOMPARE(DisplayText::ago(0, now), QStringLiteral("never"));
    }

    void connectorName()
    {
        QCOMPARE(DisplayText::connectorName(QStringLiteral("billing"), false),
                 QStringLiteral("billing"));
        QCOMPARE(DisplayText::connectorName(QStringLiteral("billing"), true),
                 QStringLiteral("billing (removed)"));
        QCOMPARE(DisplayText::connectorName(QString(), true), QStringLiteral("(removed)"));
    }

    void messageQuotesWhatTheCommandLineMarksInBackticks_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("shown");
        const QLocale english(QLocale::English, QLocale::UnitedStates);
        QTest::newRow("two marked")
            << english << QStringLiteral("set `enabled: false` or run `hookyard agent list`")
            << QStringLiteral(
                   "set \u201cenabled: false\u201d or run \u201chookyard agent list\u201d");
        QTest::newRow("unpaired stays")
            << english << QStringLiteral("a ` alone") << QStringLiteral("a ` alone");
        QTest::newRow("none") << english << QStringLiteral("plain") << QStringLiteral("plain");
        QTest::newRow("German quotes") << QLocale(QLocale::German, QLocale::Germany)
                                       << QStringLiteral("eine leere `connectors`-Liste")
                                       << QStringLiteral("eine leere \u201econnectors\u201c-Liste");
    }
    void messageQuotesWhatTheCommandLineMarksInBackticks()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, message);
        QFETCH(QString, shown);
        QLocale::setDefault(locale);
        const QString got = DisplayText::message(message);
        QLocale::setDefault(QLocale::c());
        QCOMPARE(got, shown);
    }
};

QTEST_GUILESS_MAIN(TestDisplayText)
#include "tst_displaytext.moc"
