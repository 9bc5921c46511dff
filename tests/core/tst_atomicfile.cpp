#include "core/atomicfile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using Hookyard::Core::writeFileAtomically;

namespace {
QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(cannot be read)");
}

// Writes beyond `bytes` fail with EFBIG in this process while it lives: a full disk for regular
// files, without root or a small file system. SIGXFSZ is ignored, so the write only fails.
class FileSizeLimit final
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        ::getrlimit(RLIMIT_FSIZE, &m_old);
        m_oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limit = m_old;
        limit.rlim_cur = bytes;
        m_ok = ::setrlimit(RLIMIT_FSIZE, &limit) == 0;
    }
    ~FileSizeLimit()
    {
        ::setrlimit(RLIMIT_FSIZE, &m_old);
        std::signal(SIGXFSZ, m_oldHandler);
    }
    bool ok() const { return m_ok; }

private:
    rlimit m_old {};
    void (*m_oldHandler)(int) = nullptr;
    bool m_ok = false;
};
} // namespace

class tst_AtomicFile final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void writesNewAndReplacesOld()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("agent.yaml"));
        QString error;
        QVERIFY(writeFileAtomically(path, "name: first\n", &error));
        QCOMPARE(contents(path), QByteArray("name: first\n"));
        QVERIFY(writeFileAtomically(path, "name: second\n", &error));
        QCOMPARE(contents(path), QByteArray("name: second\n"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files),
                 QStringList { QStringLiteral("agent.yaml") });
    }

    // The full disk QSaveFile gets wrong in Qt 6.4: the old file must stay whole, no empty or
    // truncated file may take its place, and the reason must be the system's.
    void failedWriteKeepsTheOldFile_data()
    {
        QTest::addColumn<int>("size");
        QTest::newRow("small, in QSaveFile's buffer") << 100;
        QTest::newRow("larger than its buffer") << 100'000;
    }
    void failedWriteKeepsTheOldFile()
    {
        QFETCH(int, size);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("agent.yaml"));
        const QByteArray old = "name: dunning\n";
        QString error;
        QVERIFY(writeFileAtomically(path, old, &error));
        {
            FileSizeLimit limit(10);
            QVERIFY(limit.ok());
            QVERIFY(!writeFileAtomically(path, QByteArray(size, 'x'), &error));
        }
        QVERIFY2(error.contains(QLatin1String("too large")), qPrintable(error)); // EFBIG
        QCOMPARE(contents(path), old);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files),
                 QStringList { QStringLiteral("agent.yaml") });
    }

    void unwritableFolderSaysWhy()
    {
        QString error;
        QVERIFY(
            !writeFileAtomically(QStringLiteral("/proc/hookyard-test/agent.yaml"), "x", &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_APPLESS_MAIN(tst_AtomicFile)
#include "tst_atomicfile.moc"
