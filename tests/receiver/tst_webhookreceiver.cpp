#include "core/signatureverifier.h"
#include "rawhttpclient.h"
#include "receiver/webhookhandler.h"
#include "receivertestkit.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <functional>
#include <memory>
#include <vector>

using namespace Hookyard;
using namespace Hookyard::ReceiverTest;

namespace {
const QString kId = QStringLiteral("0123456789abcdef0123456789abcdef");
const QString kOtherId = QStringLiteral("fedcba9876543210fedcba9876543210");

// The notices of every deliveries() batch a spy caught that match.
int countNotices(const QSignalSpy &spy,
                 const std::function<bool(const Receiver::DeliveryNotice &)> &match)
{
    int n = 0;
    for (const auto &signal : spy) {
        const auto batch = signal.first().value<QList<Receiver::DeliveryNotice>>();
        n += int(std::count_if(batch.cbegin(), batch.cend(), match));
    }
    return n;
}

struct Answer
{
    int status = 0;
    QJsonObject json;
    QByteArray retryAfter;
    QByteArray allow;
    QByteArray contentType;
};
} // namespace

// Drives the real receiver over loopback with QNetworkAccessManager (QT64-NOTES.md "Testing").
class TestWebhookReceiver final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void acceptsANewEvent();
    void headerNamesInAnyCase();
    void repeatedHeadersAreJoined();
    void repeatedOrEmptySignatureHeaderIsNamed();
    void duplicateIsAckedWithoutASecondRun();
    void unknownAndDisabledConnectorsAre404();
    void otherPathsAre404Json();
    void wrongMethodIs405WithAllow();
    void unknownMethodIs405AndCloses();
    void headAnswerHasNoContent();
    void noSecretIs503();
    void unreadableSecretIs503WithItsReason();
    void badDeliveriesAre400_data();
    void badDeliveriesAre400();
    void bodyOverTheLimitIs413();
    void connectorRateLimitIs429WithRetryAfter();
    void forgedFloodIsThrottledButValidDeliveriesPass();
    void storageFailureIs503WithNothingHalfWritten();
    void concurrentDeliveriesAreAllStored();
    void failedBatchIs503ForEveryDelivery();
    void previousSecretAcceptedUntilExpiry();
    void connectorsChangeWhileServing();
    void rejectionsAreCountedAndRecorded();
    void portInUseFails();
    void unusableDataDirFails();

private:
    Answer post(const QString &connectorId, const QByteArray &body, const QByteArray &signature,
                const QByteArray &method = QByteArrayLiteral("POST"));
    Answer postEvent(const QString &eventId, const QString &connectorId = kId);
    QNetworkReply *startEvent(const QString &eventId); // not waited for

    std::unique_ptr<ReceiverHarness> m_h;
    QNetworkAccessManager m_nam;
};

void TestWebhookReceiver::init()
{
    m_h = std::make_unique<ReceiverHarness>();
    const QString tag = QString::fromLatin1(QTest::currentTestFunction());
    if (tag == QLatin1String("forgedFloodIsThrottledButValidDeliveriesPass")) {
        m_h->config.rejectRatePerSecond = 1;
        m_h->config.rejectBurst = 3;
    }
    if (tag == QLatin1String("bodyOverTheLimitIs413"))
        m_h->config.bodyLimit = 16 * 1024;
    m_h->setConnectors({ makeConnector(kId, QStringLiteral("billing")) });
    QVERIFY2(m_h->start(), qPrintable(m_h->error));
}

void TestWebhookReceiver::cleanup()
{
    m_h.reset();
}

