#include "receiver/requestframer.h"

#include <QTest>

using Hookyard::Receiver::GuardLimits;
using Hookyard::Receiver::RequestFramer;

namespace {
GuardLimits limits()
{
    GuardLimits l;
    l.bodyLimit = 100;
    l.maxRequestLineBytes = 64;
    l.maxHeaderBytes = 256;
    l.maxHeaderFields = 5;
    return l;
}

QByteArray post(const QByteArray &body, const QByteArray &extra = {})
{
    return "POST /a HTTP/1.1\r\nHost: x\r\n" + extra
        + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}
} // namespace

// The framing the connection guard relies on, without sockets: where each request ends in the
// stream, and which status refuses which request.
class TestRequestFramer final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pipelinedRequestsEndAtTheirLastByte()
    {
        RequestFramer framer(limits());
        const QByteArray a = post("hello");
        const QByteArray b = "GET /b HTTP/1.1\r\nHost: x\r\n\r\n";
        const QByteArray c =
            "POST /c HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n";
        const QByteArray all = a + b + c;
        QList<RequestFramer::Message> done;
        framer.feed(all.constData(), all.size(), &done);
        QVERIFY(!framer.error());
        QCOMPARE(done.size(), 3);
        QCOMPARE(done[0].end, a.size());
        QCOMPARE(done[1].end, a.size() + b.size());
        QCOMPARE(done[2].end, all.size());
        QVERIFY(done[0].keepAlive && done[1].keepAlive && done[2].keepAlive);
        QCOMPARE(framer.requestsBegun(), 3);
    }
    void byteByByteGivesTheSameOffsets()
    {
        RequestFramer framer(limits());
        const QByteArray all = post("x") + post("yz", "Expect: 100-continue\r\n");
        QList<RequestFramer::Message> done;
        bool sawExpect = false;
        for (qsizetype i = 0; i < all.size(); ++i) {
            framer.feed(all.constData() + i, 1, &done);
            sawExpect = sawExpect || framer.expectsContinue();
        }
        QVERIFY(!framer.error());
        QCOMPARE(done.size(), 2);
        QCOMPARE(done[0].end, post("x").size());
        QCOMPARE(done[1].end, all.size());
        QVERIFY(sawExpect);
    }
    void closeEndsTheStream()
    {
        RequestFramer framer(limits());
        const QByteArray all = post("a", "Connection: close\r\n") + post("b");
        QList<RequestFramer::Message> done;
        framer.feed(all.constData(), all.size(), &done);
        QCOMPARE(done.size(), 1);
        QVERIFY(!done[0].keepAlive);
        QVERIFY(framer.stopped());
        const QByteArray old = "GET / HTTP/1.0\r\n\r\n";
        RequestFramer http10(limits());
        done.clear();
        http10.feed(old.constData(), old.size(), &done);
        QCOMPARE(done.size(), 1);
        QVERIFY(!done[0].keepAlive);
    }
    // The three fields framing reads are matched in any case; the values of the others are not
    // kept, and an empty value still counts (a second, empty Expect cancels the first).
    void framingFieldsInAnyCase()
    {
        RequestFramer framer(limits());
        const QByteArray all = post("a", "CONNECTION: Close\r\n") + post("b");
        QList<RequestFramer::Message> done;
        framer.feed(all.constData(), all.size(), &done);
        QCOMPARE(done.size(), 1);
        QVERIFY(!done[0].keepAlive);
        QVERIFY(framer.stopped());

        RequestFramer expect(limits());
        const QByteArray head =
            "POST /a HTTP/1.1\r\neXpEcT: 100-continue\r\nContent-Length: 2\r\n\r\n";
        done.clear();
        expect.feed(head.constData(), head.size(), &done);
        QVERIFY(expect.expectsContinue());

        RequestFramer cancelled(limits());
        const QByteArray twice =
            "POST /a HTTP/1.1\r\nExpect: 100-continue\r\nExpect:\r\nContent-Length: 2\r\n\r\n";
        cancelled.feed(twice.constData(), twice.size(), &done);
        QVERIFY(!cancelled.error());
        QVERIFY(!cancelled.expectsContinue());

        RequestFramer te(limits());
        const QByteArray gzip = "POST /a HTTP/1.1\r\nTRANSFER-ENCODING: gzip, chunked\r\n\r\n";
        te.feed(gzip.constData(), gzip.size(), &done);
        QVERIFY(te.error().has_value());
        QCOMPARE(te.error()->status, 400);
    }
    // The request line's shape: three words, any whitespace between them, then the version.
    void requestLineWords_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<int>("framed"); // -1: refused with 400
        QTest::newRow("plain") << QByteArray("POST /a HTTP/1.1") << 2;
        QTest::newRow("1.0 ends the stream") << QByteArray("POST /a HTTP/1.0") << 1;
        QTest::newRow("two spaces") << QByteArray("POST  /a HTTP/1.1") << 2;
        QTest::newRow("no version") << QByteArray("POST /a") << -1;
        QTest::newRow("four words") << QByteArray("POST /a HTTP/1.1 x") << -1;
        QTest::newRow("version 2") << QByteArray("POST /a HTTP/2.0") << -1;
    }
    void requestLineWords()
    {
        QFETCH(QByteArray, line);
        QFETCH(int, framed);
        // Twice on one framer: the line's buffer is reused for the second request.
        const QByteArray request = line + "\r\nHost: x\r\nContent-Length: 0\r\n\r\n";
        const QByteArray all = request + request;
        RequestFramer framer(limits());
        QList<RequestFramer::Message> done;
        framer.feed(all.constData(), all.size(), &done);
        QCOMPARE(done.size(), qMax(0, framed));
        QCOMPARE(framer.error().has_value(), framed < 0);
        if (framed < 0)
            QCOMPARE(framer.error()->status, 400);
    }
    void refusals_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("status");
        QTest::newRow("long url") << QByteArray("GET /" + QByteArray(100, 'u')) << 414;
        QTest::newRow("many fields") << post("", "A: 1\r\nB: 1\r\nC: 1\r\nD: 1\r\nE: 1\r\n") << 431;
        QTest::newRow("big header") << post("", "A: " + QByteArray(300, 'v') + "\r\n") << 431;
        QTest::newRow("content-length")
            << QByteArray("POST / HTTP/1.1\r\nContent-Length: 101\r\n\r\n") << 413;
        QTest::newRow("chunked grows")
            << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n40\r\n"
                          + QByteArray(64, 'a') + "\r\n40\r\n" + QByteArray(64, 'b') + "\r\n")
            << 413;
        QTest::newRow("http/0.9") << QByteArray("GET /\r\n\r\n") << 400;
        QTest::newRow("not http") << QByteArray("GET / HTTQ/1.1\r\n\r\n") << 400;
        QTest::newRow("garbage") << QByteArray("\x01\x02\x03 / HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("unknown method") << QByteArray("FOO / HTTP/1.1\r\n\r\n") << 405;
        QTest::newRow("lower-case method") << QByteArray("post / HTTP/1.1\r\n\r\n") << 405;
        QTest::newRow("space in name") << QByteArray("GET / HTTP/1.1\r\nA B: 1\r\n\r\n") << 400;
        QTest::newRow("smuggling") << QByteArray(
            "POST / HTTP/1.1\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n")
                                   << 400;
        QTest::newRow("upgrade") << QByteArray(
            "GET / HTTP/1.1\r\nConnection: upgrade\r\nUpgrade: h2c\r\n\r\n")
                                 << 400;
        QTest::newRow("trailer") << QByteArray(
            "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\nT: 1\r\n\r\n")
                                 << 400;
    }
    void refusals()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, status);
        RequestFramer framer(limits());
        QList<RequestFramer::Message> done;
        framer.feed(bytes.constData(), bytes.size(), &done);
        QVERIFY(framer.error().has_value());
        QCOMPARE(framer.error()->status, status);
        QVERIFY(done.isEmpty());
        // Nothing is framed after an error.
        const QByteArray more = post("ok");
        framer.feed(more.constData(), more.size(), &done);
        QVERIFY(done.isEmpty());
    }
    // A TLS ClientHello on this plain-HTTP port says so, at once or byte by byte.
    void tlsHandshakeSaysPlainHttp()
    {
        const QByteArray hello = QByteArray::fromHex("16030102000100"
                                                     "01fc0303")
            + QByteArray(40, '\x5a');
        for (const bool byteByByte : { false, true }) {
            RequestFramer framer(limits());
            QList<RequestFramer::Message> done;
            for (qsizetype i = 0; i < hello.size() && !framer.error();
                 i += byteByByte ? 1 : hello.size())
                framer.feed(hello.constData() + i, byteByByte ? 1 : hello.size(), &done);
            QVERIFY(framer.error().has_value());
            QCOMPARE(framer.error()->status, 400);
            QVERIFY2(framer.error()->message.startsWith(
                         QLatin1String("this port speaks plain HTTP, not HTTPS")),
                     qPrintable(framer.error()->message));
        }
    }
    // The target of the request being framed, so that a refusal is counted for its connector.
    void targetOfTheRequestBeingFramed()
    {
        RequestFramer framer(limits());
        QList<RequestFramer::Message> done;
        QVERIFY(framer.target().isEmpty());
        const QByteArray first = post("a");
        framer.feed(first.constData(), first.size(), &done);
        QCOMPARE(framer.target(), QByteArray("/a"));
        const QByteArray refused =
            "POST /webhooks/stripe/abc?x=1 HTTP/1.1\r\nContent-Length: 101\r\n\r\n";
        framer.feed(refused.constData(), refused.size(), &done);
        QCOMPARE(framer.error()->status, 413);
        QCOMPARE(framer.target(), QByteArray("/webhooks/stripe/abc?x=1"));

        // The second request's line is checked like the first one's.
        RequestFramer pipelined(limits());
        const QByteArray zeroNine = first + "GET /\r\n\r\n";
        pipelined.feed(zeroNine.constData(), zeroNine.size(), &done);
        QVERIFY(pipelined.error().has_value());
        QCOMPARE(pipelined.error()->status, 400);

        // A request line refused before it is complete has no target (not the previous one's).
        RequestFramer again(limits());
        again.feed(first.constData(), first.size(), &done);
        const QByteArray longLine = "GET /" + QByteArray(100, 'u');
        again.feed(longLine.constData(), longLine.size(), &done);
        QCOMPARE(again.error()->status, 414);
        QVERIFY(again.target().isEmpty());
    }
    // Clients and the kernel split a stream anywhere: one byte at a time must frame the same.
    void byteByByte()
    {
        RequestFramer framer(limits());
        const QByteArray all = "\r\n" + post("a") + post("bb");
        QList<RequestFramer::Message> done;
        for (qsizetype i = 0; i < all.size(); ++i)
            framer.feed(all.constData() + i, 1, &done);
        QVERIFY(!framer.error());
        QCOMPARE(done.size(), 2);
        QCOMPARE(done[0].end, 2 + post("a").size());
        QCOMPARE(done[1].end, all.size());
    }
    void refusalsByteByByte_data() { refusals_data(); }
    void refusalsByteByByte()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, status);
        RequestFramer framer(limits());
        QList<RequestFramer::Message> done;
        for (qsizetype i = 0; i < bytes.size(); ++i)
            framer.feed(bytes.constData() + i, 1, &done);
        QVERIFY(framer.error().has_value());
        QCOMPARE(framer.error()->status, status);
        QVERIFY(done.isEmpty());
    }
    // The request line may be the URL limit plus 33 bytes (method, version, slack) long; the URL
    // limit itself is onUrl's. A longer line is refused before http_parser sees its end.
    void requestLineLimit()
    {
        GuardLimits l = limits();
        l.maxRequestLineBytes = 64;
        const QByteArray fits = "OPTIONS * " + QByteArray(l.maxRequestLineBytes + 33 - 19, ' ')
            + "HTTP/1.1\r"; // 97 bytes before the LF
        QCOMPARE(fits.size(), l.maxRequestLineBytes + 33);
        {
            RequestFramer framer(l);
            QList<RequestFramer::Message> done;
            const QByteArray bytes = fits + "\nHost: x\r\n\r\n";
            framer.feed(bytes.constData(), bytes.size(), &done);
            QVERIFY(!framer.error() || framer.error()->status != 414);
        }
        {
            RequestFramer framer(l);
            QList<RequestFramer::Message> done;
            const QByteArray bytes = " " + fits + "\nHost: x\r\n\r\n";
            framer.feed(bytes.constData(), bytes.size(), &done);
            QVERIFY(framer.error().has_value());
            QCOMPARE(framer.error()->status, 414);
        }
    }
};

QTEST_APPLESS_MAIN(TestRequestFramer)
#include "tst_requestframer.moc"
