#include "storage/walwritecoalescer.h"

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <sqlite3.h>

namespace Hookyard::Storage {

namespace {

constexpr int FrameHeaderSize = 24; // a WAL frame header (sqlite3 fileformat, 4.1)
constexpr sqlite3_int64 MaxBuffered = 1 << 20; // large transactions: write every 1 MiB

sqlite3_vfs g_vfs;
sqlite3_vfs *g_base = nullptr;
std::atomic<long long> g_coalesced { 0 };

struct File
{
    sqlite3_file base; // must be first: SQLite sees this
    sqlite3_file *real; // the default VFS's file, placed right after this struct
    bool wal;
    File *walOfDb; // on a database file: its open WAL file (for nothing but clean-up)
    File *dbOfWal; // on a WAL file: its database file
    char *buffer;
    sqlite3_int64 capacity;
    sqlite3_int64 length;
    sqlite3_int64 start; // file offset of buffer[0]
    bool commitPending; // the last header written was a commit frame's
};

File *self(sqlite3_file *f)
{
    return reinterpret_cast<File *>(f);
}

int flush(File *f)
{
    // The unix VFS writes at most 128 KiB - 1 per call (it masks the length with 0x1ffff and
    // reports a short write as SQLITE_FULL): larger buffers go in pieces. A delivery's commit
    // (~55 KB) is one piece.
    constexpr sqlite3_int64 Piece = 124 * 1024;
    int rc = SQLITE_OK;
    for (sqlite3_int64 done = 0; rc == SQLITE_OK && done < f->length; done += Piece) {
        const int amount = int(std::min(Piece, f->length - done));
        rc = f->real->pMethods->xWrite(f->real, f->buffer + done, amount, f->start + done);
    }
    f->length = 0;
    return rc;
}

int append(File *f, const void *data, int amount, sqlite3_int64 offset)
{
    // Only strictly sequential writes are gathered; anything else writes what is pending first.
    if (f->length > 0 && offset != f->start + f->length) {
        if (const int rc = flush(f); rc != SQLITE_OK)
            return rc;
    }
    if (f->length == 0)
        f->start = offset;
    if (f->length + amount > f->capacity) {
        const sqlite3_int64 wanted = std::max<sqlite3_int64>(f->capacity * 2, f->length + amount);
        char *grown = static_cast<char *>(std::realloc(f->buffer, size_t(wanted)));
        if (!grown) {
            // Out of memory: write through instead of buffering.
            if (const int rc = flush(f); rc != SQLITE_OK)
                return rc;
            return f->real->pMethods->xWrite(f->real, data, amount, offset);
        }
        f->buffer = grown;
        f->capacity = wanted;
    }
    std::memcpy(f->buffer + f->length, data, size_t(amount));
    f->length += amount;
    return SQLITE_OK;
}

// --- methods of every file: forward to the real one ----------------------------------------

int xClose(sqlite3_file *pf)
{
    File *f = self(pf);
    int rc = SQLITE_OK;
    if (f->wal) {
        rc = flush(f);
        if (f->dbOfWal && f->dbOfWal->walOfDb == f)
            f->dbOfWal->walOfDb = nullptr;
    } else if (f->walOfDb) {
        f->walOfDb->dbOfWal = nullptr;
    }
    std::free(f->buffer);
    f->buffer = nullptr;
    const int closeRc = f->real->pMethods ? f->real->pMethods->xClose(f->real) : SQLITE_OK;
    return rc != SQLITE_OK ? rc : closeRc;
}

int xRead(sqlite3_file *pf, void *out, int amount, sqlite3_int64 offset)
{
    File *f = self(pf);
    if (const int rc = flush(f); rc != SQLITE_OK)
        return rc;
    return f->real->pMethods->xRead(f->real, out, amount, offset);
}

int xWrite(sqlite3_file *pf, const void *data, int amount, sqlite3_int64 offset)
{
    File *f = self(pf);
    if (!f->wal)
        return f->real->pMethods->xWrite(f->real, data, amount, offset);
    if (amount == FrameHeaderSize) {
        // Bytes 4..7 of a frame header: the database size after a commit, 0 otherwise.
        const auto *h = static_cast<const unsigned char *>(data);
        f->commitPending = (h[4] | h[5] | h[6] | h[7]) != 0;
        return append(f, data, amount, offset);
    }
    if (const int rc = append(f, data, amount, offset); rc != SQLITE_OK)
        return rc;
    if (f->commitPending || f->length >= MaxBuffered) {
        if (f->commitPending)
            g_coalesced.fetch_add(1, std::memory_order_relaxed);
        f->commitPending = false;
        return flush(f);
    }
    return SQLITE_OK;
}

int xTruncate(sqlite3_file *pf, sqlite3_int64 size)
{
    File *f = self(pf);
    if (const int rc = flush(f); rc != SQLITE_OK)
        return rc;
    return f->real->pMethods->xTruncate(f->real, size);
}

int xSync(sqlite3_file *pf, int flags)
{
    File *f = self(pf);
    if (const int rc = flush(f); rc != SQLITE_OK)
        return rc;
    return f->real->pMethods->xSync(f->real, flags);
}

int xFileSize(sqlite3_file *pf, sqlite3_int64 *size)
{
    File *f = self(pf);
    if (const int rc = flush(f); rc != SQLITE_OK)
        return rc;
    return f->real->pMethods->xFileSize(f->real, size);
}

int xLock(sqlite3_file *pf, int level)
{
    return self(pf)->real->pMethods->xLock(self(pf)->real, level);
}
int xUnlock(sqlite3_file *pf, int level)
{
    return self(pf)->real->pMethods->xUnlock(self(pf)->real, level);
}
int xCheckReservedLock(sqlite3_file *pf, int *out)
{
    return self(pf)->real->pMethods->xCheckReservedLock(self(pf)->real, out);
}
int xFileControl(sqlite3_file *pf, int op, void *arg)
{
    File *f = self(pf);
    if (f->wal && flush(f) != SQLITE_OK)
        return SQLITE_IOERR_WRITE;
    return f->real->pMethods->xFileControl(f->real, op, arg);
}
int xSectorSize(sqlite3_file *pf)
{
    return self(pf)->real->pMethods->xSectorSize(self(pf)->real);
}
int xDeviceCharacteristics(sqlite3_file *pf)
{
    return self(pf)->real->pMethods->xDeviceCharacteristics(self(pf)->real);
}
int xShmMap(sqlite3_file *pf, int page, int size, int extend, void volatile **out)
{
    return self(pf)->real->pMethods->xShmMap(self(pf)->real, page, size, extend, out);
}
int xShmLock(sqlite3_file *pf, int offset, int n, int flags)
{
    return self(pf)->real->pMethods->xShmLock(self(pf)->real, offset, n, flags);
}
void xShmBarrier(sqlite3_file *pf)
{
    self(pf)->real->pMethods->xShmBarrier(self(pf)->real);
}
int xShmUnmap(sqlite3_file *pf, int deleteFlag)
{
    return self(pf)->real->pMethods->xShmUnmap(self(pf)->real, deleteFlag);
}
int xFetch(sqlite3_file *pf, sqlite3_int64 offset, int amount, void **out)
{
    File *f = self(pf);
    if (const int rc = flush(f); rc != SQLITE_OK)
        return rc;
    return f->real->pMethods->xFetch(f->real, offset, amount, out);
}
int xUnfetch(sqlite3_file *pf, sqlite3_int64 offset, void *p)
{
    return self(pf)->real->pMethods->xUnfetch(self(pf)->real, offset, p);
}

sqlite3_io_methods g_methods[4]; // by the real file's iVersion (1..3)

int xOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *pf, int flags, int *outFlags)
{
    File *f = self(pf);
    std::memset(f, 0, sizeof(File));
    f->real = reinterpret_cast<sqlite3_file *>(f + 1);
    const int rc = g_base->xOpen(g_base, name, f->real, flags, outFlags);
    if (rc != SQLITE_OK || !f->real->pMethods) {
        // SQLite calls xClose only when pMethods is set; leave it unset on failure.
        if (f->real->pMethods)
            f->real->pMethods->xClose(f->real);
        f->base.pMethods = nullptr;
        return rc != SQLITE_OK ? rc : SQLITE_CANTOPEN;
    }
    f->wal = (flags & SQLITE_OPEN_WAL) != 0;
    if (f->wal && name) {
        if (sqlite3_file *db = sqlite3_database_file_object(name);
            db && db->pMethods && db->pMethods->xClose == xClose) {
            f->dbOfWal = self(db);
            self(db)->walOfDb = f;
        }
    }
    const int version = std::clamp(f->real->pMethods->iVersion, 1, 3);
    f->base.pMethods = &g_methods[version];
    return SQLITE_OK;
}

} // namespace

