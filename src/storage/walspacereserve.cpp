#include "storage/walspacereserve.h"

#include "core/logging.h"
#include "storage/walcacherelease.h"

#include <QFile>

#include <algorithm>

#if defined(Q_OS_LINUX)
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>
#endif

namespace Hookyard::Storage {

WalSpaceReserve::WalSpaceReserve(QString walPath, int pageSize)
    : m_walPath(std::move(walPath)),
      m_frameBytes(pageSize > 0 ? WalCacheRelease::FrameHeaderBytes + pageSize : 0)
{
}

void WalSpaceReserve::afterPass(int walFrames, int addedFrames, qint64 elapsedMs, qint64 countAgeMs)
{
    if (m_frameBytes == 0 || walFrames <= 0 || addedFrames < 0 || elapsedMs <= 0)
        return;
    const qint64 perSecond = qint64(addedFrames) * m_frameBytes * 1000 / elapsedMs;
    if (perSecond < FloodBytesPerSecond)
        return; // not a flood: the WAL starts over within the space it has
    const qint64 framesEnd = WalCacheRelease::WalHeaderBytes + qint64(walFrames) * m_frameBytes
        + perSecond * std::max<qint64>(countAgeMs, 0) / 1000;
    const qint64 ahead = std::min(4 * perSecond, MaxAheadBytes);
#if defined(Q_OS_LINUX)
    const QByteArray path = QFile::encodeName(m_walPath);
    // No O_CREAT: without a WAL file there is nothing to extend. SQLite keeps its WAL locks in
    // the -shm file, so closing this descriptor releases none of them.
    const int fd = ::open(path.constData(), O_WRONLY | O_CLOEXEC);
    if (fd < 0)
        return;
    struct stat st = {};
    struct statvfs fs = {};
    if (::fstat(fd, &st) == 0 && st.st_size < framesEnd + ahead / 2 && ::fstatvfs(fd, &fs) == 0) {
        const qint64 growth = framesEnd + ahead - st.st_size;
        const qint64 available = qint64(fs.f_bavail) * qint64(fs.f_frsize);
        if (available - growth < FreeSpaceReserveBytes || growth > available / 4) {
            qCDebug(lcStorage) << "WAL not extended ahead of the writer: only" << available
                               << "bytes free";
        } else if (::fallocate(fd, 0, st.st_size, growth) == 0) {
            m_allocatedBytes += growth;
            ++m_allocations;
        } else {
            // EOPNOTSUPP (a file system without it), ENOSPC: the writer extends the file itself.
            const int code = errno;
            qCDebug(lcStorage) << "fallocate on the WAL failed:" << std::strerror(code);
        }
    }
    ::close(fd);
#else
    Q_UNUSED(framesEnd);
    Q_UNUSED(ahead);
#endif
}

} // namespace Hookyard::Storage