Answer TestWebhookReceiver::post(const QString &connectorId, const QByteArray &body,
                                 const QByteArray &signature, const QByteArray &method)
{
    QNetworkRequest request(m_h->url(connectorId));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader(QByteArrayLiteral("User-Agent"), QByteArrayLiteral("Stripe/1.0"));
    if (!signature.isNull())
        request.setRawHeader(QByteArrayLiteral("Stripe-Signature"), signature);
    QNetworkReply *reply = method == "POST" ? m_nam.post(request, body)
                                            : m_nam.sendCustomRequest(request, method, body);
    Answer a;
    QElapsedTimer waited;
    waited.start();
    while (!reply->isFinished() && waited.elapsed() < 10'000)
        QTest::qWait(5);
    if (!reply->isFinished())
        return a; // status 0: the caller's QCOMPARE fails
    a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    a.json = QJsonDocument::fromJson(reply->readAll()).object();
    a.retryAfter = reply->rawHeader(QByteArrayLiteral("Retry-After"));
    a.allow = reply->rawHeader(QByteArrayLiteral("Allow"));
    a.contentType = reply->rawHeader(QByteArrayLiteral("Content-Type"));
    reply->deleteLater();
    return a;
}

Answer TestWebhookReceiver::postEvent(const QString &eventId, const QString &connectorId)
{
    const QByteArray body = eventBody(eventId);
    return post(connectorId, body, m_h->sign(body));
}

QNetworkReply *TestWebhookReceiver::startEvent(const QString &eventId)
{
    const QByteArray body = eventBody(eventId);
    QNetworkRequest request(m_h->url(kId));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader(QByteArrayLiteral("Stripe-Signature"), m_h->sign(body));
    return m_nam.post(request, body);
}

void TestWebhookReceiver::acceptsANewEvent()
{
    QSignalSpy notices(m_h->receiver.get(), &Receiver::WebhookReceiver::deliveries);
    const Answer a = postEvent(QStringLiteral("evt_new_1"));
    QCOMPARE(a.status, 200);
    QCOMPARE(a.contentType, QByteArrayLiteral("application/json"));
    QCOMPARE(a.json.value(QStringLiteral("received")).toBool(), true);
    QCOMPARE(a.json.value(QStringLiteral("id")).toString(), QStringLiteral("evt_new_1"));
    QVERIFY(!a.json.contains(QStringLiteral("duplicate")));
    // Acknowledged means committed: visible at once to another connection.
    QCOMPARE(m_h->count(QStringLiteral("SELECT count(*) FROM events WHERE stripe_id='evt_new_1'")),
             1);
    QCOMPARE(m_h->count(QStringLiteral("SELECT count(*) FROM runs")), 1);
    QTRY_VERIFY(!notices.isEmpty());
    const auto batch = notices.first().first().value<QList<Receiver::DeliveryNotice>>();
    QCOMPARE(batch.size(), 1);
    QCOMPARE(batch.first().eventId, QStringLiteral("evt_new_1"));
    QCOMPARE(batch.first().outcome, Core::DeliveryOutcome::Accepted);
    QCOMPARE(batch.first().connectorName, QStringLiteral("billing"));
    QCOMPARE(batch.first().runIds.size(), 1);
    QVERIFY(batch.first().deliveryRow > 0);
}

// HTTP header names are case-insensitive: a client that sends them in lower case (HTTP/2
// proxies, some tunnels) is served the same, and what is recorded of them is the same.
void TestWebhookReceiver::headerNamesInAnyCase()
{
    RawHttpClient client(m_h->port());
    QVERIFY(client.isConnected());
    const QByteArray body = eventBody(QStringLiteral("evt_lower_1"));
    client.socket().write(rawRequest(
        "POST", m_h->path(kId).toUtf8(), body,
        { { QByteArrayLiteral("stripe-signature"), m_h->sign(body) },
          { QByteArrayLiteral("user-agent"), QByteArrayLiteral("Stripe/1.0") },
          { QByteArrayLiteral("CONTENT-TYPE"), QByteArrayLiteral("application/json") } }));
    const auto answers = client.read(1);
    QCOMPARE(answers.size(), 1);
    QCOMPARE(answers.first().status, 200);
    QCOMPARE(
        m_h->count(QStringLiteral("SELECT count(*) FROM deliveries WHERE outcome='accepted' AND "
                                  "user_agent='Stripe/1.0' AND content_type='application/json'")),
        1);
}

// A header given twice reads as its values joined with ", " (as QHttpServerRequest::value()
// gives them); the others are not touched, and a name that is absent reads as empty.
void TestWebhookReceiver::repeatedHeadersAreJoined()
{
    Receiver::WebhookRequest r;
    r.userAgent = QByteArrayLiteral("from an earlier request");
    r.setHeaders({ { QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json") },
                   { QByteArrayLiteral("stripe-signature"), QByteArrayLiteral("t=1,v1=a") },
                   { QByteArrayLiteral("Host"), QByteArrayLiteral("x") },
                   { QByteArrayLiteral("Stripe-Signature"), QByteArrayLiteral("") },
                   { QByteArrayLiteral("STRIPE-SIGNATURE"), QByteArrayLiteral("v1=b") } });
    QCOMPARE(r.signature, QByteArrayLiteral("t=1,v1=a, , v1=b"));
    QCOMPARE(r.signatureHeaders, 3);
    QCOMPARE(r.contentType, QByteArrayLiteral("application/json"));
    QVERIFY(r.userAgent.isEmpty());
}

void TestWebhookReceiver::repeatedOrEmptySignatureHeaderIsNamed()
{
    const QByteArray body = eventBody(QStringLiteral("evt_twice"));
    const QByteArray valid = m_h->sign(body);
    const QByteArray path = "/webhooks/stripe/" + kId.toLatin1();
    const auto request = [&](const QByteArray &signatureLines) -> QByteArray {
        return "POST " + path + " HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            + signatureLines + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n"
            + body;
    };
    RawHttpClient client(m_h->port());
    // Twice, each valid on its own: still refused, and the message says why.
    client.send(request("Stripe-Signature: " + valid + "\r\nStripe-Signature: " + valid + "\r\n"));
    client.send(request("Stripe-Signature:\r\n"));
    const QList<RawResponse> answers = client.read(2);
    QCOMPARE(answers.size(), 2);
    const QJsonObject twice = QJsonDocument::fromJson(answers[0].body).object();
    QCOMPARE(answers[0].status, 400);
    QCOMPARE(twice.value(QStringLiteral("error")).toString(),
             QStringLiteral("malformed_signature"));
    QVERIFY2(twice.value(QStringLiteral("message"))
                 .toString()
                 .contains(QStringLiteral("2 Stripe-Signature headers")),
             answers[0].body.constData());
    const QJsonObject empty = QJsonDocument::fromJson(answers[1].body).object();
    QCOMPARE(answers[1].status, 400);
    QVERIFY2(empty.value(QStringLiteral("message")).toString().contains(QStringLiteral("empty")),
             answers[1].body.constData());
    QCOMPARE(m_h->count(QStringLiteral("SELECT count(*) FROM events")), 0);
}

void TestWebhookReceiver::duplicateIsAckedWithoutASecondRun()
{
    QCOMPARE(postEvent(QStringLiteral("evt_dup")).status, 200);
    m_h->clock.advanceMs(30'000); // Stripe retries later with a new t and signature
    const Answer again = postEvent(QStringLiteral("evt_dup"));
    QCOMPARE(again.status, 200);
    QCOMPARE(again.json.value(QStringLiteral("duplicate")).toBool(), true);
    QCOMPARE(again.json.value(QStringLiteral("id")).toString(), QStringLiteral("evt_dup"));
    QCOMPARE(m_h->count(QStringLiteral("SELECT count(*) FROM runs")), 1);
    QCOMPARE(m_h->count(QStringLiteral("SELECT count(*) FROM events")), 1);
    QCOMPARE(
        m_h->count(QStringLiteral("SELECT count(*) FROM deliveries WHERE outcome='duplicate'")), 1);
}

void TestWebhookReceiver::unknownAndDisabledConnectorsAre404()
{
    Answer a = postEvent(QStringLiteral("evt_x"), kOtherId);
    QCOMPARE(a.status, 404);
    QCOMPARE(a.json.value(QStringLiteral("error")).toString(), QStringLiteral("unknown_connector"));
    QVERIFY(!a.json.value(QStringLiteral("message")).toString().isEmpty());

    auto disabled = makeConnector(kId, QStringLiteral("billing"));
    disabled.connector.enabled = false;
    m_h->setConnectors({ disabled });
    a = postEvent(QStringLiteral("evt_y"));
    QCOMPARE(a.status, 404);
    QCOMPARE(a.json.value(QStringLiteral("error")).toString(),
             QStringLiteral("connector_disabled"));
}

void TestWebhookReceiver::otherPathsAre404Json()
{
    for (const QString &path : QStringList {
             QStringLiteral("/"), QStringLiteral("/webhooks/stripe/"),
             QStringLiteral("/webhooks/stripe/%1/extra").arg(kId), QStringLiteral("/favicon.ico"),
             // A webhook path is matched as sent: an encoded "/" is not a separator.
             QStringLiteral("/webhooks%2fstripe/") + kId,
             QStringLiteral("/webhooks/stripe%2F") + kId }) {
        QNetworkReply *reply = m_nam.get(QNetworkRequest(
            QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_h->port()).arg(path))));
        QTRY_VERIFY(reply->isFinished());
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);
        const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
        QCOMPARE(o.value(QStringLiteral("error")).toString(), QStringLiteral("not_found"));
        reply->deleteLater();
    }
}

