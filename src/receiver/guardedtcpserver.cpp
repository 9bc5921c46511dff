#include "receiver/guardedtcpserver.h"

#include "core/logging.h"
#include "receiver/connectionguard.h"
#include "receiver/heldanswersocket.h"
#include "receiver/httpanswer.h"
#include "receiver/lingeringclose.h"

#include <QTcpSocket>

namespace Hookyard::Receiver {

GuardedTcpServer::GuardedTcpServer(const GuardLimits &limits, CommitBatch *batch, QObject *parent)
    : QTcpServer(parent), m_limits(limits), m_batch(batch)
{
}

GuardedTcpServer::~GuardedTcpServer() = default;

QString GuardedTcpServer::addressKey(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4).toString() : address.toString();
}

int GuardedTcpServer::connectionCount(const QHostAddress &address) const
{
    return m_perAddress.value(addressKey(address));
}

void GuardedTcpServer::incomingConnection(qintptr socketDescriptor)
{
    auto *socket = new HeldAnswerSocket(m_batch, this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        qCWarning(lcReceiver) << "could not take an accepted connection:" << socket->errorString();
        delete socket;
        return;
    }
    const QString key = addressKey(socket->peerAddress());
    const int fromAddress = m_perAddress.value(key);
    if (m_total >= m_limits.maxConnections || fromAddress >= m_limits.maxConnectionsPerAddress) {
        const bool global = m_total >= m_limits.maxConnections;
        qCInfo(lcReceiver).noquote()
            << "refusing a connection from" << key
            << (global ? "(connection limit reached)" : "(connection limit per address reached)");
        HttpAnswer answer = HttpAnswer::error(
            503, QStringLiteral("too_many_connections"),
            global ? tr("too many open connections; try again shortly")
                   : tr("too many open connections from your address; try again shortly"));
        Q_EMIT refused(503, QStringLiteral("too_many_connections"), answer.message, {}, key);
        answer.headers.append({ QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1") });
        answer.close = true;
        // Never handed to QHttpServer: this server deletes it once it is closed.
        connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
        LingeringClose::start(socket, answer.toRaw(), m_limits.lingerMs, m_limits.maxDrainBytes());
        return;
    }

    ++m_total;
    m_perAddress[key] = fromAddress + 1;
    // Counted until the socket object is gone (QHttpServer deletes it after disconnected()).
    // During ~GuardedTcpServer this connection is already cut (QObject disconnects receivers
    // before it deletes children), so the lambda never runs on a half-destroyed server.
    connect(socket, &QObject::destroyed, this, [this, key] {
        --m_total;
        auto it = m_perAddress.find(key);
        if (it != m_perAddress.end() && --it.value() <= 0)
            m_perAddress.erase(it);
    });

    // Bytes beyond one request's worth stay in the kernel (TCP backpressure) instead of Qt's
    // buffer; the guard refuses anything larger long before.
    socket->setReadBufferSize(m_limits.maxRequestWireBytes());
    auto *guard = new ConnectionGuard(socket, m_limits);
    connect(guard, &ConnectionGuard::refused, this,
            [this, key](int status, const QString &code, const QString &message,
                        const QByteArray &target) {
                Q_EMIT refused(status, code, message, target, key);
            });
    addPendingConnection(socket);
    guard->attachAfterServer();
}

} // namespace Hookyard::Receiver
