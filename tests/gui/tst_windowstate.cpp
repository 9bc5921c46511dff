// WindowState: what the window remembers between runs, read back from the file it wrote, and
// the first run's size on screens of every size.

#include "gui/windowstate.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using Hookyard::Gui::WindowState;

class TestWindowState final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip();
    void otherVersionIsIgnored();
    void damagedFileStartsFresh();
    void unwritableFileIsReported();
    void firstSize_data();
    void firstSize();
};

void TestWindowState::roundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("window.conf"));
    WindowState state;
    state.geometry = QByteArray("\x01\xd9\xd0\xcb\x00\x03", 6);
    state.page = 2;
    state.splitters.insert(QStringLiteral("eventsSplitter"), QByteArray("\x00\xff\x10", 3));
    state.splitters.insert(QStringLiteral("agentsSplitter"), QByteArray("abc"));
    state.tableHeaders.insert(QStringLiteral("eventTable@8"), QByteArray("\x00\xff\xfe", 3));
    {
        QSettings store(path, QSettings::IniFormat);
        QString error;
        QVERIFY2(state.write(store, &error), qPrintable(error));
    }
    QSettings store(path, QSettings::IniFormat);
    const WindowState back = WindowState::read(store);
    QCOMPARE(back.geometry, state.geometry);
    QCOMPARE(back.page, 2);
    QCOMPARE(back.splitters, state.splitters);
    QCOMPARE(back.tableHeaders, state.tableHeaders);

    // A splitter that no longer exists is dropped on the next write, not kept forever.
    WindowState fewer = back;
    fewer.splitters.remove(QStringLiteral("agentsSplitter"));
    QString error;
    QVERIFY(fewer.write(store, &error));
    QCOMPARE(WindowState::read(store).splitters.keys(),
             QStringList { QStringLiteral("eventsSplitter") });
}

void TestWindowState::otherVersionIsIgnored()
{
    QTemporaryDir dir;
    QSettings store(dir.filePath(QStringLiteral("window.conf")), QSettings::IniFormat);
    store.setValue(QStringLiteral("window/version"), 99);
    store.setValue(QStringLiteral("window/geometry"), QByteArray("from a later version"));
    store.setValue(QStringLiteral("window/page"), 3);
    QVERIFY(WindowState::read(store).isEmpty());
}

void TestWindowState::damagedFileStartsFresh()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("window.conf"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("\x00\x01garbage[[[\n=\n[window]\npage=not a number\n", 40);
    file.close();
    QSettings store(path, QSettings::IniFormat);
    const WindowState state = WindowState::read(store);
    QVERIFY(state.isEmpty());
    QCOMPARE(state.page, -1);
}

void TestWindowState::unwritableFileIsReported()
{
    // A folder where the file should be: as unwritable as a full disk, for root too.
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("window.conf")));
    QSettings store(dir.filePath(QStringLiteral("window.conf")), QSettings::IniFormat);
    WindowState state;
    state.page = 1;
    QString error;
    QVERIFY(!state.write(store, &error));
    QVERIFY2(error.contains(QLatin1String("window.conf")), qPrintable(error));
}

void TestWindowState::firstSize_data()
{
    QTest::addColumn<QRect>("available");
    QTest::addColumn<QSize>("expected");
    const QSize preferred(1280, 820);
    QTest::newRow("full HD") << QRect(0, 0, 1920, 1050) << preferred;
    QTest::newRow("1440x900") << QRect(0, 0, 1440, 900) << QSize(1280, 810);
    QTest::newRow("1366x768 laptop") << QRect(0, 0, 1366, 740) << QSize(1229, 666);
    QTest::newRow("second screen left of the first")
        << QRect(-1280, 0, 1280, 1024) << QSize(1152, 820);
    QTest::newRow("no screen information") << QRect() << preferred;
}

void TestWindowState::firstSize()
{
    QFETCH(QRect, available);
    QFETCH(QSize, expected);
    const QSize size = WindowState::firstSize(QSize(1280, 820), available);
    QCOMPARE(size, expected);
    if (available.isValid()) {
        QVERIFY(size.width() <= available.width());
        QVERIFY(size.height() <= available.height());
    }
}

QTEST_GUILESS_MAIN(TestWindowState)
#include "tst_windowstate.moc"
