// The keychain path end to end: the real hookyard binary against a real Secret Service (GNOME
// Keyring on a private D-Bus session bus, its keyring files in a temporary HOME, so nothing
// touches the user's own keychain). tst_cli pins the file store; this test is where the keychain,
// the store a desktop user gets, is exercised.
//
// Needs dbus-daemon, gnome-keyring-daemon, secret-tool and gdbus (.ci/install-deps installs them).
#include "engine/engine.h"
#include "storage/database.h"
#include "storage/settingsrepository.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

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

    // `hookyard serve` on a free port, once it listens.
    std::unique_ptr<QProcess> startServe(const QString &dir)
    {
        auto serve = std::make_unique<QProcess>();
        serve->setProcessEnvironment(m_env);
        serve->setProgram(QStringLiteral(HOOKYARD_BINARY));
        serve->setArguments({ QStringLiteral("--data-dir"), dir, QStringLiteral("serve"),
                              QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0") });
        serve->start();
        if (!serve->waitForStarted(10000))
            return nullptr;
        if (!QTest::qWaitFor(
                [&] { return QFile::exists(QDir(dir).filePath(QStringLiteral("serve.address"))); },
                20000))
            return nullptr;
        return serve;
    }

    static QByteArray stopServe(QProcess &serve)
    {
        serve.terminate();
        serve.waitForFinished(20000);
        return serve.readAllStandardError() + serve.readAllStandardOutput();
    }

    // Keeps sending a sample event until serve accepts it (a connector answers 503 until serve
    // has loaded its key); the last answer's status line.
    QByteArray triggerUntilAccepted(const QString &dir, const QString &connector)
    {
        Result r;
        (void)QTest::qWaitFor(
            [&] {
                r = run(dir,
                        { QStringLiteral("trigger"), connector,
                          QStringLiteral("invoice.payment_failed") });
                return r.exitCode == 0;
            },
            20000);
        return r.out + r.err;
    }

    // This data folder's entries, by connector id ("<id>" and "<id>.previous"), under the
    // prefix its keychain.id holds (none before the folder first used the keychain).
    QMap<QString, QByteArray> entriesOf(const QString &dir)
    {
        QMap<QString, QByteArray> mine;
        QFile idFile(QDir(dir).filePath(QStringLiteral("keychain.id")));
        if (!idFile.open(QIODevice::ReadOnly))
            return mine;
        const QString prefix = QString::fromLatin1(idFile.readLine().trimmed());
        const auto all = keychainEntries();
        for (auto it = all.begin(); it != all.end(); ++it) {
            if (it.key().startsWith(prefix + u'/'))
                mine.insert(it.key().mid(prefix.size() + 1), it.value());
        }
        return mine;
    }

    static QByteArray secretsFile(const QString &dir)
    {
        QFile f(QDir(dir).filePath(QStringLiteral("secrets.json")));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    // `connector add NAME`, then `connector set-secret NAME` with `secret` on standard input.
    bool addWithSecret(const QString &dir, const QString &name, const QByteArray &secret)
    {
        return run(dir, { QStringLiteral("connector"), QStringLiteral("add"), name }).exitCode == 0
            && run(dir, { QStringLiteral("connector"), QStringLiteral("set-secret"), name }, secret)
                   .exitCode
            == 0;
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
        for (const char *tool : { "dbus-daemon", "gnome-keyring-daemon", "secret-tool", "gdbus" }) {
            if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
                QFAIL(qPrintable(QStringLiteral("%1 is missing: install dbus-daemon, "
                                                "gnome-keyring, libsecret-tools and libglib2.0-bin "
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
        // This process too (the Engine test): QtKeychain connects on its first job.
        qputenv("DBUS_SESSION_BUS_ADDRESS", address.toUtf8());

        // GNOME Keyring with a login keyring unlocked by a password on standard input (created
        // with it on first use), as a desktop session's PAM module would.
        m_keyring.setProcessEnvironment(m_env);
        m_keyring.start(QStringLiteral("gnome-keyring-daemon"),
                        { QStringLiteral("--foreground"), QStringLiteral("--unlock"),
                          QStringLiteral("--components=secrets") });
        QVERIFY(m_keyring.waitForStarted(10000));
        // Written out now, not left to the event loop: the daemon reads the password as it starts
        // (left in QProcess's buffer, it came too late and the login keyring was never created).
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
        auto serve = startServe(dir);
        QVERIFY(serve);
        const QByteArray answer = triggerUntilAccepted(dir, QStringLiteral("billing"));
        QVERIFY2(answer.startsWith("200 "), answer.constData());
        const QByteArray log = stopServe(*serve);
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

    // `settings set secrets.backend` to another store moves the secrets (current and previous)
    // there, removes them from the old store only once the serving process has switched, and
    // works both ways.
    void switchingTheStoreMovesTheSecrets()
    {
        const QString dir = dataDir(QStringLiteral("move"));
        QCOMPARE(run(dir,
                     { QStringLiteral("settings"), QStringLiteral("set"),
                       QStringLiteral("secrets.backend"), QStringLiteral("file") })
                     .exitCode,
                 0);
        QMap<QString, QString> ids;
        for (const QString &name :
             { QStringLiteral("billing"), QStringLiteral("shop"), QStringLiteral("idle") }) {
            const Result add =
                run(dir, { QStringLiteral("connector"), QStringLiteral("add"), name });
            QCOMPARE(add.exitCode, 0);
            ids.insert(name, connectorId(add.out));
        }
        const auto setSecret = [&](const QString &name, const QByteArray &secret,
                                   const QStringList &extra = {}) {
            return run(dir,
                       QStringList { QStringLiteral("connector"), QStringLiteral("set-secret"),
                                     name }
                           + extra,
                       secret)
                .exitCode;
        };
        QCOMPARE(setSecret(QStringLiteral("billing"), Secret), 0);
        QCOMPARE(setSecret(QStringLiteral("billing"), NewSecret,
                           { QStringLiteral("--keep-previous"), QStringLiteral("2h") }),
                 0);
        const QByteArray shopSecret = "whsec_shopSecretForTheMove000000000000";
        QCOMPARE(setSecret(QStringLiteral("shop"), shopSecret), 0);
        QVERIFY(secretsFile(dir).contains(NewSecret));
        QVERIFY(entriesOf(dir).isEmpty());

        auto serve = startServe(dir);
        QVERIFY(serve);
        QVERIFY(triggerUntilAccepted(dir, QStringLiteral("shop")).startsWith("200 "));

        // File -> keychain, while serve runs.
        const Result toKeychain =
            run(dir,
                { QStringLiteral("settings"), QStringLiteral("set"),
                  QStringLiteral("secrets.backend"), QStringLiteral("keychain") });
        QVERIFY2(toKeychain.exitCode == 0, toKeychain.err.constData());
        QVERIFY2(toKeychain.out.contains("Moved the signing secrets of billing, shop from file"),
                 toKeychain.out.constData());
        QVERIFY2(toKeychain.err.isEmpty(), toKeychain.err.constData());
        auto entries = entriesOf(dir);
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries.value(ids[QStringLiteral("billing")]), NewSecret);
        QCOMPARE(entries.value(ids[QStringLiteral("billing")] + QStringLiteral(".previous")),
                 Secret);
        QCOMPARE(entries.value(ids[QStringLiteral("shop")]), shopSecret);
        // Emptied, the secrets file is gone rather than left as "{}".
        QVERIFY2(!QFile::exists(QDir(dir).filePath(QStringLiteral("secrets.json"))),
                 secretsFile(dir).constData());
        QCOMPARE(fileHolding(dir, shopSecret), QString());
        const Result list = run(dir, { QStringLiteral("connector"), QStringLiteral("list") });
        QVERIFY2(list.out.contains("Signing secrets are kept in: keychain"), list.out.constData());

        // serve reads the keychain now: a secret saved there after the move reaches it (the
        // file no longer has one to offer).
        const QByteArray shopRotated = "whsec_shopSecretAfterTheMove11111111111";
        QCOMPARE(setSecret(QStringLiteral("shop"), shopRotated), 0);
        QVERIFY(triggerUntilAccepted(dir, QStringLiteral("shop")).startsWith("200 "));
        QVERIFY(triggerUntilAccepted(dir, QStringLiteral("billing")).startsWith("200 "));

        // And back: keychain -> file.
        const Result toFile = run(dir,
                                  { QStringLiteral("settings"), QStringLiteral("set"),
                                    QStringLiteral("secrets.backend"), QStringLiteral("file") });
        QVERIFY2(toFile.exitCode == 0, toFile.err.constData());
        QVERIFY2(toFile.out.contains("from keychain"), toFile.out.constData());
        QVERIFY(entriesOf(dir).isEmpty());
        QVERIFY(secretsFile(dir).contains(shopRotated));
        QVERIFY(secretsFile(dir).contains(NewSecret));
        QVERIFY(secretsFile(dir).contains(Secret)); // billing's previous secret
        QVERIFY(triggerUntilAccepted(dir, QStringLiteral("billing")).startsWith("200 "));

        // "auto" keeps the store in use: nothing moves.
        const Result toAuto = run(dir,
                                  { QStringLiteral("settings"), QStringLiteral("set"),
                                    QStringLiteral("secrets.backend"), QStringLiteral("auto") });
        QCOMPARE(toAuto.exitCode, 0);
        QVERIFY(!toAuto.out.contains("Moved"));
        QVERIFY(secretsFile(dir).contains(shopRotated));
        const QByteArray log = stopServe(*serve);
        QVERIFY2(!log.contains("whsec_"), "a secret reached serve's log");
        // Each switch is one log line; the banner is not printed again.
        QVERIFY2(log.contains("signing secrets: keychain"), log.constData());
        QVERIFY2(log.count("Stop with Ctrl+C.") == 1, log.constData());
    }

    // When the new store cannot take the secrets, nothing changes: the setting, the secrets
    // and the store in use stay as they were.
    void aFailedMoveChangesNothing()
    {
        const QString dir = dataDir(QStringLiteral("failed-move"));
        QCOMPARE(run(dir,
                     { QStringLiteral("settings"), QStringLiteral("set"),
                       QStringLiteral("secrets.backend"), QStringLiteral("file") })
                     .exitCode,
                 0);
        QVERIFY(addWithSecret(dir, QStringLiteral("billing"), Secret));
        const QByteArray before = secretsFile(dir);

        // No keychain answers for this command: its session bus does not exist.
        QProcessEnvironment noBus = m_env;
        noBus.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                     QStringLiteral("unix:path=") + m_home.filePath(QStringLiteral("no-bus")));
        const Result moved = run(dir,
                                 { QStringLiteral("settings"), QStringLiteral("set"),
                                   QStringLiteral("secrets.backend"), QStringLiteral("keychain") },
                                 {}, &noBus);
        QCOMPARE(moved.exitCode, 1);
        QVERIFY2(moved.err.contains("secrets.backend stays \"file\""), moved.err.constData());
        QVERIFY2(moved.err.contains("keychain"), moved.err.constData());
        QVERIFY2(!moved.err.contains("whsec_"), moved.err.constData());
        QCOMPARE(run(dir,
                     { QStringLiteral("settings"), QStringLiteral("get"),
                       QStringLiteral("secrets.backend") })
                     .out.trimmed(),
                 QByteArray("file"));
        QFile remembered(QDir(dir).filePath(QStringLiteral("secrets.backend")));
        QVERIFY(remembered.open(QIODevice::ReadOnly));
        QCOMPARE(remembered.readAll().trimmed(), QByteArray("file"));
        QCOMPARE(secretsFile(dir), before);
        QVERIFY(entriesOf(dir).isEmpty());

        // With no secret to move, the new store is still checked before the switch.
        const QString empty = dataDir(QStringLiteral("failed-move-empty"));
        QCOMPARE(run(empty,
                     { QStringLiteral("settings"), QStringLiteral("set"),
                       QStringLiteral("secrets.backend"), QStringLiteral("file") })
                     .exitCode,
                 0);
        const Result switched =
            run(empty,
                { QStringLiteral("settings"), QStringLiteral("set"),
                  QStringLiteral("secrets.backend"), QStringLiteral("keychain") },
                {}, &noBus);
        QCOMPARE(switched.exitCode, 1);
        QVERIFY2(switched.err.contains("secrets.backend stays \"file\""), switched.err.constData());
        QCOMPARE(run(empty,
                     { QStringLiteral("settings"), QStringLiteral("get"),
                       QStringLiteral("secrets.backend") })
                     .out.trimmed(),
                 QByteArray("file"));
    }

    // The window's way (Settings > Secret store > Apply): Engine::setSecretBackend moves the
    // secrets, switches the store it reads, and the receiver keeps verifying.
    void engineMovesTheSecretsForTheWindow()
    {
        using Hookyard::Engine::Engine;
        const QString dir = dataDir(QStringLiteral("engine"));
        {
            QString error;
            auto db = Hookyard::Storage::Database::open(dir, QStringLiteral("setup"), &error);
            QVERIFY2(db, qPrintable(error));
            QVERIFY(Hookyard::Storage::SettingsRepository(*db).setValue(
                QStringLiteral("secrets.backend"), QStringLiteral("file"), &error));
        }
        Engine::Options options;
        options.dataDir = dir;
        options.listenOverride = QStringLiteral("127.0.0.1:0");
        Engine engine(options);
        QString error;
        QVERIFY2(engine.start(&error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(engine.state(), Engine::State::Listening, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(engine.isSecretStoreOpen(), 10000);
        const auto connector = engine.addConnector(QStringLiteral("billing"), &error);
        QVERIFY2(connector, qPrintable(error));

        const auto waitFor = [](auto call) {
            bool done = false;
            bool ok = false;
            QString text;
            call([&](bool o, const QString &t) {
                done = true;
                ok = o;
                text = t;
            });
            (void)QTest::qWaitFor([&] { return done; }, 30000);
            return std::make_pair(ok, text);
        };
        const auto sendTestEvent = [&] {
            int status = 0;
            bool done = false;
            engine.sendTestEvent(connector->id, QStringLiteral("invoice.payment_failed"),
                                 [&](bool, int s, const QString &) {
                                     status = s;
                                     done = true;
                                 });
            (void)QTest::qWaitFor([&] { return done; }, 20000);
            return status;
        };
        auto saved = waitFor([&](auto done) {
            engine.setSecret(connector->id, QString::fromLatin1(Secret), 0, done);
        });
        QVERIFY2(saved.first, qPrintable(saved.second));
        QTRY_COMPARE_WITH_TIMEOUT(sendTestEvent(), 200, 10000);

        // A switch is announced as a new store, not as a change of state (serve would print
        // its banner again, and a window log its state again).
        QSignalSpy storeChanged(&engine, &Engine::secretStoreChanged);
        QSignalSpy stateChanged(&engine, &Engine::stateChanged);
        auto moved =
            waitFor([&](auto done) { engine.setSecretBackend(QStringLiteral("keychain"), done); });
        QVERIFY2(moved.first, qPrintable(moved.second));
        QCOMPARE(storeChanged.count(), 1);
        QCOMPARE(stateChanged.count(), 0);
        QVERIFY2(moved.second.startsWith(
                     QLatin1String("Moved the signing secrets of billing from file")),
                 qPrintable(moved.second));
        QVERIFY(engine.secretStoreDescription().contains(QLatin1String("keychain")));
        QCOMPARE(entriesOf(dir).value(connector->id), Secret);
        QVERIFY(!secretsFile(dir).contains("whsec_"));
        QCOMPARE(Hookyard::Storage::SettingsRepository(engine.database())
                     .value(QStringLiteral("secrets.backend")),
                 QStringLiteral("keychain"));
        QCOMPARE(sendTestEvent(), 200);

        moved = waitFor([&](auto done) { engine.setSecretBackend(QStringLiteral("file"), done); });
        QVERIFY2(moved.first, qPrintable(moved.second));
        QVERIFY(engine.secretStoreDescription().contains(QLatin1String("file")));
        QVERIFY(entriesOf(dir).isEmpty());
        QVERIFY(secretsFile(dir).contains(Secret));
        QCOMPARE(sendTestEvent(), 200);
        engine.stop();
    }

    // A data folder that is moved or renamed keeps its keychain secrets: its entries are keyed
    // by the folder's own id (keychain.id), not by its path. A copy gets an id of its own.
    void aMovedDataFolderKeepsItsSecrets()
    {
        const QString before = dataDir(QStringLiteral("before-the-move"));
        QVERIFY(addWithSecret(before, QStringLiteral("billing"), Secret));
        const auto entries = entriesOf(before);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first(), Secret);

        const QString after = dataDir(QStringLiteral("after-the-move"));
        QVERIFY(QDir().rename(before, after));
        const Result list = run(after, { QStringLiteral("connector"), QStringLiteral("list") });
        QVERIFY2(list.out.contains("Signing secrets are kept in: keychain"), list.out.constData());
        QVERIFY2(list.out.contains("secret saved"), list.out.constData());
        auto serve = startServe(after);
        QVERIFY(serve);
        const QByteArray answer = triggerUntilAccepted(after, QStringLiteral("billing"));
        QVERIFY2(answer.startsWith("200 "), answer.constData());
        const QByteArray log = stopServe(*serve);
        QVERIFY2(!log.contains("returned no signing secret"), log.constData());
        QCOMPARE(entriesOf(after), entries);

        // A copy beside it does not share its entries: removing the connector in the copy
        // leaves the original's secret where it was.
        const QString copy = dataDir(QStringLiteral("copy-of-the-moved"));
        QCOMPARE(QProcess::execute(QStringLiteral("cp"), { QStringLiteral("-a"), after, copy }), 0);
        const Result removed = run(
            copy,
            { QStringLiteral("connector"), QStringLiteral("remove"), QStringLiteral("billing") });
        QVERIFY2(removed.exitCode == 0, removed.err.constData());
        QCOMPARE(entriesOf(after), entries);
    }

    // A data folder that used the keychain before keychain.id existed has its entries under a
    // hash of its path. Written here as that version wrote them, through secret-tool with
    // QtKeychain's attributes; Hookyard finds them, and keeps finding them once moved.
    void entriesFromBeforeTheIdAreFound()
    {
        const QString dir = dataDir(QStringLiteral("older"));
        // A connector with a saved secret; then its entry and keychain.id are taken away again,
        // and the entry written back as the older version keyed it.
        QVERIFY(addWithSecret(dir, QStringLiteral("billing"), Secret));
        const QString id = connectorId(
            run(dir,
                { QStringLiteral("connector"), QStringLiteral("url"), QStringLiteral("billing") })
                .out);
        QVERIFY(!id.isEmpty());
        QFile current(QDir(dir).filePath(QStringLiteral("keychain.id")));
        QVERIFY(current.open(QIODevice::ReadOnly));
        secretTool({ QStringLiteral("clear"), QStringLiteral("server"), QStringLiteral("Hookyard"),
                     QStringLiteral("user"),
                     QString::fromLatin1(current.readLine().trimmed()) + u'/' + id });
        current.close();
        QVERIFY(current.remove());
        QVERIFY(entriesOf(dir).isEmpty());
        QFile remembered(QDir(dir).filePath(QStringLiteral("secrets.backend")));
        QVERIFY(remembered.open(QIODevice::ReadOnly));
        QCOMPARE(remembered.readAll().trimmed(), QByteArray("keychain"));

        const QString hash = QString::fromLatin1(
            QCryptographicHash::hash(QFileInfo(dir).canonicalFilePath().toUtf8(),
                                     QCryptographicHash::Sha256)
                .toHex()
                .left(16));
        QProcess store;
        store.setProcessEnvironment(m_env);
        store.start(QStringLiteral("secret-tool"),
                    { QStringLiteral("store"), QStringLiteral("--label=Hookyard (older)"),
                      QStringLiteral("xdg:schema"), QStringLiteral("org.qt.keychain"),
                      QStringLiteral("server"), QStringLiteral("Hookyard"), QStringLiteral("user"),
                      hash + u'/' + id, QStringLiteral("type"), QStringLiteral("base64") });
        store.write(NewSecret.toBase64());
        store.closeWriteChannel();
        QVERIFY(store.waitForFinished(20000));
        QVERIFY2(store.exitCode() == 0, store.readAllStandardError().constData());

        const QString moved = dataDir(QStringLiteral("older-moved"));
        for (const QString &where : { dir, moved }) {
            if (where == moved)
                QVERIFY(QDir().rename(dir, moved));
            auto serve = startServe(where);
            QVERIFY(serve);
            const QByteArray answer = triggerUntilAccepted(where, QStringLiteral("billing"));
            QVERIFY2(answer.startsWith("200 "), answer.constData());
            stopServe(*serve);
        }
        // The older entry is the one found (it holds another secret than the one saved above).
        QFile idFile(QDir(moved).filePath(QStringLiteral("keychain.id")));
        QVERIFY(idFile.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromLatin1(idFile.readLine().trimmed()), hash);
        QCOMPARE(entriesOf(moved), (QMap<QString, QByteArray> { { id, NewSecret } }));
    }

    // A locked keychain that cannot ask to be unlocked (no desktop to show the prompt) answers
    // a read like a secret never saved: serve and trigger say it may be locked, instead of
    // telling the user to save a secret that is there. Last: the keychain stays locked.
    void aLockedKeychainIsNamed()
    {
        const QString dir = dataDir(QStringLiteral("locked"));
        QVERIFY(addWithSecret(dir, QStringLiteral("billing"), Secret));
        QProcess lock;
        lock.setProcessEnvironment(m_env);
        lock.start(QStringLiteral("gdbus"),
                   { QStringLiteral("call"), QStringLiteral("--session"), QStringLiteral("--dest"),
                     QStringLiteral("org.freedesktop.secrets"), QStringLiteral("--object-path"),
                     QStringLiteral("/org/freedesktop/secrets"), QStringLiteral("--method"),
                     QStringLiteral("org.freedesktop.Secret.Service.Lock"),
                     QStringLiteral("['/org/freedesktop/secrets/collection/login']") });
        QVERIFY(lock.waitForFinished(20000));
        QVERIFY2(lock.exitCode() == 0, lock.readAllStandardError().constData());

        auto serve = startServe(dir);
        QVERIFY(serve);
        QByteArray log;
        const QByteArray expected = "billing : the keychain returned no signing secret for this "
                                    "connector: if the keychain is locked, unlock it";
        QTRY_VERIFY_WITH_TIMEOUT((log += serve->readAllStandardError()).contains(expected), 20000);
        const Result trigger = run(dir,
                                   { QStringLiteral("trigger"), QStringLiteral("billing"),
                                     QStringLiteral("invoice.payment_failed") });
        QCOMPARE(trigger.exitCode, 1);
        QVERIFY2(trigger.err.contains("if the keychain is locked, unlock it"),
                 trigger.err.constData());
        stopServe(*serve);
    }
};

QTEST_GUILESS_MAIN(tst_KeychainCli)

#include "tst_keychaincli.moc"
