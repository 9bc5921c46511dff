// Autostart: the login entry Hookyard writes is one the desktops accept (desktop-file-validate)
// and start as meant: GLib's launcher (`gio launch`, what GNOME uses for autostart entries) runs
// the entry's program with exactly the arguments Hookyard put in, whatever characters the paths
// hold.

#include "gui/autostart.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using Hookyard::Gui::Autostart;

namespace {
QStringList list(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items)
        out << QString::fromUtf8(item);
    return out;
}
} // namespace

class TestAutostart final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void execLineQuotesAsTheSpecificationSays_data();
    void execLineQuotesAsTheSpecificationSays();
    void entryIsValidAndLaunchesWithTheSameArguments();
    void offWhenTheDesktopTurnsItOff_data();
    void offWhenTheDesktopTurnsItOff();
    void disableRemovesTheEntry();
    void unwritableFolderIsExplained();

private:
    QTemporaryDir m_config;
};

void TestAutostart::initTestCase()
{
    QVERIFY(m_config.isValid());
    // QStandardPaths reads XDG_CONFIG_HOME on every call: the tests never touch the real one.
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
    QVERIFY(Autostart::entryPath().startsWith(m_config.path() + QStringLiteral("/autostart/")));
}

void TestAutostart::init()
{
    QDir(m_config.path() + QStringLiteral("/autostart")).removeRecursively();
    QFile::remove(m_config.path() + QStringLiteral("/autostart"));
}

void TestAutostart::execLineQuotesAsTheSpecificationSays_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected"); // as written in the file
    QTest::newRow("plain") << list({ "/usr/bin/hookyard", "--tray" })
                           << QStringLiteral("/usr/bin/hookyard --tray");
    QTest::newRow("space") << list({ "/opt/my apps/hookyard" })
                           << QStringLiteral("\"/opt/my apps/hookyard\"");
    // Inside double quotes ", `, $ and \ take a backslash; the file format then doubles every
    // backslash.
    QTest::newRow("double quote") << list({ "a\"b" }) << QStringLiteral("\"a\\\\\"b\"");
    QTest::newRow("dollar") << list({ "$HOME" }) << QStringLiteral("\"\\\\$HOME\"");
    QTest::newRow("backslash") << list({ "a\\b" }) << QStringLiteral("\"a\\\\\\\\b\"");
    QTest::newRow("backtick") << list({ "`x`" }) << QStringLiteral("\"\\\\`x\\\\`\"");
    QTest::newRow("percent is a field code") << list({ "100%" }) << QStringLiteral("100%%");
    QTest::newRow("single quote") << list({ "it's" }) << QStringLiteral("\"it's\"");
    QTest::newRow("empty argument") << list({ "x", "" }) << QStringLiteral("x \"\"");
}

void TestAutostart::execLineQuotesAsTheSpecificationSays()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    QCOMPARE(Autostart::execLine(arguments), expected);
}

