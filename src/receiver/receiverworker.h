#pragma once

#include "core/clock.h"
#include "core/connectordirectory.h"
#include "core/delivery.h"
#include "receiver/webhookreceiver.h"

#include <QHostAddress>
#include <QObject>

#include <atomic>
#include <memory>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;

namespace Hookyard::Storage {
class Database;
class DeliveryWriter;
class WalCheckpointer;
} // namespace Hookyard::Storage

namespace Hookyard::Receiver {

class CommitBatch;
class DeliveryReporter;
class GuardedTcpServer;
class RejectionCounters;
class WebhookHandler;

// Everything of the receiver that lives on its thread: the database connection (opened there:
// Qt SQL connections are per thread), the DeliveryWriter, the QHttpServer and its
// GuardedTcpServer (created and listening there, QT64-NOTES.md), the handler and the reporter.
// Created on the caller's thread, then moved to the receiver thread; start(), reconfigure() and
// shutdown() run on the receiver thread (WebhookReceiver invokes them queued). shutdown() must
// run before the thread ends: it closes every connection and the database on their own thread.
class ReceiverWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReceiverWorker)
public:
    ReceiverWorker(QString dataDir, std::shared_ptr<Core::ConnectorDirectory> directory,
                   Core::AgentMatcher matcher, const Core::Clock &clock,
                   std::shared_ptr<RejectionCounters> counters, std::atomic<quint16> *port);
    ~ReceiverWorker() override;

    void start(const ReceiverConfig &config);
    void reconfigure(const ReceiverConfig &config);
    void shutdown();

Q_SIGNALS:
    void listening(const QHostAddress &address, quint16 port);
    void failed(const QString &error);
    void deliveries(const QList<Hookyard::Receiver::DeliveryNotice> &batch);
    void throttledRequests(const QHash<QString, qint64> &byAddress);
    void storageFailure(const QString &reason);

private:
    void answer(const QHttpServerRequest &request, QHttpServerResponder &&responder);

    QString m_dataDir;
    std::shared_ptr<Core::ConnectorDirectory> m_directory;
    Core::AgentMatcher m_matcher;
    const Core::Clock &m_clock;
    std::shared_ptr<RejectionCounters> m_counters;
    std::atomic<quint16> *m_port;

    std::unique_ptr<Storage::Database> m_db;
    std::unique_ptr<Storage::WalCheckpointer> m_checkpointer;
    std::unique_ptr<Storage::DeliveryWriter> m_writer;
    CommitBatch *m_batch = nullptr; // child of this
    DeliveryReporter *m_reporter = nullptr; // child of this
    std::unique_ptr<WebhookHandler> m_handler;
    QHttpServer *m_http = nullptr; // child of this; owns the GuardedTcpServer
    GuardedTcpServer *m_tcp = nullptr;
};

} // namespace Hookyard::Receiver
