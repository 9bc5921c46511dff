#include "storage/filesecretstore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Hookyard::Storage;

namespace {
const QByteArray Secret = QByteArrayLiteral("whsec_5f2b8c0e1d9a4b7c6e3f1a2b3c4d5e6f");
const QByteArray Previous = QByteArrayLiteral("whsec_0a1b2c3d4e5f60718293a4b5c6d7e8f9");
const QString Id = QStringLiteral("3f9a1c2e7b4d5a6f8e0c1b2a3d4e5f60");

mode_t modeOf(const QString &path)
{
    struct stat st = {};
    ::stat(QFile::encodeName(path).constData(), &st);
    return st.st_mode & 07777;
}
} // namespace

class TestFileSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip()
    {
        QTemporaryDir tmp;
        FileSecretStore store(tmp.path());
        QCOMPARE(store.backend(), SecretStore::Backend::File);
        QString error;
        QVERIFY2(store.writeNow(Id, Secret, &error), qPrintable(error));
        QVERIFY2(store.writeNow(Id + QStringLiteral(".previous"), Previous, &error),
                 qPrintable(error));
        QCOMPARE(store.readNow(Id, &error), std::optional<QByteArray>(Secret));
        QCOMPARE(store.readNow(Id + QStringLiteral(".previous"), &error),
                 std::optional<QByteArray>(Previous));
        // Another store object (another process) on the same data dir sees them.
        FileSecretStore other(tmp.path());
        QCOMPARE(other.readNow(Id, &error), std::optional<QByteArray>(Secret));
        // Overwrite.
        QVERIFY(store.writeNow(Id, Previous, &error));
        QCOMPARE(other.readNow(Id, &error), std::optional<QByteArray>(Previous));
    }

    void missingKeyIsEmpty()
    {
        QTemporaryDir tmp;
        FileSecretStore store(tmp.path());
        QString error;
        // No file at all yet.
        auto value = store.readNow(Id, &error);
        QVERIFY(value.has_value());
        QVERIFY(value->isEmpty());
        QVERIFY(store.writeNow(QStringLiteral("other"), Secret, &error));
        value = store.readNow(Id, &error);
        QVERIFY(value.has_value());
        QVERIFY(value->isEmpty());
    }

    void removeKey()
    {
        QTemporaryDir tmp;
        FileSecretStore store(tmp.path());
        QString error;
        QVERIFY(store.writeNow(Id, Secret, &error));
        QVERIFY(store.writeNow(QStringLiteral("keep"), Previous, &error));
        QVERIFY2(store.removeNow(Id, &error), qPrintable(error));
        QVERIFY(store.readNow(Id, &error)->isEmpty());
        QCOMPARE(*store.readNow(QStringLiteral("keep"), &error), Previous);
        QVERIFY(store.removeNow(QStringLiteral("never-there"), &error));
        // The last one removed takes the file with it (no "{}" left in the data folder).
        QVERIFY(QFile::exists(store.filePath()));
        QVERIFY2(store.removeNow(QStringLiteral("keep"), &error), qPrintable(error));
        QVERIFY(!QFile::exists(store.filePath()));
        QVERIFY(store.readNow(QStringLiteral("keep"), &error)->isEmpty());
        QVERIFY(store.removeNow(QStringLiteral("keep"), &error));
        QVERIFY(store.writeNow(Id, Secret, &error));
        QCOMPARE(*store.readNow(Id, &error), Secret);
    }

    void fileIsOwnerOnly()
    {
        QTemporaryDir tmp;
        FileSecretStore store(tmp.path());
        QString error;
        const mode_t oldMask = ::umask(0); // the most permissive umask must not matter
        const bool ok = store.writeNow(Id, Secret, &error);
        ::umask(oldMask);
        QVERIFY2(ok, qPrintable(error));
        QCOMPARE(store.filePath(), tmp.path() + QStringLiteral("/secrets.json"));
        QCOMPARE(modeOf(store.filePath()), mode_t(0600));
        QVERIFY(store.writeNow(Id, Previous, &error));
        QCOMPARE(modeOf(store.filePath()), mode_t(0600));
        // No temporary file left behind.
        QCOMPARE(QDir(tmp.path()).entryList({ QStringLiteral("secrets.json.tmp-*") }).size(), 0);
        QVERIFY(store.describe().contains(store.filePath()));
        QVERIFY(store.describe().contains(QStringLiteral("0600")));
        QVERIFY2(store.problem().isEmpty(), qPrintable(store.problem()));
    }

    void refusesReadableFile_data()
    {
        QTest::addColumn<int>("mode");
        QTest::newRow("0644") << 0644;
        QTest::newRow("0640") << 0640;
        QTest::newRow("0604") << 0604;
    }

    void refusesReadableFile()
    {
        QFETCH(int, mode);
        QTemporaryDir tmp;
        FileSecretStore store(tmp.path());
        QString error;
        QVERIFY(store.writeNow(Id, Secret, &error));
        QVERIFY(::chmod(QFile::encodeName(store.filePath()).constData(), mode_t(mode)) == 0);
        QVERIFY(!store.readNow(Id, &error).has_value());
        QVERIFY2(error.contains(QStringLiteral("chmod 600")), qPrintable(error));
        QVERIFY(error.contains(store.filePath()));
        QVERIFY(!error.contains(QString::fromLatin1(Secret)));
        // Nor is it written through.
        QVERIFY(!store.writeNow(QStringLiteral("x"), Previous, &error));
        QCOMPARE(modeOf(store.filePath()), mode_t(mode));
        // What `connector list` shows: the mode the file has, and why it is refused.
        const QString octal = QStringLiteral("0%1").arg(mode, 0, 8);
        QVERIFY2(store.describe().contains(octal), qPrintable(store.describe()));
        QVERIFY(!store.describe().contains(QStringLiteral("0600")));
        QVERIFY2(store.problem().contains(QStringLiteral("chmod 600")),
                 qPrintable(store.problem()));
    }

    void describesAFileNotYetCreated()
    {
        QTemporaryDir tmp;
        FileSecretStore store(tmp.path());
        QVERIFY(store.describe().contains(store.filePath()));
        QVERIFY(store.describe().contains(QStringLiteral("0600")));
        QVERIFY(store.problem().isEmpty());
    }

    void damagedFileNeverQuoted()
    {
        QTemporaryDir tmp;
        FileSecretStore store(tmp.path());
        const QString path = store.filePath();
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"a\": \"" + Secret + "\", broken");
        f.close();
        QVERIFY(f.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
        QString error;
        QVERIFY(!store.readNow(Id, &error).has_value());
        QVERIFY2(error.contains(QStringLiteral("damaged")), qPrintable(error));
        QVERIFY(!error.contains(QString::fromLatin1(Secret)));
        QVERIFY2(store.problem().contains(QStringLiteral("damaged")), qPrintable(store.problem()));
        QVERIFY(!store.problem().contains(QString::fromLatin1(Secret)));
    }

    void dataDirsAreIsolated()
    {
        QTemporaryDir a;
        QTemporaryDir b;
        FileSecretStore storeA(a.path());
        FileSecretStore storeB(b.path());
        QString error;
        QVERIFY(storeA.writeNow(Id, Secret, &error));
        QVERIFY(storeB.readNow(Id, &error)->isEmpty());
        QVERIFY(storeB.writeNow(Id, Previous, &error));
        QCOMPARE(*storeA.readNow(Id, &error), Secret);
    }

    void asynchronousApiCompletesLater()
    {
        QTemporaryDir tmp;
        FileSecretStore store(tmp.path());
        bool written = false;
        store.write(Id, Secret, [&](bool ok, const QString &) { written = ok; });
        QVERIFY(!written); // queued, not called from inside write()
        QTRY_VERIFY(written);
        QByteArray read;
        store.read(Id, [&](bool ok, const QByteArray &secret, const QString &) {
            if (ok)
                read = secret;
        });
        QTRY_COMPARE(read, Secret);
        QString error;
        QVERIFY(store.removeSync(Id, &error));
        QCOMPARE(store.readSync(Id, &error), std::optional<QByteArray>(QByteArray()));
        QVERIFY(store.writeSync(Id, Secret, &error));
        QCOMPARE(store.readSync(Id, &error), std::optional<QByteArray>(Secret));
    }
};

QTEST_GUILESS_MAIN(TestFileSecretStore)
#include "tst_filesecretstore.moc"
