#pragma once

#include "core/clock.h"

#include <QObject>
#include <QTimer>

#include <atomic>
#include <memory>
#include <thread>

namespace Hookyard::Engine {

// Applies the retention settings (storage.retention_days, storage.retention_events): removes
// old events with their deliveries and runs (EventRepository::prune, in short batches so the
// receiver's commits never wait long). Only the process that serves the data dir runs it: soon
// after start, then every interval.
//
// Threads: the object lives on the engine's (main) thread; each pass runs on a std::thread of
// its own with its own database connection (Qt SQL connections are per thread), so the window
// never waits for a delete. One pass at a time; the destructor waits for a running pass.
class RetentionJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RetentionJob)

public:
    // clock: what "N days ago" counts back from on timed passes (the engine's clock seam).
    RetentionJob(QString dataDir, const Core::Clock &clock, QObject *parent = nullptr);
    ~RetentionJob() override;

    // days: keep events received in the last N days (0 = forever); events: keep at most the
    // newest N (0 = no cap). Applied from the next pass on.
    void setLimits(int days, qint64 events);
    // First pass after firstDelayMs, then one every intervalMs.
    void start(int firstDelayMs = 10'000, int intervalMs = 3'600'000);
    void stop();
    // Starts a pass now unless one is running (returns false then). nowMs: the current time
    // the day limit counts back from.
    bool runNow(qint64 nowMs);
    bool isRunning() const { return m_running.load(); }

Q_SIGNALS:
    // After every pass: rows removed, and a sentence for the person when it failed.
    void finished(qint64 removed, const QString &error);

private:
    void join();

    QString m_dataDir;
    const Core::Clock &m_clock;
    int m_days = 0;
    qint64 m_events = 0;
    QTimer m_timer;
    int m_intervalMs = 3'600'000;
    std::thread m_thread;
    std::atomic<bool> m_running { false };
    int m_passes = 0;
};

} // namespace Hookyard::Engine
