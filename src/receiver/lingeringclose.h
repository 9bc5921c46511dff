#pragma once

#include <QByteArray>
#include <QObject>
#include <QTimer>

class QTcpSocket;

namespace Hookyard::Receiver {

// Writes a last answer (may be empty) and closes the connection the careful way ("lingering
// close", as nginx and Apache do it):
//   1. write the answer; once it has left Qt's write buffer, shut down our sending side only
//      (shutdown(SHUT_WR)): the client reads the answer, then end of stream;
//   2. keep reading and discarding what the client still sends (a body we refused with 413, the
//      rest of a request we answered with 431) until it closes, at most lingerMs / drainCap;
//   3. then abort.
// Why not QAbstractSocket::disconnectFromHost(): it closes the descriptor while the client may
// still be sending; the kernel then answers with RST and the client can lose the answer it has
// not read yet (curl reports "connection reset" instead of our 413).
// Lifetime: a child of the socket, so it dies with it; it never deletes the socket itself (the
// owner does, on disconnected()). Lives on the socket's thread.
class LingeringClose final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LingeringClose)
public:
    static void start(QTcpSocket *socket, const QByteArray &answer, int lingerMs, qint64 drainCap);

private:
    LingeringClose(QTcpSocket *socket, int lingerMs, qint64 drainCap);
    void drain();
    void shutdownWhenFlushed();
    void abortNow();

    QTcpSocket *m_socket;
    QTimer m_timer;
    qint64 m_drainCap;
    qint64 m_drained = 0;
    bool m_shut = false;
};

} // namespace Hookyard::Receiver
