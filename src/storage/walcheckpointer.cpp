#include "storage/walcheckpointer.h"

#include "core/logging.h"
#include "storage/database.h"
#include "storage/walcacherelease.h"
#include "storage/walspacereserve.h"

#include <QElapsedTimer>
#include <QFileInfo>

#include <array>
#include <condition_variable>
#include <mutex>
#include <sqlite3.h>
#include <thread>

#if defined(Q_OS_LINUX)
#include <pthread.h>
#include <sched.h>
#endif

namespace Hookyard::Storage {

struct WalCheckpointer::State
{
    std::thread thread;
    std::mutex mutex;
    std::condition_variable wake;
    bool stopping = false;
    bool started = false;
    bool openFailed = false;
    QString error;
};

namespace {

// A read transaction held open on a connection of its own. SQLite starts a WAL over (and
// fsyncs its new header) only when no connection reads from the WAL; while an anchor holds a
// snapshot that ends in the WAL, a writer that finds the WAL fully checkpointed appends to it
// instead. That keeps the restart, and its fsync, out of the receiver's commits.
class WalAnchor final
{
public:
    explicit WalAnchor(std::unique_ptr<Database> db) : m_db(std::move(db)) { }
    ~WalAnchor() { release(); }

    // Begins a read transaction on the newest snapshot.
    bool hold()
    {
        release();
        m_held = sqlite3_exec(m_db->handle(), "BEGIN; SELECT count(*) FROM sqlite_schema", nullptr,
                              nullptr, nullptr)
            == SQLITE_OK;
        if (!m_held && !sqlite3_get_autocommit(m_db->handle()))
            sqlite3_exec(m_db->handle(), "ROLLBACK", nullptr, nullptr, nullptr);
        return m_held;
    }
    void release()
    {
        if (m_held)
            sqlite3_exec(m_db->handle(), "COMMIT", nullptr, nullptr, nullptr);
        m_held = false;
    }

private:
    std::unique_ptr<Database> m_db;
    bool m_held = false;
};

// Names the checkpointer thread (top -H, perf) and, on Linux, makes it SCHED_BATCH: the scheduler
// then does not let its wake-ups preempt the receiver thread in the middle of a request. Over
// three pairs of benchmark runs p99.9 was 12.9-13.8 ms with it, 13.1-23.2 ms without. Best
// effort: any user may choose SCHED_BATCH for a thread of their own, and nothing depends on it.
void markBackgroundThread()
{
#if defined(Q_OS_LINUX)
    pthread_setname_np(pthread_self(), "hookyard-wal");
    sched_param param {};
    param.sched_priority = 0;
    pthread_setschedparam(pthread_self(), SCHED_BATCH, &param);
#endif
}

// A backlog this small is checkpointed in a few milliseconds, fsyncs aside: small enough to
// hold the writer off while the WAL is truncated (SQLITE_CHECKPOINT_TRUNCATE).
constexpr int SmallBacklogFrames = 2048;

// The checkpointer thread's work, one pass per interval.
class WalUpkeep final
{
public:
    WalUpkeep(std::unique_ptr<Database> db, std::unique_ptr<Database> anchorA,
              std::unique_ptr<Database> anchorB, qint64 walSizeLimit)
        : m_db(std::move(db)), m_anchors { WalAnchor(std::move(anchorA)),
                                           WalAnchor(std::move(anchorB)) },
          m_walSizeLimit(walSizeLimit),
          m_cache(m_db->filePath() + QLatin1String("-wal"), m_db->pageSize(), walSizeLimit),
          m_space(m_cache.walPath(), m_db->pageSize())
    {
        m_sinceLastPass.start();
        holdAnchor();
    }

    bool pass(QString *error);
    // At the end: one last PASSIVE checkpoint, no anchor left.
    void finish()
    {
        releaseAnchors();
        m_db->checkpoint(nullptr);
    }

private:
    // Holds the spare anchor on the newest snapshot, then lets the other one go: there is never
    // a moment without one.
    void holdAnchor()
    {
        const int spare = 1 - m_current;
        if (m_anchors[spare].hold()) {
            m_anchors[m_current].release();
            m_current = spare;
        }
    }
    void releaseAnchors()
    {
        m_anchors[0].release();
        m_anchors[1].release();
    }
    qint64 walFileSize() const { return QFileInfo(m_cache.walPath()).size(); }
    bool restart(QString *error, bool *startedOver);
    bool truncate(QString *error);
    void restarted()
    {
        m_restartedAt = m_db->dataVersion();
        m_cache.walStartedOver();
    }