void TestAutostart::entryIsValidAndLaunchesWithTheSameArguments()
{
    const QString validator =
        QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
    const QString gio = QStandardPaths::findExecutable(QStringLiteral("gio"));
    QVERIFY2(!validator.isEmpty() && !gio.isEmpty(),
             "desktop-file-validate and gio are needed: .ci/install-deps installs them "
             "(desktop-file-utils, libglib2.0-bin)");

    // A stand-in for the executable, in a folder whose name needs every kind of quoting the
    // launcher's existence check understands (GLib does not look for a program through %%).
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("my \"apps\" $HOME it's"));
    QVERIFY(QDir().mkpath(folder));
    const QString program = folder + QStringLiteral("/hookyard");
    const QString argsFile = folder + QStringLiteral("/args.txt");
    {
        QFile script(program);
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write(
            "#!/bin/sh\n"
            "for a in \"$@\"; do printf '%s\\n' \"$a\"; done > \"$(dirname \"$0\")/args.tmp\"\n"
            "mv \"$(dirname \"$0\")/args.tmp\" \"$(dirname \"$0\")/args.txt\"\n");
        script.close();
        QVERIFY(script.setPermissions(script.permissions() | QFile::ExeOwner));
    }
    const QString dataDir = dir.filePath(QStringLiteral("data 100% \\back `tick` $x \"q\""));

    QString error;
    QVERIFY2(Autostart::enable(program, dataDir, &error), qPrintable(error));
    QVERIFY(Autostart::isEnabled());

    QProcess validate;
    validate.start(validator, { Autostart::entryPath() });
    QVERIFY(validate.waitForFinished(30000));
    const QByteArray validation =
        validate.readAllStandardOutput() + validate.readAllStandardError();
    QVERIFY2(validate.exitCode() == 0, validation.constData());

    QProcess launch;
    launch.start(gio, { QStringLiteral("launch"), Autostart::entryPath() });
    QVERIFY(launch.waitForFinished(30000));
    QVERIFY2(launch.exitCode() == 0, launch.readAllStandardError().constData());
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(argsFile), 10000);
    QFile args(argsFile);
    QVERIFY(args.open(QIODevice::ReadOnly));
    const QStringList received = QString::fromUtf8(args.readAll()).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(received,
             (QStringList { QStringLiteral("--tray"), QStringLiteral("--data-dir"), dataDir }));

    // The default data folder is not written out: the entry follows the default.
    QVERIFY(Autostart::enable(program, QString(), &error));
    QVERIFY(!QString::fromUtf8(Autostart::entryText(program, QString())).contains(u"--data-dir"));
}

void TestAutostart::offWhenTheDesktopTurnsItOff_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<bool>("enabled");
    QTest::newRow("as written") << QByteArray() << true;
    QTest::newRow("Hidden=true (the specification's way)") << QByteArray("Hidden=true") << false;
    QTest::newRow("GNOME's switch") << QByteArray("X-GNOME-Autostart-enabled=false") << false;
    QTest::newRow("Hidden=false") << QByteArray("Hidden=false") << true;
}

void TestAutostart::offWhenTheDesktopTurnsItOff()
{
    QFETCH(QByteArray, line);
    QFETCH(bool, enabled);
    QString error;
    QVERIFY(Autostart::enable(QStringLiteral("/usr/bin/hookyard"), QString(), &error));
    QByteArray text = Autostart::entryText(QStringLiteral("/usr/bin/hookyard"), QString());
    if (!line.isEmpty()) {
        // A later key wins, as when a desktop rewrites the file.
        text.replace("X-GNOME-Autostart-enabled=true\n", QByteArray());
        text += line + '\n';
    }
    QFile file(Autostart::entryPath());
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text);
    file.close();
    QCOMPARE(Autostart::isEnabled(), enabled);
}

void TestAutostart::disableRemovesTheEntry()
{
    QString error;
    QVERIFY(!Autostart::isEnabled());
    QVERIFY2(Autostart::disable(&error), qPrintable(error)); // nothing to remove: fine
    QVERIFY(Autostart::enable(QStringLiteral("/usr/bin/hookyard"), QString(), &error));
    QVERIFY(QFile::exists(Autostart::entryPath()));
    QVERIFY2(Autostart::disable(&error), qPrintable(error));
    QVERIFY(!QFile::exists(Autostart::entryPath()));
    QVERIFY(!Autostart::isEnabled());
}

void TestAutostart::unwritableFolderIsExplained()
{
    // A file where the autostart folder should be: no permission trick, so root fails too.
    QFile blocker(m_config.path() + QStringLiteral("/autostart"));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    QString error;
    QVERIFY(!Autostart::enable(QStringLiteral("/usr/bin/hookyard"), QString(), &error));
    QVERIFY2(error.contains(m_config.path() + QStringLiteral("/autostart")), qPrintable(error));
    QVERIFY(!Autostart::isEnabled());
}

QTEST_GUILESS_MAIN(TestAutostart)
#include "tst_autostart.moc"