void TestWebhookReceiver::wrongMethodIs405WithAllow()
{
    for (const QByteArray &method :
         { QByteArrayLiteral("GET"), QByteArrayLiteral("PUT"), QByteArrayLiteral("DELETE") }) {
        const Answer a = post(kId, QByteArray(), QByteArray(), method);
        QCOMPARE(a.status, 405);
        QCOMPARE(a.allow, QByteArrayLiteral("POST"));
        QCOMPARE(a.json.value(QStringLiteral("error")).toString(),
                 QStringLiteral("method_not_allowed"));
    }
}

void TestWebhookReceiver::unknownMethodIs405AndCloses()
{
    // Methods HTTP does not define, and a lower-case "post" (methods are case-sensitive): the
    // request cannot be framed, so it is answered and the connection closed.
    for (const QByteArray &method : { QByteArrayLiteral("FOO"), QByteArrayLiteral("post") }) {
        RawHttpClient client(m_h->port());
        QVERIFY(client.isConnected());
        client.send(method + " /webhooks/stripe/" + kId.toLatin1()
                    + " HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}");
        const QList<RawResponse> answers = client.read(1);
        QCOMPARE(answers.size(), 1);
        QCOMPARE(answers.first().status, 405);
        QCOMPARE(answers.first().header("Allow"), QByteArrayLiteral("POST"));
        QCOMPARE(QJsonDocument::fromJson(answers.first().body)
                     .object()
                     .value(QStringLiteral("error"))
                     .toString(),
                 QStringLiteral("method_not_allowed"));
        QVERIFY(client.waitClosed(3000));
    }
    QCOMPARE(postEvent(QStringLiteral("evt_after_foo")).status, 200); // still serving
}

