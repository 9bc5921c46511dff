#include "storage/walcacherelease.h"

#include "core/logging.h"

#include <QFile>

#include <algorithm>

#if defined(Q_OS_LINUX)
#include <fcntl.h>
#include <unistd.h>
#endif

namespace Hookyard::Storage {

WalCacheRelease::WalCacheRelease(QString walPath, int pageSize, qint64 keepBytes)
    : m_walPath(std::move(walPath)), m_frameBytes(pageSize > 0 ? FrameHeaderBytes + pageSize : 0),
      m_keepBytes(std::max<qint64>(keepBytes, WalHeaderBytes))
{
}

void WalCacheRelease::walStartedOver()
{
    m_releasedTo = 0;
    m_lastWalFrames = 0;
}

void WalCacheRelease::afterCheckpoint(int walFrames, int checkpointedFrames)
{
    // Fewer frames than the last pass saw: the WAL started over in between (the checkpointer
    // calls walStartedOver() when it does that itself; this covers any other connection).
    if (walFrames < m_lastWalFrames)
        walStartedOver();
    m_lastWalFrames = std::max(walFrames, 0);
    if (checkpointedFrames <= 0 || m_frameBytes == 0)
        return;
    const qint64 copiedEnd = WalHeaderBytes + qint64(checkpointedFrames) * m_frameBytes;
    const qint64 releasedTo = std::max(m_releasedTo, m_keepBytes);
    if (copiedEnd - releasedTo < MinReleaseBytes)
        return;
    const qint64 from = std::max(releasedTo / FolioAlignment * FolioAlignment, m_keepBytes);
#if defined(Q_OS_LINUX) && defined(POSIX_FADV_DONTNEED)
    const QByteArray path = QFile::encodeName(m_walPath);
    const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return; // no WAL file (yet): nothing cached either
    // The kernel drops the pages inside the range that are clean and not mapped; the folio
    // that holds frames not yet copied (at the range's end) stays.
    const int code = ::posix_fadvise(fd, from, copiedEnd - from, POSIX_FADV_DONTNEED);
    ::close(fd);
    if (code != 0) {
        qCDebug(lcStorage) << "posix_fadvise(DONTNEED) on the WAL failed:" << code;
        return;
    }
    m_releasedBytes += copiedEnd - releasedTo;
    m_releasedTo = copiedEnd;
#else
    Q_UNUSED(from);
#endif
}

} // namespace Hookyard::Storage
