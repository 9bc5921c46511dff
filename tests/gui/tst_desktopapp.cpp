// The desktop app as a process (build/bin/hookyard without a command), offscreen.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

class tst_DesktopApp final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home; // data folder and XDG_CONFIG_HOME, never the user's own

    QString dataDir() const { return m_home.filePath(QStringLiteral("data")); }
    QString dataFile(const QString &name) const { return QDir(dataDir()).filePath(name); }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("HOOKYARD_DATA_DIR"), dataDir());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("HOOKYARD_LANGUAGE"), QStringLiteral("en"));
        return env;
    }

    QByteArray runCli(const QStringList &args)
    {
        QProcess p;
        p.setProcessEnvironment(environment());
        p.start(QStringLiteral(HOOKYARD_BINARY), args);
        if (!p.waitForFinished(30000) || p.exitCode() != 0)
            return "failed: " + p.readAllStandardError();
        return p.readAllStandardOutput();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        // No keychain is asked: the tests must not depend on whether this machine has one.
        QVERIFY(!runCli({ QStringLiteral("settings"), QStringLiteral("set"),
                          QStringLiteral("secrets.backend"), QStringLiteral("file") })
                     .startsWith("failed"));
        QVERIFY(!runCli({ QStringLiteral("connector"), QStringLiteral("add"),
                          QStringLiteral("billing") })
                     .startsWith("failed"));
    }

    // A typo is refused, not ignored (Qt's own options, such as -style, are Qt's).
    void unknownOptionIsRefused()
    {
        QProcess app;
        app.setProcessEnvironment(environment());
        app.start(QStringLiteral(HOOKYARD_BINARY),
                  { QStringLiteral("-style"), QStringLiteral("fusion"), QStringLiteral("--lsiten"),
                    QStringLiteral("127.0.0.1:0") });
        QVERIFY(app.waitForFinished(20000));
        QCOMPARE(app.exitStatus(), QProcess::NormalExit);
        QCOMPARE(app.exitCode(), 2);
        const QByteArray err = app.readAllStandardError();
        QVERIFY2(err.contains("hookyard: unknown option \"--lsiten\""), err.constData());
        QVERIFY(!QFile::exists(dataFile(QStringLiteral("serve.address"))));
    }

    // Without a display Qt would abort with its own messages: one line says what to do instead.
    void noDisplaySaysWhatToDo()
    {
        QProcessEnvironment env = environment();
        for (const char *variable : { "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM" })
            env.remove(QString::fromLatin1(variable));
        QProcess app;
        app.setProcessEnvironment(env);
        app.start(QStringLiteral(HOOKYARD_BINARY), QStringList());
        QVERIFY(app.waitForFinished(20000));
        QCOMPARE(app.exitStatus(), QProcess::NormalExit);
        QCOMPARE(app.exitCode(), 1);
        const QByteArray err = app.readAllStandardError();
        QVERIFY2(err.startsWith("hookyard: there is no display") && err.contains("hookyard serve"),
                 err.constData());
        QCOMPARE(err.count('\n'), 1);
    }

    // SIGTERM (a session ending, kill, systemd) and SIGINT (Ctrl+C in a terminal) quit the window
    // as File > Quit does, instead of killing it: exit status 0, the data folder released (no
    // serve.address, serve.generation or window.sock left for the next start to clean up) and
    // the window's layout saved.
    void signalQuitsCleanly_data()
    {
        QTest::addColumn<int>("signal");
        QTest::newRow("SIGTERM") << int(SIGTERM);
        QTest::newRow("SIGINT") << int(SIGINT);
    }
    void signalQuitsCleanly()
    {
        QFETCH(int, signal);
        const QString layout = m_home.filePath(QStringLiteral("config/hookyard/window.conf"));
        QFile::remove(layout);

        QProcess app;
        app.setProcessEnvironment(environment());
        app.start(QStringLiteral(HOOKYARD_BINARY),
                  { QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0") });
        QVERIFY(app.waitForStarted(10000));
        // Receiving, and answering a second start: the window is up.
        // (The receiver's thread reports listening on its own time, after the window is up.)
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(dataFile(QStringLiteral("window.sock"))), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(dataFile(QStringLiteral("serve.address"))), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(dataFile(QStringLiteral("serve.generation"))),
                                 20000);

        ::kill(pid_t(app.processId()), signal);
        QVERIFY(app.waitForFinished(20000));
        const QByteArray err = app.readAllStandardError();
        QCOMPARE(app.exitStatus(), QProcess::NormalExit);
        QCOMPARE(app.exitCode(), 0);
        const QByteArray logged = "signal " + QByteArray::number(signal) + " received: quitting";
        QVERIFY2(err.contains(logged), err.constData());
        QVERIFY(!QFile::exists(dataFile(QStringLiteral("serve.address"))));
        QVERIFY(!QFile::exists(dataFile(QStringLiteral("serve.generation"))));
        QVERIFY(!QFile::exists(dataFile(QStringLiteral("window.sock"))));
        QVERIFY(QFile::exists(layout));
    }
};

QTEST_GUILESS_MAIN(tst_DesktopApp)
#include "tst_desktopapp.moc"