    std::unique_ptr<Database> m_db;
    std::array<WalAnchor, 2> m_anchors;
    int m_current = 0;
    qint64 m_walSizeLimit;
    WalCacheRelease m_cache; // drops copied frames from the page cache during a flood
    WalSpaceReserve m_space; // allocates the WAL's blocks ahead of the writer during a flood
    int m_lastFrames = -1;
    QElapsedTimer m_sinceLastPass; // since m_lastFrames was read
    qint64 m_restartedAt = -1; // data_version when this thread last started the WAL over
};

bool WalUpkeep::pass(QString *error)
{
    // Nothing written by another connection since this thread started the WAL over: leave its
    // own frame uncopied, so that the WAL does not look fully checkpointed to the next writer;
    // but cut the file back if a burst before left it large.
    if (m_db->dataVersion() == m_restartedAt)
        return walFileSize() > m_walSizeLimit ? truncate(error) : true;
    holdAnchor(); // on the newest snapshot, so it does not keep the checkpoint from any frame
    Database::CheckpointProgress progress;
    QElapsedTimer checkpointTime; // the WAL's frame count it reports is as old as the checkpoint
    checkpointTime.start();
    if (!m_db->checkpoint(error, &progress))
        return false;
    m_cache.afterCheckpoint(progress.walFrames, progress.checkpointedFrames);
    const int added = m_lastFrames >= 0 ? progress.walFrames - m_lastFrames : -1;
    m_lastFrames = progress.walFrames;
    const qint64 elapsedMs = m_sinceLastPass.restart();
    if (progress.walFrames <= 0)
        return true;
    // A burst is over, or the writer is slow enough: truncate the file. (Every frame the
    // checkpoint saw may have been copied during a flood too: that says nothing about the
    // frames added since.)
    if (added >= 0 && added < SmallBacklogFrames && walFileSize() > m_walSizeLimit)
        return truncate(error);
    bool startedOver = false;
    if (progress.checkpointedFrames == progress.walFrames && !restart(error, &startedOver))
        return false;
    // Not started over (during a flood the writer holds its lock nearly all the time, so even a
    // checkpoint that caught up with its snapshot seldom can): the file keeps growing.
    if (!startedOver)
        m_space.afterPass(progress.walFrames, added, elapsedMs, checkpointTime.elapsed());
    return true;
}

// Every frame was copied: start the WAL over with a commit of this thread's own, which writes
// the new WAL header and fsyncs it here.
bool WalUpkeep::restart(QString *error, bool *startedOver)
{
    *startedOver = false;
    switch (m_db->beginWrite(error)) {
    case Database::WalResult::Busy: // a writer is in its commit; the anchor keeps it appending
        return true;
    case Database::WalResult::Failed:
        return false;
    case Database::WalResult::Done:
        break;
    }
    // The write lock is ours: no frame can be added until the commit. The anchors must go, or
    // the commit could not start the WAL over either.
    releaseAnchors();
    const int frames = m_db->commitRewrite(error);
    holdAnchor();
    // More than its own frame: a writer added frames after the checkpoint, and this commit
    // only appended to them.
    if (frames == 1) {
        restarted();
        *startedOver = true;
    }
    return frames >= 0;
}

// Checkpoints every frame and truncates the WAL to zero bytes, holding writers off while it
// runs; then writes the new WAL header with a commit of this thread's own.
bool WalUpkeep::truncate(QString *error)
{
    releaseAnchors();
    bool ok = true;
    switch (m_db->truncateWal(error)) {
    case Database::WalResult::Busy: // a writer or reader is busy: the next pass tries again
        break;
    case Database::WalResult::Failed:
        ok = false;
        break;
    case Database::WalResult::Done:
        qCDebug(lcStorage) << "WAL truncated";
        m_lastFrames = 0;
        m_cache.walStartedOver();
        // If a delivery's commit took the write lock first, that commit writes the header.
        if (m_db->beginWrite(nullptr) == Database::WalResult::Done) {
            const int frames = m_db->commitRewrite(error);
            ok = frames >= 0;
            if (frames == 1)
                restarted();
        }
        break;
    }
    holdAnchor();
    return ok;
}

} // namespace

WalCheckpointer::WalCheckpointer(QString dataDir, int intervalMs, qint64 walSizeLimit)
    : m_dataDir(std::move(dataDir)), m_intervalMs(qMax(10, intervalMs)),
      m_walSizeLimit(walSizeLimit)
{
}

WalCheckpointer::~WalCheckpointer()
{
    stop();
}

bool WalCheckpointer::start(QString *error)
{
    if (isRunning())
        return true;
    m_state = std::make_unique<State>();
    State *state = m_state.get();
    state->thread =
        std::thread([state, dir = m_dataDir, interval = m_intervalMs, limit = m_walSizeLimit] {
            markBackgroundThread();
            // Its own connections, opened and closed on this thread (Qt SQL connections are per
            // thread): one that checkpoints, two that hold the anchor in turn.
            QString openError;
            auto db = Database::open(dir, QStringLiteral("checkpointer"), &openError);
            std::unique_ptr<Database> anchorA, anchorB;
            if (db)
                anchorA = Database::open(dir, QStringLiteral("checkpointer-anchor"), &openError);
            if (anchorA)
                anchorB = Database::open(dir, QStringLiteral("checkpointer-anchor"), &openError);
            {
                std::lock_guard lock(state->mutex);
                state->started = true;
                state->openFailed = !anchorB;
                state->error = openError;
            }
            state->wake.notify_all();
            if (!anchorB)
                return;
            WalUpkeep upkeep(std::move(db), std::move(anchorA), std::move(anchorB), limit);
            std::unique_lock lock(state->mutex);
            bool warned = false;
            while (!state->wake.wait_for(lock, std::chrono::milliseconds(interval),
                                         [state] { return state->stopping; })) {
                lock.unlock();
                QString e;
                if (!upkeep.pass(&e) && !warned) {
                    qCWarning(lcStorage).noquote() << "WAL checkpoint failed:" << e;
                    warned = true;
                }
                lock.lock();
            }
            lock.unlock();
            upkeep.finish(); // leave a short WAL behind
        });
    std::unique_lock lock(state->mutex);
    state->wake.wait(lock, [state] { return state->started; });
    if (state->openFailed) {
        if (error)
            *error = state->error;
        lock.unlock();
        state->thread.join();
        m_state.reset();
        return false;
    }
    return true;
}

void WalCheckpointer::stop()
{
    if (!m_state)
        return;
    {
        std::lock_guard lock(m_state->mutex);
        m_state->stopping = true;
    }
    m_state->wake.notify_all();
    if (m_state->thread.joinable())
        m_state->thread.join();
    m_state.reset();
}

bool WalCheckpointer::isRunning() const
{
    return m_state != nullptr;
}

} // namespace Hookyard::Storage
