#pragma once

#include "receiver/guardlimits.h"
#include "receiver/httpanswer.h"

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
// QHttpServer has not read yet and feeds the new ones to an http_parser of its own (frames
// requests the same way, byte offsets included), and enforces the limits before QHttpServer can
// act on a request. A second slot, connected after QHttpServer's, learns how far QHttpServer has
// read (bytes received - bytesAvailable()), hence which requests it has answered; from that it
// sends 100 Continue, closes after a Connection: close request was answered, re-emits readyRead()
// so that buffered pipelined requests are answered (in order: QHttpServer still answers one
// request per readyRead()), and answers an error only once every earlier request was answered.
// An error answer stops QHttpServer from reading further (its readyRead connection is removed),
// discards what it would have read, writes the answer and closes (LingeringClose).
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
    // An error answer written by the guard (status, Core::rejectCode-style code), for counters.
    void refused(int status, const QString &code);

private:
    enum class Phase { Idle, InRequest, Answering };
    struct Message
    {
        qint64 end = 0; // stream offset just after the request's last byte
        bool keepAlive = true;
    };

    static int onMessageBegin(http_parser *parser);
    static int onUrl(http_parser *parser, const char *at, size_t length);
    static int onHeaderField(http_parser *parser, const char *at, size_t length);
    static int onHeaderValue(http_parser *parser, const char *at, size_t length);
    static int onHeadersComplete(http_parser *parser);
    static int onBody(http_parser *parser, const char *at, size_t length);
    static int onMessageComplete(http_parser *parser);
    static const http_parser_settings &settings();

    void beforeServer();
    void afterServer();
    void feed(const char *data, qint64 size);
    void scanRequestLine(const char *data, qint64 size);
    void finishField();
    int fail(int status, const QString &code, const QString &message);
    void settle();
    void refuseNow();
    void closeAfterAnswers();
    void armDeadline();
    void onDeadline();
    qint64 serverPosition() const;

    QTcpSocket *m_socket;
    GuardLimits m_limits;
    http_parser m_parser {};
    QTimer m_deadline;

    qint64 m_received = 0; // every byte the socket has buffered for us so far (all fed)
    qint64 m_parsed = 0; // bytes handed to http_parser
    qint64 m_seenUnread = 0; // bytesAvailable() when we last looked: already fed
    QList<Message> m_complete; // complete requests QHttpServer has not answered yet
    bool m_stopped = false; // a Connection: close request was framed: nothing after it counts
    bool m_closing = false;
    bool m_retriggerQueued = false;
    bool m_everStarted = false;
    std::optional<HttpAnswer> m_error;

    // the request being framed
    bool m_inMessage = false;
    bool m_headersDone = false;
    bool m_expectContinue = false;
    bool m_continueSent = false;
    bool m_inValue = false;
    bool m_completedKeepAlive = true;
    bool m_messageCompleted = false;
    qint64 m_urlBytes = 0;
    qint64 m_headerBytes = 0;
    int m_fields = 0;
    qint64 m_bodyBytes = 0;
    qint64 m_messageWire = 0;
    enum class LineState { Waiting, Collecting, Done } m_lineState = LineState::Waiting;
    QByteArray m_line;
    QByteArray m_field;
    QByteArray m_value;
    QByteArray m_connection;
    QByteArray m_expect;
    QByteArray m_transferEncoding;

    Phase m_phase = Phase::Idle;
    QElapsedTimer m_phaseTimer;
};

} // namespace Hookyard::Receiver
