#include "engine/webhookurl.h"
#include "storage/datadirlock.h"

#include <QFile>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Hookyard::Engine;

class tst_WebhookUrl : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void url_data()
    {
        QTest::addColumn<QString>("publicBase");
        QTest::addColumn<QString>("listen");
        QTest::addColumn<QString>("expected");
        const QString id = QStringLiteral("0123456789abcdef0123456789abcdef");
        QTest::newRow("default") << QString() << QStringLiteral("127.0.0.1:8787")
                                 << QStringLiteral("http://127.0.0.1:8787/webhooks/stripe/") + id;
        QTest::newRow("any v4 shown as loopback")
            << QString() << QStringLiteral("0.0.0.0:9000")
            << QStringLiteral("http://127.0.0.1:9000/webhooks/stripe/") + id;
        QTest::newRow("v6") << QString() << QStringLiteral("[::1]:8787")
                            << QStringLiteral("http://[::1]:8787/webhooks/stripe/") + id;
        QTest::newRow("public base")
            << QStringLiteral("https://hooks.example.com") << QStringLiteral("127.0.0.1:8787")
            << QStringLiteral("https://hooks.example.com/webhooks/stripe/") + id;
        QTest::newRow("public base with path and slash")
            << QStringLiteral("https://example.com/stripe-in/") << QStringLiteral("127.0.0.1:8787")
            << QStringLiteral("https://example.com/stripe-in/webhooks/stripe/") + id;
        QTest::newRow("unparsable listen falls back to default")
            << QString() << QStringLiteral("nonsense")
            << QStringLiteral("http://127.0.0.1:8787/webhooks/stripe/") + id;
    }
    void url()
    {
        QFETCH(QString, publicBase);
        QFETCH(QString, listen);
        QFETCH(QString, expected);
        QCOMPARE(webhookUrl(publicBase, listen, QStringLiteral("0123456789abcdef0123456789abcdef"))
                     .toString(),
                 expected);
    }

    void splitHostPort_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::newRow("v4") << QStringLiteral("127.0.0.1:8787") << true
                            << QStringLiteral("127.0.0.1") << 8787;
        QTest::newRow("port 0") << QStringLiteral("127.0.0.1:0") << true
                                << QStringLiteral("127.0.0.1") << 0;
        QTest::newRow("v6") << QStringLiteral("[::1]:80") << true << QStringLiteral("::1") << 80;
        QTest::newRow("v6 unbracketed") << QStringLiteral("::1:80") << false << QString() << 0;
        QTest::newRow("no port") << QStringLiteral("127.0.0.1") << false << QString() << 0;
        QTest::newRow("port too big")
            << QStringLiteral("127.0.0.1:65536") << false << QString() << 0;
        QTest::newRow("no host") << QStringLiteral(":8787") << false << QString() << 0;
    }
    void splitHostPort()
    {
        QFETCH(QString, input);
        QFETCH(bool, ok);
        QFETCH(QString, host);
        QFETCH(int, port);
        QString h;
        quint16 p = 0;
        QCOMPARE(Hookyard::Engine::splitHostPort(input, &h, &p), ok);
        if (ok) {
            QCOMPARE(h, host);
            QCOMPARE(int(p), port);
        }
    }

    void serveAddressFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QCOMPARE(readServeAddress(dir.path()), QString());
        {
            Hookyard::Storage::DataDirLock lock(dir.path()); // this process serves
            QCOMPARE(lock.tryLock(nullptr), Hookyard::Storage::DataDirLock::Result::Taken);
            writeServeAddress(dir.path(), QStringLiteral("127.0.0.1:41234"));
            QCOMPARE(readServeAddress(dir.path()), QStringLiteral("127.0.0.1:41234"));
            removeServeAddress(dir.path());
            QCOMPARE(readServeAddress(dir.path()), QString());
            writeServeAddress(dir.path(), QStringLiteral("127.0.0.1:41234"));
        }
        // The lock released, the file left behind (a serve killed with SIGKILL): stale.
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("serve.address"))));
        QCOMPARE(readServeAddress(dir.path()), QString());
        // A lock file naming a process that has exited: stale too.
        QFile lock(dir.filePath(QStringLiteral("serve.lock")));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        // pid_max on Linux is at most 4194304: this pid cannot be running.
        lock.write("9999999\nhookyard\n" + QSysInfo::machineHostName().toUtf8() + "\n");
        lock.close();
        QCOMPARE(readServeAddress(dir.path()), QString());
    }
};

QTEST_GUILESS_MAIN(tst_WebhookUrl)
#include "tst_webhookurl.moc"
