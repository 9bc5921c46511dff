#include "storage/pagecachetruncation.h"

#include <atomic>
#include <mutex>
#include <new>
#include <sqlite3.h>

namespace Hookyard::Storage {

namespace {

// SQLite's locking page: the page holding byte 0x40000000 (PENDING_BYTE) is never used for
// data, so btree.c's balance_nonroot() borrows its number as the temporary key when it swaps
// two pages (sqlite3PagerRekey A -> temp, B -> A, temp -> B).
constexpr unsigned PendingByte = 0x40000000u;

sqlite3_pcache_methods2 g_base; // SQLite's own page cache (pcache1)
sqlite3_pcache_methods2 g_methods;
std::atomic<bool> g_installed { false };
std::atomic<long long> g_forwarded { 0 };
std::atomic<long long> g_skipped { 0 };

// One per page cache (one per connection and attached database). SQLite calls a cache's
// methods from one thread at a time (the connection's), so the fields need no lock.
struct Cache
{
    sqlite3_pcache *real = nullptr;
    unsigned swapKey = 0; // the locking page's number for this cache's page size
    unsigned maxKey = 0; // highest key that may be in the cache, the swap key aside
    bool swapKeyPresent = false; // a page currently sits at the swap key
};

Cache *cacheOf(sqlite3_pcache *p)
{
    return reinterpret_cast<Cache *>(p);
}

sqlite3_pcache *xCreate(int szPage, int szExtra, int bPurgeable)
{
    auto *cache = new (std::nothrow) Cache;
    if (!cache)
        return nullptr;
    cache->real = g_base.xCreate(szPage, szExtra, bPurgeable);
    if (!cache->real) {
        delete cache;
        return nullptr;
    }
    cache->swapKey = szPage > 0 ? PendingByte / unsigned(szPage) + 1 : 0;
    return reinterpret_cast<sqlite3_pcache *>(cache);
}

void xCachesize(sqlite3_pcache *p, int nCachesize)
{
    g_base.xCachesize(cacheOf(p)->real, nCachesize);
}

int xPagecount(sqlite3_pcache *p)
{
    return g_base.xPagecount(cacheOf(p)->real);
}

sqlite3_pcache_page *xFetch(sqlite3_pcache *p, unsigned key, int createFlag)
{
    Cache *cache = cacheOf(p);
    sqlite3_pcache_page *page = g_base.xFetch(cache->real, key, createFlag);
    // Any page handed out may stay in the cache: count it, the swap key included (the pager
    // fetches the locking page only to refuse it, which is rare; counting it is merely slower).
    if (page && key > cache->maxKey)
        cache->maxKey = key;
    return page;
}

void xUnpin(sqlite3_pcache *p, sqlite3_pcache_page *page, int discard)
{
    g_base.xUnpin(cacheOf(p)->real, page, discard);
}

void xRekey(sqlite3_pcache *p, sqlite3_pcache_page *page, unsigned oldKey, unsigned newKey)
{
    Cache *cache = cacheOf(p);
    g_base.xRekey(cache->real, page, oldKey, newKey);
    if (oldKey == cache->swapKey)
        cache->swapKeyPresent = false;
    if (newKey == cache->swapKey)
        cache->swapKeyPresent = true;
    else if (newKey > cache->maxKey)
        cache->maxKey = newKey;
}

void xTruncate(sqlite3_pcache *p, unsigned limit)
{
    Cache *cache = cacheOf(p);
    // Pages at or above `limit` can exist only if one entered at such a key.
    const bool needed =
        limit <= cache->maxKey || (cache->swapKeyPresent && limit <= cache->swapKey);
    if (!needed) {
        g_skipped.fetch_add(1, std::memory_order_relaxed);
        return;
    }
    g_forwarded.fetch_add(1, std::memory_order_relaxed);
    g_base.xTruncate(cache->real, limit);
    // Everything at or above `limit` is gone now.
    if (limit <= cache->maxKey)
        cache->maxKey = limit > 0 ? limit - 1 : 0;
    if (limit <= cache->swapKey)
        cache->swapKeyPresent = false;
}

void xDestroy(sqlite3_pcache *p)
{
    Cache *cache = cacheOf(p);
    g_base.xDestroy(cache->real);
    delete cache;
}

void xShrink(sqlite3_pcache *p)
{
    g_base.xShrink(cacheOf(p)->real);
}

} // namespace

bool PageCacheTruncation::install()
{
    static std::once_flag once;
    std::call_once(once, [] {
        // Both calls fail with SQLITE_MISUSE once SQLite is initialised; nothing changes then.
        if (sqlite3_config(SQLITE_CONFIG_GETPCACHE2, &g_base) != SQLITE_OK || !g_base.xCreate)
            return;
        g_methods = g_base; // iVersion, pArg, xInit, xShutdown stay SQLite's own
        g_methods.xCreate = xCreate;
        g_methods.xCachesize = xCachesize;
        g_methods.xPagecount = xPagecount;
        g_methods.xFetch = xFetch;
        g_methods.xUnpin = xUnpin;
        g_methods.xRekey = xRekey;
        g_methods.xTruncate = xTruncate;
        g_methods.xDestroy = xDestroy;
        g_methods.xShrink = g_base.xShrink ? xShrink : nullptr;
        if (sqlite3_config(SQLITE_CONFIG_PCACHE2, &g_methods) == SQLITE_OK)
            g_installed.store(true);
    });
    return g_installed.load();
}

bool PageCacheTruncation::isInstalled()
{
    return g_installed.load();
}

long long PageCacheTruncation::forwardedTruncations()
{
    return g_forwarded.load(std::memory_order_relaxed);
}

long long PageCacheTruncation::skippedTruncations()
{
    return g_skipped.load(std::memory_order_relaxed);
}

} // namespace Hookyard::Storage