void TestWebhookReceiver::headAnswerHasNoContent()
{
    RawHttpClient client(m_h->port());
    QVERIFY(client.isConnected());
    const QByteArray path = "/webhooks/stripe/" + kId.toLatin1();
    client.send("HEAD " + path + " HTTP/1.1\r\nHost: x\r\n\r\n");
    QByteArray bytes;
    QElapsedTimer waited;
    waited.start();
    while (!bytes.contains("\r\n\r\n") && waited.elapsed() < 3000) {
        if (client.socket().waitForReadyRead(100))
            bytes += client.socket().readAll();
    }
    QVERIFY2(bytes.startsWith("HTTP/1.1 405 "), bytes.constData());
    // Nothing after the header block, even a while later...
    client.socket().waitForReadyRead(300);
    bytes += client.socket().readAll();
    QVERIFY2(bytes.endsWith("\r\n\r\n"), bytes.constData());
    // ...and the kept-alive connection's next answer starts where it should.
    client.send("GET " + path + " HTTP/1.1\r\nHost: x\r\n\r\n");
    const QList<RawResponse> next = client.read(1);
    QCOMPARE(next.size(), 1);
    QCOMPARE(next.first().status, 405);
    QVERIFY(next.first().body.contains("method_not_allowed"));
}

void TestWebhookReceiver::noSecretIs503()
{
    m_h->setConnectors({ makeConnector(kId, QStringLiteral("billing"), QByteArray()) });
    const Answer a = postEvent(QStringLiteral("evt_nosecret"));
    QCOMPARE(a.status, 503);
    QCOMPARE(a.json.value(QStringLiteral("error")).toString(), QStringLiteral("no_signing_secret"));
    QCOMPARE(m_h->count(QStringLiteral("SELECT count(*) FROM events")), 0);
}

// A secret that is saved but cannot be read (a refused secrets file, a locked keychain) is not
// "no signing secret yet": the answer says it cannot be read, the record says why, and the
// answer does not carry the local reason (it names files on this machine).
void TestWebhookReceiver::unreadableSecretIs503WithItsReason()
{
    Core::ConnectorRuntime rt = makeConnector(kId, QStringLiteral("billing"), QByteArray());
    rt.connector.hasSecret = true;
    rt.secretProblem = QStringLiteral("the secrets file /data/secrets.json has mode 0644");
    m_h->setConnectors({ rt });
    const Answer a = postEvent(QStringLiteral("evt_unreadable"));
    QCOMPARE(a.status, 503);
    QCOMPARE(a.json.value(QStringLiteral("error")).toString(), QStringLiteral("no_signing_secret"));
    const QString message = a.json.value(QStringLiteral("message")).toString();
    QVERIFY2(message.contains(QLatin1String("saved but cannot be read")), qPrintable(message));
    QVERIFY2(!message.contains(QLatin1String("0644")), qPrintable(message));
    QTRY_COMPARE(m_h->count(QStringLiteral(
                     "SELECT count(*) FROM deliveries WHERE reason = 'no_signing_secret' AND "
                     "message LIKE '%saved but cannot be read%secrets.json has mode 0644'")),
                 1);
    QCOMPARE(m_h->count(QStringLiteral("SELECT count(*) FROM events")), 0);
}

void TestWebhookReceiver::badDeliveriesAre400_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("signature"); // "SIGN" = a valid one for the body
    QTest::addColumn<qint64>("skewSecs"); // signs with now - skew
    QTest::addColumn<QString>("code");

    const QByteArray body = eventBody(QStringLiteral("evt_bad"));
    QTest::newRow("missing") << body << QByteArray() << qint64(0)
                             << QStringLiteral("missing_signature");
    QTest::newRow("malformed") << body << QByteArrayLiteral("t=abc,v1=00") << qint64(0)
                               << QStringLiteral("malformed_signature");
    QTest::newRow("no v1") << body << QByteArrayLiteral("t=1700000000,v0=abcdef") << qint64(0)
                           << QStringLiteral("no_v1_signature");
    QTest::newRow("mismatch") << body << QByteArrayLiteral("FORGED") << qint64(0)
                              << QStringLiteral("signature_mismatch");
    QTest::newRow("too old") << body << QByteArrayLiteral("SIGN") << qint64(301)
                             << QStringLiteral("timestamp_out_of_tolerance");
    QTest::newRow("future") << body << QByteArrayLiteral("SIGN") << qint64(-301)
                            << QStringLiteral("timestamp_out_of_tolerance");
    QTest::newRow("empty body") << QByteArray() << QByteArrayLiteral("SIGN") << qint64(0)
                                << QStringLiteral("empty_body");
    QTest::newRow("not json") << QByteArrayLiteral("hello") << QByteArrayLiteral("SIGN")
                              << qint64(0) << QStringLiteral("invalid_event");
    QTest::newRow("no id") << QByteArrayLiteral("{\"object\":\"event\",\"type\":\"x.y\"}")
                           << QByteArrayLiteral("SIGN") << qint64(0)
                           << QStringLiteral("invalid_event");
}

