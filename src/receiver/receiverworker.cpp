#include "receiver/receiverworker.h"

#include "core/logging.h"
#include "receiver/commitbatch.h"
#include "receiver/deliveryreporter.h"
#include "receiver/guardedtcpserver.h"
#include "receiver/rejectioncounters.h"
#include "receiver/webhookhandler.h"
#include "storage/database.h"
#include "storage/deliverywriter.h"
#include "storage/walcheckpointer.h"

#include <QCoreApplication>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>

#include <optional>

namespace Hookyard::Receiver {

ReceiverWorker::ReceiverWorker(QString dataDir, std::shared_ptr<Core::ConnectorDirectory> directory,
                               Core::AgentMatcher matcher, const Core::Clock &clock,
                               std::shared_ptr<RejectionCounters> counters,
                               std::atomic<quint16> *port)
    : m_dataDir(std::move(dataDir)), m_directory(std::move(directory)),
      m_matcher(std::move(matcher)), m_clock(clock), m_counters(std::move(counters)), m_port(port)
{
}

ReceiverWorker::~ReceiverWorker()
{
    shutdown();
}

void ReceiverWorker::start(const ReceiverConfig &config)
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("Hookyard::Receiver::ReceiverWorker", text);
    };
    QString error;
    const auto sync =
        config.fullSync ? Storage::Database::Sync::Full : Storage::Database::Sync::Normal;
    const QString connectionName = QStringLiteral("receiver-%1").arg(quintptr(this), 0, 16);
    m_db = Storage::Database::open(m_dataDir, connectionName, &error, sync);
    if (!m_db) {
        Q_EMIT failed(tr("The receiver cannot open its database: %1").arg(error));
        return;
    }
    // Checkpoints (two fsyncs), the WAL's restarts (an fsync) and its truncation after a burst
    // (an ftruncate of up to hundreds of milliseconds) run on a thread of their own, never
    // inside a request: with checkpoints inline, a delivery's p99 is the fsync time
    // (bench_deliverywriter shows both).
    m_checkpointer = std::make_unique<Storage::WalCheckpointer>(m_dataDir);
    if (m_checkpointer->start(&error)) {
        m_db->leaveWalUpkeepToCheckpointer();
    } else {
        qCWarning(lcReceiver).noquote()
            << "checkpoints stay on the receiver's connection:" << error;
        m_checkpointer.reset();
    }
    m_writer = std::make_unique<Storage::DeliveryWriter>(*m_db);
    m_batch = new CommitBatch(m_writer.get(), WebhookHandler::storageFailure().toRaw(), this);
    m_reporter = new DeliveryReporter(m_batch, m_counters, this);
    connect(m_reporter, &DeliveryReporter::deliveries, this, &ReceiverWorker::deliveries);
    connect(m_reporter, &DeliveryReporter::throttledRequests, this,
            &ReceiverWorker::throttledRequests);
    connect(m_reporter, &DeliveryReporter::storageFailure, this, &ReceiverWorker::storageFailure);
    m_handler =
        std::make_unique<WebhookHandler>(m_directory, m_matcher, m_clock, *m_batch, m_reporter);
    m_handler->setConfig(config);

    auto tcp = std::make_unique<GuardedTcpServer>(GuardLimits::fromConfig(config), m_batch);
    if (!tcp->listen(config.address, config.port)) {
        // The hint fits the cause: a port in use, or an address this machine does not have.
        const QAbstractSocket::SocketError cause = tcp->serverError();
        const QString hint = cause == QAbstractSocket::AddressInUseError
            ? tr("Choose another port or stop the program that uses it.")
            : cause == QAbstractSocket::SocketAddressNotAvailableError
            ? tr("This machine has no such address: listen on 127.0.0.1 or on the address of "
                 "one of its network interfaces.")
            : tr("Choose another address or port.");
        Q_EMIT failed(tr("The receiver cannot listen on %1:%2 (%3). %4")
                          .arg(config.address.toString())
                          .arg(config.port)
                          .arg(tcp->errorString(), hint));
        shutdown();
        return;
    }
    // Requests the transport refused never reach QHttpServer: the handler counts them, for their
    // connector when the target names one.
    connect(tcp.get(), &GuardedTcpServer::refused, this,
            [this](int status, const QString &code, const QString &message,
                   const QByteArray &target, const QString &address) {
                if (m_handler)
                    m_handler->transportRefused(status, code, message, target, address);
            });

    m_http = new QHttpServer(this);
    // No routes: every request reaches the "missing handler", which does its own routing. Qt 6.4
    // answers a route's wrong method with 404; we need 405 with Allow, and JSON 404s elsewhere.
    m_http->setMissingHandler(
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            answer(request, std::move(responder));
        });
    m_tcp = tcp.release();
    m_http->bind(m_tcp); // reparents m_tcp to m_http
    const quint16 port = m_tcp->serverPort();
    m_port->store(port);
    qCInfo(lcReceiver).noquote() << "listening on" << config.address.toString() << "port" << port;
    Q_EMIT listening(config.address, port);
}

void ReceiverWorker::reconfigure(const ReceiverConfig &config)
{
    if (m_handler)
        m_handler->setConfig(config);
    if (m_tcp)
        m_tcp->setLimits(GuardLimits::fromConfig(config));
}

void ReceiverWorker::shutdown()
{
    // On the receiver thread: sockets, the HTTP server and the database connection belong here.
    // Staged deliveries are committed and their answers released while the sockets still exist.
    if (m_batch)
        m_batch->commit();
    if (m_http) {
        if (m_tcp)
            m_tcp->close();
        delete m_http; // deletes the GuardedTcpServer and every open connection
        m_http = nullptr;
        m_tcp = nullptr;
    }
    if (m_reporter) {
        m_reporter->flush();
        delete m_reporter;
        m_reporter = nullptr;
    }
    m_handler.reset();
    delete m_batch; // nothing staged any more: no handler, no sockets
    m_batch = nullptr;
    m_writer.reset();
    m_db.reset();
    // Last: the final checkpoint runs after the receiver's connection closed.
    m_checkpointer.reset();
    if (m_port)
        m_port->store(0);
}

void ReceiverWorker::answer(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    // Copy out what the handler needs: Qt 6.4 reuses the request object per connection.
    WebhookRequest r;
    r.isPost = request.method() == QHttpServerRequest::Method::Post;
    // As sent (an encoded "/" stays "%2F"), as transportRefused() reads the raw target.
    r.path = request.url().path(QUrl::FullyEncoded);
    r.setHeaders(request.headers());
    r.body = request.body();
    r.remoteAddress = request.remoteAddress();
    const HttpAnswer a = m_handler->handle(r);

    // Synchronous answer, inside the handler (QT64-NOTES.md: no safe deferred answer in 6.4); a
    // staged delivery's answer is held by its connection until the batch commits (CommitBatch).
    // Header names in exact casing (Qt 6.4 compares them case-sensitively).
    std::optional<CommitBatch::Capture> capture;
    if (a.staged)
        capture.emplace(*m_batch);
    responder.writeStatusLine(QHttpServerResponder::StatusCode(a.status));
    responder.writeHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json"));
    responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(a.body.size()));
    for (const auto &h : a.headers)
        responder.writeHeader(h.first, h.second);
    // An answer to HEAD has no content (RFC 9110 9.3.2): its bytes would be read as the start of
    // the next answer on a kept-alive connection. Content-Length still says what GET would get.
    const bool head = request.method() == QHttpServerRequest::Method::Head;
    responder.writeBody(head ? QByteArray() : a.body);
}

} // namespace Hookyard::Receiver
