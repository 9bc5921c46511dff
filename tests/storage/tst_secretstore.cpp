#include "storage/filesecretstore.h"
#include "storage/keychainsecretstore.h"
#include "storage/secretstore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Hookyard::Storage;

// The choice of backend and the keychain's key layout. Every test passes the same way on a
// machine with a secret service and on one without (CI, containers): what "auto" picks may
// differ, what is checked is that the choice is consistent and remembered.
class TestSecretStore : public QObject
{
    Q_OBJECT

private:
    static QString remembered(const QString &dir) { return SecretStore::rememberedBackend(dir); }

private slots:
    void forcedFile()
    {
        QTemporaryDir tmp;
        QString note;
        auto store = SecretStore::createBlocking(tmp.path(), QStringLiteral("file"), &note);
        QVERIFY(store);
        QCOMPARE(store->backend(), SecretStore::Backend::File);
        QVERIFY2(note.contains(tmp.path() + QStringLiteral("/secrets.json")), qPrintable(note));
        QCOMPARE(remembered(tmp.path()), QStringLiteral("file"));
    }

    void forcedKeychainDoesNotProbe()
    {
        QTemporaryDir tmp;
        QString note;
        auto store = SecretStore::createBlocking(tmp.path(), QStringLiteral("keychain"), &note);
        QVERIFY(store);
        QCOMPARE(store->backend(), SecretStore::Backend::Keychain);
        QCOMPARE(remembered(tmp.path()), QStringLiteral("keychain"));
        QVERIFY(store->describe().contains(QStringLiteral("keychain")));
    }

    void rememberedChoiceWins()
    {
        QTemporaryDir tmp;
        QFile f(SecretStore::backendFilePath(tmp.path()));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("file\n");
        f.close();
        auto store = SecretStore::createBlocking(tmp.path(), QStringLiteral("auto"), nullptr);
        QVERIFY(store);
        QCOMPARE(store->backend(), SecretStore::Backend::File);

        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("keychain\n");
        f.close();
        store = SecretStore::createBlocking(tmp.path(), QStringLiteral("auto"), nullptr);
        QVERIFY(store);
        QCOMPARE(store->backend(), SecretStore::Backend::Keychain);
    }

    void existingSecretsFileMeansFile()
    {
        // secrets.backend lost, secrets.json present: the secrets are in the file.
        QTemporaryDir tmp;
        QString error;
        QVERIFY(FileSecretStore(tmp.path()).writeNow(QStringLiteral("k"), "whsec_x", &error));
        auto store = SecretStore::createBlocking(tmp.path(), QStringLiteral("auto"), nullptr);
        QCOMPARE(store->backend(), SecretStore::Backend::File);
        QCOMPARE(remembered(tmp.path()), QStringLiteral("file"));
    }

    void autoChoiceIsRememberedAndAgreed()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.path() + QStringLiteral("/new-data-dir");
        QString note;
        QElapsedTimer timer;
        timer.start();
        auto first = SecretStore::createBlocking(dir, QStringLiteral("auto"), &note);
        QVERIFY(first);
        // The probe never blocks start-up for long, whatever the keychain does.
        QVERIFY(timer.elapsed() < SecretStore::ProbeTimeoutMs * 3 + 2000);
        QVERIFY(QFileInfo(dir).isDir());
        const QString choice = remembered(dir);
        QCOMPARE(choice,
                 first->backend() == SecretStore::Backend::File ? QStringLiteral("file")
                                                                : QStringLiteral("keychain"));
        QVERIFY(!note.isEmpty());
        // Every later process of the data dir agrees, without probing again.
        auto second = SecretStore::createBlocking(dir, QStringLiteral("auto"), nullptr);
        QCOMPARE(second->backend(), first->backend());

        // And the chosen store works.
        const QString key = QStringLiteral("tst-secretstore-roundtrip");
        QString error;
        QVERIFY2(first->writeSync(key, "whsec_roundtrip", &error), qPrintable(error));
        QCOMPARE(second->readSync(key, &error), std::optional<QByteArray>("whsec_roundtrip"));
        QVERIFY2(first->removeSync(key, &error), qPrintable(error));
        QCOMPARE(second->readSync(key, &error), std::optional<QByteArray>(QByteArray()));
    }

    void keychainKeysAreIsolatedPerDataDir()
    {
        QTemporaryDir a;
        QTemporaryDir b;
        const QString key = QStringLiteral("3f9a1c2e7b4d5a6f8e0c1b2a3d4e5f60");
        const QString ka = KeychainSecretStore::entryKey(a.path(), key);
        const QString kb = KeychainSecretStore::entryKey(b.path(), key);
        QVERIFY(ka != kb);
        QVERIFY(ka.endsWith(QLatin1Char('/') + key));
        QCOMPARE(ka.indexOf(QLatin1Char('/')), 16);
        // The same directory by another path is the same data dir.
        QCOMPARE(KeychainSecretStore::entryKey(a.path() + QStringLiteral("/./"), key), ka);
        QVERIFY(QFile::link(a.path(), b.path() + QStringLiteral("/link")));
        QCOMPARE(KeychainSecretStore::entryKey(b.path() + QStringLiteral("/link"), key), ka);
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
