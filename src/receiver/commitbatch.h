#pragma once

#include "core/delivery.h"
#include "storage/deliverywriter.h"

#include <QByteArray>
#include <QList>
#include <QObject>

#include <functional>
#include <vector>

namespace Hookyard::Receiver {

class HeldAnswerSocket;

// Group commit for the receiver. One commit per delivery was a third of the receiver thread's
// time (locks, WAL frames for the same index pages, page 1, the write call), and QHttpServer 6.4
// must be answered synchronously from inside its handler. So the answer is given at once but does
// not leave the process before its delivery is stored:
//  - the handler stages each verified delivery into one open transaction (DeliveryWriter::stage)
//    and answers it inside a Capture: HeldAnswerSocket keeps those bytes, and every later byte
//    written to the same connection (answers stay in order), instead of handing them to Qt;
//  - at the end of the event loop pass that staged the first delivery (a queued call, so every
//    connection that was readable in that pass joins the batch) the batch commits once and
//    releases the held bytes to the sockets;
//  - if the commit fails, every staged delivery's answer is replaced by failureAnswer (503) and
//    nothing of the batch is stored: no delivery is ever acknowledged before its commit, whatever
//    happens to the process. A stage() that fails settles the deliveries staged before it the
//    same way (SQLite rolled them back with it).
// Rejected deliveries, the other writes on the receiver's connection, go through recordRejected(),
// which commits the batch first.
// Lives on the receiver thread; not thread-safe.
class CommitBatch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommitBatch)
public:
    // stored: the delivery is committed (its staged result holds); otherwise error says why not.
    using Settled = std::function<void(bool stored, const QString &error)>;

    // writer: not null, outlives the batch. failureAnswer: the raw HTTP answer that replaces a
    // held answer whose batch failed.
    CommitBatch(Storage::DeliveryWriter *writer, QByteArray failureAnswer,
                QObject *parent = nullptr);
    ~CommitBatch() override; // commits and releases whatever is still staged

    // Stages a verified delivery (DeliveryWriter::stage). On a Committed ("staged") result,
    // settled runs once the batch is committed or failed; answer the delivery inside a Capture.
    // On a Failed result the delivery is not staged and settled is never called.
    Storage::DeliveryWriter::Result stage(const Core::Delivery &delivery,
                                          const QList<Core::PlannedRun> &runs, Settled settled);

    // While a Capture lives, bytes written to any HeldAnswerSocket are held as the answer of the
    // delivery staged last (RAII; the receiver thread answers one request at a time).
    class Capture
    {
    public:
        explicit Capture(CommitBatch &batch);
        ~Capture();
        Q_DISABLE_COPY_MOVE(Capture)

    private:
        CommitBatch &m_batch;
    };

    // Commits the staged deliveries now (nothing staged: true), then releases the held answers.
    // Call it only from the event loop (a timer, a queued call), never from inside QHttpServer's
    // request handling: releasing flushes sockets, which emits their bytesWritten() at once.
    bool commit();
    // DeliveryWriter::recordRejected, after committing what is staged (same rules as commit()).
    bool recordRejected(const QList<Core::Delivery> &deliveries, QString *error);
    int stagedCount() const { return int(m_settled.size()); }
    Storage::DeliveryWriter *writer() const { return m_writer; }
    qint64 batchesCommitted() const { return m_batches; } // commits that stored something

    // For HeldAnswerSocket.
    quint64 captureId() const { return m_captureId; } // 0: not capturing
    void hold(HeldAnswerSocket *socket);
    void forget(HeldAnswerSocket *socket);

private:
    void settle(bool stored, const QString &error, bool flush);

    Storage::DeliveryWriter *m_writer;
    QByteArray m_failureAnswer;
    std::vector<Settled> m_settled; // one per staged delivery, in order
    QList<HeldAnswerSocket *> m_held; // sockets holding bytes until the batch settles
    quint64 m_captureId = 0;
    quint64 m_lastCaptureId = 0;
    qint64 m_batches = 0;
    bool m_commitQueued = false;
};

} // namespace Hookyard::Receiver