void TestWebhookReceiver::badDeliveriesAre400()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, signature);
    QFETCH(qint64, skewSecs);
    QFETCH(QString, code);
    const qint64 t = m_h->clock.nowSecs() - skewSecs;
    if (signature == "SIGN")
        signature = signatureFor(body, t);
    else if (signature == "FORGED")
        signature = signatureFor(body, t, QByteArrayLiteral("whsec_not_the_right_one"));
    const Answer a = post(kId, body, signature);
    QCOMPARE(a.status, 400);
    QCOMPARE(a.json.value(QStringLiteral("error")).toString(), code);
    QVERIFY(!a.json.value(QStringLiteral("message")).toString().isEmpty());
    QCOMPARE(m_h->count(QStringLiteral("SELECT count(*) FROM events")), 0);
    // Recorded (batched, off the answer path), with its reason.
    QTRY_COMPARE(
        m_h->count(QStringLiteral("SELECT count(*) FROM deliveries WHERE reason='%1'").arg(code)),
        1);
}

void TestWebhookReceiver::bodyOverTheLimitIs413()
{
    QSignalSpy notices(m_h->receiver.get(), &Receiver::WebhookReceiver::deliveries);
    const QByteArray body = eventBody(QStringLiteral("evt_big"), QStringLiteral("x.y"), 20 * 1024);
    const Answer a = post(kId, body, m_h->sign(body));
    QCOMPARE(a.status, 413);
    QCOMPARE(a.json.value(QStringLiteral("error")).toString(), QStringLiteral("body_too_large"));
    QCOMPARE(postEvent(QStringLiteral("evt_small")).status, 200); // still serving
    // Refused before any handler ran, yet counted, recorded and shown for its connector like
    // every other rejection (the transport knows the target from the request line).
    QCOMPARE(m_h->receiver->rejectionCounts().value(kId).value(QStringLiteral("body_too_large")),
             1);
    QTRY_COMPARE(m_h->count(QStringLiteral("SELECT count(*) FROM deliveries WHERE "
                                           "reason='body_too_large' AND http_status=413 AND "
                                           "connector_id='%1' AND event_row IS NULL")
                                .arg(kId)),
                 1);
    QTRY_COMPARE(countNotices(notices,
                              [](const Receiver::DeliveryNotice &n) {
                                  return n.httpStatus == 413
                                      && n.reasonCode == QLatin1String("body_too_large")
                                      && n.connectorId == kId;
                              }),
                 1);
    // One for an unknown connector: counted, never recorded.
    const Answer unknown = post(kOtherId, body, m_h->sign(body));
    QCOMPARE(unknown.status, 413);
    QCOMPARE(
        m_h->receiver->rejectionCounts().value(QString()).value(QStringLiteral("body_too_large")),
        1);
    QTest::qWait(400); // a flush later
    QCOMPARE(m_h->count(QStringLiteral("SELECT count(*) FROM deliveries WHERE connector_id='%1'")
                            .arg(kOtherId)),
             0);
}

void TestWebhookReceiver::connectorRateLimitIs429WithRetryAfter()
{
    auto limited = makeConnector(kId, QStringLiteral("billing"));
    limited.connector.ratePerSecond = 0.5; // one every two seconds
    limited.connector.burst = 2;
    auto other = makeConnector(kOtherId, QStringLiteral("shop"));
    m_h->setConnectors({ limited, other });
    QCOMPARE(postEvent(QStringLiteral("evt_r1")).status, 200);
    QCOMPARE(postEvent(QStringLiteral("evt_r2")).status, 200);
    const Answer refused = postEvent(QStringLiteral("evt_r3"));
    QCOMPARE(refused.status, 429);
    QCOMPARE(refused.json.value(QStringLiteral("error")).toString(),
             QStringLiteral("rate_limited"));
    QCOMPARE(refused.retryAfter, QByteArrayLiteral("2"));
    // Per connector: another connector is not affected.
    QCOMPARE(postEvent(QStringLiteral("evt_o1"), kOtherId).status, 200);
    m_h->clock.advanceMs(2000);
    QCOMPARE(postEvent(QStringLiteral("evt_r3")).status, 200);
    // 0 = unlimited
    limited.connector.ratePerSecond = 0;
    m_h->setConnectors({ limited, other });
    for (int i = 0; i < 10; ++i)
        QCOMPARE(postEvent(QStringLiteral("evt_u%1").arg(i)).status, 200);
}

