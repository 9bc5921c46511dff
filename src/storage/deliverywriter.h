#pragma once

#include "core/delivery.h"
#include "core/stripeevent.h"

#include <QList>
#include <QString>

#include <memory>

namespace Hookyard::Storage {

class Database;

// The receiver's hot path: verified deliveries inserted through prepared statements of SQLite's
// C API on the receiver thread's own connection (QT64-NOTES.md: the commit is where the time
// goes), one transaction per group of deliveries (stage/commitStaged, driven by the receiver's
// CommitBatch) or per delivery (commitVerified). A delivery is acknowledged only once the
// transaction that holds it committed.
// Lives on the receiver thread; not thread-safe. Destroy it before its Database (if the Database
// goes first, the writer finalises its statements and only answers Failed afterwards).
// Serving set-up for a low p99: db.leaveWalUpkeepToCheckpointer() on the receiver's connection
// and a WalCheckpointer on the data dir, so no checkpoint (two fsyncs), WAL restart (an fsync) or
// WAL truncation runs inside a request.
class DeliveryWriter final
{
public:
    explicit DeliveryWriter(Database &db);
    ~DeliveryWriter();
    Q_DISABLE_COPY_MOVE(DeliveryWriter)

    struct Result
    {
        enum Status { Committed, Failed } status = Failed;
        bool duplicate = false; // the (connector, stripe id) was stored before: no runs queued
        qint64 eventRow = 0;
        qint64 deliveryRow = 0;
        QList<qint64> runIds; // runs queued for a new event
        QString error; // Failed: what went wrong (disk full ...), nothing half-written
    };

    // Inserts the delivery and, for a new (connector, event id), the event and one queued run per
    // planned agent, all in one transaction. A duplicate increments events.delivery_count and
    // records the delivery with outcome "duplicate". On any failure the transaction is rolled
    // back: nothing half-written. The same as stage() then commitStaged() with nothing staged.
    Result commitVerified(const Core::Delivery &delivery, const QList<Core::PlannedRun> &runs);

    // Group commit (the receiver's CommitBatch): stage() inserts like commitVerified() but into
    // the transaction it opens on the first call and keeps open; commitStaged() commits every
    // delivery staged since. A staged delivery is NOT stored until commitStaged() returned true,
    // so nothing may acknowledge it before. A Committed result of stage() means "staged": its
    // rows and duplicate flag hold once the batch commits. If stage() fails, the whole open
    // transaction is rolled back, the deliveries staged before it included (they are lost:
    // answer each of them as failed); stagedCount() is then 0.
    Result stage(const Core::Delivery &delivery, const QList<Core::PlannedRun> &runs);
    bool commitStaged(QString *error);
    int stagedCount() const { return m_staged; }

    // Rejected deliveries (of known connectors) carry no body; they are written in batches off
    // the acknowledgement path (the receiver flushes them on a short timer). Returns false on
    // failure (they are then dropped, counted, and logged once). Commit staged deliveries first:
    // while some are staged this refuses (returns false).
    bool recordRejected(const QList<Core::Delivery> &deliveries, QString *error);

private:
    struct Statements;
    Database &m_db;
    std::unique_ptr<Statements> m_stmts;
    int m_closeHook = 0;
    int m_staged = 0; // deliveries in the open transaction
};

} // namespace Hookyard::Storage
