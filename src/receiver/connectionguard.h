#pragma once

#include "receiver/guardlimits.h"
#include "receiver/requestframer.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>

#include <http_parser.h>
#include <optional>

class QTcpSocket;

namespace Hookyard::Receiver {

// The per-connection request inspector that gives QHttpServer 6.4.2 the limits it lacks
// (QT64-NOTES.md). How QHttpServer 6.4.2 reads (qabstracthttpserver.cpp, qhttpserverrequest.cpp):
//  - on every readyRead() it starts a socket transaction (if none is open) and parses with its own
//    state machine: the request line and the headers one byte at a time with read(&c, 1), the
//    body with read(bytesAvailable()); it stops after ONE complete request, commits the
//    transaction and calls the handler synchronously; an incomplete request keeps the
//    transaction open (the bytes stay in the socket buffer) until the next readyRead();
//  - a second pipelined request already in the buffer is not parsed until new bytes arrive
//    (no readyRead() is emitted for bytes that are already buffered);
//  - over ~100 header fields / 256 KiB of headers, or a header name with a space, its header
//    parser fails and the handler runs with no headers and an empty body (fails open); it never
//    answers 100-continue, has no size limits, no deadlines, ignores Connection: close.
//
// So the guard sees every byte first: its readyRead() slot is connected before QHttpServer's
// (in GuardedTcpServer::incomingConnection, before addPendingConnection), it peeks the bytes
// QHttpServer has not read yet and feeds the new ones to a RequestFramer of its own (http_parser:
// frames requests the same way, byte offsets included), so the limits bite before QHttpServer can
// act on a request. A second slot, connected after QHttpServer's, learns how far QHttpServer has
// read (bytes received - bytesAvailable()), hence which requests it has answered; from that it
// sends 100 Continue, closes after a Connection: close request was answered, re-emits readyRead()
// so that buffered pipelined requests are answered (in order: QHttpServer still answers one
// request per readyRead()), and answers an error only once every earlier request was answered.
// An error answer stops QHttpServer from reading further (its readyRead connection is removed),
// discards what it would have read, writes the answer and closes (LingeringClose). A client that
// sends but does not read is dropped once over a MiB of answers waits for it: the read buffer cap
// alone does not stop it, as every request QHttpServer reads makes room for the next.
//
// Lifetime and threads: a child of its socket (dies with it), lives on the receiver thread.
class ConnectionGuard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionGuard)
public:
    ConnectionGuard(QTcpSocket *socket, const GuardLimits &limits);
    ~ConnectionGuard() override;

    // Connects the slot that must run after QHttpServer's readyRead slot: call right after
    // QTcpServer::addPendingConnection() (QHttpServer connects its slot inside that call).
    void attachAfterServer();

Q_SIGNALS:
    // An error answer written by the guard (status, Core::rejectCode-style code, its message) and
    // the refused request's target when its request line was complete (else empty).
    void refused(int status, const QString &code, const QString &message, const QByteArray &target);

private:
    enum class Phase { Idle, InRequest, Answering };

    void beforeServer();
    void afterServer();
    void settle();
    void refuseNow();
    void dropUnreadingClient(); // over kMaxUnsentBytes of answers waiting: abort
    void closeAfterAnswers();
    void armDeadline();
    void startDeadline(qint64 dueMs, qint64 nowMs); // (re)starts m_deadline to fire at dueMs
    void onDeadline();
    qint64 phaseLimitMs() const; // how long the current phase may last
    qint64 serverPosition() const;

    QTcpSocket *m_socket;
    GuardLimits m_limits;
    RequestFramer m_framer;
    QByteArray m_peekBuffer; // reused by beforeServer()
    QTimer m_deadline;

    qint64 m_received = 0; // every byte the socket has buffered for us so far (all seen)
    qint64 m_seenUnread = 0; // bytesAvailable() when we last looked: already fed
    QList<RequestFramer::Message> m_complete; // complete requests QHttpServer has not answered
    qint64 m_continueSentFor = 0; // requestsBegun() of the request 100 Continue was sent for
    bool m_closing = false;
    bool m_retriggerQueued = false;
    qint64 m_retriggeredAt = -1; // serverPosition() when readyRead() was last re-emitted

    Phase m_phase = Phase::Idle;
    qint64 m_phaseRequest = 0; // requestsBegun() when the phase started
    // The deadline timer is not restarted for every phase (a QTimer restart is a timer
    // unregistration and registration, several per request): it is armed for the earliest time
    // a deadline could be due, and onDeadline() checks the current phase's real deadline and arms
    // it again if that is later. Times in ms of m_clock.
    QElapsedTimer m_clock;
    qint64 m_phaseStartMs = 0;
    qint64 m_armedDueMs = 0; // when m_deadline fires, while it is active
};

} // namespace Hookyard::Receiver
