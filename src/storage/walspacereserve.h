#pragma once

#include <QString>

namespace Hookyard::Storage {

// Allocates the WAL file's disk blocks ahead of a writer that floods it, so that the receiver's
// appends never wait for the file system to allocate space while the WAL is being flushed.
//
// Why: during a sustained flood the WAL cannot start over (a PASSIVE checkpoint never reaches
// its end while commits keep coming) and grows by the WAL's whole write rate (about 80 MB/s in
// the benchmark). On ext4 every append past the allocated end reserves delayed-allocation blocks
// under the inode's i_data_sem, and the checkpointer's fdatasync of the same WAL takes that lock
// for writing while it allocates the blocks of everything written since its last sync. Sampled
// kernel stacks of the receiver thread showed it blocked in ext4_da_get_block_prep for 9-29 ms
// every 0.3-0.6 s (one fdatasync each), with every connection's answer held behind it: the
// benchmark's p99 and p99.9. Appends into blocks that fallocate() has already reserved (unwritten
// extents) find them in the extent cache and take no such lock.
//
// How: after each checkpoint pass, when the WAL grew by at least FloodBytesPerSecond since the
// last one, the file is extended with fallocate() (mode 0: its size grows too, so appends inside
// it change neither the size nor the on-disk size and need no journal handle) to the end of its
// frames plus four seconds of that growth (at most MaxAheadBytes), once less than half of that is
// left (a pass comes every 250 ms, but during a flood its checkpoint and fsyncs take 0.5-1.3 s,
// and an fallocate() of 100 MB of unwritten extents about 0.1 ms).
// Outside a flood nothing is allocated; the checkpointer truncates the file once the flood is
// over, as before.
//
// Safe for SQLite: recovery reads frames from the start of the WAL and stops at the first one
// whose salt or checksum does not match its header; the allocated tail reads as zeros, which
// never match (tst_walspacereserve opens a copy of a WAL with such a tail). A WAL that starts
// over is cut back by journal_size_limit or the checkpointer's truncation. It never allocates
// into the last FreeSpaceReserveBytes of the file system, or more than a quarter of what is
// free: a disk that fills up must not fill up sooner because of it. Linux only; elsewhere it
// does nothing. One thread only (the checkpointer's).
class WalSpaceReserve final
{
public:
    // pageSize: the database's (PRAGMA page_size); with 0 (unknown) nothing is ever allocated.
    WalSpaceReserve(QString walPath, int pageSize);

    // After each checkpoint pass: the WAL held walFrames frames countAgeMs ago (the count a
    // checkpoint reports is the one it started with), addedFrames of them added in the elapsedMs
    // since the previous pass (negative: unknown, or the WAL started over in between). The
    // writer is taken to have gone on at that rate since the count.
    void afterPass(int walFrames, int addedFrames, qint64 elapsedMs, qint64 countAgeMs);

    // Bytes allocated ahead so far (each fallocate() call's growth of the file), for tests and
    // diagnostics.
    qint64 allocatedBytes() const { return m_allocatedBytes; }
    int allocations() const { return m_allocations; }

    static constexpr qint64 FloodBytesPerSecond = 16 * 1024 * 1024;
    static constexpr qint64 MaxAheadBytes = 512 * 1024 * 1024;
    static constexpr qint64 FreeSpaceReserveBytes = 1024LL * 1024 * 1024;

private:
    QString m_walPath;
    qint64 m_frameBytes;
    qint64 m_allocatedBytes = 0;
    int m_allocations = 0;
};

} // namespace Hookyard::Storage
