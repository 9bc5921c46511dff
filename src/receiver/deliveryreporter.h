#pragma once

#include "core/delivery.h"
#include "receiver/webhookreceiver.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QTimer>

#include <memory>

namespace Hookyard::Receiver {

class CommitBatch;
class RejectionCounters;

// What the handler reports, off the acknowledgement path:
//  - DeliveryNotice batches for the live views, emitted at most every 50 ms (1,000 deliveries a
//    second must not flood the receiving event loop);
//  - rejected deliveries of known connectors, written with CommitBatch::recordRejected() in
//    batches on a short timer (they carry no body; a flood of forged requests costs one
//    transaction per batch, not one per request);
//  - the per-connector, per-reason rejection counters;
//  - requests refused by the per-address reject bucket, which are neither written nor shown one
//    by one (that is the bucket's point): one log line per address every ThrottledSummaryMs
//    while it lasts, with the count, and the counts per address for the window with the notices.
// Lives on the receiver thread and writes through that thread's CommitBatch.
class DeliveryReporter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeliveryReporter)
public:
    static constexpr int NoticeIntervalMs = 50;
    static constexpr int RejectedFlushMs = 250;
    static constexpr int MaxQueuedRejected = 10'000; // beyond: dropped (and counted) until a flush
    static constexpr int ThrottledSummaryMs = 10'000;

    // batch: where rejected deliveries are written (CommitBatch::recordRejected); may be null.
    DeliveryReporter(CommitBatch *batch, std::shared_ptr<RejectionCounters> counters,
                     QObject *parent = nullptr);
    ~DeliveryReporter() override;

    void notice(DeliveryNotice notice);
    void rejected(const Core::Delivery &delivery);
    void count(const QString &connectorId, const QString &code);
    // A request from `address` (GuardedTcpServer::addressKey) refused by the reject bucket.
    void throttled(const QString &address);
    // Storing deliveries started failing, with the reason (SqliteError: what to do), or works
    // again: emits storageFailure() at once. Call once per change.
    void storageFailed(const QString &reason) { Q_EMIT storageFailure(reason); }
    void storageWorksAgain() { Q_EMIT storageFailure(QString()); }
    // Writes and emits whatever is queued (on stop).
    void flush();
    qint64 droppedRejected() const { return m_dropped; }

Q_SIGNALS:
    void deliveries(const QList<Hookyard::Receiver::DeliveryNotice> &batch);
    // Requests refused by the reject bucket since the last emission, per address; at most
    // every NoticeIntervalMs.
    void throttledRequests(const QHash<QString, qint64> &byAddress);
    // storageFailed() (the reason) or storageWorksAgain() (empty).
    void storageFailure(const QString &reason);

private:
    void emitNotices();
    void writeRejected();
    void logThrottled();

    CommitBatch *m_batch;
    std::shared_ptr<RejectionCounters> m_counters;
    QList<DeliveryNotice> m_notices;
    QList<Core::Delivery> m_rejected;
    QTimer m_noticeTimer;
    QTimer m_rejectedTimer;
    QTimer m_throttledTimer;
    QHash<QString, qint64> m_throttled; // address -> refused since the last summary
    QHash<QString, qint64> m_throttledNotices; // address -> refused since the last emission
    qint64 m_dropped = 0;
    bool m_loggedWriteFailure = false;
};

} // namespace Hookyard::Receiver
