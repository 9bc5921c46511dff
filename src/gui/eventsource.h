#pragma once

#include "storage/eventrepository.h"
#include "storage/runrepository.h"

#include <memory>
#include <optional>

namespace Hookyard::Storage {
class Database;
}

namespace Hookyard::Gui {

// Where the events and runs models read their pages from. The application reads the database
// through the repositories on the GUI thread's own connection (one page of at most 200 rows per
// call, on an index: cheap enough for the GUI thread); tests give a fake with any history size.
class EventSource
{
public:
    virtual ~EventSource() = default;
    virtual QList<Storage::EventRecord> events(const Storage::EventFilter &filter) = 0;
    virtual QList<Storage::DeliveryRecord> deliveries(const Storage::DeliveryFilter &filter) = 0;
    // One event without its body is enough, but the repository's byRow is what exists.
    virtual std::optional<Storage::EventRecord> event(qint64 row) = 0;

    virtual QList<Storage::RunRecord> runs(const Storage::RunFilter &filter) = 0;
    virtual std::optional<Storage::RunRecord> run(qint64 id) = 0;
};

// One run as the run lists read it, without its output and log (up to twice the output cap):
// enough for its row, its state and its event. Showing its output takes EventSource::run().
std::optional<Storage::RunRecord> runSummary(EventSource &source, qint64 id);
// One delivery (deliveries.id), as the lists read them.
std::optional<Storage::DeliveryRecord> deliveryRecord(EventSource &source, qint64 id);

// The database behind the repositories; `db` must outlive this and belong to this thread.
class DatabaseEventSource final : public EventSource
{
public:
    explicit DatabaseEventSource(Storage::Database &db);
    ~DatabaseEventSource() override;
    Q_DISABLE_COPY_MOVE(DatabaseEventSource)

    QList<Storage::EventRecord> events(const Storage::EventFilter &filter) override;
    QList<Storage::DeliveryRecord> deliveries(const Storage::DeliveryFilter &filter) override;
    std::optional<Storage::EventRecord> event(qint64 row) override;
    QList<Storage::RunRecord> runs(const Storage::RunFilter &filter) override;
    std::optional<Storage::RunRecord> run(qint64 id) override;

private:
    Storage::EventRepository m_events;
    Storage::RunRepository m_runs;
};

} // namespace Hookyard::Gui
