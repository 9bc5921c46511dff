#include "storage/datadirlock.h"

#include <QCoreApplication>
#include <QFile>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

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
        QVERIFY(first.tryLock(&holder));
        QVERIFY(first.isLocked());
        QVERIFY(QFile::exists(tmp.path() + QStringLiteral("/serve.lock")));

        DataDirLock second(tmp.path());
        QVERIFY(!second.tryLock(&holder));
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
            QVERIFY(first.tryLock(nullptr));
        }
        QVERIFY(DataDirLock::currentHolder(tmp.path()).isEmpty());
        DataDirLock again(tmp.path());
        QVERIFY(again.tryLock(nullptr));
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
        QVERIFY2(lock.tryLock(&holder), qPrintable(holder));
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

    void noLockNoHolder()
    {
        QTemporaryDir tmp;
        QVERIFY(DataDirLock::currentHolder(tmp.path()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDataDirLock)
#include "tst_datadirlock.moc"
