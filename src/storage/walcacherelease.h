#pragma once

#include <QString>

namespace Hookyard::Storage {

// Hands the page cache that holds copied WAL frames back to the kernel while a WAL cannot start
// over (a sustained flood: a PASSIVE checkpoint never reaches the end while commits keep coming,
// so the file grows by the WAL's whole write rate, 120-170 MB/s in the benchmark).
//
// Why: every byte of a growing WAL takes a new page of the page cache, and nothing reads a frame
// again once a checkpoint has copied it into the database. On a VM that returns free memory to
// its host (virtio-balloon free page reporting, as Firecracker and WSL2 guests can) a new page
// is cheap only while the kernel finds free pages the host still backs; once it must take pages
// of whole free blocks, which were handed back, each costs a host fault. On our test VM writing
// to a growing file went from 0.7 to 8-10 us per 4 KiB page after the first gigabyte (about 35 us
// more per delivery on the receiver thread, a third of the throughput). With the copied part
// dropped, the WAL's new pages are the ones it just gave back: 0.7 us per page throughout.
// Elsewhere it keeps a flood from pushing useful pages (the database's) out of the cache.
//
// Only clean pages can be dropped: a checkpoint fsyncs the WAL before it copies frames
// (synchronous=NORMAL or FULL), so the frames it copied are on disk. The first keepBytes of
// the file stay cached: a WAL that starts over writes there again. Linux only (posix_fadvise
// POSIX_FADV_DONTNEED); elsewhere it does nothing. One thread only (the checkpointer's).
class WalCacheRelease final
{
public:
    // pageSize: the database's (PRAGMA page_size); with 0 (unknown) nothing is ever released.
    WalCacheRelease(QString walPath, int pageSize, qint64 keepBytes);

    // After each checkpoint: the WAL holds walFrames frames, and the first checkpointedFrames
    // of them are in the database file. Releases the copied frames beyond keepBytes that were
    // not released yet, once they add up to at least MinReleaseBytes.
    void afterCheckpoint(int walFrames, int checkpointedFrames);
    // The WAL was started over or truncated: its frames are written from the start again.
    void walStartedOver();

    const QString &walPath() const { return m_walPath; }
    // Bytes of the file released so far (a range counts once), for tests and diagnostics.
    qint64 releasedBytes() const { return m_releasedBytes; }

    static constexpr qint64 MinReleaseBytes = 4 * 1024 * 1024;
    // The page cache holds a file in folios of up to 2 MiB (x86-64), and the kernel drops only
    // folios that lie wholly inside the range: each release starts again at the 2 MiB boundary
    // below the previous one's end, so a folio that straddled it goes this time.
    static constexpr qint64 FolioAlignment = 2 * 1024 * 1024;
    static constexpr qint64 WalHeaderBytes = 32;
    static constexpr qint64 FrameHeaderBytes = 24;

private:
    QString m_walPath;
    qint64 m_frameBytes;
    qint64 m_keepBytes;
    qint64 m_releasedTo = 0; // the file's bytes before this offset were released
    qint64 m_releasedBytes = 0;
    int m_lastWalFrames = 0;
};

} // namespace Hookyard::Storage
