#include "gui/eventsearch.h"

#include "storage/database.h"

#include <QElapsedTimer>

#include <functional>
#include <sqlite3.h>

namespace Hookyard::Gui {

// Owns the search's connection, on the search thread.
class EventSearch::Worker final : public QObject
{
public:
    Worker(QString dataDir, EventSearch::Limits limits, const std::atomic<quint64> &latest)
        : m_dataDir(std::move(dataDir)), m_limits(limits), m_latest(latest)
    {
    }

    // progress gets the matches found so far, newest first, while the search goes on: the
    // first ones as soon as a slice has any, then at most every ProgressIntervalMs.
    EventSearchResult run(quint64 serial, Storage::EventFilter filter,
                          const std::function<void(const EventSearchResult &)> &progress)
    {
        EventSearchResult result;
        result.serial = serial;
        if (serial != m_latest)
            return result; // superseded before it began
        if (!m_db) {
            static std::atomic<int> connections { 0 };
            m_db = Storage::Database::open(
                m_dataDir, QStringLiteral("gui-search-%1").arg(++connections), &result.error);
            if (!m_db)
                return result;
            // A search reads every payload once, in order: a page cache does not help it, and
            // the default 16 MiB would stay allocated for as long as the window is open.
            sqlite3_exec(m_db->handle(), "PRAGMA cache_size=-1024", nullptr, nullptr, nullptr);
        }
        // SQLite asks every few thousand steps whether to go on: not once a newer search or a
        // cancel() came (the statement then fails as interrupted; its answer is dropped).
        m_serial = serial;
        sqlite3_progress_handler(m_db->handle(), ProgressSteps, &Worker::superseded, this);
        Storage::EventRepository events(*m_db);
        result.upTo = events.newestRow();
        const qint64 oldest = events.oldestRow();
        // Newest first, a slice of rows at a time, each slice its own read: a long search from a
        // cold disk then never holds one WAL snapshot for its whole length, which would keep
        // the checkpointer from starting the WAL over while deliveries keep coming.
        const int wanted = m_limits.maxMatches + 1; // one more tells that there are more
        const qint64 sliceRows = qMax<qint64>(1, m_limits.sliceRows);
        QList<Storage::EventRecord> found;
        QElapsedTimer sinceProgress;
        filter.restrictToRows = false;
        for (qint64 below = result.upTo + 1;
             below > oldest && found.size() < wanted && serial == m_latest; below -= sliceRows) {
            filter.beforeRow = below;
            filter.afterRow = qMax<qint64>(0, below - sliceRows - 1);
            filter.limit = wanted - int(found.size());
            const auto slice = events.list(filter, &result.error);
            if (!result.error.isEmpty()) {
                found.clear();
                break; // interrupted by a newer search, or unreadable: the answer is dropped
            }
            found.append(slice);
            if (!slice.isEmpty() && found.size() < wanted
                && (!sinceProgress.isValid() || sinceProgress.hasExpired(ProgressIntervalMs))) {
                sinceProgress.start();
                EventSearchResult partial = result;
                for (const auto &record : std::as_const(found))
                    partial.rows.append(record.row);
                progress(partial);
            }
        }
        sqlite3_progress_handler(m_db->handle(), 0, nullptr, nullptr);
        result.capped = found.size() > m_limits.maxMatches;
        for (qsizetype i = 0; i < qMin<qsizetype>(found.size(), m_limits.maxMatches); ++i)
            result.rows.append(found.at(i).row);
        return result;
    }

    void close() { m_db.reset(); }

private:
    static constexpr int ProgressSteps = 10000;
    static constexpr int ProgressIntervalMs = 500;

    static int superseded(void *self)
    {
        const auto *worker = static_cast<const Worker *>(self);
        return worker->m_serial != worker->m_latest ? 1 : 0;
    }

    QString m_dataDir;
    EventSearch::Limits m_limits;
    const std::atomic<quint64> &m_latest;
    quint64 m_serial = 0;
    std::unique_ptr<Storage::Database> m_db;
};

EventSearch::EventSearch(QString dataDir, Limits limits, QObject *parent)
    : QObject(parent), m_limits(limits), m_worker(new Worker(std::move(dataDir), limits, m_serial))
{
    qRegisterMetaType<EventSearchResult>();
    m_thread.setObjectName(QStringLiteral("hookyard-search"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, [worker = m_worker] {
        worker->close(); // on the thread that opened it
    });
    m_thread.start(QThread::LowPriority);
}

EventSearch::~EventSearch()
{
    cancel();
    m_thread.quit();
    m_thread.wait(); // a cancelled search stops at its next progress check
    delete m_worker;
}

quint64 EventSearch::start(const Storage::EventFilter &filter)
{
    const quint64 serial = ++m_serial; // a search running stops at its next progress check
    m_running = true;
    QMetaObject::invokeMethod(m_worker, [this, serial, filter] {
        const auto progress = [this](const EventSearchResult &partial) {
            QMetaObject::invokeMethod(
                this,
                [this, partial] {
                    if (partial.serial == m_serial) // not superseded meanwhile
                        Q_EMIT this->progress(partial);
                },
                Qt::QueuedConnection);
        };
        const EventSearchResult result = m_worker->run(serial, filter, progress);
        QMetaObject::invokeMethod(
            this,
            [this, result] {
                if (result.serial != m_serial)
                    return; // a newer search is on its way
                m_running = false;
                Q_EMIT finished(result);
            },
            Qt::QueuedConnection);
    });
    return serial;
}

void EventSearch::cancel()
{
    ++m_serial;
    m_running = false;
}

} // namespace Hookyard::Gui

// Compiled here, not in mocs_compilation.cpp, so that a test linking one class of this
// static library does not pull in every other (and the engine with them).
#include "moc_eventsearch.cpp"
