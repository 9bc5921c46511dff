// WindowActivation: a second start of the app on a served data folder asks the running window
// to show itself over the folder's local socket, and opens its own window only when nobody
// answers.

#include "gui/windowactivation.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using Hookyard::Gui::WindowActivationRequest;
using Hookyard::Gui::WindowActivationServer;
using Ask = WindowActivationRequest::Ask;

class TestWindowActivation final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showRequestShowsTheRunningWindow();
    void traySecondStartShowsNothing();
    void nobodyListening();
    void staleSocketFileIsReplaced();
    void socketIsOwnerOnly();
    void garbageIsDropped();
    void pathTooLongForASocket();
};

namespace {
// finished(answered) of one request, waited for in the event loop.
bool ask(const QString &dataDir, Ask what, bool *answered)
{
    WindowActivationRequest request(dataDir, what);
    QSignalSpy finished(&request, &WindowActivationRequest::finished);
    if (!finished.wait(5000) && finished.isEmpty())
        return false;
    *answered = finished.constFirst().constFirst().toBool();
    return finished.size() == 1;
}
} // namespace

void TestWindowActivation::showRequestShowsTheRunningWindow()
{
    QTemporaryDir dir;
    WindowActivationServer server;
    QString error;
    QVERIFY2(server.listen(dir.path(), &error), qPrintable(error));
    QSignalSpy shown(&server, &WindowActivationServer::showRequested);
    bool answered = false;
    QVERIFY(ask(dir.path(), Ask::ShowWindow, &answered));
    QVERIFY(answered);
    QTRY_COMPARE(shown.size(), 1);
    // And again: every second start is answered.
    QVERIFY(ask(dir.path(), Ask::ShowWindow, &answered));
    QVERIFY(answered);
    QTRY_COMPARE(shown.size(), 2);
}

void TestWindowActivation::traySecondStartShowsNothing()
{
    QTemporaryDir dir;
    WindowActivationServer server;
    QString error;
    QVERIFY(server.listen(dir.path(), &error));
    QSignalSpy shown(&server, &WindowActivationServer::showRequested);
    bool answered = false;
    QVERIFY(ask(dir.path(), Ask::NothingToShow, &answered));
    QVERIFY(answered); // the running window is there: the second --tray start just ends
    QTest::qWait(50);
    QCOMPARE(shown.size(), 0);
}

void TestWindowActivation::nobodyListening()
{
    // `serve` holds the folder, or nothing does: no answer, so the new process opens a window.
    QTemporaryDir dir;
    bool answered = true;
    QVERIFY(ask(dir.path(), Ask::ShowWindow, &answered));
    QVERIFY(!answered);

    // A server that went away leaves no socket file behind.
    {
        WindowActivationServer server;
        QString error;
        QVERIFY(server.listen(dir.path(), &error));
        QVERIFY(QFileInfo::exists(WindowActivationServer::socketPath(dir.path())));
    }
    QVERIFY(!QFileInfo::exists(WindowActivationServer::socketPath(dir.path())));
    QVERIFY(ask(dir.path(), Ask::ShowWindow, &answered));
    QVERIFY(!answered);
}

void TestWindowActivation::staleSocketFileIsReplaced()
{
    // A window that crashed left its socket file: the next window to hold the folder listens.
    QTemporaryDir dir;
    QFile stale(WindowActivationServer::socketPath(dir.path()));
    QVERIFY(stale.open(QIODevice::WriteOnly));
    stale.close();
    bool answered = true;
    QVERIFY(ask(dir.path(), Ask::ShowWindow, &answered));
    QVERIFY(!answered);
    WindowActivationServer server;
    QString error;
    QVERIFY2(server.listen(dir.path(), &error), qPrintable(error));
    QVERIFY(ask(dir.path(), Ask::ShowWindow, &answered));
    QVERIFY(answered);
}

void TestWindowActivation::socketIsOwnerOnly()
{
    QTemporaryDir dir;
    WindowActivationServer server;
    QString error;
    QVERIFY(server.listen(dir.path(), &error));
    const QFile::Permissions permissions =
        QFileInfo(WindowActivationServer::socketPath(dir.path())).permissions();
    QVERIFY(!(permissions
              & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther)));
}

void TestWindowActivation::garbageIsDropped()
{
    QTemporaryDir dir;
    WindowActivationServer server;
    QString error;
    QVERIFY(server.listen(dir.path(), &error));
    QSignalSpy shown(&server, &WindowActivationServer::showRequested);
    for (const QByteArray &garbage :
         { QByteArray("rm -rf /\n"), QByteArray(4096, 'x'), QByteArray("show") /* no newline */ }) {
        QLocalSocket socket;
        socket.connectToServer(WindowActivationServer::socketPath(dir.path()));
        QTRY_COMPARE(socket.state(), QLocalSocket::ConnectedState);
        socket.write(garbage);
        // The server drops it: at once, or (an unfinished line) after its second of patience.
        QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QLocalSocket::UnconnectedState, 5000);
        QVERIFY(!socket.readAll().contains("ok"));
    }
    QCOMPARE(shown.size(), 0);
    bool answered = false;
    QVERIFY(ask(dir.path(), Ask::ShowWindow, &answered));
    QVERIFY(answered); // still serving the real requests
    QTRY_COMPARE(shown.size(), 1);
}

void TestWindowActivation::pathTooLongForASocket()
{
    QTemporaryDir dir;
    const QString deep = dir.filePath(QString(120, u'd'));
    QVERIFY(QDir().mkpath(deep));
    WindowActivationServer server;
    QString error;
    QVERIFY(!server.listen(deep, &error));
    QVERIFY2(error.contains(QLatin1String("too long")), qPrintable(error));
    bool answered = true;
    QVERIFY(ask(deep, Ask::ShowWindow, &answered));
    QVERIFY(!answered);
}

QTEST_GUILESS_MAIN(TestWindowActivation)
#include "tst_windowactivation.moc"