void TestWebhookReceiver::forgedFloodIsThrottledButValidDeliveriesPass()
{
    // rejectBurst = 3: three forged requests are answered 400, then 429 without being written.
    QSignalSpy throttled(m_h->receiver.get(), &Receiver::WebhookReceiver::throttledRequests);
    const QByteArray body = eventBody(QStringLiteral("evt_forged"));
    const QByteArray forged =
        signatureFor(body, m_h->clock.nowSecs(), QByteArrayLiteral("whsec_guess"));
    for (int i = 0; i < 3; ++i)
        QCOMPARE(post(kId, body, forged).status, 400);
    // Not recorded one by one, but not silent either: the first refusal is logged at once, the
    // rest in a summary per address.
    QTest::ignoreMessage(
        QtWarningMsg, QRegularExpression(QStringLiteral("^refused 1 request from \\S+ with 429")));
    for (int i = 0; i < 5; ++i) {
        const Answer a = post(kId, body, forged);
        QCOMPARE(a.status, 429);
        QCOMPARE(a.retryAfter, QByteArrayLiteral("1"));
    }
    QCOMPARE(postEvent(QStringLiteral("evt_unknown"), kOtherId).status, 429); // guessing URLs too
    // The window gets the counts per address with the next notices.
    const auto throttledFrom = [&throttled] {
        QHash<QString, qint64> sum;
        for (const QList<QVariant> &args : std::as_const(throttled)) {
            const auto byAddress = args.at(0).value<QHash<QString, qint64>>();
            for (auto it = byAddress.cbegin(); it != byAddress.cend(); ++it)
                sum[it.key()] += it.value();
        }
        return sum;
    };
    QTRY_COMPARE(throttledFrom(), (QHash<QString, qint64> { { QStringLiteral("127.0.0.1"), 6 } }));
    // The same address (127.0.0.1, as behind a tunnel) still delivers valid events.
    QCOMPARE(postEvent(QStringLiteral("evt_valid_1")).status, 200);
    QCOMPARE(postEvent(QStringLiteral("evt_valid_2")).status, 200);
    QTRY_COMPARE(
        m_h->count(QStringLiteral("SELECT count(*) FROM deliveries WHERE outcome='rejected'")), 3);
    QTest::qWait(400); // a flush later: the throttled ones were never written
    QCOMPARE(m_h->count(QStringLiteral("SELECT count(*) FROM deliveries WHERE outcome='rejected'")),
             3);
    m_h->clock.advanceMs(1000);
    QCOMPARE(post(kId, body, forged).status, 400);
}

void TestWebhookReceiver::storageFailureIs503WithNothingHalfWritten()
{
    QSignalSpy failure(m_h->receiver.get(), &Receiver::WebhookReceiver::storageFailure);
    QCOMPARE(postEvent(QStringLiteral("evt_before")).status, 200);
    QVERIFY(m_h->exec(QStringLiteral("CREATE TRIGGER fail_events BEFORE INSERT ON events "
                                     "BEGIN SELECT RAISE(ABORT, 'disk full (test)'); END")));
    const Answer a = postEvent(QStringLiteral("evt_fails"));
    QCOMPARE(a.status, 503);
    QCOMPARE(postEvent(QStringLiteral("evt_fails_too")).status, 503);
    // The window learns of it once, with the reason, not once per delivery.
    QTRY_COMPARE(failure.size(), 1);
    QVERIFY2(failure.at(0).at(0).toString().contains(QStringLiteral("disk full (test)")),
             qPrintable(failure.at(0).at(0).toString()));
    QCOMPARE(a.json.value(QStringLiteral("error")).toString(),
             QStringLiteral("storage_unavailable"));
    QCOMPARE(m_h->count(QStringLiteral("SELECT count(*) FROM events")), 1);
    QCOMPARE(m_h->count(QStringLiteral("SELECT count(*) FROM runs")), 1);
    QCOMPARE(
        m_h->count(QStringLiteral("SELECT count(*) FROM deliveries WHERE outcome!='rejected'")), 1);
    QVERIFY(m_h->exec(QStringLiteral("DROP TRIGGER fail_events")));
    QCOMPARE(postEvent(QStringLiteral("evt_fails")).status, 200); // Stripe's retry succeeds
    QCOMPARE(m_h->count(QStringLiteral("SELECT count(*) FROM runs")), 2);
    QTRY_COMPARE(failure.size(), 2); // and storing works again
    QVERIFY(failure.at(1).at(0).toString().isEmpty());
}

