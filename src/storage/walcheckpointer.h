#pragma once

#include "storage/database.h"

#include <QString>

#include <memory>

namespace Hookyard::Storage {

// Checkpoints a data dir's WAL from a thread of its own, so that the receiver's connection can
// run with Database::leaveWalUpkeepToCheckpointer() and never does a checkpoint (two fsyncs,
// milliseconds on a loaded disk) inside a request: with checkpoints inline, p99 of a commit is the
// fsync time; with this, it is the commit itself (bench_deliverywriter shows both). PASSIVE
// checkpoints never wait for the writer or readers. Owned by the thread that starts it.
//
// It also keeps the two other costly steps of a WAL's life out of the writer's commits:
// - Starting the WAL over. The first commit after a complete checkpoint does that, and SQLite
//   fsyncs the new WAL header inside that commit (up to 250 ms under load on our test VM).
//   This thread holds a read transaction open at all times (a WalAnchor, on the newest
//   snapshot), which keeps any other writer from starting the WAL over; when a pass has copied
//   every frame, it starts the WAL over itself, with a commit that changes nothing.
// - Truncating the file. The receiver's connection never truncates it
//   (leaveWalUpkeepToCheckpointer); this thread truncates the WAL to zero bytes once it is
//   over walSizeLimit and every frame is copied, or the writer added less than 2 MiB since the
//   previous pass. During a flood the WAL grows (a checkpoint never catches up while commits
//   keep coming); it is cut back in the first pause.
// - Holding a growing WAL in memory. During a flood, the frames a pass has copied into the
//   database are dropped from the page cache beyond walSizeLimit (WalCacheRelease says why).
// - Allocating a growing WAL's blocks. During a flood, the file's blocks are allocated ahead of
//   the writer, so that its appends never wait for the file system (WalSpaceReserve says why).
class WalCheckpointer final
{
public:
    explicit WalCheckpointer(QString dataDir, int intervalMs = 250,
                             qint64 walSizeLimit = Database::DefaultWalSizeLimit);
    ~WalCheckpointer(); // stops and joins the thread
    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

    // Opens its own connection on the new thread; false with *error set if that failed.
    bool start(QString *error);
    void stop();
    bool isRunning() const;

private:
    struct State;
    QString m_dataDir;
    int m_intervalMs;
    qint64 m_walSizeLimit;
    std::unique_ptr<State> m_state;
};

} // namespace Hookyard::Storage
