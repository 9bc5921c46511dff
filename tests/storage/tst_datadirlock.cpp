#include "storage/datadirlock.h"

#include <QCoreApplication>
#include <QFile>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using namespace Hookyard::Storage;

class TestDataDirLock : public QObject
{
    Q_OBJECT

private slots:
    void secondLockIsRefusedWithHolder()
    {
        QTemporaryDir tmp;
        DataDirLock first(tmp.path());
        QString holder;
        QCOMPARE(first.tryLock(&holder), DataDirLock::Result::Taken);
        QVERIFY(first.isLocked());
        QVERIFY(QFile::exists(tmp.path() + QStringLiteral("/serve.lock")));

        DataDirLock second(tmp.path());
        QCOMPARE(second.tryLock(&holder), DataDirLock::Result::Held);
        QVERIFY(!second.isLocked());
        const QString expected =
            QStringLiteral("process %1 (").arg(QCoreApplication::applicationPid());
        QVERIFY2(holder.startsWith(expected), qPrintable(holder));
        QVERIFY2(holder.endsWith(QStringLiteral("on host ") + QSysInfo::machineHostName()),
                 qPrintable(holder));
        QCOMPARE(DataDirLock::currentHolder(tmp.path()), holder);
    }

    void releasedOnDestruction()
    {
        QTemporaryDir tmp;
        {
            DataDirLock first(tmp.path());
            QCOMPARE(first.tryLock(nullptr), DataDirLock::Result::Taken);
        }
        QVERIFY(DataDirLock::currentHolder(tmp.path()).isEmpty());
        DataDirLock again(tmp.path());
        QCOMPARE(again.tryLock(nullptr), DataDirLock::Result::Taken);
    }

    void staleLockIsTakenOver()
    {
        // A lock file left by a process that was killed: same format as a real one, with the
        // pid of a process that has exited.
        QTemporaryDir tmp;
        QTemporaryDir model;
        {
            QLockFile real(model.path() + QStringLiteral("/serve.lock"));
            QVERIFY(real.tryLock(0));
            QFile f(real.fileName());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QByteArray contents = f.readAll();
            f.close();
            QList<QByteArray> lines = contents.split('\n');
            // pid_max on Linux is at most 4194304: this pid cannot be running.
            lines[0] = QByteArrayLiteral("9999999");
            QFile stale(tmp.path() + QStringLiteral("/serve.lock"));
            QVERIFY(stale.open(QIODevice::WriteOnly));
            stale.write(lines.join('\n'));
        }
        DataDirLock lock(tmp.path());
        QString holder;
        QCOMPARE(lock.tryLock(&holder), DataDirLock::Result::Taken);
        QVERIFY(lock.isLocked());
    }

    void staleHolderIsNotReported()
    {
        QTemporaryDir tmp;
        QFile stale(tmp.path() + QStringLiteral("/serve.lock"));
        QVERIFY(stale.open(QIODevice::WriteOnly));
        // pid_max on Linux is at most 4194304: this pid cannot be running.
        stale.write("9999999\nhookyard\n" + QSysInfo::machineHostName().toUtf8() + "\n");
        stale.close();
        QVERIFY(DataDirLock::currentHolder(tmp.path()).isEmpty());
    }

    // A full disk (here: writes refused by RLIMIT_FSIZE, without root or a small file system)
    // is not "another process serves": nobody does, and the reason says what to do.
    void lockFileThatCannotBeMadeSaysWhy()
    {
        QTemporaryDir tmp;
        DataDirLock lock(tmp.path());
        QString detail;
        DataDirLock::Result result;
        {
            const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
            rlimit old {};
            ::getrlimit(RLIMIT_FSIZE, &old);
            rlimit none = old;
            none.rlim_cur = 0;
            QCOMPARE(::setrlimit(RLIMIT_FSIZE, &none), 0);
            result = lock.tryLock(&detail);
            ::setrlimit(RLIMIT_FSIZE, &old);
            std::signal(SIGXFSZ, oldHandler);
        }
        QCOMPARE(result, DataDirLock::Result::CannotCreate);
        QVERIFY(!lock.isLocked());
        QVERIFY2(detail.startsWith(QStringLiteral("the lock file %1/serve.lock cannot be created "
                                                  "(File too large): free some space")
                                       .arg(tmp.path())),
                 qPrintable(detail));
        QVERIFY(DataDirLock::currentHolder(tmp.path()).isEmpty());
        QVERIFY(!QFile::exists(tmp.path() + QStringLiteral("/serve.lock.check")));
        QCOMPARE(lock.tryLock(&detail), DataDirLock::Result::Taken); // space again
    }

    void noLockNoHolder()
    {
        QTemporaryDir tmp;
        QVERIFY(DataDirLock::currentHolder(tmp.path()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDataDirLock)
#include "tst_datadirlock.moc"
