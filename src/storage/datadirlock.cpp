#include "storage/datadirlock.h"

#include "core/atomicfile.h"
#include "core/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSysInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#endif

namespace Hookyard::Storage {

namespace {

QString lockPath(const QString &dataDir)
{
    return QDir(dataDir).absoluteFilePath(QStringLiteral("serve.lock"));
}

QString describeHolder(qint64 pid, const QString &hostname, const QString &appname)
{
    return QCoreApplication::translate("Hookyard::Storage::DataDirLock",
                                       "process %1 (%2) on host %3")
        .arg(pid)
        .arg(appname.isEmpty() ? QStringLiteral("?") : appname,
             hostname.isEmpty() ? QStringLiteral("?") : hostname);
}

// Whether the holder recorded in a lock file is (as far as we can tell) still running; a lock
// from another host cannot be checked and counts as held.
bool holderAlive(qint64 pid, const QString &hostname)
{
#ifdef Q_OS_UNIX
    if (hostname == QSysInfo::machineHostName() && pid > 0)
        return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
#else
    Q_UNUSED(pid)
    Q_UNUSED(hostname)
#endif
    return true;
}

} // namespace

DataDirLock::DataDirLock(const QString &dataDir) : m_lock(lockPath(dataDir))
{
    // No age limit: a `hookyard serve` holds the lock for weeks. QLockFile's default (30 s)
    // would let a second process take the lock of a live server; only a dead holder (its pid
    // gone on this host) makes the lock stale.
    m_lock.setStaleLockTime(0);
}

DataDirLock::~DataDirLock()
{
    if (m_lock.isLocked())
        m_lock.unlock();
}

DataDirLock::Result DataDirLock::tryLock(QString *detail)
{
    if (m_lock.isLocked() || m_lock.tryLock(0))
        return Result::Taken;
    QString text;
    Result result = Result::Held;
    if (m_lock.error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString hostname;
        QString appname;
        text = m_lock.getLockInfo(&pid, &hostname, &appname)
            ? describeHolder(pid, hostname, appname)
            : QCoreApplication::translate("Hookyard::Storage::DataDirLock", "another process");
    } else {
        // Nobody holds it: the file cannot be made (a full disk, no write access). QLockFile
        // does not say why, so the same small write into the folder asks the system.
        result = Result::CannotCreate;
        const QString probe = m_lock.fileName() + QStringLiteral(".check");
        QString reason;
        if (Core::writeFileAtomically(probe, QByteArrayLiteral("0\nhookyard\n"), &reason)) {
            QFile::remove(probe);
            reason = QCoreApplication::translate("Hookyard::Storage::DataDirLock", "unknown error");
        }
        text = QCoreApplication::translate("Hookyard::Storage::DataDirLock",
                                           "the lock file %1 cannot be created (%2): free some "
                                           "space on its disk, or give your user write access to "
                                           "the folder")
                   .arg(QDir::toNativeSeparators(m_lock.fileName()), reason);
    }
    qCInfo(lcStorage).noquote() << "data dir lock not taken:" << text;
    if (detail)
        *detail = text;
    return result;
}

bool DataDirLock::isLocked() const
{
    return m_lock.isLocked();
}

QString DataDirLock::currentHolder(const QString &dataDir)
{
    QLockFile probe(lockPath(dataDir));
    qint64 pid = 0;
    QString hostname;
    QString appname;
    if (!probe.getLockInfo(&pid, &hostname, &appname))
        return {};
    if (!holderAlive(pid, hostname))
        return {}; // a stale lock left by a killed server
    return describeHolder(pid, hostname, appname);
}

} // namespace Hookyard::Storage
