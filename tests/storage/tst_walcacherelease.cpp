#include "storage/walcacherelease.h"
#include "storagetestutil.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Hookyard::Storage;
using namespace Hookyard::Storage::TestUtil;

namespace {
constexpr int PageSize = 2048; // the database's page size (database.cpp)
constexpr qint64 FrameBytes = WalCacheRelease::FrameHeaderBytes + PageSize;
constexpr qint64 Keep = 2 * 1024 * 1024;
constexpr int Frames = 8000; // about 16.6 MB

qint64 endOfFrame(int frames)
{
    return WalCacheRelease::WalHeaderBytes + frames * FrameBytes;
}

// The kernel drops whole folios only (up to 2 MiB): the one that holds a range's last byte
// may stay until the next release, which starts at this boundary again.
qint64 folioBelow(qint64 offset)
{
    return offset / WalCacheRelease::FolioAlignment * WalCacheRelease::FolioAlignment;
}
} // namespace

// WalCacheRelease drops the WAL frames a checkpoint has copied from the page cache, beyond the
// head of the file, and nothing else (Linux only, as the class; CMakeLists.txt). The file is a
// stand-in with a WAL's layout (2 KiB pages): what matters is which of its bytes stay cached,
// measured with mincore().
class TestWalCacheRelease : public QObject
{
    Q_OBJECT

private:
    // In the build tree rather than /tmp, which may be a tmpfs (nothing can be dropped there).
    QTemporaryDir m_dir { QDir::current().filePath(QStringLiteral("walcache-XXXXXX")) };
    QString m_path;
    QByteArray m_digest;
    bool m_droppable = true;

    // Reads the whole file (so that every page is cached again) and checks its contents.
    bool readBackIntact() const
    {
        QFile file(m_path);
        if (!file.open(QIODevice::ReadOnly))
            return false;
        return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256) == m_digest;
    }
    qint64 resident(qint64 from, qint64 to) const { return residentBytes(m_path, from, to); }
    // Every whole page inside [from, to) is cached, or none is (when expected to be dropped and
    // the file system lets the kernel drop them). "Every" allows 1% less: the kernel evicts a few
    // clean pages of its own accord under memory pressure (CI saw 4 pages of 16 MB go during a
    // parallel build), while a release drops whole ranges of megabytes, never so few.
    void verifyCached(qint64 from, qint64 to, bool cached) const
    {
        constexpr qint64 Page = 4096;
        const qint64 first = (from + Page - 1) / Page * Page;
        const qint64 last = to / Page * Page;
        const qint64 whole = last - first;
        const qint64 r = resident(first, last);
        const bool expectCached = cached || !m_droppable;
        QVERIFY2(
            expectCached ? r >= whole - whole / 100 && r <= whole : r == 0,
            qPrintable(QStringLiteral("%1 of %2 bytes of [%3, %4) cached, expected %5")
                           .arg(r)
                           .arg(whole)
                           .arg(from)
                           .arg(to)
                           .arg(expectCached ? QStringLiteral("all") : QStringLiteral("none"))));
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
        m_droppable = pageCacheCanBeDropped(m_dir.path());
        if (!m_droppable)
            qInfo("the build tree is on tmpfs: the kernel keeps every page there, which is "
                  "what these tests then check");
    }

    void init()
    {
        // A fresh file each time, written and flushed to disk: its pages are cached and clean.
        m_path = m_dir.filePath(QStringLiteral("hookyard.db-wal"));
        m_digest = writeWalStandIn(m_path, endOfFrame(Frames));
        QVERIFY(!m_digest.isEmpty());
        verifyCached(0, endOfFrame(Frames), true);
    }

    void releasesTheCopiedFramesBeyondTheHead()
    {
        WalCacheRelease release(m_path, PageSize, Keep);
        release.afterCheckpoint(Frames, 5000);
        QCOMPARE(release.releasedBytes(), endOfFrame(5000) - Keep);
        verifyCached(0, Keep, true); // the head: a WAL that starts over writes there again
        verifyCached(Keep, folioBelow(endOfFrame(5000)), false); // copied into the database
        verifyCached(endOfFrame(5000) + 4096, endOfFrame(Frames), true); // not copied yet
        QVERIFY(readBackIntact()); // dropped from the cache, not from the file
    }

    void releasesOnlyWhatAddsUpToEnough()
    {
        WalCacheRelease release(m_path, PageSize, Keep);
        release.afterCheckpoint(Frames, 500); // all within the head: nothing to release
        QCOMPARE(release.releasedBytes(), 0);
        release.afterCheckpoint(Frames, 5000);
        const qint64 first = release.releasedBytes();
        QCOMPARE(first, endOfFrame(5000) - Keep);
        // 1,000 more frames, 2 MB: less than MinReleaseBytes, so it waits.
        QVERIFY(1000 * FrameBytes < WalCacheRelease::MinReleaseBytes);
        release.afterCheckpoint(Frames, 6000);
        QCOMPARE(release.releasedBytes(), first);
        verifyCached(endOfFrame(5000) + 4096, endOfFrame(Frames), true);
        // Together with the next 2,000 they are enough: exactly the new range goes.
        release.afterCheckpoint(Frames, Frames);
        QCOMPARE(release.releasedBytes(), endOfFrame(Frames) - Keep);
        verifyCached(Keep, folioBelow(endOfFrame(Frames)), false);
        verifyCached(0, Keep, true);
        QVERIFY(readBackIntact());
    }

    void startsFromTheHeadAgainOnceTheWalStartedOver()
    {
        WalCacheRelease release(m_path, PageSize, Keep);
        release.afterCheckpoint(Frames, Frames);
        const qint64 first = release.releasedBytes();
        QCOMPARE(first, endOfFrame(Frames) - Keep);
        QVERIFY(readBackIntact()); // cached again, like a WAL written over from the start
        verifyCached(0, endOfFrame(Frames), true);

        // Fewer frames than the last checkpoint saw: the WAL started over in between.
        release.afterCheckpoint(4000, 4000);
        QCOMPARE(release.releasedBytes(), first + endOfFrame(4000) - Keep);
        verifyCached(Keep, folioBelow(endOfFrame(4000)), false);
        verifyCached(endOfFrame(4000) + 4096, endOfFrame(Frames), true);

        // Told so by the checkpointer (which started it over itself): the same.
        QVERIFY(readBackIntact());
        release.walStartedOver();
        release.afterCheckpoint(5000, 5000);
        QCOMPARE(release.releasedBytes(),
                 first + endOfFrame(4000) - Keep + endOfFrame(5000) - Keep);
        verifyCached(Keep, folioBelow(endOfFrame(5000)), false);
        verifyCached(0, Keep, true);
    }

    void withoutAPageSizeNothingIsReleased()
    {
        // The frames' offsets depend on the page size: unknown (0), nothing can be released.
        WalCacheRelease release(m_path, 0, Keep);
        release.afterCheckpoint(Frames, Frames);
        QCOMPARE(release.releasedBytes(), 0);
        verifyCached(0, endOfFrame(Frames), true);
    }

    void withoutAFileThereIsNothingToRelease()
    {
        WalCacheRelease release(m_dir.filePath(QStringLiteral("none.db-wal")), PageSize, Keep);
        release.afterCheckpoint(Frames, Frames);
        QCOMPARE(release.releasedBytes(), 0);
    }
};

QTEST_GUILESS_MAIN(TestWalCacheRelease)
#include "tst_walcacherelease.moc"
