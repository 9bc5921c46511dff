#pragma once

namespace Hookyard::Storage {

// A thin SQLite VFS over the default one that turns the many small writes of one WAL commit
// into one. SQLite writes each WAL frame as two pwrite calls (a 24-byte header, then the page);
// a delivery's commit is ~13 frames, so ~26 system calls, and on this kind of virtual machine a
// system call costs several microseconds: they were most of the commit (QT64-NOTES.md: the
// commit is where the time goes). Frames are buffered and written with a single call when the
// commit frame's page arrives, inside xWrite, so a failure (disk full) is still reported to
// SQLite by that write and the commit fails cleanly. Nothing is published to readers before:
// SQLite updates the WAL index only after its frame writes returned.
// Any other access to the WAL (read, sync, truncate, size, close) writes the buffer first.
// Only the WAL file is buffered; the database file and the others pass straight through.
class WalWriteCoalescer final
{
public:
    // Registers the VFS as the process default (once; thread-safe). Called by Database::open
    // before the first connection is opened.
    static void install();
    // For tests and diagnostics: how many commits were written with one call.
    static long long coalescedCommits();

private:
    WalWriteCoalescer() = delete;
};

} // namespace Hookyard::Storage