void TestWebhookReceiver::concurrentDeliveriesAreAllStored()
{
    QSignalSpy notices(m_h->receiver.get(), &Receiver::WebhookReceiver::deliveries);
    constexpr int N = 8;
    std::vector<QNetworkReply *> replies;
    for (int i = 0; i < N; ++i) // all started before any is waited for: several connections
        replies.push_back(startEvent(QStringLiteral("evt_conc_%1").arg(i)));
    QTRY_VERIFY(std::all_of(replies.cbegin(), replies.cend(),
                            [](QNetworkReply *r) { return r->isFinished(); }));
    for (int i = 0; i < N; ++i) {
        QNetworkReply *reply = replies[size_t(i)];
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
        QCOMPARE(o.value(QStringLiteral("id")).toString(), QStringLiteral("evt_conc_%1").arg(i));
        reply->deleteLater();
    }
    // Acknowledged means committed.
    QCOMPARE(m_h->count(QStringLiteral("SELECT count(*) FROM events WHERE stripe_id LIKE "
                                       "'evt_conc_%'")),
             N);
    QCOMPARE(m_h->count(QStringLiteral("SELECT count(*) FROM deliveries WHERE outcome='accepted'")),
             N);
    QCOMPARE(m_h->count(QStringLiteral("SELECT count(*) FROM runs")), N);
    QTRY_COMPARE(countNotices(notices,
                              [](const Receiver::DeliveryNotice &n) {
                                  return n.outcome == Core::DeliveryOutcome::Accepted
                                      && n.deliveryRow > 0 && n.runIds.size() == 1;
                              }),
                 N);
}

