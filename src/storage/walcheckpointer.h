#pragma once

#include <QString>

#include <memory>

namespace Hookyard::Storage {

// Checkpoints a data dir's WAL from a thread of its own, so that the receiver's connection can
// run with Database::setAutoCheckpoint(0) and never does a checkpoint (two fsyncs, milliseconds
// on a loaded disk) inside a request: with checkpoints inline, p99 of a commit is the fsync
// time; with this, it is the commit itself (bench_deliverywriter shows both).
// PASSIVE checkpoints never wait for the writer or readers. Owned by the thread that starts it.
class WalCheckpointer final
{
public:
    explicit WalCheckpointer(QString dataDir, int intervalMs = 250);
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
    std::unique_ptr<State> m_state;
};

} // namespace Hookyard::Storage
