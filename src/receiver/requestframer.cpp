#include "receiver/requestframer.h"

#include "core/delivery.h"

#include <algorithm>
#include <cstring>

namespace Hookyard::Receiver {

namespace {
// Only these headers matter to framing; values longer than this are not kept.
constexpr qsizetype kKeptValueBytes = 256;

RequestFramer *framerOf(http_parser *parser)
{
    return static_cast<RequestFramer *>(parser->data);
}

// RFC 9110 token characters. http_parser (built non-strict) lets a space through in a header
// name, which makes Qt 6.4's header parser fail open: refuse such names here.
bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

// What QByteArray::simplified() takes for whitespace.
bool isAsciiSpace(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

// The header fields whose values matter to framing; the others' values are not kept.
enum class FramingField { None, Connection, Expect, TransferEncoding };
FramingField framingField(QByteArrayView name)
{
    if (name.compare("connection", Qt::CaseInsensitive) == 0)
        return FramingField::Connection;
    if (name.compare("expect", Qt::CaseInsensitive) == 0)
        return FramingField::Expect;
    if (name.compare("transfer-encoding", Qt::CaseInsensitive) == 0)
        return FramingField::TransferEncoding;
    return FramingField::None;
}
} // namespace

const http_parser_settings &RequestFramer::settings()
{
    static const http_parser_settings s = [] {
        http_parser_settings v {};
        v.on_message_begin = &RequestFramer::onMessageBegin;
        v.on_url = &RequestFramer::onUrl;
        v.on_header_field = &RequestFramer::onHeaderField;
        v.on_header_value = &RequestFramer::onHeaderValue;
        v.on_headers_complete = &RequestFramer::onHeadersComplete;
        v.on_body = &RequestFramer::onBody;
        v.on_message_complete = &RequestFramer::onMessageComplete;
        return v;
    }();
    return s;
}

QString RequestFramer::notHttpsMessage()
{
    return tr("this port speaks plain HTTP, not HTTPS: use an http:// URL, or let a tunnel or "
              "reverse proxy in front of it do the TLS");
}

RequestFramer::RequestFramer(const GuardLimits &limits) : m_limits(limits)
{
    http_parser_init(&m_parser, HTTP_REQUEST);
    m_parser.data = this;
}

void RequestFramer::feed(const char *data, qint64 size, QList<Message> *completed)
{
    // A TLS ClientHello starts with a handshake record, byte 0x16 (no HTTP request can): someone
    // sent https:// to this plain-HTTP port (say, a tunnel set up for TLS at both ends).
    if (m_parsed == 0 && size >= 1 && data[0] == '\x16')
        m_startsLikeTls = true;
    qint64 offset = 0;
    while (offset < size && !m_error && !m_stopped) {
        if (m_lineState != LineState::Done) {
            scanRequestLine(data + offset, size - offset);
            if (m_error && m_startsLikeTls) {
                m_error.reset();
                fail(400, Core::rejectCode(Core::RejectReason::BadRequest), notHttpsMessage());
            }
            if (m_error)
                break;
        }
        m_messageCompleted = false;
        const size_t n =
            http_parser_execute(&m_parser, &settings(), data + offset, size_t(size - offset));
        offset += qint64(n);
        m_parsed += qint64(n);
        m_messageWire += qint64(n);
        const auto err = HTTP_PARSER_ERRNO(&m_parser);
        if (m_error)
            break; // a callback refused
        if (err == HPE_PAUSED && m_messageCompleted) {
            // Paused in on_message_complete: n ends exactly after the request's last byte.
            http_parser_pause(&m_parser, 0);
            completed->append({ m_parsed, m_completedKeepAlive });
            m_messageWire = 0;
            if (!m_completedKeepAlive)
                m_stopped = true; // Connection: close / HTTP/1.0: nothing after it is served
            continue;
        }
        if (err == HPE_HEADER_OVERFLOW) {
            fail(431, Core::rejectCode(Core::RejectReason::HeadersTooLarge),
                 tr("the request headers are larger than %1 bytes").arg(m_limits.maxHeaderBytes));
            break;
        }
        if (err == HPE_INVALID_METHOD && m_methodIsToken) {
            // A method http_parser does not know ("FOO", a lower-case "post"): the request cannot
            // be framed, so the connection closes after the answer; still the contract's 405.
            fail(405, Core::rejectCode(Core::RejectReason::MethodNotAllowed),
                 tr("webhooks are delivered with POST"));
            m_error->headers.append({ QByteArrayLiteral("Allow"), QByteArrayLiteral("POST") });
            break;
        }
        if (err != HPE_OK && m_startsLikeTls) {
            fail(400, Core::rejectCode(Core::RejectReason::BadRequest), notHttpsMessage());
            break;
        }
        if (err != HPE_OK) {
            fail(400, Core::rejectCode(Core::RejectReason::BadRequest),
                 tr("malformed HTTP request (%1)")
                     .arg(QString::fromLatin1(http_errno_description(err))));
            break;
        }
        if (n == 0)
            break; // cannot happen without an error; never spin
    }
    if (!m_error && m_inMessage && m_messageWire > m_limits.maxRequestWireBytes()) {
        fail(413, Core::rejectCode(Core::RejectReason::BodyTooLarge),
             tr("the request is larger than %1 bytes on the wire")
                 .arg(m_limits.maxRequestWireBytes()));
    }
}

void RequestFramer::scanRequestLine(const char *data, qint64 size)
{
    // Not a second parser: a check of the request line's shape, done where http_parser (built
    // non-strict) and Qt 6.4 disagree. http_parser takes "GET /" without a version as HTTP/0.9
    // and lets "HTTQ/1.1" through; Qt 6.4 then drops the connection without an answer. Both
    // must be a 400 from us. The line is taken from the same bytes, at the message boundary
    // that the pause in on_message_complete gives us (leading CR/LF skipped, as both parsers
    // do).
    qint64 i = 0;
    if (m_lineState == LineState::Waiting) {
        while (i < size && (data[i] == '\r' || data[i] == '\n'))
            ++i;
        if (i == size)
            return;
        m_lineState = LineState::Collecting;
        m_target.truncate(0); // a new request: the previous one's target no longer applies
    }
    // The line's bytes in this chunk are copied at once (not byte by byte: this runs for every
    // request). It may hold the method, the URL (whose own limit onUrl enforces), the version and
    // some slack; anything longer is refused before it is buffered.
    const auto *newline = static_cast<const char *>(std::memchr(data + i, '\n', size_t(size - i)));
    const qint64 end = newline ? qint64(newline - data) : size;
    const qint64 maxLine = qint64(m_limits.maxRequestLineBytes) + 33;
    if (m_line.size() + (end - i) > maxLine) {
        fail(414, Core::rejectCode(Core::RejectReason::BadRequest),
             tr("the request line is longer than %1 bytes").arg(m_limits.maxRequestLineBytes));
        return;
    }
    m_line.append(data + i, end - i);
    // Whether the method (so far) is an HTTP token: a method http_parser does not know is a 405
    // then, binary garbage a 400. A few bytes at the start of the line.
    m_methodIsToken = !m_line.isEmpty();
    for (const char c : QByteArrayView(m_line)) {
        if (c == ' ' || c == '\t')
            break;
        if (!isTokenChar(c)) {
            m_methodIsToken = false;
            break;
        }
    }
    if (!newline)
        return;
    m_lineState = LineState::Done;
    // Three words separated by whitespace, the last one the version; counted in place, as this
    // runs for every request. (truncate, not clear: the buffer is kept for the next request.)
    int words = 0;
    QByteArrayView last;
    QByteArrayView second;
    const QByteArrayView line(m_line);
    for (qsizetype at = 0; at < line.size();) {
        while (at < line.size() && isAsciiSpace(line[at]))
            ++at;
        const qsizetype start = at;
        while (at < line.size() && !isAsciiSpace(line[at]))
            ++at;
        if (at > start) {
            ++words;
            last = line.sliced(start, at - start);
            if (words == 2)
                second = last;
        }
    }
    if (words != 3 || (last != "HTTP/1.1" && last != "HTTP/1.0")) {
        fail(400, Core::rejectCode(Core::RejectReason::BadRequest),
             tr("malformed request line; expected \"POST /path HTTP/1.1\""));
    } else {
        m_target.append(second.data(), second.size());
    }
    m_line.truncate(0);
}

int RequestFramer::fail(int status, const QString &code, const QString &message)
{
    if (!m_error)
        m_error = HttpAnswer::error(status, code, message);
    return -1; // makes http_parser stop with HPE_CB_*
}

int RequestFramer::onMessageBegin(http_parser *parser)
{
    auto *g = framerOf(parser);
    g->m_inMessage = true;
    g->m_headersDone = g->m_expectContinue = g->m_inValue = false;
    g->m_urlBytes = g->m_headerBytes = g->m_bodyBytes = 0;
    g->m_fields = 0;
    // truncate, not clear: the buffers keep their capacity from one request to the next.
    g->m_field.truncate(0);
    g->m_value.truncate(0);
    g->m_connection.truncate(0);
    g->m_expect.truncate(0);
    g->m_transferEncoding.truncate(0);
    ++g->m_begun;
    return 0;
}

int RequestFramer::onUrl(http_parser *parser, const char *, size_t length)
{
    auto *g = framerOf(parser);
    g->m_urlBytes += qint64(length);
    if (g->m_urlBytes > g->m_limits.maxRequestLineBytes) {
        // Qt 6.4 reads the request line one byte at a time and without a limit.
        return g->fail(
            414, Core::rejectCode(Core::RejectReason::BadRequest),
            tr("the request line is longer than %1 bytes").arg(g->m_limits.maxRequestLineBytes));
    }
    return 0;
}

void RequestFramer::finishField()
{
    // Looked up again, not taken from m_keepValue: a field with an empty value has no value
    // callback, and an empty Expect still replaces an earlier one.
    switch (framingField(m_field)) {
    case FramingField::Connection:
        m_connection += (m_connection.isEmpty() ? "" : ",") + m_value;
        break;
    case FramingField::Expect:
        m_expect = m_value.trimmed();
        break;
    case FramingField::TransferEncoding:
        m_transferEncoding += (m_transferEncoding.isEmpty() ? "" : ",") + m_value.trimmed();
        break;
    case FramingField::None:
        break;
    }
    m_keepValue = false;
    m_field.truncate(0);
    m_value.truncate(0);
}

int RequestFramer::onHeaderField(http_parser *parser, const char *at, size_t length)
{
    auto *g = framerOf(parser);
    if (g->m_headersDone) {
        // A trailer after a chunked body: Qt 6.4 expects CRLF right after the last chunk and
        // would take the trailer for the start of the next request.
        return g->fail(400, Core::rejectCode(Core::RejectReason::BadRequest),
                       tr("trailers after a chunked body are not supported"));
    }
    if (g->m_inValue || g->m_fields == 0) {
        if (g->m_fields > 0)
            g->finishField();
        g->m_inValue = false;
        ++g->m_fields;
        g->m_headerBytes += 4; // ": " and CRLF
        if (g->m_fields > g->m_limits.maxHeaderFields) {
            return g->fail(431, Core::rejectCode(Core::RejectReason::HeadersTooLarge),
                           tr("more than %1 header fields").arg(g->m_limits.maxHeaderFields));
        }
    }
    g->m_headerBytes += qint64(length);
    if (g->m_headerBytes > g->m_limits.maxHeaderBytes) {
        return g->fail(
            431, Core::rejectCode(Core::RejectReason::HeadersTooLarge),
            tr("the request headers are larger than %1 bytes").arg(g->m_limits.maxHeaderBytes));
    }
    if (!std::all_of(at, at + length, isTokenChar)) {
        return g->fail(400, Core::rejectCode(Core::RejectReason::BadRequest),
                       tr("a header name contains a character HTTP does not allow"));
    }
    if (g->m_field.size() < 64)
        g->m_field.append(at, qsizetype(std::min<size_t>(length, 64)));
    return 0;
}

int RequestFramer::onHeaderValue(http_parser *parser, const char *at, size_t length)
{
    auto *g = framerOf(parser);
    if (!g->m_inValue) // the field's name is complete
        g->m_keepValue = framingField(g->m_field) != FramingField::None;
    g->m_inValue = true;
    g->m_headerBytes += qint64(length);
    if (g->m_headerBytes > g->m_limits.maxHeaderBytes) {
        return g->fail(
            431, Core::rejectCode(Core::RejectReason::HeadersTooLarge),
            tr("the request headers are larger than %1 bytes").arg(g->m_limits.maxHeaderBytes));
    }
    if (g->m_keepValue && g->m_value.size() < kKeptValueBytes)
        g->m_value.append(at, qsizetype(std::min<size_t>(length, size_t(kKeptValueBytes))));
    return 0;
}

int RequestFramer::onHeadersComplete(http_parser *parser)
{
    auto *g = framerOf(parser);
    if (g->m_fields > 0)
        g->finishField();
    g->m_headersDone = true;
    const auto badRequest = [] {
        return Core::rejectCode(Core::RejectReason::BadRequest);
    };
    // Qt 6.4 treats any Connection header containing "upgrade" as an upgrade (and drops the
    // connection without an answer when it is not a WebSocket it can hand out): refuse it here.
    if (parser->upgrade || parser->method == HTTP_CONNECT
        || g->m_connection.toLower().contains("upgrade")) {
        return g->fail(400, badRequest(), tr("protocol upgrades are not supported"));
    }
    // Qt 6.4 takes any Transfer-Encoding that contains "chunked" as chunked; http_parser only a
    // final "chunked". Accept exactly "chunked" so both frame the body the same way.
    if (!g->m_transferEncoding.isEmpty()
        && g->m_transferEncoding.trimmed().compare("chunked", Qt::CaseInsensitive) != 0) {
        return g->fail(400, badRequest(), tr("unsupported Transfer-Encoding"));
    }
    if ((parser->flags & F_CONTENTLENGTH)
        && parser->content_length > quint64(g->m_limits.bodyLimit)) {
        // At once, without reading the body (Qt 6.4 would buffer all of it).
        return g->fail(
            413, Core::rejectCode(Core::RejectReason::BodyTooLarge),
            tr("the body is larger than the limit of %1 bytes").arg(g->m_limits.bodyLimit));
    }
    const bool hasBody = (parser->flags & F_CHUNKED)
        || ((parser->flags & F_CONTENTLENGTH) && parser->content_length > 0);
    g->m_expectContinue = hasBody && g->m_expect.compare("100-continue", Qt::CaseInsensitive) == 0;
    return 0;
}

int RequestFramer::onBody(http_parser *parser, const char *, size_t length)
{
    auto *g = framerOf(parser);
    g->m_bodyBytes += qint64(length);
    if (g->m_bodyBytes > g->m_limits.bodyLimit) { // a chunked body that grew past the limit
        return g->fail(
            413, Core::rejectCode(Core::RejectReason::BodyTooLarge),
            tr("the body is larger than the limit of %1 bytes").arg(g->m_limits.bodyLimit));
    }
    return 0;
}

int RequestFramer::onMessageComplete(http_parser *parser)
{
    auto *g = framerOf(parser);
    g->m_inMessage = false;
    g->m_expectContinue = false;
    g->m_messageCompleted = true;
    // HTTP/1.0 closes after every answer, even one that asked for keep-alive: that needs a
    // "Connection: keep-alive" in the answer, which QHttpServer does not write, and a strict
    // HTTP/1.0 client waits for the close otherwise (for the idle deadline).
    g->m_completedKeepAlive = http_should_keep_alive(parser) != 0
        && (parser->http_major > 1 || (parser->http_major == 1 && parser->http_minor >= 1));
    g->m_lineState = LineState::Waiting; // the next request's line is checked too
    // Pause so that http_parser_execute() returns right after this request's last byte: that is
    // how the guard learns the request's end offset in the stream.
    http_parser_pause(parser, 1);
    return 0;
}

} // namespace Hookyard::Receiver
