#pragma once

#include "core/clock.h"
#include "core/connectordirectory.h"
#include "core/delivery.h"

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace Hookyard::Receiver {

class ReceiverWorker;
class RejectionCounters;

// Everything the receiver can be told; defaults are the documented ones.
struct ReceiverConfig
{
    QHostAddress address = QHostAddress(QHostAddress::LocalHost); // never "any" by default
    quint16 port = 8787; // 0 = any free port (tests)
    qint64 bodyLimit = 1024 * 1024; // 413 above
    int maxRequestLineBytes = 8 * 1024; // 414/400 above
    int maxHeaderBytes = 64 * 1024; // 431 above
    int maxHeaderFields = 64; // 431 above
    int maxConnections = 1024;
    int maxConnectionsPerAddress = 256; // behind a tunnel every client is 127.0.0.1
    int headerTimeoutMs = 10'000; // a request's headers must arrive within this
    int requestTimeoutMs = 30'000; // and its body within this
    int idleTimeoutMs = 75'000; // idle keep-alive connections are closed after this
    double defaultRatePerSecond = 100; // per connector, when the connector says "default"
    int defaultBurst = 200;
    double rejectRatePerSecond = 5; // per remote address, rejected requests only
    int rejectBurst = 20;
    bool fullSync = false; // PRAGMA synchronous=FULL on the receiver's connection
    // Called on the receiver thread right after a commit that queued agent runs, so that the
    // run scheduler starts them now instead of after the 50 ms notice batch. Must be thread-safe
    // and cheap (RunScheduler::waker() posts one queued wake).
    std::function<void()> onRunsQueued;
};

// What the live views (GUI, serve's log) learn of each delivery. No secrets, no signatures.
struct DeliveryNotice
{
    qint64 deliveryRow = 0; // 0 when not stored (unknown connector, storage failure)
    qint64 eventRow = 0;
    QString connectorId;
    QString connectorName;
    qint64 receivedAtMs = 0;
    int httpStatus = 0;
    Core::DeliveryOutcome outcome = Core::DeliveryOutcome::Rejected;
    QString reasonCode; // Core::rejectCode
    QString message;
    QString eventId;
    QString eventType;
    QString remoteAddress;
    QList<qint64> runIds; // runs queued for a new event
    qint64 latencyUs = 0; // from the handler's start to the answer
};

// The embedded webhook receiver: a QHttpServer on its own thread, created and listening there,
// behind a guarded QTcpServer (size caps, connection caps, deadlines Qt 6.4 lacks), with
// verify -> rate limit -> store -> answer in the handler and its own database connection.
// The object itself lives on the caller's thread; everything it owns lives on the worker thread.
class WebhookReceiver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookReceiver)
public:
    WebhookReceiver(QString dataDir, std::shared_ptr<Core::ConnectorDirectory> directory,
                    Core::AgentMatcher matcher, const Core::Clock &clock = Core::Clock::system(),
                    QObject *parent = nullptr);
    ~WebhookReceiver() override; // stops the thread and closes every connection

    // Starts the worker thread and listens. Emits listening() or failed(), queued.
    void start(const ReceiverConfig &config);
    void stop();
    // Applies new limits / rates without dropping connections (the address and port are not
    // changed by this; restart for those).
    void reconfigure(const ReceiverConfig &config);

    quint16 port() const; // 0 until listening
    bool isListening() const;

    // How many requests were refused since start, per connector id and reason code
    // (Core::rejectCode, plus the transport's "too_many_connections" / "request_timeout" ...).
    // Requests that reached no connector are counted under the empty id. Thread-safe.
    QHash<QString, QHash<QString, qint64>> rejectionCounts() const;

Q_SIGNALS:
    void listening(const QHostAddress &address, quint16 port);
    // The port is taken, the address is not ours, the database cannot be opened ...: a sentence
    // saying what to do.
    void failed(const QString &error);
    // Batched (at most every 50 ms) so that 1,000 deliveries a second do not flood the receiving
    // event loop.
    void deliveries(const QList<Hookyard::Receiver::DeliveryNotice> &batch);
    // Requests refused with 429 by the per-address reject bucket (unknown connectors, bad
    // signatures from an address that sent too many), which are not recorded one by one: their
    // count per address since the last emission, at most every 50 ms.
    void throttledRequests(const QHash<QString, qint64> &byAddress);
    // Storing deliveries started failing, with what to do about it (a full disk, a read-only or
    // damaged database), or works again (empty). Deliveries are answered 503 meanwhile.
    void storageFailure(const QString &reason);

private:
    QString m_dataDir;
    std::shared_ptr<Core::ConnectorDirectory> m_directory;
    Core::AgentMatcher m_matcher;
    const Core::Clock &m_clock;
    QThread *m_thread = nullptr;
    ReceiverWorker *m_worker = nullptr; // lives on m_thread
    std::shared_ptr<RejectionCounters> m_counters;
    std::atomic<quint16> m_port { 0 };
};

} // namespace Hookyard::Receiver

Q_DECLARE_METATYPE(Hookyard::Receiver::DeliveryNotice)
