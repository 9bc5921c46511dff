// End-to-end tests of the hookyard command line: the real binary, a temporary data dir, a real
// `hookyard serve` on a free loopback port, real signed requests.
#include "core/signatureverifier.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

#if defined(Q_OS_LINUX)
#include <fcntl.h>
#include <pty.h>
#include <unistd.h>
#endif

namespace {
struct Result
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
} // namespace

class tst_Cli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QProcess *m_serve = nullptr;

    Result run(const QStringList &args, const QByteArray &input = {})
    {
        return runRaw(QStringList { QStringLiteral("--data-dir"), m_dir.path() } + args, input);
    }

    // The binary with exactly these arguments (no --data-dir added) and this environment.
    static Result runRaw(const QStringList &args, const QByteArray &input = {},
                         const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        QProcess p;
        p.setProgram(QStringLiteral(HOOKYARD_BINARY));
        p.setArguments(args);
        p.setProcessEnvironment(env);
        p.start();
        if (!p.waitForStarted(10000))
            return {};
        p.write(input);
        p.closeWriteChannel();
        p.waitForFinished(60000);
        return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                 p.readAllStandardOutput(), p.readAllStandardError() };
    }

    QString serveAddress() const
    {
        QFile f(QDir(m_dir.path()).filePath(QStringLiteral("serve.address")));
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()).trimmed() : QString();
    }

    QJsonArray connectors()
    {
        const Result r =
            run({ QStringLiteral("connector"), QStringLiteral("list"), QStringLiteral("--json") });
        return QJsonDocument::fromJson(r.out).array();
    }

    int postSigned(const QString &url, const QByteArray &secret, const QByteArray &body)
    {
        QNetworkAccessManager nam;
        QNetworkRequest request { QUrl(url) };
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        request.setRawHeader("Stripe-Signature",
                             Hookyard::Core::SignatureVerifier::makeHeader(
                                 secret, QDateTime::currentSecsSinceEpoch(), body));
        request.setTransferTimeout(10000);
        std::unique_ptr<QNetworkReply> reply(nam.post(request, body));
        QEventLoop loop;
        connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
        if (!reply->isFinished())
            loop.exec();
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }

    static QByteArray eventBody(const QByteArray &id)
    {
        QJsonObject event {
            { QStringLiteral("id"), QString::fromLatin1(id) },
            { QStringLiteral("object"), QStringLiteral("event") },
            { QStringLiteral("type"), QStringLiteral("invoice.paid") },
            { QStringLiteral("created"), 1700000000 },
            { QStringLiteral("data"),
              QJsonObject { { QStringLiteral("object"),
                              QJsonObject { { QStringLiteral("id"), QStringLiteral("in_1") } } } } }
        };
        return QJsonDocument(event).toJson(QJsonDocument::Compact);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The tests must not depend on whether this machine has a keychain.
        QCOMPARE(run({ QStringLiteral("settings"), QStringLiteral("set"),
                       QStringLiteral("secrets.backend"), QStringLiteral("file") })
                     .exitCode,
                 0);
        // These tests poll with deliberately rejected requests (waiting for a removal or a
        // rotation to take effect); the per-address throttle of rejected requests is tested in
        // tst_webhookreceiver and must not turn them into 429 here.
        QCOMPARE(run({ QStringLiteral("settings"), QStringLiteral("set"),
                       QStringLiteral("receiver.reject_burst"), QStringLiteral("100000") })
                     .exitCode,
                 0);
    }

    void cleanupTestCase()
    {
        if (m_serve) {
            m_serve->kill();
            m_serve->waitForFinished(5000);
            delete m_serve;
        }
    }

    void versionAndHelp()
    {
        Result r = run({ QStringLiteral("--version") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("hookyard " HOOKYARD_VERSION));
        r = run({ QStringLiteral("--version"), QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 0);
        const QJsonObject version = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(version.value(QLatin1String("name")).toString(), QStringLiteral("hookyard"));
        QCOMPARE(version.value(QLatin1String("version")).toString(),
                 QStringLiteral(HOOKYARD_VERSION));
        QCOMPARE(version.value(QLatin1String("qt")).toString(), QString::fromLatin1(qVersion()));
        r = run({ QStringLiteral("--version"), QStringLiteral("--verbose") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith("hookyard: --version takes only --json"), r.err.constData());
        QVERIFY(r.out.isEmpty());
        r = run({ QStringLiteral("--help") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("connector set-secret NAME"));
        QVERIFY(r.out.contains("--data-dir"));
    }

    void unknownCommandFailsWithOneLine()
    {
        const Result r = run({ QStringLiteral("frobnicate") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.startsWith("hookyard: unknown command"));
        QCOMPARE(r.err.count('\n'), 1);
    }

    // A wrong command line exits with 2 (the man page's EXIT STATUS), options included.
    void wrongOptionExitsWithTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("says");
        QTest::newRow("unknown option")
            << QStringList { QStringLiteral("events"), QStringLiteral("list"),
                             QStringLiteral("--bogus") }
            << QByteArray("hookyard: Unknown option 'bogus'.");
        QTest::newRow("option without its value")
            << QStringList { QStringLiteral("events"), QStringLiteral("list"),
                             QStringLiteral("--limit") }
            << QByteArray("hookyard: Missing value after '--limit'.");
    }
    void wrongOptionExitsWithTwo()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, says);
        const Result r = run(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith(says), r.err.constData());
        QCOMPARE(r.err.count('\n'), 1);
    }

    void emptyListenIsRefused()
    {
        const Result r = run({ QStringLiteral("serve"), QStringLiteral("--listen"), QString() });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith("hookyard: --listen is empty"), r.err.constData());
        QCOMPARE(r.err.count('\n'), 1);
    }

    // A secret typed where a name or nothing belongs is refused without being repeated.
    void secretAsArgumentIsNotRepeated_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("as the name")
            << QStringList { QStringLiteral("connector"), QStringLiteral("set-secret"),
                             QStringLiteral("whsec_SeCrEtVaLuE123") };
        QTest::newRow("after the name")
            << QStringList { QStringLiteral("connector"), QStringLiteral("set-secret"),
                             QStringLiteral("billing"), QStringLiteral("whsec_SeCrEtVaLuE123") };
        QTest::newRow("an API key as a name filter")
            << QStringList { QStringLiteral("events"), QStringLiteral("list"),
                             QStringLiteral("--connector"),
                             QStringLiteral("sk_live_SeCrEtVaLuE123") };
    }
    void secretAsArgumentIsNotRepeated()
    {
        QFETCH(QStringList, args);
        const Result r = run(args, "whsec_fromstdin\n");
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(!r.err.contains("SeCrEtVaLuE123"), r.err.constData());
        QVERIFY2(r.err.contains("not repeated here") && r.err.contains("standard input"),
                 r.err.constData());
        QCOMPARE(r.err.count('\n'), 1);
    }

    void groupHelpListsTheSubcommands_data()
    {
        QTest::addColumn<QString>("group");
        QTest::addColumn<QByteArray>("says");
        QTest::newRow("connector") << QStringLiteral("connector") << QByteArray("set-secret NAME");
        QTest::newRow("agent") << QStringLiteral("agent") << QByteArray("check FILE.yaml");
        QTest::newRow("events") << QStringLiteral("events") << QByteArray("show EVENT_ID");
        QTest::newRow("runs") << QStringLiteral("runs") << QByteArray("start AGENT EVENT_ID");
        QTest::newRow("settings") << QStringLiteral("settings") << QByteArray("set KEY VALUE");
    }
    void groupHelpListsTheSubcommands()
    {
        QFETCH(QString, group);
        QFETCH(QByteArray, says);
        for (const QString &help : { QStringLiteral("--help"), QStringLiteral("-h") }) {
            const Result r = run({ group, help });
            QCOMPARE(r.exitCode, 0);
            QVERIFY2(r.err.isEmpty(), r.err.constData());
            QVERIFY2(r.out.startsWith(QByteArray("Usage: hookyard " + group.toUtf8() + " COMMAND")),
                     r.out.constData());
            QVERIFY2(r.out.contains(says), r.out.constData());
        }
    }

    void commandHelpPrintsTheUsageOnce_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("usage");
        QTest::newRow("serve") << QStringList { QStringLiteral("serve") }
                               << QByteArray("hookyard serve [--listen HOST:PORT]");
        QTest::newRow("events list")
            << QStringList { QStringLiteral("events"), QStringLiteral("list") }
            << QByteArray("hookyard events list [--json]");
        QTest::newRow("settings get")
            << QStringList { QStringLiteral("settings"), QStringLiteral("get") }
            << QByteArray("hookyard settings get KEY");
        QTest::newRow("settings set")
            << QStringList { QStringLiteral("settings"), QStringLiteral("set") }
            << QByteArray("hookyard settings set KEY VALUE");
        QTest::newRow("settings reset")
            << QStringList { QStringLiteral("settings"), QStringLiteral("reset") }
            << QByteArray("hookyard settings reset KEY");
        QTest::newRow("settings list")
            << QStringList { QStringLiteral("settings"), QStringLiteral("list") }
            << QByteArray("hookyard settings list [--json]");
    }
    void commandHelpPrintsTheUsageOnce()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, usage);
        const Result r = run(args + QStringList { QStringLiteral("--help") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        QVERIFY2(r.out.startsWith(QByteArray("Usage: " + usage)), r.out.constData());
        QCOMPARE(r.out.count(usage), 1);
        QVERIFY2(r.out.contains("--help"), r.out.constData());
        QVERIFY2(!r.out.contains("listen.address ="), "help, not the settings");
    }

    void strayArgumentsAreRefused_data()
    {
        QTest::addColumn<QStringList>("args");
        const auto row = [](const char *name, const QStringList &args) {
            QTest::newRow(name) << args;
        };
        const QString extra = QStringLiteral("extra");
        row("serve", { QStringLiteral("serve"), extra });
        row("serve --listen",
            { QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
              extra });
        row("events list", { QStringLiteral("events"), QStringLiteral("list"), extra });
        row("events show",
            { QStringLiteral("events"), QStringLiteral("show"), QStringLiteral("evt_1"), extra });
        row("runs list", { QStringLiteral("runs"), QStringLiteral("list"), extra });
        row("connector list", { QStringLiteral("connector"), QStringLiteral("list"), extra });
        row("connector url",
            { QStringLiteral("connector"), QStringLiteral("url"), QStringLiteral("billing"),
              extra });
        row("agent list", { QStringLiteral("agent"), QStringLiteral("list"), extra });
        row("agent add --example",
            { QStringLiteral("agent"), QStringLiteral("add"), QStringLiteral("--example"),
              QStringLiteral("dunning"), extra });
        row("settings list", { QStringLiteral("settings"), QStringLiteral("list"), extra });
        row("settings get",
            { QStringLiteral("settings"), QStringLiteral("get"), QStringLiteral("listen.address"),
              extra });
        row("settings set",
            { QStringLiteral("settings"), QStringLiteral("set"),
              QStringLiteral("receiver.reject_burst"), QStringLiteral("100000"), extra });
        row("trigger",
            { QStringLiteral("trigger"), QStringLiteral("billing"), QStringLiteral("invoice.paid"),
              extra });
    }
    void strayArgumentsAreRefused()
    {
        QFETCH(QStringList, args);
        const Result r = run(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.out.isEmpty(), r.out.constData());
        QVERIFY2(r.err.startsWith("hookyard: unexpected argument \"extra\""), r.err.constData());
        QCOMPARE(r.err.count('\n'), 1);
    }

    void emptyDataDirIsRefused_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("--data-dir \"\"") << QStringList { QStringLiteral("--data-dir"), QString() };
        QTest::newRow("--data-dir=") << QStringList { QStringLiteral("--data-dir=") };
    }
    void emptyDataDirIsRefused()
    {
        QFETCH(QStringList, args);
        QTemporaryDir home;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.path());
        env.remove(QStringLiteral("HOOKYARD_DATA_DIR"));
        const Result r =
            runRaw(args
                       + QStringList { QStringLiteral("settings"), QStringLiteral("get"),
                                       QStringLiteral("listen.address") },
                   {}, env);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.out.isEmpty(), r.out.constData());
        QVERIFY2(r.err.startsWith("hookyard: --data-dir is empty"), r.err.constData());
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY2(QDir(home.path()).isEmpty(), "nothing may be created in the default folder");
    }

    void emptyDataDirVariableCountsAsUnset()
    {
        QTemporaryDir home;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.path());
        env.insert(QStringLiteral("HOOKYARD_DATA_DIR"), QString());
        const Result r = runRaw(
            { QStringLiteral("settings"), QStringLiteral("get"), QStringLiteral("listen.address") },
            {}, env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(QFile::exists(home.filePath(QStringLiteral("hookyard/hookyard.db"))));
    }

    void runsListRefusesAnUnknownState()
    {
        Result r = run({ QStringLiteral("runs"), QStringLiteral("list"), QStringLiteral("--state"),
                         QStringLiteral("bogus") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.out.isEmpty(), r.out.constData());
        QVERIFY2(r.err.contains("\"bogus\""), r.err.constData());
        QVERIFY2(
            r.err.contains("queued, running, succeeded, failed, timed_out, skipped, cancelled"),
            r.err.constData());
        QCOMPARE(r.err.count('\n'), 1);
        r = run({ QStringLiteral("runs"), QStringLiteral("list"), QStringLiteral("--state"),
                  QStringLiteral("timed_out") });
        QCOMPARE(r.exitCode, 0);
    }

    void serveFailuresAreOneLine_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<bool>("corruptDatabase");
        QTest::addColumn<QByteArray>("says");
        const QString listen = QStringLiteral("--listen");
        QTest::newRow("not HOST:PORT")
            << QStringList { listen, QStringLiteral("bogus") } << false << QByteArray("HOST:PORT");
        QTest::newRow("port too large") << QStringList { listen, QStringLiteral("127.0.0.1:99999") }
                                        << false << QByteArray("HOST:PORT");
        QTest::newRow("not an address") << QStringList { listen, QStringLiteral("nohost:80") }
                                        << false << QByteArray("not an IP address");
        QTest::newRow("corrupt database")
            << QStringList { listen, QStringLiteral("127.0.0.1:0") } << true << QByteArray();
        // These two fail once the engine has started (and logged what it loaded): those log
        // lines are held until it listens, so the error is still the only line.
        QTest::newRow("address in use") << QStringList { listen, QStringLiteral("IN-USE") } << false
                                        << QByteArray("already in use");
        QTest::newRow("address not here")
            << QStringList { listen, QStringLiteral("10.255.255.1:0") } << false
            << QByteArray("no such address");
    }
    void serveFailuresAreOneLine()
    {
        QFETCH(QStringList, args);
        QFETCH(bool, corruptDatabase);
        QFETCH(QByteArray, says);
        QTcpServer occupier;
        if (args.contains(QStringLiteral("IN-USE"))) {
            QVERIFY(occupier.listen(QHostAddress::LocalHost));
            args.replace(args.indexOf(QStringLiteral("IN-USE")),
                         QStringLiteral("127.0.0.1:%1").arg(occupier.serverPort()));
        }
        QTemporaryDir dir;
        if (corruptDatabase) {
            QFile db(dir.filePath(QStringLiteral("hookyard.db")));
            QVERIFY(db.open(QIODevice::WriteOnly));
            QByteArray junk(5000, '\0');
            for (int i = 0; i < junk.size(); ++i)
                junk[i] = char((i * 7919 + 13) % 251);
            db.write(junk);
        }
        const Result r =
            runRaw(QStringList { QStringLiteral("--data-dir"), dir.path(), QStringLiteral("serve") }
                   + args);
        QVERIFY(r.exitCode > 0);
        QVERIFY2(r.err.startsWith("hookyard: "), r.err.constData());
        QVERIFY2(r.err.contains(says), r.err.constData());
        QVERIFY2(r.err.count('\n') == 1, r.err.constData());
        QVERIFY2(r.out.isEmpty(), r.out.constData());
    }

    void serveOnAnAddressNotHereSaysSo()
    {
        QTemporaryDir dir;
        const Result r = runRaw({ QStringLiteral("--data-dir"), dir.path(), QStringLiteral("serve"),
                                  QStringLiteral("--listen"), QStringLiteral("10.255.255.1:0") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("no such address"), r.err.constData());
        QVERIFY2(!r.err.contains("stop the program"), r.err.constData());
    }

    // serve in a data folder without connectors says how to add one; one added meanwhile is
    // served at once.
    void serveWithoutConnectorsSaysHowToAddOne()
    {
        QTemporaryDir dir;
        QProcess serve;
        serve.setProgram(QStringLiteral(HOOKYARD_BINARY));
        serve.setArguments({ QStringLiteral("--data-dir"), dir.path(), QStringLiteral("serve"),
                             QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0") });
        serve.start();
        QVERIFY(serve.waitForStarted(10000));
        QByteArray err;
        QTRY_VERIFY_WITH_TIMEOUT((err += serve.readAllStandardError()).contains("Stop with Ctrl+C"),
                                 20000);
        QTRY_VERIFY_WITH_TIMEOUT(
            (err += serve.readAllStandardError())
                .contains("No connectors yet: `hookyard connector add NAME` creates one"),
            5000);
        const auto cli = [&](const QStringList &args, const QByteArray &input = {}) {
            return runRaw(QStringList { QStringLiteral("--data-dir"), dir.path() } + args, input);
        };
        QCOMPARE(cli({ QStringLiteral("connector"), QStringLiteral("add"), QStringLiteral("shop") })
                     .exitCode,
                 0);
        QCOMPARE(cli({ QStringLiteral("connector"), QStringLiteral("set-secret"),
                       QStringLiteral("shop") },
                     "whsec_servedAtOnce0123456789abcdefghij")
                     .exitCode,
                 0);
        Result t;
        QTRY_VERIFY_WITH_TIMEOUT((t = cli({ QStringLiteral("trigger"), QStringLiteral("shop"),
                                            QStringLiteral("invoice.payment_failed") }))
                                         .exitCode
                                     == 0,
                                 20000);
        QVERIFY2(t.out.startsWith("200 evt_"), t.out.constData());
        serve.terminate();
        QVERIFY(serve.waitForFinished(20000));
    }

    void addConnectorPrintsUrl()
    {
        const Result r =
            run({ QStringLiteral("connector"), QStringLiteral("add"), QStringLiteral("billing") });
        QCOMPARE(r.exitCode, 0);
        static const QRegularExpression url(
            QStringLiteral("^http://127\\.0\\.0\\.1:8787/webhooks/stripe/[0-9a-f]{32}\n$"));
        QVERIFY2(url.match(QString::fromUtf8(r.out)).hasMatch(), r.out.constData());
        const Result again =
            run({ QStringLiteral("connector"), QStringLiteral("add"), QStringLiteral("billing") });
        QVERIFY(again.exitCode != 0);
        QVERIFY(again.err.startsWith("hookyard: "));
        const Result bad = run(
            { QStringLiteral("connector"), QStringLiteral("add"), QStringLiteral("bad name!") });
        QVERIFY(bad.exitCode != 0);
        const QJsonArray list = connectors();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.at(0)[QLatin1String("name")].toString(), QStringLiteral("billing"));
        QCOMPARE(list.at(0)[QLatin1String("has_secret")].toBool(), false);
        const Result u =
            run({ QStringLiteral("connector"), QStringLiteral("url"), QStringLiteral("billing") });
        QCOMPARE(QString::fromUtf8(u.out).trimmed(), list.at(0)[QLatin1String("url")].toString());
    }

    void setSecretRefusesApiKeys_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("says");
        QTest::newRow("secret key")
            << QByteArray("sk_test_51Habcdefghijklmnopqrstuv") << QByteArray("API key");
        QTest::newRow("publishable key")
            << QByteArray("pk_live_51Habcdefghijklmnopqrstuv") << QByteArray("publishable");
        QTest::newRow("restricted key")
            << QByteArray("rk_live_51Habcdefghijklmnopqrstuv") << QByteArray("restricted");
        QTest::newRow("empty") << QByteArray("  \n") << QByteArray("whsec_");
        QTest::newRow("in quotes") << QByteArray("'whsec_quotedSecret0123456789abcdefAB'\n")
                                   << QByteArray("in quotes: give it without them");
        QTest::newRow("a whole file") << QByteArray("whsec_") + QByteArray(200 * 1024, 'a')
                                      << QByteArray("standard input holds more than 64 KiB");
    }
    void setSecretRefusesApiKeys()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, says);
        const Result r = run({ QStringLiteral("connector"), QStringLiteral("set-secret"),
                               QStringLiteral("billing") },
                             input);
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(says), r.err.constData());
        if (!input.trimmed().isEmpty())
            QVERIFY2(!r.err.contains(input.trimmed().mid(1, 30)),
                     "the refused value must not be echoed");
        QCOMPARE(connectors().at(0)[QLatin1String("has_secret")].toBool(), false);
    }

    void setSecretStoresOutsideTheDatabase()
    {
        const QByteArray secret = "whsec_cliTestSecret0123456789abcdefABCDEF";
        const Result r = run({ QStringLiteral("connector"), QStringLiteral("set-secret"),
                               QStringLiteral("billing") },
                             "  " + secret + "\n");
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!r.err.contains(secret));
        const QJsonArray list = connectors();
        QCOMPARE(list.at(0)[QLatin1String("has_secret")].toBool(), true);
        QVERIFY(list.at(0)[QLatin1String("secret_store")].toString().contains(
            QLatin1String("secrets.json")));
        const QString secretsFile = QDir(m_dir.path()).filePath(QStringLiteral("secrets.json"));
        const QFileDevice::Permissions mode = QFile::permissions(secretsFile);
        QVERIFY(mode.testFlag(QFileDevice::ReadOwner) && mode.testFlag(QFileDevice::WriteOwner));
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup
            | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther
            | QFileDevice::ExeOther;
        QCOMPARE(mode & others, QFileDevice::Permissions());
        // Neither the database nor its WAL holds the secret.
        for (const QString &name :
             { QStringLiteral("hookyard.db"), QStringLiteral("hookyard.db-wal") }) {
            QFile f(QDir(m_dir.path()).filePath(name));
            if (f.open(QIODevice::ReadOnly))
                QVERIFY2(!f.readAll().contains(secret), qPrintable(name));
        }
    }

