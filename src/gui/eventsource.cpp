#include "gui/eventsource.h"

#include "core/logging.h"

namespace Hookyard::Gui {

std::optional<Storage::RunRecord> runSummary(EventSource &source, qint64 id)
{
    Storage::RunFilter filter;
    filter.afterId = id - 1;
    filter.beforeId = id + 1;
    filter.limit = 1;
    const auto runs = source.runs(filter);
    if (runs.isEmpty() || runs.constFirst().id != id)
        return std::nullopt;
    return runs.constFirst();
}

std::optional<Storage::DeliveryRecord> deliveryRecord(EventSource &source, qint64 id)
{
    Storage::DeliveryFilter filter;
    filter.afterRow = id - 1;
    filter.beforeRow = id + 1;
    filter.limit = 1;
    const auto deliveries = source.deliveries(filter);
    if (deliveries.isEmpty() || deliveries.constFirst().row != id)
        return std::nullopt;
    return deliveries.constFirst();
}

DatabaseEventSource::DatabaseEventSource(Storage::Database &db) : m_events(db), m_runs(db) { }

DatabaseEventSource::~DatabaseEventSource() = default;

QList<Storage::EventRecord> DatabaseEventSource::events(const Storage::EventFilter &filter)
{
    QString error;
    auto page = m_events.list(filter, &error);
    if (!error.isEmpty())
        qCWarning(lcGui) << "reading events failed:" << error;
    return page;
}

QList<Storage::DeliveryRecord>
DatabaseEventSource::deliveries(const Storage::DeliveryFilter &filter)
{
    QString error;
    auto page = m_events.deliveries(filter, &error);
    if (!error.isEmpty())
        qCWarning(lcGui) << "reading deliveries failed:" << error;
    return page;
}

std::optional<Storage::EventRecord> DatabaseEventSource::event(qint64 row)
{
    return m_events.byRow(row);
}

QList<Storage::RunRecord> DatabaseEventSource::runs(const Storage::RunFilter &filter)
{
    QString error;
    auto page = m_runs.list(filter, &error);
    if (!error.isEmpty())
        qCWarning(lcGui) << "reading runs failed:" << error;
    return page;
}

std::optional<Storage::RunRecord> DatabaseEventSource::run(qint64 id)
{
    return m_runs.byId(id);
}

} // namespace Hookyard::Gui
