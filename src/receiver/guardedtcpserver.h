#pragma once

#include "receiver/guardlimits.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QTcpServer>

namespace Hookyard::Receiver {

class CommitBatch;

// The QTcpServer handed to QHttpServer::bind() (QT64-NOTES.md "what works on 6.4"). For every
// accepted connection (a HeldAnswerSocket) it:
//  - refuses it over the global or the per-address cap: answers 503 itself and closes (the
//    socket never reaches QHttpServer);
//  - caps the socket's read buffer at one request's worth of bytes (Qt 6.4 buffers any body);
//  - attaches a ConnectionGuard whose readyRead() slot is connected BEFORE QHttpServer's, then
//    hands the socket over with addPendingConnection() (QHttpServer 6.4 connects its own slots
//    synchronously, from the pendingConnectionAvailable() signal emitted inside that call), then
//    connects the guard's after-QHttpServer slot.
// Lives on the receiver thread; QHttpServer::bind() makes it a child of the QHttpServer, and the
// accepted sockets are its children (deleted by QHttpServer on disconnected(), or with it).
class GuardedTcpServer final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuardedTcpServer)
public:
    // batch: the receiver's CommitBatch, which the connections hold staged answers for (may be
    // null: answers are then written straight through).
    GuardedTcpServer(const GuardLimits &limits, CommitBatch *batch, QObject *parent = nullptr);
    ~GuardedTcpServer() override;

    void setLimits(const GuardLimits &limits) { m_limits = limits; } // new connections only
    const GuardLimits &limits() const { return m_limits; }
    int connectionCount() const { return m_total; }
    int connectionCount(const QHostAddress &address) const;

    // The key connection caps and per-address limits use: IPv4-mapped IPv6 folded to IPv4.
    static QString addressKey(const QHostAddress &address);

Q_SIGNALS:
    // A request or connection the transport refused before any handler saw it: its answer's
    // status, code and message, the request target when known (empty for a refused connection),
    // and the remote address (addressKey). For counters and the connector's record.
    void refused(int status, const QString &code, const QString &message, const QByteArray &target,
                 const QString &address);

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    GuardLimits m_limits;
    CommitBatch *m_batch;
    QHash<QString, int> m_perAddress;
    int m_total = 0;
    QElapsedTimer
        m_lastCapLog; // the cap is logged at most once a minute (a flood must not flood the log)
};

} // namespace Hookyard::Receiver
