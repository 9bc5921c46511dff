#pragma once

#include "gui/eventsource.h"

#include <QDateTime>

#include <algorithm>
#include <array>

// An EventSource with a history of any size, computed from the row number so that a million rows
// cost no memory, plus a list of extra rows that tests append to simulate live deliveries.
// Applies the same filters as the repository: newest first, beforeRow/afterRow, limit.
class FakeEventSource final : public Hookyard::Gui::EventSource
{
public:
    explicit FakeEventSource(qint64 historySize = 0) : m_newest(historySize) { }

    int listCalls = 0;
    QString lastDeliveryOutcome; // of the last deliveries() call
    qint64 largestLimitSeen = 0;

    // Appends n events (rows newest+1 .. newest+n).
    void addEvents(qint64 n) { m_newest += n; }
    void addRejected(qint64 n) { m_rejected += n; }
    qint64 newest() const { return m_newest; }

    static Hookyard::Storage::EventRecord make(qint64 row)
    {
        Hookyard::Storage::EventRecord r;
        r.row = row;
        r.connectorId = row % 2 ? QStringLiteral("c1") : QStringLiteral("c2");
        r.connectorName = row % 2 ? QStringLiteral("billing") : QStringLiteral("shop");
        r.connectorRemoved = row % 2 == 0; // "shop" was removed; its events stay
        r.stripeId = QStringLiteral("evt_%1").arg(row, 8, 10, QLatin1Char('0'));
        r.type = row % 3 ? QStringLiteral("invoice.paid")
                         : QStringLiteral("payment_intent.payment_failed");
        r.object = QStringLiteral("event");
        r.receivedAtMs = 1'700'000'000'000 + row * 1000;
        r.deliveryCount = row % 10 == 0 ? 2 : 1;
        return r;
    }

    QList<Hookyard::Storage::EventRecord> events(const Hookyard::Storage::EventFilter &f) override
    {
        ++listCalls;
        largestLimitSeen = std::max<qint64>(largestLimitSeen, f.limit);
        QList<Hookyard::Storage::EventRecord> out;
        qint64 row = f.beforeRow > 0 ? std::min(f.beforeRow - 1, m_newest) : m_newest;
        for (; row > f.afterRow && row > 0 && out.size() < f.limit; --row) {
            auto r = make(row);
            if (!f.connectorIds.isEmpty() && !f.connectorIds.contains(r.connectorId))
                continue;
            if (!f.type.isEmpty() && r.type != f.type)
                continue;
            if (!f.text.isEmpty() && !r.stripeId.contains(f.text))
                continue;
            if (f.restrictToRows && !f.rows.contains(row) && row <= f.rowsUpTo)
                continue;
            out.append(r);
        }
        return out;
    }

    QList<Hookyard::Storage::DeliveryRecord>
    deliveries(const Hookyard::Storage::DeliveryFilter &f) override
    {
        ++listCalls;
        QList<Hookyard::Storage::DeliveryRecord> out;
        lastDeliveryOutcome = f.outcome;
        if (!f.outcome.isEmpty() && f.outcome != QLatin1String("rejected"))
            return out; // only rejected deliveries here
        qint64 row = f.beforeRow > 0 ? std::min(f.beforeRow - 1, m_rejected) : m_rejected;
        for (; row > f.afterRow && row > 0 && out.size() < f.limit; --row) {
            Hookyard::Storage::DeliveryRecord d;
            d.row = row;
            d.connectorId = QStringLiteral("c1");
            d.connectorName = QStringLiteral("billing");
            d.receivedAtMs = 1'700'000'000'000 + row;
            d.httpStatus = 400;
            d.outcome = QStringLiteral("rejected");
            d.reason = QStringLiteral("signature_mismatch");
            d.message = QStringLiteral("no v1 signature matches the saved secret");
            out.append(d);
        }
        return out;
    }

    std::optional<Hookyard::Storage::EventRecord> event(qint64 row) override
    {
        if (row < 1 || row > m_newest)
            return std::nullopt;
        auto r = make(row);
        r.deliveryCount += m_extraDeliveries.value(row);
        if (const auto runs = m_runCounts.constFind(row); runs != m_runCounts.cend()) {
            r.runCount = runs->at(0);
            r.failedRunCount = runs->at(1);
            r.activeRunCount = runs->at(2);
        }
        r.body = "{}";
        return r;
    }

    QHash<qint64, int> m_extraDeliveries;
    // Agent runs of an event as event() reads them: { all, failed or timed out, queued or running
    // }.
    QHash<qint64, std::array<int, 3>> m_runCounts;

    // Runs: ids 1..runCount, agent "a<id%2>", all on event 1; states in m_runStates.
    qint64 runCount = 0;
    QHash<qint64, QString> runStates;

    Hookyard::Storage::RunRecord makeRun(qint64 id) const
    {
        Hookyard::Storage::RunRecord r;
        r.id = id;
        r.eventRow = id % 5 + 1;
        r.eventStripeId = QStringLiteral("evt_%1").arg(r.eventRow);
        r.eventType = QStringLiteral("invoice.paid");
        r.agent = id % 2 ? QStringLiteral("dunning") : QStringLiteral("fraud");
        r.state = runStates.value(id, QStringLiteral("succeeded"));
        r.queuedAtMs = 1'700'000'000'000 + id;
        r.startedAtMs = r.queuedAtMs + 10;
        r.finishedAtMs = r.queuedAtMs + 1510;
        r.exitCode = 0;
        return r;
    }

    QList<Hookyard::Storage::RunRecord> runs(const Hookyard::Storage::RunFilter &f) override
    {
        QList<Hookyard::Storage::RunRecord> out;
        qint64 id = f.beforeId > 0 ? std::min(f.beforeId - 1, runCount) : runCount;
        for (; id > f.afterId && id > 0 && out.size() < f.limit; --id) {
            auto r = makeRun(id);
            if (!f.agent.isEmpty() && r.agent != f.agent)
                continue;
            if (f.eventRow && r.eventRow != f.eventRow)
                continue;
            if (!f.state.isEmpty() && r.state != f.state)
                continue;
            out.append(r);
        }
        return out;
    }

    int runReads = 0; // run() calls: one run with its output

    std::optional<Hookyard::Storage::RunRecord> run(qint64 id) override
    {
        ++runReads;
        if (id < 1 || id > runCount)
            return std::nullopt;
        auto r = makeRun(id);
        r.output = "hello";
        return r;
    }

private:
    qint64 m_newest = 0;
    qint64 m_rejected = 0;
};
