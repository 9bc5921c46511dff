#pragma once

namespace Hookyard::Storage {

// A thin wrapper over SQLite's default page cache (pcache1) that skips truncations which have
// nothing to remove.
//
// Why: at the end of every transaction the pager truncates its cache to the database size.
// pcache1 decides how much of its hash table to walk from the highest page number it has ever
// seen (iMaxKey) and, when that is more than a table's width above the limit, walks the whole
// table. B-tree balancing, which runs on most index page splits, briefly re-keys a page to the
// locking page's number (1 GiB / page size + 1, far above any database we hold) to swap two
// pages, and that raises iMaxKey until the next truncation. With random keys (the unique index
// of Stripe event ids) that is most commits: `perf` showed the receiver thread spending 17% of
// its time walking a 16,384-bucket table that held nothing to remove.
//
// The wrapper keeps its own highest key, counting every page that enters the cache (fetch) or
// is renamed (re-key) except the transient swap key, and forwards a truncation only when a page
// at or above the limit may exist. Every other method is forwarded unchanged.
class PageCacheTruncation final
{
public:
    // Installs the wrapper as SQLite's page cache. It must run before SQLite is initialised
    // (before the first connection or VFS call); returns false, leaving SQLite's own cache in
    // place, when that moment has passed. Thread-safe; only the first call does anything.
    static bool install();
    // For tests and diagnostics: whether the wrapper is in use, and how many truncations it
    // forwarded and skipped.
    static bool isInstalled();
    static long long forwardedTruncations();
    static long long skippedTruncations();

private:
    PageCacheTruncation() = delete;
};

} // namespace Hookyard::Storage
