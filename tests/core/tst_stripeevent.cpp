// parseStripeEvent: what is read from a verified body, and the sentences for what is refused.
#include "core/stripeevent.h"

#include <QTest>

using namespace Hookyard::Core;

class TestStripeEvent : public QObject
{
    Q_OBJECT

private slots:
    void snapshotEvent();
    void thinEvent();
    void optionalFieldsAbsent();
    void refused_data();
    void refused();
};

void TestStripeEvent::snapshotEvent()
{
    const QByteArray body = R"({
  "id": "evt_1NG8Du2eZvKYlo2CUI79vXWy",
  "object": "event",
  "api_version": "2024-06-20",
  "created": 1686089970,
  "data": {"object": {"id": "in_1NG8Dt2eZvKYlo2C", "object": "invoice"}},
  "livemode": true,
  "pending_webhooks": 1,
  "request": {"id": null, "idempotency_key": null},
  "type": "invoice.payment_failed"
})";
    const StripeEventParse parsed = parseStripeEvent(body);
    QVERIFY2(parsed.ok, qPrintable(parsed.error));
    QVERIFY(parsed.error.isEmpty());
    QCOMPARE(parsed.info.id, u"evt_1NG8Du2eZvKYlo2CUI79vXWy"_qs);
    QCOMPARE(parsed.info.type, u"invoice.payment_failed"_qs);
    QCOMPARE(parsed.info.object, u"event"_qs);
    QVERIFY(!parsed.info.thin);
    QVERIFY(parsed.info.livemode);
    QCOMPARE(parsed.info.created, 1686089970);
    QCOMPARE(parsed.info.apiVersion, u"2024-06-20"_qs);
    QCOMPARE(parsed.info.objectId, u"in_1NG8Dt2eZvKYlo2C"_qs);
}

void TestStripeEvent::thinEvent()
{
    const QByteArray body = R"({
  "id": "evt_test_65R9Ijk8x3fWvGqhz6o16R1Kq2SQbw6JNIqBKYpq0Hs",
  "object": "v2.core.event",
  "type": "v1.billing.meter.error_report_triggered",
  "livemode": false,
  "created": "2024-09-19T17:46:39.421Z",
  "related_object": {"id": "mtr_test_61R9IjkjSDYuEubb041IGMpGSVXGVPc0", "type": "billing.meter"}
})";
    const StripeEventParse parsed = parseStripeEvent(body);
    QVERIFY2(parsed.ok, qPrintable(parsed.error));
    QVERIFY(parsed.info.thin);
    QCOMPARE(parsed.info.object, u"v2.core.event"_qs);
    QCOMPARE(parsed.info.type, u"v1.billing.meter.error_report_triggered"_qs);
    QCOMPARE(parsed.info.created, 1726767999); // 2024-09-19T17:46:39Z
    QCOMPARE(parsed.info.objectId, u"mtr_test_61R9IjkjSDYuEubb041IGMpGSVXGVPc0"_qs);
    QVERIFY(!parsed.info.livemode);
}

void TestStripeEvent::optionalFieldsAbsent()
{
    const StripeEventParse parsed =
        parseStripeEvent(R"({"id":"evt_1","object":"event","type":"charge.succeeded"})");
    QVERIFY2(parsed.ok, qPrintable(parsed.error));
    QCOMPARE(parsed.info.created, 0);
    QVERIFY(parsed.info.apiVersion.isEmpty());
    QVERIFY(parsed.info.objectId.isEmpty());
    QVERIFY(!parsed.info.livemode);

    const StripeEventParse huge = parseStripeEvent(
        R"({"id":"evt_1","object":"event","type":"x.y","created":1e300,"livemode":"yes"})");
    QVERIFY2(huge.ok, qPrintable(huge.error));
    QCOMPARE(huge.info.created, 0);
    QVERIFY(!huge.info.livemode);
}

void TestStripeEvent::refused_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("errorPart");

    QTest::newRow("empty") << QByteArray() << u"empty"_qs;
    QTest::newRow("not json") << QByteArray("hello") << u"body is not JSON: "_qs;
    QTest::newRow("unterminated string")
        << QByteArray(R"({"id": "evt_1, "type": "x"})") << u" at offset "_qs;
    QTest::newRow("truncated") << QByteArray(R"({"id": "evt_1")") << u"body is not JSON"_qs;
    QTest::newRow("array") << QByteArray("[1,2]") << u"array, not an object"_qs;
    QTest::newRow("no id") << QByteArray(R"({"object":"event","type":"x.y"})")
                           << u"event has no string \"id\""_qs;
    QTest::newRow("numeric id") << QByteArray(R"({"id":12,"object":"event","type":"x.y"})")
                                << u"\"id\" is a number, not a string"_qs;
    QTest::newRow("empty id") << QByteArray(R"({"id":"","object":"event","type":"x.y"})")
                              << u"\"id\" is empty"_qs;
    QTest::newRow("no type") << QByteArray(R"({"id":"evt_1","object":"event"})")
                             << u"event has no string \"type\""_qs;
    QTest::newRow("null type") << QByteArray(R"({"id":"evt_1","object":"event","type":null})")
                               << u"\"type\" is null"_qs;
    QTest::newRow("no object") << QByteArray(R"({"id":"evt_1","type":"x.y"})")
                               << u"no string \"object\""_qs;
    QTest::newRow("object is a charge")
        << QByteArray(R"({"id":"ch_1","object":"charge","type":"x.y"})")
        << u"\"object\" is \"charge\""_qs;
    QTest::newRow("long object value clipped")
        << (R"({"id":"e","type":"t","object":")" + QByteArray(500, 'a') + R"("})") << u"..."_qs;
}

void TestStripeEvent::refused()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, errorPart);
    const StripeEventParse parsed = parseStripeEvent(body);
    QVERIFY(!parsed.ok);
    QVERIFY2(parsed.error.contains(errorPart), qPrintable(parsed.error));
    QVERIFY(parsed.error.size() < 300);
}

QTEST_GUILESS_MAIN(TestStripeEvent)
#include "tst_stripeevent.moc"