#if defined(Q_OS_LINUX)
    // Pasted into a terminal, the secret must not be shown (nor stay in the scrollback).
    void setSecretFromATerminalIsNotEchoed()
    {
        int master = -1;
        int slave = -1;
        QVERIFY(::openpty(&master, &slave, nullptr, nullptr, nullptr) == 0);
        const QByteArray secret = "whsec_cliTestSecret0123456789abcdefABCDEF";
        QProcess p;
        p.setProgram(QStringLiteral(HOOKYARD_BINARY));
        p.setArguments({ QStringLiteral("--data-dir"), m_dir.path(), QStringLiteral("connector"),
                         QStringLiteral("set-secret"), QStringLiteral("billing") });
        p.setChildProcessModifier([slave] { ::dup2(slave, STDIN_FILENO); });
        p.start();
        QVERIFY(p.waitForStarted(10000));
        ::close(slave);
        // Typed once the prompt is out, as a person would (the echo is off by then).
        QByteArray prompt;
        QTRY_VERIFY_WITH_TIMEOUT((prompt += p.readAllStandardError()).contains("Paste"), 10000);
        const QByteArray typed = secret + "\n";
        QCOMPARE(::write(master, typed.constData(), size_t(typed.size())), ssize_t(typed.size()));
        QVERIFY(p.waitForFinished(20000));
        QCOMPARE(p.exitCode(), 0);
        // What the terminal showed: the new line, never the secret.
        QByteArray shown;
        ::fcntl(master, F_SETFL, ::fcntl(master, F_GETFL) | O_NONBLOCK);
        char buffer[512];
        for (ssize_t n; (n = ::read(master, buffer, sizeof buffer)) > 0;)
            shown.append(buffer, n);
        ::close(master);
        QVERIFY2(!shown.contains("whsec_"), shown.constData());
        prompt += p.readAllStandardError();
        QVERIFY(!prompt.contains(secret));
        QCOMPARE(connectors().at(0)[QLatin1String("has_secret")].toBool(), true);
    }
