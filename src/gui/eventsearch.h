#pragma once

#include "storage/eventrepository.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QThread>

#include <atomic>

namespace Hookyard::Gui {

// What a search found: the rows (newest first) matching its filter among the rows up to upTo.
struct EventSearchResult
{
    quint64 serial = 0; // of the start() it answers
    QList<qint64> rows;
    qint64 upTo = 0;
    bool capped = false; // more matched than Limits::maxMatches: only the newest are in rows
    QString error;
};

// Runs a free-text event search (EventFilter::text) on a thread and a database connection of its
// own. Such a search reads every stored payload: with a history of 300,000 events (1.4 GB), 3 s
// from the page cache and a minute from disk on the machine measured, which the GUI thread
// cannot spend. The Events page shows the result
// through EventFilter::rows; events arriving meanwhile are matched on the GUI thread, cheaply,
// as rows newer than upTo. A newer start() or cancel() stops the search running (SQLite's
// progress handler) and only the newest start() is answered. The search reads a slice of rows
// at a time, newest first, each slice its own read transaction, so that a long search does not
// pin one WAL snapshot (the checkpointer could not start the WAL over meanwhile), and it stops
// once it has found enough. The matches found so far come as progress() meanwhile: from a cold
// disk the newest are on screen in a second, while the older slices are still being read.
class EventSearch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventSearch)
public:
    // How much a search answers, and how many rows each of its reads covers (tests make both
    // small to see the slicing at work).
    struct Limits
    {
        int maxMatches = 1000;
        // About 20 MB of payloads at 4 KB each: a fraction of a second from disk.
        qint64 sliceRows = 5000;
    };

    explicit EventSearch(QString dataDir, QObject *parent = nullptr)
        : EventSearch(std::move(dataDir), Limits(), parent)
    {
    }
    EventSearch(QString dataDir, Limits limits, QObject *parent = nullptr);
    int maxMatches() const { return m_limits.maxMatches; }
    ~EventSearch() override;

    // Searches filter (paging fields ignored); returns the serial finished() will carry.
    quint64 start(const Storage::EventFilter &filter);
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    // The newest matches found so far, while the search goes on (the newest start() only).
    void progress(const Hookyard::Gui::EventSearchResult &result);
    void finished(const Hookyard::Gui::EventSearchResult &result);

private:
    class Worker;
    Limits m_limits;
    std::atomic<quint64> m_serial { 0 }; // the newest start() or cancel(); the worker reads it
    QThread m_thread;
    Worker *m_worker; // lives on m_thread
    bool m_running = false;
};

} // namespace Hookyard::Gui

Q_DECLARE_METATYPE(Hookyard::Gui::EventSearchResult)
