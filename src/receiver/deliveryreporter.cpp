#include "receiver/deliveryreporter.h"

#include "core/logging.h"
#include "receiver/commitbatch.h"
#include "receiver/rejectioncounters.h"

namespace Hookyard::Receiver {

DeliveryReporter::DeliveryReporter(CommitBatch *batch, std::shared_ptr<RejectionCounters> counters,
                                   QObject *parent)
    : QObject(parent), m_batch(batch), m_counters(std::move(counters))
{
    m_noticeTimer.setSingleShot(true);
    m_noticeTimer.setInterval(NoticeIntervalMs);
    connect(&m_noticeTimer, &QTimer::timeout, this, &DeliveryReporter::emitNotices);
    m_rejectedTimer.setSingleShot(true);
    m_rejectedTimer.setInterval(RejectedFlushMs);
    connect(&m_rejectedTimer, &QTimer::timeout, this, &DeliveryReporter::writeRejected);
    m_throttledTimer.setSingleShot(true);
    m_throttledTimer.setInterval(ThrottledSummaryMs);
    connect(&m_throttledTimer, &QTimer::timeout, this, &DeliveryReporter::logThrottled);
}

DeliveryReporter::~DeliveryReporter() = default;

void DeliveryReporter::notice(DeliveryNotice notice)
{
    m_notices.append(std::move(notice));
    if (!m_noticeTimer.isActive())
        m_noticeTimer.start();
}

void DeliveryReporter::rejected(const Core::Delivery &delivery)
{
    if (m_rejected.size() >= MaxQueuedRejected) {
        ++m_dropped;
        return;
    }
    m_rejected.append(delivery);
    if (!m_rejectedTimer.isActive())
        m_rejectedTimer.start();
}

void DeliveryReporter::count(const QString &connectorId, const QString &code)
{
    m_counters->add(connectorId, code);
}

void DeliveryReporter::throttled(const QString &address)
{
    const bool first = m_throttled.isEmpty();
    ++m_throttled[address];
    ++m_throttledNotices[address];
    if (!m_noticeTimer.isActive())
        m_noticeTimer.start();
    if (first && !m_throttledTimer.isActive()) {
        // The first one at once (someone is guessing URLs or forging signatures now), then a
        // summary per interval for as long as it goes on.
        logThrottled();
        m_throttledTimer.start();
    }
}

void DeliveryReporter::logThrottled()
{
    for (auto it = m_throttled.cbegin(); it != m_throttled.cend(); ++it) {
        qCWarning(lcReceiver).noquote()
            << "refused" << it.value() << (it.value() == 1 ? "request" : "requests") << "from"
            << it.key()
            << "with 429: too many rejected requests from this address (receiver.reject_rate, "
               "receiver.reject_burst); counted, not recorded one by one";
    }
    const bool any = !m_throttled.isEmpty();
    m_throttled.clear();
    if (any)
        m_throttledTimer.start(); // another summary only if more come meanwhile
}

void DeliveryReporter::flush()
{
    m_noticeTimer.stop();
    m_rejectedTimer.stop();
    logThrottled();
    m_throttledTimer.stop(); // logThrottled() restarts it when it logged something
    writeRejected();
    emitNotices();
}

void DeliveryReporter::emitNotices()
{
    if (!m_throttledNotices.isEmpty()) {
        QHash<QString, qint64> byAddress;
        byAddress.swap(m_throttledNotices);
        Q_EMIT throttledRequests(byAddress);
    }
    if (m_notices.isEmpty())
        return;
    QList<DeliveryNotice> batch;
    batch.swap(m_notices);
    Q_EMIT deliveries(batch);
}

void DeliveryReporter::writeRejected()
{
    if (m_rejected.isEmpty() || !m_batch)
        return;
    QList<Core::Delivery> batch;
    batch.swap(m_rejected);
    QString error;
    if (m_batch->recordRejected(batch, &error)) { // a timer: called from the event loop
        m_loggedWriteFailure = false;
        return;
    }
    m_dropped += batch.size();
    if (!m_loggedWriteFailure) { // once per run of failures, not once per batch
        m_loggedWriteFailure = true;
        qCWarning(lcReceiver).noquote()
            << "could not record" << batch.size() << "rejected deliveries:" << error;
    }
}

} // namespace Hookyard::Receiver
