#include "storage/filesecretstore.h"
#include "storage/keychainsecretstore.h"
#include "storage/secretstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

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
        // Probing the keychain gives the folder no id: one that ends up on the file store must
        // not carry a keychain.id, and a keychain folder gets its id with its first entry.
        QVERIFY(!QFile::exists(KeychainSecretStore::idFilePath(dir)));
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

    static QString pathHash(const QString &dir)
    {
        return QString::fromLatin1(
            QCryptographicHash::hash(QFileInfo(dir).canonicalFilePath().toUtf8(),
                                     QCryptographicHash::Sha256)
                .toHex()
                .left(16));
    }

    static QByteArray idFile(const QString &dir)
    {
        QFile f(KeychainSecretStore::idFilePath(dir));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("(none)");
    }

    // What keychain.id should hold: the id, and the folder it was last used in.
    static QByteArray idFileFor(const QString &id, const QString &dir)
    {
        return id.toLatin1() + '\n' + QFile::encodeName(QFileInfo(dir).canonicalFilePath()) + '\n';
    }

    // Each data dir has its own prefix, kept in keychain.id (owner only), the same through any
    // path to the folder and after the folder moves.
    void keychainPrefixIsTheDataDirsOwn()
    {
        QTemporaryDir root;
        const QString a = root.filePath(QStringLiteral("a"));
        const QString b = root.filePath(QStringLiteral("b"));
        QVERIFY(QDir().mkpath(a));
        QVERIFY(QDir().mkpath(b));
        const QString pa = KeychainSecretStore::entryPrefix(a);
        const QString pb = KeychainSecretStore::entryPrefix(b);
        QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f]{16}$")).match(pa).hasMatch(),
                 qPrintable(pa));
        QVERIFY(pa != pb);
        // A new data dir's prefix is random, not its path's hash.
        QVERIFY(pa != pathHash(a));
        QCOMPARE(idFile(a), idFileFor(pa, a));
        // Only keychain.id is left in the folder (no temporary file).
        QCOMPARE(QDir(a).entryList(QDir::Files | QDir::Hidden),
                 QStringList { QStringLiteral("keychain.id") });

        QCOMPARE(KeychainSecretStore::entryPrefix(a), pa);
        QCOMPARE(KeychainSecretStore::entryPrefix(a + QStringLiteral("/./")), pa);
        QVERIFY(QFile::link(a, root.filePath(QStringLiteral("link"))));
        QCOMPARE(KeychainSecretStore::entryPrefix(root.filePath(QStringLiteral("link"))), pa);

        const QString moved = root.filePath(QStringLiteral("moved"));
        QVERIFY(QDir().rename(a, moved));
        QCOMPARE(KeychainSecretStore::entryPrefix(moved), pa);
        QCOMPARE(idFile(moved), idFileFor(pa, moved));

        // One folder seen at another path that is not its canonical one (as through a bind
        // mount; here a symlink written into the file) is the same folder, not a copy.
        const QString alias = root.filePath(QStringLiteral("alias"));
        QVERIFY(QFile::link(moved, alias));
        const QByteArray throughAlias = pa.toLatin1() + '\n' + QFile::encodeName(alias) + '\n';
        {
            QFile f(KeychainSecretStore::idFilePath(moved));
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(throughAlias);
        }
        QCOMPARE(KeychainSecretStore::entryPrefix(moved), pa);
        QCOMPARE(idFile(moved), throughAlias);
    }

    // A copy of a data folder whose original is still there gets an id of its own: sharing the
    // entries would let removing a connector in one delete the other's secret. A copy whose
    // original is gone (a move done by copying) keeps the id.
    void keychainPrefixOfACopyIsItsOwn()
    {
        QTemporaryDir root;
        const QString original = root.filePath(QStringLiteral("original"));
        QVERIFY(QDir().mkpath(original));
        const QString id = KeychainSecretStore::entryPrefix(original);
        const auto copyTo = [&](const QString &name) {
            const QString copy = root.filePath(name);
            return QDir().mkpath(copy)
                    && QFile::copy(KeychainSecretStore::idFilePath(original),
                                   KeychainSecretStore::idFilePath(copy))
                ? copy
                : QString();
        };

        const QString copy = copyTo(QStringLiteral("copy"));
        QVERIFY(!copy.isEmpty());
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("is a copy of")));
        const QString copyId = KeychainSecretStore::entryPrefix(copy);
        QVERIFY(copyId != id);
        QCOMPARE(idFile(copy), idFileFor(copyId, copy));
        QCOMPARE(KeychainSecretStore::entryPrefix(copy), copyId);
        QCOMPARE(KeychainSecretStore::entryPrefix(original), id);

        const QString second = copyTo(QStringLiteral("second"));
        QVERIFY(!second.isEmpty());
        QVERIFY(QDir(original).removeRecursively());
        QCOMPARE(KeychainSecretStore::entryPrefix(second), id);
    }

    // A data dir that used the keychain before keychain.id existed has its entries under the
    // hash of its path: it keeps that prefix, from then on whatever its path.
    void keychainPrefixOfAnOlderDataDirIsItsPathHash()
    {
        QTemporaryDir root;
        const QString dir = root.filePath(QStringLiteral("older"));
        QVERIFY(QDir().mkpath(dir));
        QString error;
        QVERIFY2(SecretStore::rememberBackend(dir, QStringLiteral("keychain"), &error),
                 qPrintable(error));
        const QString hash = pathHash(dir);
        QCOMPARE(KeychainSecretStore::entryPrefix(dir), hash);
        QCOMPARE(idFile(dir), idFileFor(hash, dir));
        const QString moved = root.filePath(QStringLiteral("renamed"));
        QVERIFY(QDir().rename(dir, moved));
        QCOMPARE(KeychainSecretStore::entryPrefix(moved), hash);
    }

    // A damaged keychain.id is left as it is (it may be the user's to mend), and the path's
    // hash used meanwhile, with a warning; so is a data dir where the file cannot be created.
    void keychainPrefixWithoutAUsableFile()
    {
        QTemporaryDir root;
        const QString dir = root.filePath(QStringLiteral("damaged"));
        QVERIFY(QDir().mkpath(dir));
        QFile damaged(KeychainSecretStore::idFilePath(dir));
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write("not an id\n");
        damaged.close();
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("not 16 hexadecimal characters")));
        QCOMPARE(KeychainSecretStore::entryPrefix(dir), pathHash(dir));
        QCOMPARE(idFile(dir), QByteArray("not an id\n"));

        // A data dir path the file cannot be created in (below a plain file: even root cannot).
        QFile plain(root.filePath(QStringLiteral("plain")));
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.close();
        const QString unusable = plain.fileName() + QStringLiteral("/data");
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("cannot keep")));
        QCOMPARE(KeychainSecretStore::entryPrefix(unusable),
                 QString::fromLatin1(
                     QCryptographicHash::hash(unusable.toUtf8(), QCryptographicHash::Sha256)
                         .toHex()
                         .left(16)));
    }

    // Processes starting at once on a new data dir agree on one prefix: the file is created
    // with its content or not at all, and never replaced.
    void keychainPrefixIsCreatedOnce()
    {
        QTemporaryDir root;
        for (int round = 0; round < 50; ++round) {
            const QString dir = root.filePath(QString::number(round));
            QVERIFY(QDir().mkpath(dir));
            QString first;
            QString second;
            std::thread other([&] { second = KeychainSecretStore::entryPrefix(dir); });
            first = KeychainSecretStore::entryPrefix(dir);
            other.join();
            QCOMPARE(first, second);
            QCOMPARE(idFile(dir), idFileFor(first, dir));
        }
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
