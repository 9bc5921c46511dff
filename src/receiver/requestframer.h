#pragma once

#include "receiver/guardlimits.h"
#include "receiver/httpanswer.h"

#include <QCoreApplication>
#include <QList>

#include <http_parser.h>
#include <optional>

namespace Hookyard::Receiver {

// Frames the HTTP/1.1 requests of one connection's byte stream with http_parser (Debian's
// libhttp-parser, the parser Node.js used for years) and enforces the per-request limits
// QHttpServer 6.4.2 lacks: request line (414), header bytes and fields (431, where Qt 6.4 fails
// open), body by Content-Length (413 at once, before the body) or growing chunked body (413),
// malformed requests (400), and shapes Qt 6.4 would misread (upgrades, trailers, non-"chunked"
// transfer codings, HTTP/0.9 lines). It reports where each request ends in the stream (the
// parser is paused in on_message_complete, so http_parser_execute() returns right after the
// request's last byte) and whether the connection stays open after it.
// It never answers anything itself: ConnectionGuard decides when. Stops at the first error.
// A plain value of the receiver thread; not thread-safe.
class RequestFramer final
{
    Q_DECLARE_TR_FUNCTIONS(RequestFramer)
public:
    struct Message
    {
        qint64 end = 0; // stream offset just after the request's last byte
        bool keepAlive = true;
    };

    explicit RequestFramer(const GuardLimits &limits);
    Q_DISABLE_COPY_MOVE(RequestFramer)

    // Feeds the next bytes of the stream; complete requests are appended to *completed.
    // Does nothing after an error or after a request that ends the connection.
    void feed(const char *data, qint64 size, QList<Message> *completed);

    const std::optional<HttpAnswer> &error() const { return m_error; }
    void setError(const HttpAnswer &answer) { m_error = answer; }
    bool stopped() const { return m_stopped; } // a Connection: close / HTTP/1.0 request was framed
    bool inMessage() const { return m_inMessage; }
    bool headersDone() const { return m_headersDone; }
    // The request being framed asked for "Expect: 100-continue" and is within the limits.
    bool expectsContinue() const { return m_inMessage && m_expectContinue; }
    qint64 requestsBegun() const { return m_begun; }
    // The request target ("/webhooks/stripe/<id>") of the request being framed, once its request
    // line is complete; empty before. So that a refusal can be counted for its connector.
    const QByteArray &target() const { return m_target; }
    qint64 parsed() const { return m_parsed; }

private:
    static int onMessageBegin(http_parser *parser);
    static int onUrl(http_parser *parser, const char *at, size_t length);
    static int onHeaderField(http_parser *parser, const char *at, size_t length);
    static int onHeaderValue(http_parser *parser, const char *at, size_t length);
    static int onHeadersComplete(http_parser *parser);
    static int onBody(http_parser *parser, const char *at, size_t length);
    static int onMessageComplete(http_parser *parser);
    static const http_parser_settings &settings();

    void scanRequestLine(const char *data, qint64 size);
    void finishField();
    int fail(int status, const QString &code, const QString &message);
    static QString notHttpsMessage();

    GuardLimits m_limits;
    http_parser m_parser {};
    std::optional<HttpAnswer> m_error;
    qint64 m_parsed = 0;
    bool m_startsLikeTls = false; // the stream opens with a TLS handshake record
    qint64 m_begun = 0;
    bool m_stopped = false;

    // the request being framed
    bool m_inMessage = false;
    bool m_headersDone = false;
    bool m_expectContinue = false;
    bool m_inValue = false;
    bool m_keepValue = false; // the current field is one finishField() reads
    bool m_completedKeepAlive = true;
    bool m_messageCompleted = false;
    qint64 m_urlBytes = 0;
    qint64 m_headerBytes = 0;
    int m_fields = 0;
    qint64 m_bodyBytes = 0;
    qint64 m_messageWire = 0;
    enum class LineState { Waiting, Collecting, Done } m_lineState = LineState::Waiting;
    QByteArray m_line;
    QByteArray m_target;
    bool m_methodIsToken = false;
    QByteArray m_field;
    QByteArray m_value;
    QByteArray m_connection;
    QByteArray m_expect;
    QByteArray m_transferEncoding;
};

} // namespace Hookyard::Receiver
