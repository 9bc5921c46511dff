#include "engine/retentionjob.h"

#include "core/logging.h"
#include "storage/database.h"
#include "storage/eventpruner.h"

namespace Hookyard::Engine {

RetentionJob::RetentionJob(QString dataDir, const Core::Clock &clock, QObject *parent)
    : QObject(parent), m_dataDir(std::move(dataDir)), m_clock(clock)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        runNow(m_clock.nowMs());
        m_timer.start(m_intervalMs);
    });
}

RetentionJob::~RetentionJob()
{
    stop();
    join();
}

void RetentionJob::setLimits(int days, qint64 events)
{
    m_days = qMax(0, days);
    m_events = qMax<qint64>(0, events);
}

void RetentionJob::start(int firstDelayMs, int intervalMs)
{
    m_intervalMs = qMax(1000, intervalMs);
    m_timer.start(qMax(0, firstDelayMs));
}

void RetentionJob::stop()
{
    m_timer.stop();
}

void RetentionJob::join()
{
    if (m_thread.joinable())
        m_thread.join();
}

bool RetentionJob::runNow(qint64 nowMs)
{
    if (m_running.load())
        return false;
    join(); // the previous pass has ended; reclaim its thread
    const qint64 cutoffMs = m_days > 0 ? nowMs - qint64(m_days) * 24 * 3600 * 1000 : 0;
    const qint64 keep = m_events;
    if (cutoffMs <= 0 && keep <= 0) {
        Q_EMIT finished(0, {});
        return true;
    }
    m_running.store(true);
    const QString connection = QStringLiteral("retention-%1").arg(++m_passes);
    m_thread = std::thread([this, dir = m_dataDir, connection, cutoffMs, keep] {
        QString error;
        qint64 removed = 0;
        if (auto db = Storage::Database::open(dir, connection, &error)) {
            removed = Storage::EventPruner(*db).prune(cutoffMs, keep, &error);
        }
        // prune() logs what it removed (hookyard.storage); only a failure is said here.
        if (!error.isEmpty())
            qCWarning(lcEngine).noquote() << "retention:" << error;
        m_running.store(false);
        // Queued to the job's thread; dropped if the job is gone (the destructor joins first).
        QMetaObject::invokeMethod(
            this, [this, removed, error] { Q_EMIT finished(removed, error); },
            Qt::QueuedConnection);
    });
    return true;
}

} // namespace Hookyard::Engine