void WalWriteCoalescer::install()
{
    static std::once_flag once;
    std::call_once(once, [] {
        g_base = sqlite3_vfs_find(nullptr);
        if (!g_base)
            return;
        for (int v = 1; v <= 3; ++v) {
            sqlite3_io_methods &m = g_methods[v];
            m = {};
            m.iVersion = v;
            m.xClose = xClose;
            m.xRead = xRead;
            m.xWrite = xWrite;
            m.xTruncate = xTruncate;
            m.xSync = xSync;
            m.xFileSize = xFileSize;
            m.xLock = xLock;
            m.xUnlock = xUnlock;
            m.xCheckReservedLock = xCheckReservedLock;
            m.xFileControl = xFileControl;
            m.xSectorSize = xSectorSize;
            m.xDeviceCharacteristics = xDeviceCharacteristics;
            if (v >= 2) {
                m.xShmMap = xShmMap;
                m.xShmLock = xShmLock;
                m.xShmBarrier = xShmBarrier;
                m.xShmUnmap = xShmUnmap;
            }
            if (v >= 3) {
                m.xFetch = xFetch;
                m.xUnfetch = xUnfetch;
            }
        }
        g_vfs = *g_base;
        g_vfs.zName = "hookyard-wal-coalescing";
        g_vfs.szOsFile = int(sizeof(File)) + g_base->szOsFile;
        g_vfs.xOpen = xOpen;
        g_vfs.pNext = nullptr;
        sqlite3_vfs_register(&g_vfs, 1);
    });
}

long long WalWriteCoalescer::coalescedCommits()
{
    return g_coalesced.load(std::memory_order_relaxed);
}

} // namespace Hookyard::Storage
