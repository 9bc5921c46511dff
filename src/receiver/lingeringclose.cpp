#include "receiver/lingeringclose.h"

#include <QTcpSocket>

#include <sys/socket.h>

namespace Hookyard::Receiver {

void LingeringClose::start(QTcpSocket *socket, const QByteArray &answer, int lingerMs,
                           qint64 drainCap)
{
    if (!socket || socket->findChild<LingeringClose *>(QString(), Qt::FindDirectChildrenOnly))
        return; // already closing
    auto *closer = new LingeringClose(socket, lingerMs, drainCap);
    if (socket->state() != QAbstractSocket::ConnectedState) {
        socket->abort();
        return;
    }
    if (!answer.isEmpty())
        socket->write(answer);
    closer->shutdownWhenFlushed();
    closer->drain();
}

LingeringClose::LingeringClose(QTcpSocket *socket, int lingerMs, qint64 drainCap)
    : QObject(socket), m_socket(socket), m_drainCap(drainCap)
{
    connect(socket, &QIODevice::readyRead, this, &LingeringClose::drain);
    connect(socket, &QIODevice::bytesWritten, this, &LingeringClose::shutdownWhenFlushed);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &LingeringClose::abortNow);
    m_timer.start(lingerMs);
}

void LingeringClose::drain()
{
    const qint64 n = m_socket->bytesAvailable();
    if (n <= 0)
        return;
    m_drained += m_socket->skip(n);
    if (m_drained > m_drainCap)
        abortNow();
}

void LingeringClose::shutdownWhenFlushed()
{
    if (m_shut || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    if (m_socket->bytesToWrite() > 0) {
        m_socket->flush();
        if (m_socket->bytesToWrite() > 0)
            return; // bytesWritten() calls again
    }
    m_shut = true;
    ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
}

void LingeringClose::abortNow()
{
    m_timer.stop();
    m_socket->abort();
}

} // namespace Hookyard::Receiver
