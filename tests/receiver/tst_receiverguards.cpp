#include "rawhttpclient.h"
#include "receivertestkit.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cerrno>
#include <memory>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Hookyard;
using namespace Hookyard::ReceiverTest;

namespace {
const QString kId = QStringLiteral("0123456789abcdef0123456789abcdef");

QByteArray errorOf(const RawResponse &r)
{
    return QJsonDocument::fromJson(r.body)
        .object()
        .value(QStringLiteral("error"))
        .toString()
        .toUtf8();
}
} // namespace

// The transport guards Qt 6.4.2 lacks (QT64-NOTES.md), driven with a raw QTcpSocket. After every
// test the server must still answer a legitimate delivery (cleanup()).
class TestReceiverGuards final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void malformedRequestLineIs400_data();
    void malformedRequestLineIs400();
    void hugeUrlIs414();
    void tooManyHeaderFieldsIs431();
    void oversizedHeaderIs431();
    void headerOverflowNeverRunsTheHandler();
    void contentLengthOverLimitIs413WithoutTheBody();
    void chunkedBodyOverLimitIs413();
    void chunkedBodyWithinLimitIsAccepted();
    void bodyInPiecesIsAccepted();
    void http10ClosesAfterTheAnswer();
    void stopClosesOpenConnections();
    void slowClientIsDropped();
    void slowBodyIsDropped();
    void shorterLaterDeadlineIsKept();
    void idleKeepAliveIsClosed();
    void keepAliveClientKeepsWorking();
    void pipelinedRequestsAreAnsweredInOrder();
    void pipelinedDeliveriesAreStoredAndAnsweredInOrder();
    void pipelinedValidAndForgedKeepTheirOrder();
    void connectionCloseIsHonoured();
    void clientThatDoesNotReadIsDropped();
    void connectionCapPerAddress();
    void connectionCapOverall();
    void expectContinueIsAnswered();
    void expectContinueOverLimitIs413();

private:
    QByteArray validRequest(const QString &eventId,
                            const QList<QPair<QByteArray, QByteArray>> &extra = {});
    // The same, signed for another harness (its own clock) than m_h.
    static QByteArray validRequestFor(const ReceiverHarness &harness, const QString &eventId,
                                      const QList<QPair<QByteArray, QByteArray>> &extra = {});
    QByteArray forgedRequest(const QString &eventId);
    std::unique_ptr<ReceiverHarness> m_h;
    int m_event = 0;
};

void TestReceiverGuards::init()
{
    Receiver::ReceiverConfig c = testConfig();
    c.bodyLimit = 16 * 1024;
    c.maxRequestLineBytes = 1024;
    c.maxHeaderBytes = 4096;
    c.maxHeaderFields = 20;
    c.maxConnections = 8;
    c.maxConnectionsPerAddress = 4;
    c.headerTimeoutMs = 300;
    c.requestTimeoutMs = 600;
    c.idleTimeoutMs = 500;
    c.rejectBurst = 1000;
    m_h = std::make_unique<ReceiverHarness>(c);
    m_h->setConnectors({ makeConnector(kId, QStringLiteral("billing")) });
    QVERIFY2(m_h->start(), qPrintable(m_h->error));
}

void TestReceiverGuards::cleanup()
{
    // The server keeps answering legitimate requests throughout.
    if (m_h && m_h->port()) {
        RawHttpClient client(m_h->port());
        QVERIFY(client.isConnected());
        client.send(validRequest(QStringLiteral("evt_after_%1").arg(++m_event)));
        const auto answers = client.read(1);
        QCOMPARE(answers.size(), 1);
        QCOMPARE(answers.first().status, 200);
    }
    m_h.reset();
}

QByteArray TestReceiverGuards::validRequest(const QString &eventId,
                                            const QList<QPair<QByteArray, QByteArray>> &extra)
{
    return validRequestFor(*m_h, eventId, extra);
}