#endif

    // connector list must not say "secret saved" when the store refuses to give it back.
    void listSaysWhenTheSecretsFileIsRefused()
    {
        const QString secretsFile = QDir(m_dir.path()).filePath(QStringLiteral("secrets.json"));
        QVERIFY(QFile::setPermissions(secretsFile,
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup
                                          | QFile::ReadOther));
        const Result text = run({ QStringLiteral("connector"), QStringLiteral("list") });
        const Result json =
            run({ QStringLiteral("connector"), QStringLiteral("list"), QStringLiteral("--json") });
        QVERIFY(QFile::setPermissions(secretsFile, QFile::ReadOwner | QFile::WriteOwner));
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains("UNREADABLE"), text.out.constData());
        QVERIFY2(text.out.contains("(mode 0644)"), text.out.constData());
        QVERIFY2(text.err.contains("chmod 600"), text.err.constData());
        const QJsonObject row = QJsonDocument::fromJson(json.out).array().at(0).toObject();
        QVERIFY(row[QLatin1String("secret_store_problem")].toString().contains(
            QLatin1String("chmod 600")));
        // Back to 0600: no problem reported.
        const QJsonObject again = connectors().at(0).toObject();
        QVERIFY(again[QLatin1String("secret_store_problem")].isNull());
        QVERIFY(
            again[QLatin1String("secret_store")].toString().contains(QLatin1String("(mode 0600)")));
    }

    // A connector goes with its secret or not at all: with the secrets file refused, removing it
    // would leave a secret nothing can remove any more.
    void removeKeepsTheConnectorWhenItsSecretCannotBeDeleted()
    {
        const QString secretsFile = QDir(m_dir.path()).filePath(QStringLiteral("secrets.json"));
        QCOMPARE(run({ QStringLiteral("connector"), QStringLiteral("add"),
                       QStringLiteral("shortlived") })
                     .exitCode,
                 0);
        QCOMPARE(run({ QStringLiteral("connector"), QStringLiteral("set-secret"),
                       QStringLiteral("shortlived") },
                     "whsec_shortlivedSecret0123456789abcdefAB")
                     .exitCode,
                 0);
        QVERIFY(QFile::setPermissions(secretsFile,
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup
                                          | QFile::ReadOther));
        const Result refused = run({ QStringLiteral("connector"), QStringLiteral("remove"),
                                     QStringLiteral("shortlived") });
        QVERIFY(QFile::setPermissions(secretsFile, QFile::ReadOwner | QFile::WriteOwner));
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("was not removed, because its signing secret could not be "
                                      "deleted")
                     && refused.err.contains("chmod 600"),
                 refused.err.constData());
        QCOMPARE(run({ QStringLiteral("connector"), QStringLiteral("url"),
                       QStringLiteral("shortlived") })
                     .exitCode,
                 0);

        const Result removed = run({ QStringLiteral("connector"), QStringLiteral("remove"),
                                     QStringLiteral("shortlived") });
        QCOMPARE(removed.exitCode, 0);
        QFile file(secretsFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("shortlivedSecret"));
    }

    // Names are unique whatever their case, and found whatever their case.
    void namesAreFoundWhateverTheirCase()
    {
        const Result url =
            run({ QStringLiteral("connector"), QStringLiteral("url"), QStringLiteral("BILLING") });
        QCOMPARE(url.exitCode, 0);
        QCOMPARE(
            url.out.trimmed(),
            run({ QStringLiteral("connector"), QStringLiteral("url"), QStringLiteral("billing") })
                .out.trimmed());
    }

    void configureValidates()
    {
        // Before: the defaults, said as such (null) and as what they come to.
        QJsonObject c = connectors().at(0).toObject();
        QVERIFY(c.contains(QLatin1String("rate_per_s")));
        QVERIFY(c[QLatin1String("rate_per_s")].isNull());
        QCOMPARE(c[QLatin1String("effective_rate_per_s")].toDouble(), 100.0);
        QVERIFY(c[QLatin1String("burst")].isNull());
        QCOMPARE(c[QLatin1String("effective_burst")].toInt(), 200);
        QVERIFY(run({ QStringLiteral("connector"), QStringLiteral("list") })
                    .out.contains("rate default (100/s)"));

        Result r =
            run({ QStringLiteral("connector"), QStringLiteral("configure"),
                  QStringLiteral("billing"), QStringLiteral("--tolerance"), QStringLiteral("0") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("replay"));
        r = run({ QStringLiteral("connector"), QStringLiteral("configure"),
                  QStringLiteral("billing"), QStringLiteral("--tolerance"), QStringLiteral("600"),
                  QStringLiteral("--rate-limit"), QStringLiteral("0") });
        QCOMPARE(r.exitCode, 0);
        c = connectors().at(0).toObject();
        QCOMPARE(c[QLatin1String("tolerance_s")].toInt(), 600);
        QCOMPARE(c[QLatin1String("rate_per_s")].toDouble(), 0.0);
        QCOMPARE(c[QLatin1String("effective_rate_per_s")].toDouble(), 0.0);
        QVERIFY(run({ QStringLiteral("connector"), QStringLiteral("list") })
                    .out.contains("rate unlimited"));

        // A burst of its own, and back to the setting's, as --rate-limit default does.
        QCOMPARE(run({ QStringLiteral("connector"), QStringLiteral("configure"),
                       QStringLiteral("billing"), QStringLiteral("--burst"), QStringLiteral("7") })
                     .exitCode,
                 0);
        QCOMPARE(connectors().at(0)[QLatin1String("burst")].toInt(), 7);
        QVERIFY(
            run({ QStringLiteral("connector"), QStringLiteral("list") }).out.contains(", burst 7"));
        QCOMPARE(
            run({ QStringLiteral("connector"), QStringLiteral("configure"),
                  QStringLiteral("billing"), QStringLiteral("--burst"), QStringLiteral("default") })
                .exitCode,
            0);
        QVERIFY(connectors().at(0)[QLatin1String("burst")].isNull());
        QVERIFY(run({ QStringLiteral("connector"), QStringLiteral("list") })
                    .out.contains(", burst default (200)"));
    }

    void limitMustBeAWholeNumber()
    {
        const QList<QStringList> commands {
            { QStringLiteral("events"), QStringLiteral("list") },
            { QStringLiteral("events"), QStringLiteral("deliveries") },
            { QStringLiteral("runs"), QStringLiteral("list") },
        };
        for (const QStringList &command : commands) {
            for (const QString &bad :
                 { QStringLiteral("0"), QStringLiteral("ten"), QStringLiteral("1000001") }) {
                const Result r = run(command + QStringList { QStringLiteral("--limit"), bad });
                QCOMPARE(r.exitCode, 2);
                QCOMPARE(r.err,
                         QByteArray("hookyard: --limit takes a whole number from 1 to 1000000\n"));
            }
            QCOMPARE(run(command + QStringList { QStringLiteral("--limit"), QStringLiteral("3") })
                         .exitCode,
                     0);
        }
    }

    void triggerWithoutServeSaysWhatToDo()
    {
        const Result r = run({ QStringLiteral("trigger"), QStringLiteral("billing"),
                               QStringLiteral("invoice.payment_failed") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("hookyard serve"), r.err.constData());
    }

    void serveAndTrigger()
    {
        m_serve = new QProcess;
        m_serve->setProgram(QStringLiteral(HOOKYARD_BINARY));
        m_serve->setArguments({ QStringLiteral("--data-dir"), m_dir.path(), QStringLiteral("serve"),
                                QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0") });
        m_serve->start();
        QVERIFY(m_serve->waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(!serveAddress().isEmpty(), 20000);
        QVERIFY(serveAddress().startsWith(QLatin1String("127.0.0.1:")));
        QVERIFY(!serveAddress().endsWith(QLatin1String(":0")));

        const Result t = run({ QStringLiteral("trigger"), QStringLiteral("billing"),
                               QStringLiteral("invoice.payment_failed") });
        QVERIFY2(t.exitCode == 0, t.err.constData());
        QVERIFY(t.out.startsWith("200 evt_"));

        const Result list =
            run({ QStringLiteral("events"), QStringLiteral("list"), QStringLiteral("--json") });
        const QJsonArray events = QJsonDocument::fromJson(list.out).array();
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.at(0)[QLatin1String("type")].toString(),
                 QStringLiteral("invoice.payment_failed"));
        QCOMPARE(events.at(0)[QLatin1String("connector")].toString(), QStringLiteral("billing"));

        const QString id = events.at(0)[QLatin1String("id")].toString();
        const Result show =
            run({ QStringLiteral("events"), QStringLiteral("show"), id, QStringLiteral("--json") });
        QCOMPARE(show.exitCode, 0);
        const QJsonObject shown = QJsonDocument::fromJson(show.out).object();
        QCOMPARE(shown[QLatin1String("payload")][QLatin1String("id")].toString(), id);
        const QJsonArray deliveryLog = shown[QLatin1String("delivery_log")].toArray();
        QCOMPARE(deliveryLog.size(), 1);
        // The same fields as `events deliveries --json`.
        QCOMPARE(deliveryLog.at(0)[QLatin1String("outcome")].toString(),
                 QStringLiteral("accepted"));
        QCOMPARE(deliveryLog.at(0)[QLatin1String("event_id")].toString(), id);
        QVERIFY(deliveryLog.at(0)[QLatin1String("user_agent")].toString().endsWith(
            QLatin1String("Hookyard-trigger")));
        QVERIFY(deliveryLog.at(0)[QLatin1String("body_size")].toInteger() > 1000);

        // serve logs one line per delivery.
        QByteArray log;
        QTRY_VERIFY_WITH_TIMEOUT((log += m_serve->readAllStandardOutput()).contains(id.toUtf8()),
                                 5000);
        QVERIFY(log.contains(" 200 billing invoice.payment_failed "));
        // The whole line: UTC time with milliseconds, status, connector, type, id, address, time.
        const QRegularExpression line(
            QStringLiteral(
                "^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z 200 billing "
                "invoice\\.payment_failed %1 from 127\\.0\\.0\\.1 \\(\\d+\\.\\d\\d ms\\)$")
                .arg(QRegularExpression::escape(id)),
            QRegularExpression::MultilineOption);
        QVERIFY2(line.match(QString::fromUtf8(log)).hasMatch(), log.constData());
#if defined(Q_OS_LINUX)
        // The lines come from a thread of their own at nice 10 (cli/deliverylog.h says why); the
        // receiver thread keeps the process's priority.
        QMap<QString, int> niceOf; // thread name -> nice value (field 19 of /proc/.../stat)
        const QString pid = QString::number(m_serve->processId());
        const QString tasks = QStringLiteral("/proc/%1/task").arg(pid);
        int processNice = 0; // the main thread's: the test may itself run niced
        for (const QString &tid : QDir(tasks).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            QFile comm(tasks + QLatin1Char('/') + tid + QStringLiteral("/comm"));
            QFile stat(tasks + QLatin1Char('/') + tid + QStringLiteral("/stat"));
            QVERIFY(comm.open(QIODevice::ReadOnly) && stat.open(QIODevice::ReadOnly));
            const QByteArray statLine = stat.readAll();
            const QList<QByteArray> fields =
                statLine.mid(statLine.lastIndexOf(')') + 2).split(' '); // from field 3 on
            const int nice = fields.value(16).toInt();
            niceOf.insert(QString::fromUtf8(comm.readAll().trimmed()), nice);
            if (tid == pid)
                processNice = nice;
        }
        QVERIFY2(niceOf.contains(QStringLiteral("hookyard-log")),
                 qPrintable(niceOf.keys().join(QLatin1Char(','))));
        QCOMPARE(niceOf.value(QStringLiteral("hookyard-log")), qMax(10, processNice));
        QCOMPARE(niceOf.value(QStringLiteral("hookyard-receiv"), -100), processNice);
#endif
    }

    void eventsListSaysWhenTheFilterMatchesNothing()
    {
        Result r = run({ QStringLiteral("events"), QStringLiteral("list"), QStringLiteral("--type"),
                         QStringLiteral("nothing.here") });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QByteArray("No events match the filter.\n"));
        r = run({ QStringLiteral("events"), QStringLiteral("list"), QStringLiteral("--connector"),
                  QStringLiteral("nope") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("no connector named \"nope\", now or removed: `hookyard "
                                "connector list` shows the current ones"),
                 r.err.constData());
    }

    // `events deliveries`: every request that reached a connector, the refused ones with why,
    // for a server without the window.
    void deliveriesTellWhyRequestsWereRefused()
    {
        QVERIFY(m_serve);
        const Result url =
            run({ QStringLiteral("connector"), QStringLiteral("url"), QStringLiteral("billing") });
        QCOMPARE(url.exitCode, 0);
        QNetworkAccessManager network;
        QNetworkRequest request(QUrl(QString::fromUtf8(url.out.trimmed())));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        request.setRawHeader("Stripe-Signature", "t=1,v1=00");
        std::unique_ptr<QNetworkReply> reply(
            network.post(request, QByteArrayLiteral("{\"id\":\"evt_forged\"}")));
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 400);

        const QStringList rejectedOnly { QStringLiteral("events"), QStringLiteral("deliveries"),
                                         QStringLiteral("--outcome"), QStringLiteral("rejected"),
                                         QStringLiteral("--json") };
        Result r;
        // Rejected deliveries are written in small batches: soon, not at once.
        QTRY_VERIFY_WITH_TIMEOUT((r = run(rejectedOnly)).out.contains("signature_mismatch"), 5000);
        QCOMPARE(r.exitCode, 0);
        const QJsonArray rejected = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(rejected.size(), 1);
        const QJsonObject d = rejected.at(0).toObject();
        QCOMPARE(d[QLatin1String("status")].toInt(), 400);
        QCOMPARE(d[QLatin1String("outcome")].toString(), QStringLiteral("rejected"));
        QCOMPARE(d[QLatin1String("reason")].toString(), QStringLiteral("signature_mismatch"));
        QVERIFY(d[QLatin1String("message")].toString().contains(QLatin1String("signing secret")));
        QCOMPARE(d[QLatin1String("connector")].toString(), QStringLiteral("billing"));
        QCOMPARE(d[QLatin1String("signature_t")].toInteger(), 1);
        QCOMPARE(d[QLatin1String("v1_signatures")].toInt(), 1);
        QCOMPARE(d[QLatin1String("body_size")].toInteger(), 19);
        QCOMPARE(d[QLatin1String("remote_address")].toString(), QStringLiteral("127.0.0.1"));
        QVERIFY(d[QLatin1String("event_id")].isNull());

        // Every delivery, newest first: the trigger's accepted one too.
        r = run({ QStringLiteral("events"), QStringLiteral("deliveries"), QStringLiteral("--json"),
                  QStringLiteral("--connector"), QStringLiteral("billing") });
        const QJsonArray all = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0)[QLatin1String("outcome")].toString(), QStringLiteral("rejected"));
        QCOMPARE(all.at(1)[QLatin1String("outcome")].toString(), QStringLiteral("accepted"));
        QCOMPARE(all.at(1)[QLatin1String("type")].toString(),
                 QStringLiteral("invoice.payment_failed"));
        QVERIFY(all.at(1)[QLatin1String("event_id")].toString().startsWith(QLatin1String("evt_")));
        QVERIFY(all.at(1)[QLatin1String("reason")].isNull());

        r = run({ QStringLiteral("events"), QStringLiteral("deliveries") });
        QVERIFY2(r.out.contains("  billing  400 rejected  signature_mismatch  from 127.0.0.1: "),
                 r.out.constData());
        QVERIFY2(r.out.contains("  billing  200 accepted  invoice.payment_failed  evt_"),
                 r.out.constData());
        r = run({ QStringLiteral("events"), QStringLiteral("deliveries"),
                  QStringLiteral("--outcome"), QStringLiteral("duplicate") });
        QCOMPARE(r.out, QByteArray("No deliveries match the filter.\n"));
        r = run({ QStringLiteral("events"), QStringLiteral("deliveries"),
                  QStringLiteral("--outcome"), QStringLiteral("lost") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--outcome takes accepted, duplicate or rejected, not \"lost\""),
                 r.err.constData());
    }

    void triggerToADisabledConnectorSaysHowToEnableIt()
    {
        QVERIFY(m_serve);
        const QStringList configure { QStringLiteral("connector"), QStringLiteral("configure"),
                                      QStringLiteral("billing"), QStringLiteral("--enabled") };
        const QStringList trigger { QStringLiteral("trigger"), QStringLiteral("billing"),
                                    QStringLiteral("invoice.payment_failed") };
        QCOMPARE(run(configure + QStringList { QStringLiteral("false") }).exitCode, 0);
        Result r;
        // The serving process picks the change up from the database within its poll interval.
        QTRY_VERIFY_WITH_TIMEOUT((r = run(trigger)).err.contains("connector_disabled"), 5000);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("hookyard connector configure billing --enabled true"),
                 r.err.constData());
        QCOMPARE(r.err.count('\n'), 1);
        QCOMPARE(run(configure + QStringList { QStringLiteral("true") }).exitCode, 0);
        QTRY_COMPARE_WITH_TIMEOUT(run(trigger).exitCode, 0, 5000);
    }

    void secondServeIsRefused()
    {
        QVERIFY(m_serve);
        const Result r = run(
            { QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("already serves"), r.err.constData());
        QVERIFY(r.err.contains("process"));
        QVERIFY2(r.err.startsWith("hookyard: "), r.err.constData()); // no log line before it
        QCOMPARE(r.err.count('\n'), 1);
    }

    void secretRotationTakesEffectWhileServing()
    {
        QVERIFY(m_serve);
        const QString url = connectors().at(0)[QLatin1String("url")].toString();
        const QByteArray oldSecret = "whsec_cliTestSecret0123456789abcdefABCDEF";
        const QByteArray newSecret = "whsec_rotatedSecret9876543210fedcbaFEDCBA";
        QCOMPARE(postSigned(url, oldSecret, eventBody("evt_rot_1")), 200);
        QCOMPARE(run({ QStringLiteral("connector"), QStringLiteral("set-secret"),
                       QStringLiteral("billing"), QStringLiteral("--keep-previous"),
                       QStringLiteral("1h") },
                     newSecret)
                     .exitCode,
                 0);
        // Both secrets are accepted during the rotation, as soon as set-secret returns: it waits
        // until the serving process (which reads the change from the database) has applied it.
        QCOMPARE(postSigned(url, newSecret, eventBody("evt_rot_2")), 200);
        QCOMPARE(postSigned(url, oldSecret, eventBody("evt_rot_3")), 200);
        // Without --keep-previous the old one stops working.
        QCOMPARE(run({ QStringLiteral("connector"), QStringLiteral("set-secret"),
                       QStringLiteral("billing") },
                     newSecret)
                     .exitCode,
                 0);
        QCOMPARE(postSigned(url, oldSecret, eventBody("evt_rot_4")), 400);
        QCOMPARE(postSigned(url, newSecret, eventBody("evt_rot_5")), 200);
    }

    void removedConnectorAnswers404()
    {
        QVERIFY(m_serve);
        QCOMPARE(run({ QStringLiteral("connector"), QStringLiteral("add"), QStringLiteral("temp") })
                     .exitCode,
                 0);
        QString url;
        for (const auto &c : connectors())
            if (c[QLatin1String("name")].toString() == QLatin1String("temp"))
                url = c[QLatin1String("url")].toString();
        QVERIFY(!url.isEmpty());
        QCOMPARE(postSigned(url, "whsec_x", eventBody("evt_tmp")), 503); // no secret yet
        QCOMPARE(
            run({ QStringLiteral("connector"), QStringLiteral("remove"), QStringLiteral("temp") })
                .exitCode,
            0);
        QCOMPARE(postSigned(url, "whsec_x", eventBody("evt_tmp")), 404);
    }

    // A script's steps in a row, with no pause between them: each command returns once the
    // serving process has applied its change.
    void changesAreInEffectWhenTheCommandReturns()
    {
        QVERIFY(m_serve);
        const QByteArray secret = "whsec_scriptedSecret0123456789abcdefABCD";
        for (int round = 0; round < 3; ++round) {
            const QString name = QStringLiteral("scripted%1").arg(round);
            QCOMPARE(run({ QStringLiteral("connector"), QStringLiteral("add"), name }).exitCode, 0);
            QCOMPARE(
                run({ QStringLiteral("connector"), QStringLiteral("set-secret"), name }, secret)
                    .exitCode,
                0);
            const Result t = run({ QStringLiteral("trigger"), name,
                                   QStringLiteral("customer.subscription.updated") });
            QVERIFY2(t.exitCode == 0, t.err.constData());
            QVERIFY2(t.out.startsWith("200 evt_"), t.out.constData());

            QString url;
            for (const auto &c : connectors())
                if (c[QLatin1String("name")].toString() == name)
                    url = c[QLatin1String("url")].toString();
            QCOMPARE(run({ QStringLiteral("connector"), QStringLiteral("configure"), name,
                           QStringLiteral("--enabled"), QStringLiteral("false") })
                         .exitCode,
                     0);
            QCOMPARE(postSigned(url, secret, eventBody("evt_off_" + QByteArray::number(round))),
                     404);
            QCOMPARE(run({ QStringLiteral("connector"), QStringLiteral("configure"), name,
                           QStringLiteral("--enabled"), QStringLiteral("true") })
                         .exitCode,
                     0);
            QCOMPARE(postSigned(url, secret, eventBody("evt_on_" + QByteArray::number(round))),
                     200);
        }
        // What the commands wait for: the generation the serving process has applied.
        QFile generation(QDir(m_dir.path()).filePath(QStringLiteral("serve.generation")));
        QVERIFY(generation.open(QIODevice::ReadOnly));
        QVERIFY(generation.readAll().trimmed().toLongLong() > 0);
    }

    // `events show` prints the payload exactly as received, in text and in --json: its keys in
    // their order, its numbers as written (Qt's JSON would give 12345678901234567000 and 1.1).
    void eventsShowPrintsThePayloadAsReceived()
    {
        QVERIFY(m_serve);
        const QByteArray secret = "whsec_verbatimSecret0123456789abcdefABCD";
        QCOMPARE(
            run({ QStringLiteral("connector"), QStringLiteral("add"), QStringLiteral("verbatim") })
                .exitCode,
            0);
        QCOMPARE(run({ QStringLiteral("connector"), QStringLiteral("set-secret"),
                       QStringLiteral("verbatim") },
                     secret)
                     .exitCode,
                 0);
        QString url;
        for (const auto &c : connectors())
            if (c[QLatin1String("name")].toString() == QLatin1String("verbatim"))
                url = c[QLatin1String("url")].toString();
        const QByteArray body =
            "{\n  \"type\": \"invoice.paid\",\n  \"id\": \"evt_verbatim\",\n"
            "  \"object\": \"event\",\n  \"big\": 12345678901234567890,\n"
            "  \"amount\": 1.10,\n  \"data\": {\"object\": {\"id\": \"in_1\"}}\n}";
        QCOMPARE(postSigned(url, secret, body), 200);

        const Result text = run(
            { QStringLiteral("events"), QStringLiteral("show"), QStringLiteral("evt_verbatim") });
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.endsWith(QByteArray("\n\n" + body + "\n")), text.out.constData());

        const Result json = run({ QStringLiteral("events"), QStringLiteral("show"),
                                  QStringLiteral("evt_verbatim"), QStringLiteral("--json") });
        QCOMPARE(json.exitCode, 0);
        QJsonParseError error;
        const QJsonObject shown = QJsonDocument::fromJson(json.out, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, json.out.constData());
        QCOMPARE(shown[QLatin1String("id")].toString(), QStringLiteral("evt_verbatim"));
        QCOMPARE(shown[QLatin1String("payload")][QLatin1String("type")].toString(),
                 QStringLiteral("invoice.paid"));
        QCOMPARE(shown[QLatin1String("delivery_log")].toArray().size(), 1);
        QVERIFY2(json.out.contains(QByteArray("\"payload\": " + body + "\n}")),
                 json.out.constData());
    }

    // One Stripe account with two endpoints here: each connector keeps its copy of an event.
    // `events show` says there is another and --connector picks it (agent match too).
    void eventOfTwoConnectorsIsPickedByConnector()
    {
        QVERIFY(m_serve);
        const QByteArray secret = "whsec_twinSecret0123456789abcdefABCDEFGH";
        QMap<QString, QString> urls;
        for (const QString &name : { QStringLiteral("twin-a"), QStringLiteral("twin-b") }) {
            QCOMPARE(run({ QStringLiteral("connector"), QStringLiteral("add"), name }).exitCode, 0);
            QCOMPARE(
                run({ QStringLiteral("connector"), QStringLiteral("set-secret"), name }, secret)
                    .exitCode,
                0);
        }
        for (const auto &c : connectors())
            urls.insert(c[QLatin1String("name")].toString(), c[QLatin1String("url")].toString());
        QCOMPARE(postSigned(urls.value(QStringLiteral("twin-a")), secret, eventBody("evt_twin")),
                 200);
        QCOMPARE(postSigned(urls.value(QStringLiteral("twin-b")), secret, eventBody("evt_twin")),
                 200);

        const Result newest =
            run({ QStringLiteral("events"), QStringLiteral("show"), QStringLiteral("evt_twin") });
        QCOMPARE(newest.exitCode, 0);
        QVERIFY2(newest.out.contains("Connector  twin-b"), newest.out.constData());
        QVERIFY2(newest.err.contains("evt_twin came to twin-a too; this is the copy of twin-b"),
                 newest.err.constData());
        const Result picked = run({ QStringLiteral("events"), QStringLiteral("show"),
                                    QStringLiteral("evt_twin"), QStringLiteral("--connector"),
                                    QStringLiteral("twin-a"), QStringLiteral("--json") });
        QCOMPARE(picked.exitCode, 0);
        QVERIFY2(picked.err.isEmpty(), picked.err.constData());
        QCOMPARE(
            QJsonDocument::fromJson(picked.out).object()[QLatin1String("connector")].toString(),
            QStringLiteral("twin-a"));
        const Result match =
            run({ QStringLiteral("agent"), QStringLiteral("match"), QStringLiteral("evt_twin"),
                  QStringLiteral("--connector"), QStringLiteral("twin-a") });
        QCOMPARE(match.exitCode, 0);
        QVERIFY2(match.out.contains("on connector twin-a"), match.out.constData());
        const Result elsewhere =
            run({ QStringLiteral("events"), QStringLiteral("show"), QStringLiteral("evt_twin"),
                  QStringLiteral("--connector"), QStringLiteral("billing") });
        QCOMPARE(elsewhere.exitCode, 1);
        QVERIFY2(elsewhere.err.contains("no stored event with id evt_twin for connector"),
                 elsewhere.err.constData());
    }

    // A removed connector's events are kept with its name, say that it was removed, and are
    // still found by that name, also after a new connector takes the name.
    void removedConnectorsEventsSaySo()
    {
        QVERIFY(m_serve);
        const QString name = QStringLiteral("gone");
        const auto addAndTrigger = [&](const char *type) -> QByteArray {
            if (run({ QStringLiteral("connector"), QStringLiteral("add"), name }).exitCode != 0
                || run({ QStringLiteral("connector"), QStringLiteral("set-secret"), name },
                       "whsec_goneSecret0123456789abcdefABCDEF01")
                        .exitCode
                    != 0)
                return {};
            const Result t = run({ QStringLiteral("trigger"), name, QString::fromLatin1(type) });
            return t.exitCode == 0 ? t.out.split(' ').value(1) : QByteArray();
        };
        const QByteArray id = addAndTrigger("charge.dispute.created");
        QVERIFY(id.startsWith("evt_"));
        QCOMPARE(run({ QStringLiteral("connector"), QStringLiteral("remove"), name }).exitCode, 0);
        const Result list = run({ QStringLiteral("events"), QStringLiteral("list") });
        QCOMPARE(list.exitCode, 0);
        const auto lineOf = [](const QByteArray &out, const QByteArray &eventId) {
            for (const QByteArray &line : out.split('\n'))
                if (line.contains(eventId))
                    return line;
            return QByteArray();
        };
        QVERIFY2(lineOf(list.out, id).contains("  gone (removed)  charge.dispute.created  "),
                 list.out.constData());
        const Result show =
            run({ QStringLiteral("events"), QStringLiteral("show"), QString::fromLatin1(id) });
        QVERIFY2(show.out.contains("gone (removed)"), show.out.constData());
        const Result json = run({ QStringLiteral("events"), QStringLiteral("list"),
                                  QStringLiteral("--connector"), name, QStringLiteral("--json") });
        QCOMPARE(json.exitCode, 0);
        const QJsonArray rows = QJsonDocument::fromJson(json.out).array();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0)[QStringLiteral("id")].toString(), QString::fromLatin1(id));
        QCOMPARE(rows.at(0)[QStringLiteral("connector")].toString(), name);
        QCOMPARE(rows.at(0)[QStringLiteral("connector_removed")].toBool(), true);

        // A new connector of the same name: the name now means the new one.
        const QByteArray newer = addAndTrigger("invoice.payment_failed");
        QVERIFY(newer.startsWith("evt_"));
        const Result current = run({ QStringLiteral("events"), QStringLiteral("list"),
                                     QStringLiteral("--connector"), name });
        QCOMPARE(current.exitCode, 0);
        QVERIFY2(lineOf(current.out, newer).contains("  gone  invoice.payment_failed  "),
                 current.out.constData());
        QVERIFY2(!current.out.contains(id), current.out.constData());
        // Removed too: both are found under the name.
        QCOMPARE(run({ QStringLiteral("connector"), QStringLiteral("remove"), name }).exitCode, 0);
        const Result both = run({ QStringLiteral("events"), QStringLiteral("list"),
                                  QStringLiteral("--connector"), name });
        QVERIFY2(both.out.contains(id) && both.out.contains(newer), both.out.constData());
        const Result unknown = run({ QStringLiteral("events"), QStringLiteral("list"),
                                     QStringLiteral("--connector"), QStringLiteral("never-was") });
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains("no connector named \"never-was\", now or removed"),
                 unknown.err.constData());
    }

    // `agent add` and `agent remove` return once the serving process has read the agents
    // folder: a trigger right after them starts the agent, or no longer does.
    void agentChangesAreInEffectWhenTheCommandReturns()
    {
        QVERIFY(m_serve);
        QTemporaryDir source;
        QFile yaml(source.filePath(QStringLiteral("racer.yaml")));
        QVERIFY(yaml.open(QIODevice::WriteOnly));
        yaml.write("name: racer\nmodel: none\nsystem: test\ncommand: [\"/bin/cat\"]\n"
                   "events: [\"invoice.*\"]\nconnectors: [\"billing\"]\n");
        yaml.close();
        const auto runsOf = [this](const QByteArray &eventId) {
            const Result r =
                run({ QStringLiteral("runs"), QStringLiteral("list"), QStringLiteral("--event"),
                      QString::fromLatin1(eventId), QStringLiteral("--json") });
            return QJsonDocument::fromJson(r.out).array().size();
        };
        const auto trigger = [this] {
            const Result t = run({ QStringLiteral("trigger"), QStringLiteral("billing"),
                                   QStringLiteral("invoice.payment_failed") });
            return t.out.split(' ').value(1); // "200 evt_… accepted"
        };
        for (int round = 0; round < 3; ++round) {
            const Result added =
                run({ QStringLiteral("agent"), QStringLiteral("add"), yaml.fileName() });
            QVERIFY2(added.exitCode == 0, added.err.constData());
            const QByteArray withAgent = trigger();
            QVERIFY(withAgent.startsWith("evt_"));
            QCOMPARE(runsOf(withAgent), 1);
            const Result removed =
                run({ QStringLiteral("agent"), QStringLiteral("remove"), QStringLiteral("racer") });
            QVERIFY2(removed.exitCode == 0, removed.err.constData());
            const QByteArray withoutAgent = trigger();
            QVERIFY(withoutAgent.startsWith("evt_"));
            QCOMPARE(runsOf(withoutAgent), 0);
        }
    }

    void sigtermStopsServeCleanly()
    {
        QVERIFY(m_serve);
        ::kill(pid_t(m_serve->processId()), SIGTERM);
        QVERIFY(m_serve->waitForFinished(20000));
        QCOMPARE(m_serve->exitStatus(), QProcess::NormalExit);
        QCOMPARE(m_serve->exitCode(), 0);
        QVERIFY(serveAddress().isEmpty());
        QVERIFY(!QFile::exists(QDir(m_dir.path()).filePath(QStringLiteral("serve.generation"))));
        delete m_serve;
        m_serve = nullptr;
    }
};

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