void TestWebhookReceiver::failedBatchIs503ForEveryDelivery()
{
    // The receiver's connection has foreign_keys=ON: a deferred violation fails the COMMIT of
    // the whole batch, after every delivery of it was staged (and answered, held).
    QVERIFY(m_h->exec(QStringLiteral("CREATE TABLE parent(id INTEGER PRIMARY KEY)")));
    QVERIFY(m_h->exec(QStringLiteral("CREATE TABLE child(p INTEGER REFERENCES parent(id) "
                                     "DEFERRABLE INITIALLY DEFERRED)")));
    QVERIFY(m_h->exec(QStringLiteral(
        "CREATE TRIGGER fail_commit AFTER INSERT ON deliveries WHEN NEW.outcome != 'rejected' "
        "BEGIN INSERT INTO child VALUES(42); END")));
    QSignalSpy notices(m_h->receiver.get(), &Receiver::WebhookReceiver::deliveries);

    constexpr int N = 5;
    std::vector<std::unique_ptr<RawHttpClient>> clients;
    for (int i = 0; i < N; ++i) {
        clients.push_back(std::make_unique<RawHttpClient>(m_h->port()));
        QVERIFY(clients.back()->isConnected());
    }
    // Written all at once (and only then read), so that several land in one batch.
    for (int i = 0; i < N; ++i) {
        const QByteArray body = eventBody(QStringLiteral("evt_batch_%1").arg(i));
        clients[size_t(i)]->socket().write(rawRequest(
            "POST", m_h->path(kId).toUtf8(), body,
            { { QByteArrayLiteral("Stripe-Signature"), m_h->sign(body) },
              { QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json") } }));
    }
    for (const auto &client : clients)
        client->socket().flush();
    for (int i = 0; i < N; ++i) {
        const auto answers = clients[size_t(i)]->read(1);
        QCOMPARE(answers.size(), 1);
        QCOMPARE(answers.first().status, 503);
        QCOMPARE(QJsonDocument::fromJson(answers.first().body)
                     .object()
                     .value(QStringLiteral("error"))
                     .toString(),
                 QStringLiteral("storage_unavailable"));
    }
    QCOMPARE(m_h->count(QStringLiteral("SELECT count(*) FROM events")), 0);
    QCOMPARE(m_h->count(QStringLiteral("SELECT count(*) FROM runs")), 0);
    QCOMPARE(
        m_h->count(QStringLiteral("SELECT count(*) FROM deliveries WHERE outcome!='rejected'")), 0);
    // Each is recorded as a rejected delivery (off the answer path), and reported.
    QTRY_COMPARE(m_h->count(QStringLiteral(
                     "SELECT count(*) FROM deliveries WHERE outcome='rejected' AND "
                     "reason='storage_unavailable' AND http_status=503 AND event_row IS NULL")),
                 N);
    QTRY_COMPARE(countNotices(notices,
                              [](const Receiver::DeliveryNotice &n) {
                                  return n.reasonCode == QLatin1String("storage_unavailable")
                                      && n.httpStatus == 503 && n.deliveryRow == 0;
                              }),
                 N);
    QCOMPARE(
        m_h->receiver->rejectionCounts().value(kId).value(QStringLiteral("storage_unavailable")),
        N);

    // Stripe retries once the cause is gone: the same events are accepted.
    QVERIFY(m_h->exec(QStringLiteral("DROP TRIGGER fail_commit")));
    for (int i = 0; i < N; ++i) {
        const Answer a = postEvent(QStringLiteral("evt_batch_%1").arg(i));
        QCOMPARE(a.status, 200);
        QVERIFY(!a.json.contains(QStringLiteral("duplicate"))); // the failed attempt left no trace
    }
    QCOMPARE(m_h->count(QStringLiteral("SELECT count(*) FROM events")), N);
    QCOMPARE(m_h->count(QStringLiteral("SELECT count(*) FROM runs")), N);
    QCOMPARE(m_h->count(QStringLiteral("SELECT count(*) FROM child")), 0);
}

void TestWebhookReceiver::previousSecretAcceptedUntilExpiry()
{
    auto rotated = makeConnector(kId, QStringLiteral("billing"));
    const qint64 expiry = m_h->clock.nowSecs() + 3600;
    rotated.keys.append(Core::SigningKey { kOldSecret, expiry, true });
    rotated.connector.previousSecretExpiresAtMs = expiry * 1000;
    m_h->setConnectors({ rotated });
    QByteArray body = eventBody(QStringLiteral("evt_old_1"));
    QCOMPARE(post(kId, body, m_h->sign(body, kOldSecret)).status, 200);
    QTRY_COMPARE(m_h->count(QStringLiteral(
                     "SELECT matched_previous FROM deliveries WHERE outcome='accepted'")),
                 1);
    body = eventBody(QStringLiteral("evt_new_1"));
    QCOMPARE(post(kId, body, m_h->sign(body)).status, 200);
    m_h->clock.advanceMs(3601 * 1000);
    body = eventBody(QStringLiteral("evt_old_2"));
    const Answer late = post(kId, body, m_h->sign(body, kOldSecret));
    QCOMPARE(late.status, 400);
    QCOMPARE(late.json.value(QStringLiteral("error")).toString(),
             QStringLiteral("signature_mismatch"));
    QCOMPARE(post(kId, body, m_h->sign(body)).status, 200);
}

void TestWebhookReceiver::connectorsChangeWhileServing()
{
    QCOMPARE(postEvent(QStringLiteral("evt_a"), kOtherId).status, 404);
    m_h->setConnectors({ makeConnector(kId, QStringLiteral("billing")),
                         makeConnector(kOtherId, QStringLiteral("shop")) });
    QCOMPARE(postEvent(QStringLiteral("evt_a"), kOtherId).status, 200);
    m_h->setConnectors({ makeConnector(kOtherId, QStringLiteral("shop")) });
    QCOMPARE(postEvent(QStringLiteral("evt_b")).status, 404);
    // A new secret applies to the next request.
    m_h->setConnectors(
        { makeConnector(kOtherId, QStringLiteral("shop"), QByteArrayLiteral("whsec_rotated")) });
    const QByteArray body = eventBody(QStringLiteral("evt_c"));
    QCOMPARE(post(kOtherId, body, m_h->sign(body)).status, 400);
    QCOMPARE(post(kOtherId, body, m_h->sign(body, QByteArrayLiteral("whsec_rotated"))).status, 200);
}

void TestWebhookReceiver::rejectionsAreCountedAndRecorded()
{
    const QByteArray body = eventBody(QStringLiteral("evt_cnt"));
    QCOMPARE(post(kId, body, QByteArray()).status, 400);
    QCOMPARE(post(kId, body, QByteArray()).status, 400);
    QCOMPARE(postEvent(QStringLiteral("evt_z"), kOtherId).status, 404);
    const auto counts = m_h->receiver->rejectionCounts();
    QCOMPARE(counts.value(kId).value(QStringLiteral("missing_signature")), 2);
    QCOMPARE(counts.value(QString()).value(QStringLiteral("unknown_connector")), 1);
    QTRY_COMPARE(m_h->count(QStringLiteral(
                                "SELECT count(*) FROM deliveries WHERE reason='missing_signature' "
                                "AND connector_id='%1' AND http_status=400")
                                .arg(kId)),
                 2);
    // Unknown connectors are counted, not stored.
    QCOMPARE(m_h->count(QStringLiteral("SELECT count(*) FROM deliveries WHERE connector_id='%1'")
                            .arg(kOtherId)),
             0);
}

void TestWebhookReceiver::portInUseFails()
{
    ReceiverHarness second;
    second.config.port = m_h->port();
    QVERIFY(!second.start());
    QVERIFY2(second.error.contains(QString::number(m_h->port())), qPrintable(second.error));
    QCOMPARE(postEvent(QStringLiteral("evt_still")).status, 200);
}

void TestWebhookReceiver::unusableDataDirFails()
{
    Core::ManualClock clock;
    Receiver::WebhookReceiver receiver(QStringLiteral("/proc/hookyard-no-such-dir"), m_h->directory,
                                       {}, clock);
    QSignalSpy failed(&receiver, &Receiver::WebhookReceiver::failed);
    receiver.start(testConfig());
    QTRY_COMPARE(failed.size(), 1);
    QVERIFY(!failed.first().first().toString().isEmpty());
    QVERIFY(!receiver.isListening());
}

QTEST_MAIN(TestWebhookReceiver)
#include "tst_webhookreceiver.moc"
