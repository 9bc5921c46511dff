#include "receiver/webhookreceiver.h"

#include "core/logging.h"
#include "receiver/receiverworker.h"
#include "receiver/rejectioncounters.h"

#include <QLoggingCategory>
#include <QThread>

#include <mutex>

namespace Hookyard::Receiver {

namespace {
QLoggingCategory::CategoryFilter g_previousFilter = nullptr;

// QHttpServer 6.4 logs every request with all its headers at debug level ("qt.httpserver":
// qCDebug(lcHttpServer) << "Request:" << *request), which would print the full Stripe-Signature
// header whenever someone turns on debug logging. Those categories never log debug here.
void hideQtRequestDumps(QLoggingCategory *category)
{
    if (g_previousFilter)
        g_previousFilter(category);
    if (qstrncmp(category->categoryName(), "qt.httpserver", 13) == 0)
        category->setEnabled(QtDebugMsg, false);
}
} // namespace

WebhookReceiver::WebhookReceiver(QString dataDir,
                                 std::shared_ptr<Core::ConnectorDirectory> directory,
                                 Core::AgentMatcher matcher, const Core::Clock &clock,
                                 QObject *parent)
    : QObject(parent), m_dataDir(std::move(dataDir)), m_directory(std::move(directory)),
      m_matcher(std::move(matcher)), m_clock(clock),
      m_counters(std::make_shared<RejectionCounters>())
{
    static std::once_flag filterInstalled;
    std::call_once(filterInstalled,
                   [] { g_previousFilter = QLoggingCategory::installFilter(&hideQtRequestDumps); });
    qRegisterMetaType<Hookyard::Receiver::DeliveryNotice>();
    qRegisterMetaType<QList<Hookyard::Receiver::DeliveryNotice>>();
    qRegisterMetaType<QHash<QString, qint64>>();
}

WebhookReceiver::~WebhookReceiver()
{
    stop();
}

void WebhookReceiver::start(const ReceiverConfig &config)
{
    stop();
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("hookyard-receiver"));
    m_worker = new ReceiverWorker(m_dataDir, m_directory, m_matcher, m_clock, m_counters, &m_port);
    m_worker->moveToThread(m_thread);
    // The worker's signals come from the receiver thread; re-emitted here, queued, on ours.
    connect(m_worker, &ReceiverWorker::listening, this, &WebhookReceiver::listening);
    connect(m_worker, &ReceiverWorker::failed, this, &WebhookReceiver::failed);
    connect(m_worker, &ReceiverWorker::deliveries, this, &WebhookReceiver::deliveries);
    connect(m_worker, &ReceiverWorker::throttledRequests, this,
            &WebhookReceiver::throttledRequests);
    connect(m_worker, &ReceiverWorker::storageFailure, this, &WebhookReceiver::storageFailure);
    m_thread->start();
    ReceiverWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, config] { worker->start(config); }, Qt::QueuedConnection);
}

void WebhookReceiver::stop()
{
    if (!m_thread)
        return;
    // shutdown() closes the connections and the database on the receiver thread, where they
    // live; it flushes queued rejected deliveries and the last notices first.
    ReceiverWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker] { worker->shutdown(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    // The thread has ended and the worker owns nothing any more: safe to delete from here.
    delete m_worker;
    m_worker = nullptr;
    delete m_thread;
    m_thread = nullptr;
    m_port = 0;
}

void WebhookReceiver::reconfigure(const ReceiverConfig &config)
{
    if (!m_worker)
        return;
    ReceiverWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, config] { worker->reconfigure(config); }, Qt::QueuedConnection);
}

quint16 WebhookReceiver::port() const
{
    return m_port.load();
}

bool WebhookReceiver::isListening() const
{
    return m_port.load() != 0;
}

QHash<QString, QHash<QString, qint64>> WebhookReceiver::rejectionCounts() const
{
    return m_counters->snapshot();
}

} // namespace Hookyard::Receiver
