// The keychain path end to end: the real hookyard binary against a real Secret Service (GNOME
// Keyring on a private D-Bus session bus, its keyring files in a temporary HOME, so nothing
// touches the user's own keychain). tst_cli pins the file store; this test is where the keychain,
// the store a desktop user gets, is exercised.
//
// Needs dbus-daemon, gnome-keyring-daemon and secret-tool (.ci/install-deps installs them).
#include "core/signatureverifier.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Result
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

const QByteArray Secret = "whsec_keychainTestSecret0123456789abcdef";
const QByteArray NewSecret = "whsec_keychainRotatedSecret9876543210fedc";

} // namespace

class tst_KeychainCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home; // HOME, XDG_* and the keyring's files
    QProcess m_bus;
    QProcess m_keyring;
    QProcessEnvironment m_env;

    QString dataDir(const QString &name) const { return m_home.filePath(name); }

    Result run(const QString &dir, const QStringList &args, const QByteArray &input = {},
               const QProcessEnvironment *env = nullptr)
    {
        QProcess p;
        p.setProgram(QStringLiteral(HOOKYARD_BINARY));
        p.setArguments(QStringList { QStringLiteral("--data-dir"), dir } + args);
        p.setProcessEnvironment(env ? *env : m_env);
        p.start();
        if (!p.waitForStarted(10000))
            return {};
        p.write(input);
        p.closeWriteChannel();
        p.waitForFinished(90000);
        return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                 p.readAllStandardOutput(), p.readAllStandardError() };
    }

    QByteArray secretTool(const QStringList &args)
    {
        QProcess p;
        p.setProcessEnvironment(m_env);
        p.start(QStringLiteral("secret-tool"), args);
        p.waitForFinished(30000);
        m_secretToolErr = p.readAllStandardError();
        return p.readAllStandardOutput();
    }
    QByteArray m_secretToolErr;

    // Every Hookyard entry of the keychain, as `secret-tool` (libsecret's own client) sees it:
    // entry key ("<data-dir hash>/<connector id>[.previous]") -> secret.
    QMap<QString, QByteArray> keychainEntries()
    {
        // `search` prints each item's attributes on standard error.
        secretTool({ QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("--unlock"),
                     QStringLiteral("server"), QStringLiteral("Hookyard") });
        QMap<QString, QByteArray> entries;
        for (const QString &line : QString::fromUtf8(m_secretToolErr).split(u'\n')) {
            if (!line.startsWith(QLatin1String("attribute.user = ")))
                continue;
            const QString user = line.mid(17);
            // QtKeychain stores binary data base64-encoded (attribute.type = base64).
            entries.insert(
                user,
                QByteArray::fromBase64(
                    secretTool({ QStringLiteral("lookup"), QStringLiteral("server"),
                                 QStringLiteral("Hookyard"), QStringLiteral("user"), user })
                        .trimmed()));
        }
        return entries;
    }

    // Whether any file under dir holds these bytes (the database, its WAL, settings, logs).
    static QString fileHolding(const QString &dir, const QByteArray &bytes)
    {
        QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.open(QIODevice::ReadOnly) && f.readAll().contains(bytes))
                return f.fileName();
        }
        return {};
    }

    static QString connectorId(const QByteArray &addOutput)
    {
        const auto m = QRegularExpression(QStringLiteral("/webhooks/stripe/([0-9a-f]+)"))
                           .match(QString::fromUtf8(addOutput));
        return m.captured(1);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        for (const char *tool : { "dbus-daemon", "gnome-keyring-daemon", "secret-tool" }) {
            if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
                QFAIL(qPrintable(QStringLiteral("%1 is missing: install dbus-daemon, "
                                                "gnome-keyring and libsecret-tools "
                                                "(.ci/install-deps does)")
                                     .arg(QString::fromLatin1(tool))));
        }
        m_env = QProcessEnvironment::systemEnvironment();
        const QString runtime = m_home.filePath(QStringLiteral("runtime"));
        QVERIFY(QDir().mkpath(runtime));
        QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        m_env.insert(QStringLiteral("HOME"), m_home.path());
        m_env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
        m_env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        m_env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.filePath(QStringLiteral("cache")));
        m_env.remove(QStringLiteral("DISPLAY"));
        m_env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        m_env.remove(QStringLiteral("QT_NO_GLIB"));
        m_env.remove(QStringLiteral("QT_NO_THREADED_GLIB"));
        m_env.remove(QStringLiteral("HOOKYARD_DATA_DIR"));

        // A session bus of our own; it prints its address once it listens.
        m_bus.setProcessEnvironment(m_env);
        m_bus.start(QStringLiteral("dbus-daemon"),
                    { QStringLiteral("--session"), QStringLiteral("--nofork"),
                      QStringLiteral("--print-address=1") });
        QVERIFY(m_bus.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(m_bus.canReadLine(), 10000);
        const QString address = QString::fromUtf8(m_bus.readLine()).trimmed();
        QVERIFY(!address.isEmpty());
        m_env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), address);

        // GNOME Keyring with a login keyring unlocked by a password on standard input (created
        // with it on first use), as a desktop session's PAM module would.
        m_keyring.setProcessEnvironment(m_env);
        m_keyring.start(QStringLiteral("gnome-keyring-daemon"),
                        { QStringLiteral("--foreground"), QStringLiteral("--unlock"),
                          QStringLiteral("--components=secrets") });
        QVERIFY(m_keyring.waitForStarted(10000));
        // At once: the daemon reads its standard input only briefly after it starts.
        m_keyring.write("hookyard-test-keyring");
        QVERIFY(m_keyring.waitForBytesWritten(10000));
        m_keyring.closeWriteChannel();
        // Ready once libsecret's own client can store and read an item.
        QTRY_VERIFY_WITH_TIMEOUT(
            [this] {
                QProcess store;
                store.setProcessEnvironment(m_env);
                store.start(QStringLiteral("secret-tool"),
                            { QStringLiteral("store"), QStringLiteral("--label=probe"),
                              QStringLiteral("tst"), QStringLiteral("ready") });
                store.write("x");
                store.closeWriteChannel();
                return store.waitForFinished(5000) && store.exitCode() == 0;
            }(),
            20000);
    }

    void cleanupTestCase()
    {
        for (QProcess *p : { &m_keyring, &m_bus }) {
            if (p->state() != QProcess::NotRunning) {
                p->terminate();
                if (!p->waitForFinished(5000))
                    p->kill();
                p->waitForFinished(5000);
            }
        }
    }

    // "auto" finds the keychain in a headless command (its jobs complete on the main thread's
    // GLib loop), keeps the secret there and nowhere in the data folder, and `serve` verifies
    // deliveries with it.
    void autoChoosesTheKeychainAndServeUsesIt()
    {
        const QString dir = dataDir(QStringLiteral("auto"));
        const Result add = run(
            dir, { QStringLiteral("connector"), QStringLiteral("add"), QStringLiteral("billing") });
        QCOMPARE(add.exitCode, 0);
        const QString id = connectorId(add.out);
        QVERIFY(!id.isEmpty());

        const Result saved = run(dir,
                                 { QStringLiteral("connector"), QStringLiteral("set-secret"),
                                   QStringLiteral("billing") },
                                 Secret + "\n");
        QVERIFY2(saved.exitCode == 0, saved.err.constData());
        QVERIFY2(QByteArray(saved.out + saved.err).contains("saved in keychain"),
                 QByteArray(saved.out + saved.err).constData());

        QFile remembered(QDir(dir).filePath(QStringLiteral("secrets.backend")));
        QVERIFY(remembered.open(QIODevice::ReadOnly));
        QCOMPARE(remembered.readAll().trimmed(), QByteArray("keychain"));
        const Result list = run(dir, { QStringLiteral("connector"), QStringLiteral("list") });
        QVERIFY2(list.out.contains("Signing secrets are kept in: keychain"), list.out.constData());
        QVERIFY2(list.out.contains("secret saved"), list.out.constData());

        const auto entries = keychainEntries();
        QStringList ours;
        for (auto it = entries.begin(); it != entries.end(); ++it) {
            if (it.key().endsWith(u'/' + id))
                ours << it.key();
        }
        QCOMPARE(ours.size(), 1);
        QCOMPARE(entries.value(ours.first()), Secret);
        QCOMPARE(fileHolding(dir, Secret), QString());
        QVERIFY(!QFile::exists(QDir(dir).filePath(QStringLiteral("secrets.json"))));

        // serve reads the secret from the keychain; trigger signs with it.
        QProcess serve;
        serve.setProcessEnvironment(m_env);
        serve.setProgram(QStringLiteral(HOOKYARD_BINARY));
        serve.setArguments({ QStringLiteral("--data-dir"), dir, QStringLiteral("serve"),
                             QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0") });
        serve.start();
        QVERIFY(serve.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(QDir(dir).filePath(QStringLiteral("serve.address"))),
                                 20000);
        // The connector answers 503 until serve has its key: trigger until accepted.
        Result trigger;
        QTRY_VERIFY_WITH_TIMEOUT(
            (trigger = run(dir,
                           { QStringLiteral("trigger"), QStringLiteral("billing"),
                             QStringLiteral("invoice.payment_failed") }))
                    .exitCode
                == 0,
            20000);
        QVERIFY2(trigger.out.startsWith("200 "), trigger.out.constData());
        serve.terminate();
        QVERIFY(serve.waitForFinished(20000));
        const QByteArray log = serve.readAllStandardError() + serve.readAllStandardOutput();
        QVERIFY2(log.contains("keychain"), log.constData());
        QVERIFY2(!log.contains(Secret), "the secret reached serve's log");

        // Rotation keeps the previous secret as a second entry; removal deletes both.
        const Result rotated = run(dir,
                                   { QStringLiteral("connector"), QStringLiteral("set-secret"),
                                     QStringLiteral("billing"), QStringLiteral("--keep-previous"),
                                     QStringLiteral("1h") },
                                   NewSecret);
        QVERIFY2(rotated.exitCode == 0, rotated.err.constData());
        const auto afterRotation = keychainEntries();
        QCOMPARE(afterRotation.value(ours.first()), NewSecret);
        QCOMPARE(afterRotation.value(ours.first() + QStringLiteral(".previous")), Secret);

        const Result removed = run(
            dir,
            { QStringLiteral("connector"), QStringLiteral("remove"), QStringLiteral("billing") });
        QVERIFY2(removed.exitCode == 0, removed.err.constData());
        const auto afterRemoval = keychainEntries();
        QVERIFY(!afterRemoval.contains(ours.first()));
        QVERIFY(!afterRemoval.contains(ours.first() + QStringLiteral(".previous")));
    }
};

QTEST_GUILESS_MAIN(tst_KeychainCli)

#include "tst_keychaincli.moc"
