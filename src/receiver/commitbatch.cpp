#include "receiver/commitbatch.h"

#include "core/logging.h"
#include "receiver/heldanswersocket.h"

#include <QPointer>

namespace Hookyard::Receiver {

CommitBatch::CommitBatch(Storage::DeliveryWriter *writer, QByteArray failureAnswer, QObject *parent)
    : QObject(parent), m_writer(writer), m_failureAnswer(std::move(failureAnswer))
{
}

CommitBatch::~CommitBatch()
{
    commit();
    // Sockets that outlive the batch write straight through from now on (their QPointer is null).
}

CommitBatch::Capture::Capture(CommitBatch &batch) : m_batch(batch)
{
    Q_ASSERT(m_batch.m_captureId == 0);
    m_batch.m_captureId = ++m_batch.m_lastCaptureId;
}

CommitBatch::Capture::~Capture()
{
    m_batch.m_captureId = 0;
}

Storage::DeliveryWriter::Result CommitBatch::stage(const Core::Delivery &delivery,
                                                   const QList<Core::PlannedRun> &runs,
                                                   Settled settled)
{
    const bool wasEmpty = m_settled.empty();
    Storage::DeliveryWriter::Result result = m_writer->stage(delivery, runs);
    if (result.status != Storage::DeliveryWriter::Result::Committed) {
        // SQLite rolled the open transaction back: whatever was staged before is gone too. Their
        // answers become failures; no flush from here (we are inside QHttpServer's handler).
        if (!wasEmpty)
            settle(false, result.error, false);
        return result;
    }
    m_settled.push_back(std::move(settled));
    if (!m_commitQueued) {
        m_commitQueued = true;
        // Posted: runs at the start of the next event loop pass, after every connection that was
        // readable in this one has been answered (and staged).
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_commitQueued = false;
                commit();
            },
            Qt::QueuedConnection);
    }
    return result;
}

bool CommitBatch::commit()
{
    if (m_settled.empty() && m_held.isEmpty())
        return true;
    QString error;
    const bool stored = m_settled.empty() || m_writer->commitStaged(&error);
    if (stored && !m_settled.empty())
        ++m_batches;
    settle(stored, error, true);
    return stored;
}

bool CommitBatch::recordRejected(const QList<Core::Delivery> &deliveries, QString *error)
{
    commit(); // the connection's open transaction first
    return m_writer->recordRejected(deliveries, error);
}

void CommitBatch::hold(HeldAnswerSocket *socket)
{
    m_held.append(socket);
}

void CommitBatch::forget(HeldAnswerSocket *socket)
{
    m_held.removeOne(socket);
}

void CommitBatch::settle(bool stored, const QString &error, bool flush)
{
    std::vector<Settled> settled;
    settled.swap(m_settled);
    // The answers first (the client waits for them), then the notices, runs and logs. Releasing
    // may flush, and a flush emits bytesWritten(), whose slots may close (never delete: deletion
    // is deferred) other connections: walk a copy of guarded pointers.
    QList<QPointer<HeldAnswerSocket>> held;
    held.reserve(m_held.size());
    for (HeldAnswerSocket *socket : std::as_const(m_held))
        held.append(socket);
    m_held.clear();
    for (const QPointer<HeldAnswerSocket> &socket : std::as_const(held)) {
        if (socket)
            socket->release(stored, m_failureAnswer, flush);
    }
    for (Settled &s : settled)
        s(stored, error);
}

} // namespace Hookyard::Receiver