QByteArray TestReceiverGuards::validRequestFor(const ReceiverHarness &harness,
                                               const QString &eventId,
                                               const QList<QPair<QByteArray, QByteArray>> &extra)
{
    const QByteArray body = eventBody(eventId);
    auto headers = extra;
    headers.append({ QByteArrayLiteral("Stripe-Signature"), harness.sign(body) });
    headers.append({ QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json") });
    return rawRequest("POST", harness.path(kId).toUtf8(), body, headers);
}

QByteArray TestReceiverGuards::forgedRequest(const QString &eventId)
{
    const QByteArray body = eventBody(eventId);
    return rawRequest(
        "POST", m_h->path(kId).toUtf8(), body,
        { { QByteArrayLiteral("Stripe-Signature"),
            signatureFor(body, m_h->clock.nowSecs(), QByteArrayLiteral("whsec_forged")) },
          { QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json") } });
}

void TestReceiverGuards::malformedRequestLineIs400_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("garbage") << QByteArrayLiteral("GARBAGE\r\n\r\n");
    QTest::newRow("no version") << QByteArrayLiteral("POST /webhooks/stripe/x\r\n\r\n");
    QTest::newRow("bad version") << QByteArrayLiteral("POST / HTTQ/1.1\r\n\r\n");
    QTest::newRow("binary") << QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03", 11);
    QTest::newRow("space in header name")
        << QByteArrayLiteral("POST / HTTP/1.1\r\nHost: x\r\nBad Name: y\r\n\r\n");
    QTest::newRow("two lengths") << QByteArrayLiteral(
        "POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab");
    QTest::newRow("length and chunked") << QByteArrayLiteral(
        "POST / HTTP/1.1\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n");
    QTest::newRow("chunked trailer") << QByteArrayLiteral(
        "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n1\r\na\r\n0\r\nX-T: 1\r\n\r\n");
    QTest::newRow("gzip encoding") << QByteArrayLiteral(
        "POST / HTTP/1.1\r\nTransfer-Encoding: gzip, chunked\r\n\r\n0\r\n\r\n");
    QTest::newRow("upgrade") << QByteArrayLiteral(
        "GET / HTTP/1.1\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\n");
}

void TestReceiverGuards::malformedRequestLineIs400()
{
    QFETCH(QByteArray, bytes);
    RawHttpClient client(m_h->port());
    client.send(bytes);
    const auto answers = client.read(1);
    QCOMPARE(answers.size(), 1);
    QCOMPARE(answers.first().status, 400);
    QCOMPARE(errorOf(answers.first()), QByteArrayLiteral("bad_request"));
    QVERIFY(client.waitClosed(3000));
}

void TestReceiverGuards::hugeUrlIs414()
{
    RawHttpClient client(m_h->port());
    // Sent without the rest of the request: the limit bites while the line is still arriving.
    client.send("POST /webhooks/stripe/" + QByteArray(64 * 1024, 'a'));
    const auto answers = client.read(1);
    QCOMPARE(answers.size(), 1);
    QCOMPARE(answers.first().status, 414);
    QVERIFY(client.waitClosed(3000));
}

void TestReceiverGuards::tooManyHeaderFieldsIs431()
{
    QList<QPair<QByteArray, QByteArray>> headers;
    for (int i = 0; i < 25; ++i)
        headers.append({ "X-Filler-" + QByteArray::number(i), QByteArrayLiteral("1") });
    RawHttpClient client(m_h->port());
    client.send(validRequest(QStringLiteral("evt_fields"), headers));
    const auto answers = client.read(1);
    QCOMPARE(answers.size(), 1);
    QCOMPARE(answers.first().status, 431);
    QCOMPARE(errorOf(answers.first()), QByteArrayLiteral("headers_too_large"));
}

void TestReceiverGuards::oversizedHeaderIs431()
{
    RawHttpClient client(m_h->port());
    client.send(validRequest(QStringLiteral("evt_bighdr"), { { "X-Big", QByteArray(5000, 'b') } }));
    const auto answers = client.read(1);
    QCOMPARE(answers.size(), 1);
    QCOMPARE(answers.first().status, 431);
}

void TestReceiverGuards::headerOverflowNeverRunsTheHandler()
{
    // Past Qt 6.4's own limits (~100 fields, 256 KiB) it would run the handler with no headers
    // and an empty body. The guard must answer 431 first, and nothing may be stored.
    QList<QPair<QByteArray, QByteArray>> headers;
    for (int i = 0; i < 150; ++i)
        headers.append({ "X-Filler-" + QByteArray::number(i), QByteArray(2000, 'f') });
    RawHttpClient client(m_h->port());
    client.send(validRequest(QStringLiteral("evt_overflow"), headers));
    const auto answers = client.read(1);
    QCOMPARE(answers.size(), 1);
    QCOMPARE(answers.first().status, 431);
    QCOMPARE(m_h->count(QStringLiteral("SELECT count(*) FROM deliveries")), 0);
}

void TestReceiverGuards::contentLengthOverLimitIs413WithoutTheBody()
{
    RawHttpClient client(m_h->port());
    client.send("POST " + m_h->path(kId).toUtf8()
                + " HTTP/1.1\r\nHost: x\r\nContent-Length: 10485760\r\n\r\n");
    const auto answers = client.read(1); // no body sent at all
    QCOMPARE(answers.size(), 1);
    QCOMPARE(answers.first().status, 413);
    QCOMPARE(errorOf(answers.first()), QByteArrayLiteral("body_too_large"));
    QVERIFY(client.waitClosed(3000));
}

void TestReceiverGuards::chunkedBodyOverLimitIs413()
{
    RawHttpClient client(m_h->port());
    client.send("POST " + m_h->path(kId).toUtf8()
                + " HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n");
    QList<RawResponse> answers;
    for (int i = 0; i < 40 && answers.isEmpty() && client.isConnected(); ++i) {
        client.send("1000\r\n" + QByteArray(4096, 'c') + "\r\n");
        answers = client.read(1, 20);
    }
    if (answers.isEmpty())
        answers = client.read(1);
    QCOMPARE(answers.size(), 1);
    QCOMPARE(answers.first().status, 413);
}

void TestReceiverGuards::chunkedBodyWithinLimitIsAccepted()
{
    const QByteArray body = eventBody(QStringLiteral("evt_chunked"));
    QByteArray chunked;
    for (qsizetype i = 0; i < body.size(); i += 500) {
        const QByteArray part = body.mid(i, 500);
        chunked += QByteArray::number(part.size(), 16) + "\r\n" + part + "\r\n";
    }
    chunked += "0\r\n\r\n";
    RawHttpClient client(m_h->port());
    client.send(rawRequest(
        "POST", m_h->path(kId).toUtf8(), chunked,
        { { "Transfer-Encoding", "chunked" }, { "Stripe-Signature", m_h->sign(body) } }));
    const auto answers = client.read(1);
    QCOMPARE(answers.size(), 1);
    QCOMPARE(answers.first().status, 200);
}

void TestReceiverGuards::bodyInPiecesIsAccepted()
{
    // QHttpServer keeps a partial request in an open socket transaction; the guard must keep
    // its own count of what it has seen across many readyRead() calls.
    const QByteArray request = validRequest(QStringLiteral("evt_pieces"));
    RawHttpClient client(m_h->port());
    for (qsizetype i = 0; i < request.size(); i += 97) {
        client.send(request.mid(i, 97));
        if (i % 970 == 0)
            QTest::qWait(10);
    }
    const auto answers = client.read(1);
    QCOMPARE(answers.size(), 1);
    QCOMPARE(answers.first().status, 200);
    // And a second one on the same connection, also in pieces.
    const QByteArray second = validRequest(QStringLiteral("evt_pieces_2"));
    client.send(second.left(10));
    QTest::qWait(20);
    client.send(second.mid(10));
    QCOMPARE(client.read(1).value(0).status, 200);
}

void TestReceiverGuards::http10ClosesAfterTheAnswer()
{
    RawHttpClient client(m_h->port());
    client.send(QByteArrayLiteral("GET /nothing HTTP/1.0\r\n\r\n"));
    QCOMPARE(client.read(1).value(0).status, 404);
    QVERIFY(client.waitClosed(3000));
    // Also when it asks for keep-alive: the answer has no "Connection: keep-alive", so an
    // HTTP/1.0 client would wait for the close.
    RawHttpClient keepAlive(m_h->port());
    keepAlive.send(validRequest(QStringLiteral("evt_http10"))
                       .replace("HTTP/1.1\r\n", "HTTP/1.0\r\nConnection: keep-alive\r\n"));
    QCOMPARE(keepAlive.read(1).value(0).status, 200);
    // A next request on it is not answered: the connection was closing after the first answer.
    keepAlive.send(validRequest(QStringLiteral("evt_http10_next")));
    QVERIFY(keepAlive.read(1, 1000).isEmpty());
    QVERIFY(keepAlive.waitClosed(3000));
}

void TestReceiverGuards::stopClosesOpenConnections()
{
    RawHttpClient idle(m_h->port());
    RawHttpClient partial(m_h->port());
    idle.send(validRequest(QStringLiteral("evt_before_stop")));
    QCOMPARE(idle.read(1).value(0).status, 200);
    partial.send("POST " + m_h->path(kId).toUtf8() + " HTTP/1.1\r\nHost: x\r\n");
    QTest::qWait(50);
    m_h->stop();
    QVERIFY(idle.waitClosed(3000));
    QVERIFY(partial.waitClosed(3000));
    QVERIFY(!m_h->receiver->isListening());
    QVERIFY(m_h->start()); // and it starts again (cleanup() checks it answers)
}

void TestReceiverGuards::slowClientIsDropped()
{
    RawHttpClient client(m_h->port());
    QElapsedTimer t;
    t.start();
    client.send("POST " + m_h->path(kId).toUtf8() + " HTTP/1.1\r\nHost: x\r\n");
    // Slowloris: one more header line now and then, never the end of the headers.
    for (int i = 0; i < 10 && client.isConnected(); ++i) {
        client.send("X-Slow-" + QByteArray::number(i) + ": 1\r\n");
        QTest::qWait(100);
    }
    QVERIFY(client.waitClosed(3000));
    QVERIFY2(t.elapsed() < 2500, "dropped after the header deadline");
    const auto answers = client.read(1, 10);
    if (!answers.isEmpty())
        QCOMPARE(answers.first().status, 408);
}

void TestReceiverGuards::slowBodyIsDropped()
{
    RawHttpClient client(m_h->port());
    client.send("POST " + m_h->path(kId).toUtf8()
                + " HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\n");
    for (int i = 0; i < 20 && client.isConnected(); ++i) {
        client.send("x");
        QTest::qWait(100);
    }
    QVERIFY(client.waitClosed(3000));
}

void TestReceiverGuards::shorterLaterDeadlineIsKept()
{
    // A later phase may have a shorter deadline than the one armed before it: here the idle
    // deadline after an answer (300 ms) is due long before the request's (20 s, armed while the
    // request was read). The idle connection must be closed on the shorter one.
    Receiver::ReceiverConfig c = testConfig();
    c.headerTimeoutMs = 20'000;
    c.requestTimeoutMs = 20'000;
    c.idleTimeoutMs = 300;
    ReceiverHarness h(c);
    h.setConnectors({ makeConnector(kId, QStringLiteral("billing")) });
    QVERIFY2(h.start(), qPrintable(h.error));
    RawHttpClient client(h.port());
    client.send(validRequestFor(h, QStringLiteral("evt_short_idle")));
    QCOMPARE(client.read(1).value(0).status, 200);
    QVERIFY2(client.waitClosed(5000), "closed at the idle deadline, not the request deadline");
}

void TestReceiverGuards::idleKeepAliveIsClosed()
{
    RawHttpClient client(m_h->port());
    client.send(validRequest(QStringLiteral("evt_idle")));
    QCOMPARE(client.read(1).value(0).status, 200);
    QElapsedTimer t;
    t.start();
    QVERIFY(client.waitClosed(3000));
    QVERIFY(t.elapsed() >= 300);
}

void TestReceiverGuards::keepAliveClientKeepsWorking()
{
    RawHttpClient client(m_h->port());
    for (int i = 0; i < 5; ++i) {
        client.send(validRequest(QStringLiteral("evt_ka_%1").arg(i)));
        const auto answers = client.read(1);
        QCOMPARE(answers.size(), 1);
        QCOMPARE(answers.first().status, 200);
        QTest::qWait(200); // under the idle timeout each time, over it in total
    }
    QVERIFY(client.isConnected());
}

void TestReceiverGuards::pipelinedRequestsAreAnsweredInOrder()
{
    RawHttpClient client(m_h->port());
    QByteArray all = rawRequest("GET", "/nothing-here");
    all += validRequest(QStringLiteral("evt_pipe_1"));
    all += rawRequest("GET", m_h->path(kId).toUtf8());
    all += validRequest(QStringLiteral("evt_pipe_2"));
    client.send(all); // one write: the server finds several requests in one read
    const auto answers = client.read(4);
    QCOMPARE(answers.size(), 4);
    QCOMPARE(answers[0].status, 404);
    QCOMPARE(answers[1].status, 200);
    QVERIFY(answers[1].body.contains("evt_pipe_1"));
    QCOMPARE(answers[2].status, 405);
    QCOMPARE(answers[3].status, 200);
    QVERIFY(answers[3].body.contains("evt_pipe_2"));
    QVERIFY(client.isConnected());
}

void TestReceiverGuards::pipelinedDeliveriesAreStoredAndAnsweredInOrder()
{
    // Each answer is held by the connection until its delivery's batch commits (CommitBatch):
    // the second must neither overtake the first nor be lost behind it.
    RawHttpClient client(m_h->port());
    client.send(validRequest(QStringLiteral("evt_pipe_a"))
                + validRequest(QStringLiteral("evt_pipe_b")));
    const auto answers = client.read(2);
    QCOMPARE(answers.size(), 2);
    QCOMPARE(answers[0].status, 200);
    QVERIFY(answers[0].body.contains("\"evt_pipe_a\""));
    QCOMPARE(answers[1].status, 200);
    QVERIFY(answers[1].body.contains("\"evt_pipe_b\""));
    QCOMPARE(m_h->count(QStringLiteral("SELECT count(*) FROM events WHERE stripe_id IN "
                                       "('evt_pipe_a', 'evt_pipe_b')")),
             2);
    QCOMPARE(m_h->count(QStringLiteral("SELECT count(*) FROM deliveries WHERE outcome='accepted'")),
             2);
    QVERIFY(client.isConnected());
}

void TestReceiverGuards::pipelinedValidAndForgedKeepTheirOrder()
{
    // A rejection is not staged: written while the connection still holds a staged answer, it
    // must wait behind it; written first, it goes out first.
    RawHttpClient client(m_h->port());
    client.send(validRequest(QStringLiteral("evt_vf_valid"))
                + forgedRequest(QStringLiteral("evt_vf_forged")));
    auto answers = client.read(2);
    QCOMPARE(answers.size(), 2);
    QCOMPARE(answers[0].status, 200);
    QVERIFY(answers[0].body.contains("\"evt_vf_valid\""));
    QCOMPARE(answers[1].status, 400);
    QCOMPARE(errorOf(answers[1]), QByteArrayLiteral("signature_mismatch"));

    client.send(forgedRequest(QStringLiteral("evt_fv_forged"))
                + validRequest(QStringLiteral("evt_fv_valid")));
    answers = client.read(2);
    QCOMPARE(answers.size(), 2);
    QCOMPARE(answers[0].status, 400);
    QCOMPARE(errorOf(answers[0]), QByteArrayLiteral("signature_mismatch"));
    QCOMPARE(answers[1].status, 200);
    QVERIFY(answers[1].body.contains("\"evt_fv_valid\""));

    QCOMPARE(m_h->count(QStringLiteral("SELECT count(*) FROM events WHERE stripe_id IN "
                                       "('evt_vf_valid', 'evt_fv_valid')")),
             2);
    QCOMPARE(m_h->count(QStringLiteral("SELECT count(*) FROM events WHERE stripe_id LIKE "
                                       "'%forged'")),
             0);
    QTRY_COMPARE(m_h->count(QStringLiteral(
                     "SELECT count(*) FROM deliveries WHERE reason='signature_mismatch'")),
                 2);
}

void TestReceiverGuards::connectionCloseIsHonoured()
{
    RawHttpClient client(m_h->port());
    QByteArray both = validRequest(QStringLiteral("evt_close"), { { "Connection", "close" } });
    both += validRequest(QStringLiteral("evt_after_close")); // must not be served
    client.send(both);
    const auto answers = client.read(2, 1000);
    QCOMPARE(answers.size(), 1);
    QCOMPARE(answers.first().status, 200);
    QVERIFY(client.waitClosed(3000));
    QCOMPARE(
        m_h->count(QStringLiteral("SELECT count(*) FROM events WHERE stripe_id='evt_after_close'")),
        0);
}

void TestReceiverGuards::clientThatDoesNotReadIsDropped()
{
    // Pipelined requests sent as fast as the server takes them, their answers (405) never read:
    // without a bound the answers piled up in the server (tens of MB a second). A plain socket
    // with a small receive buffer: QTcpSocket would read the answers in the background.
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    QVERIFY(fd >= 0);
    const int small = 4096;
    ::setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &small, sizeof small);
    const timeval sendTimeout { 1, 0 };
    ::setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &sendTimeout, sizeof sendTimeout);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_port = htons(m_h->port());
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    QCOMPARE(::connect(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address), 0);

    const QByteArray batch = rawRequest("GET", m_h->path(kId).toUtf8()).repeated(50);
    constexpr qint64 giveUpAfterBytes = 512 * 1024 * 1024;
    qint64 sent = 0;
    int error = 0;
    QElapsedTimer t;
    t.start();
    while (error == 0 && sent < giveUpAfterBytes && t.elapsed() < 30'000) {
        const ssize_t n = ::send(fd, batch.constData(), size_t(batch.size()), MSG_NOSIGNAL);
        if (n > 0)
            sent += n;
        else if (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)
            error = errno;
    }
    ::close(fd);
    QVERIFY2(error == ECONNRESET || error == EPIPE,
             qPrintable(QStringLiteral("still connected after sending %1 bytes (errno %2)")
                            .arg(sent)
                            .arg(error)));
    // Dropped once a MiB of answers waited, behind the kernel's buffers and the read buffer cap.
    QVERIFY2(sent < 64 * 1024 * 1024, qPrintable(QString::number(sent)));
}

void TestReceiverGuards::connectionCapPerAddress()
{
    std::vector<std::unique_ptr<RawHttpClient>> held;
    for (int i = 0; i < 4; ++i) {
        held.push_back(std::make_unique<RawHttpClient>(m_h->port()));
        held.back()->send(validRequest(QStringLiteral("evt_cap_%1").arg(i)));
        QCOMPARE(held.back()->read(1).value(0).status, 200); // accepted and counted
    }
    RawHttpClient refused(m_h->port());
    refused.send(validRequest(QStringLiteral("evt_cap_refused")));
    const auto answers = refused.read(1);
    QCOMPARE(answers.size(), 1);
    QCOMPARE(answers.first().status, 503);
    QCOMPARE(answers.first().header("Retry-After"), QByteArrayLiteral("1"));
    QVERIFY(refused.waitClosed(3000));
    // Another address is not affected by this one's cap.
    RawHttpClient other(m_h->port(), QHostAddress(QStringLiteral("127.0.0.2")));
    other.send(validRequest(QStringLiteral("evt_cap_other")));
    QCOMPARE(other.read(1).value(0).status, 200);
    // A slot frees up when a connection closes.
    held.front()->socket().disconnectFromHost();
    held.erase(held.begin());
    QTest::qWait(100);
    held.clear();
    QTest::qWait(100);
}

void TestReceiverGuards::connectionCapOverall()
{
    std::vector<std::unique_ptr<RawHttpClient>> held;
    for (int i = 0; i < 8; ++i) {
        const QHostAddress from(QStringLiteral("127.0.0.%1").arg(2 + i % 4));
        held.push_back(std::make_unique<RawHttpClient>(m_h->port(), from));
        held.back()->send(validRequest(QStringLiteral("evt_all_%1").arg(i)));
        QCOMPARE(held.back()->read(1).value(0).status, 200);
    }
    RawHttpClient refused(m_h->port(), QHostAddress(QStringLiteral("127.0.0.9")));
    refused.send(validRequest(QStringLiteral("evt_all_refused")));
    QCOMPARE(refused.read(1).value(0).status, 503);
    held.clear();
    QTest::qWait(200); // the slots free up before cleanup() connects again
}

void TestReceiverGuards::expectContinueIsAnswered()
{
    const QByteArray body = eventBody(QStringLiteral("evt_expect"), QStringLiteral("x.y"), 4000);
    RawHttpClient client(m_h->port());
    client.send("POST " + m_h->path(kId).toUtf8()
                + " HTTP/1.1\r\nHost: x\r\nContent-Length: " + QByteArray::number(body.size())
                + "\r\nExpect: 100-continue\r\nStripe-Signature: " + m_h->sign(body) + "\r\n\r\n");
    QElapsedTimer t;
    t.start();
    auto answers = client.read(1, 900);
    QCOMPARE(answers.size(), 1);
    QCOMPARE(answers.first().status, 100);
    QVERIFY(t.elapsed() < 900);
    client.send(body);
    answers = client.read(1);
    QCOMPARE(answers.size(), 1);
    QCOMPARE(answers.first().status, 200);
}

void TestReceiverGuards::expectContinueOverLimitIs413()
{
    RawHttpClient client(m_h->port());
    client.send("POST " + m_h->path(kId).toUtf8()
                + " HTTP/1.1\r\nHost: x\r\nContent-Length: 999999\r\nExpect: 100-continue\r\n\r\n");
    const auto answers = client.read(1);
    QCOMPARE(answers.size(), 1);
    QCOMPARE(answers.first().status, 413); // and never a 100 Continue first
}

QTEST_MAIN(TestReceiverGuards)
#include "tst_receiverguards.moc"
