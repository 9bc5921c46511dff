// Core::StripeEventReader (simdjson, the receiver's fast path) against Core::parseStripeEvent
// (Qt's QJsonDocument, the reference): whenever the fast reader accepts a body, Qt's parser must
// accept it too and read the very same fields; every real Stripe event must take the fast path;
// anything else falls back to Qt's parser (which words the reason).
#include "core/stripeevent.h"
#include "core/stripeeventreader.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Hookyard;

namespace {

// One body as a test row: what it is, and whether the fast path must take it.
enum class Expect { Fast, FallBack };

QByteArray eventJson(const QByteArray &members)
{
    return QByteArrayLiteral("{") + members + QByteArrayLiteral("}");
}

} // namespace

Q_DECLARE_METATYPE(Expect)

namespace {

const QByteArray kCore = QByteArrayLiteral(
    R"("id":"evt_1","object":"event","type":"invoice.payment_failed","created":1719835200)");

} // namespace

class TestEventReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void samplesTakeTheFastPath();
    void agreesWithQt_data();
    void agreesWithQt();
    void knownDifferences();
    void aFailedReadLeavesTheReaderUsable();

private:
    void compareWithQt(const QByteArray &body, Expect expect);

    Core::StripeEventReader m_reader;
};

void TestEventReader::compareWithQt(const QByteArray &body, Expect expect)
{
    Core::StripeEventInfo fast;
    const bool tookFast = m_reader.read(body, &fast);
    const Core::StripeEventParse qt = Core::parseStripeEvent(body);
    if (expect == Expect::Fast)
        QVERIFY2(tookFast, body.left(200).constData());
    else
        QVERIFY2(!tookFast, body.left(200).constData());
    if (!tookFast)
        return;
    QVERIFY2(qt.ok, qPrintable(qt.error)); // never accepted where Qt's parser refuses
    QCOMPARE(fast.id, qt.info.id);
    QCOMPARE(fast.type, qt.info.type);
    QCOMPARE(fast.object, qt.info.object);
    QCOMPARE(fast.thin, qt.info.thin);
    QCOMPARE(fast.livemode, qt.info.livemode);
    QCOMPARE(fast.created, qt.info.created);
    QCOMPARE(fast.apiVersion, qt.info.apiVersion);
    QCOMPARE(fast.objectId, qt.info.objectId);
}

void TestEventReader::samplesTakeTheFastPath()
{
    // The events `hookyard trigger` sends: realistic Stripe payloads of every type we document.
    const QDir samples(QStringLiteral(HOOKYARD_SOURCE_DIR "/src/engine/samples"));
    const QStringList files = samples.entryList({ QStringLiteral("*.json") }, QDir::Files);
    QVERIFY(files.size() >= 8);
    for (const QString &name : files) {
        QFile file(samples.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray body = file.readAll();
        compareWithQt(body, Expect::Fast);
        Core::StripeEventInfo info;
        QVERIFY(m_reader.read(body, &info));
        QCOMPARE(info.type + QStringLiteral(".json"), name);
        QVERIFY(info.id.startsWith(QStringLiteral("evt_")));
        QVERIFY(!info.objectId.isEmpty());
        QVERIFY(info.created > 1'500'000'000);
    }
}

void TestEventReader::agreesWithQt_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Expect>("expect");
    const auto row = [](const char *name, const QByteArray &body, Expect expect) {
        QTest::newRow(name) << body << expect;
    };

    // Accepted by both, fields equal.
    row("minimal", eventJson(kCore), Expect::Fast);
    row("livemode true", eventJson(kCore + R"(,"livemode":true)"), Expect::Fast);
    row("livemode false", eventJson(kCore + R"(,"livemode":false)"), Expect::Fast);
    row("livemode 1 is not true", eventJson(kCore + R"(,"livemode":1)"), Expect::Fast);
    row("livemode string", eventJson(kCore + R"(,"livemode":"true")"), Expect::Fast);
    row("api_version", eventJson(kCore + R"(,"api_version":"2024-06-20")"), Expect::Fast);
    row("api_version null", eventJson(kCore + R"(,"api_version":null)"), Expect::Fast);
    row("api_version number", eventJson(kCore + R"(,"api_version":20240620)"), Expect::Fast);
    row("object id", eventJson(kCore + R"(,"data":{"object":{"id":"in_1","object":"invoice"}})"),
        Expect::Fast);
    row("object id not a string", eventJson(kCore + R"(,"data":{"object":{"id":42}})"),
        Expect::Fast);
    row("data an array", eventJson(kCore + R"(,"data":[{"object":{"id":"in_1"}}])"), Expect::Fast);
    row("data.object an array", eventJson(kCore + R"(,"data":{"object":["id"]})"), Expect::Fast);
    row("escapes in values",
        eventJson(R"("id":"evt_\u0041\n\"q\"","object":"event","type":"invoice.paid\/x")"),
        Expect::Fast);
    row("unicode in values", eventJson(R"("id":"evt_é✓😀","object":"event","type":"a.b")"),
        Expect::Fast);
    row("surrogate pair escape",
        eventJson(R"("id":"evt_\ud83d\ude00","object":"event","type":"a")"), Expect::Fast);
    row("number beyond double in a member read",
        eventJson(R"("id":"e","object":"event","type":"t","created":1e400)"), Expect::FallBack);
    row("created real", eventJson(R"("id":"e","object":"event","type":"t","created":1719835200.9)"),
        Expect::Fast);
    row("created negative", eventJson(R"("id":"e","object":"event","type":"t","created":-5)"),
        Expect::Fast);
    row("created huge", eventJson(R"("id":"e","object":"event","type":"t","created":1e300)"),
        Expect::Fast);
    row("created big integer",
        eventJson(R"("id":"e","object":"event","type":"t","created":9007199254740993)"),
        Expect::Fast);
    row("created beyond int64",
        eventJson(R"("id":"e","object":"event","type":"t","created":18446744073709551615)"),
        Expect::Fast);
    row("api_version beyond int64", eventJson(kCore + R"(,"api_version":18446744073709551615)"),
        Expect::Fast);
    row("created RFC 3339",
        eventJson(R"("id":"e","object":"event","type":"t","created":"2024-06-01T12:00:00.123Z")"),
        Expect::Fast);
    row("created junk string",
        eventJson(R"("id":"e","object":"event","type":"t","created":"soon")"), Expect::Fast);
    row("created missing", eventJson(R"("id":"e","object":"event","type":"t")"), Expect::Fast);
    row("thin event",
        eventJson(
            R"("id":"evt_t","object":"v2.core.event","type":"v1.billing.meter.error_report_)"
            R"(triggered","created":"2024-09-17T06:20:52.246Z","related_object":{"id":"mtr_1",)"
            R"("type":"billing.meter"},"data":{"object":{"id":"ignored"}})"),
        Expect::Fast);
    row("thin event without related object",
        eventJson(R"("id":"evt_t","object":"v2.core.event","type":"x")"), Expect::Fast);
    row("whitespace around", QByteArrayLiteral(" \r\n\t") + eventJson(kCore) + "\n\n",
        Expect::Fast);
    row("escaped member name", eventJson(R"("\u0069d":"a","object":"event","type":"t")"),
        Expect::Fast);
    row("duplicate member not read", eventJson(kCore + R"(,"x":1,"x":2)"), Expect::Fast);
    row("duplicate data.object.id elsewhere",
        eventJson(kCore + R"(,"data":{"object":{"id":"in_1","items":{"id":"a","id":"b"}}})"),
        Expect::Fast);
    row("deep but fine", eventJson(kCore + ",\"x\":" + QByteArray(200, '[') + QByteArray(200, ']')),
        Expect::Fast);

    // Refused by the fast path: Qt's parser decides (and words the reason).
    // simdjson refuses an escape that is not a character; Qt reads a replacement character.
    row("unpaired surrogate escape", eventJson(R"("id":"e\ud800","object":"event","type":"t")"),
        Expect::FallBack);
    row("duplicate id", eventJson(R"("id":"a","object":"event","type":"t","id":"b")"),
        Expect::FallBack);
    row("duplicate type", eventJson(kCore + R"(,"type":"u")"), Expect::FallBack);
    row("duplicate data",
        eventJson(kCore + R"(,"data":{"object":{"id":"a"}},"data":{"object":{"id":"b"}})"),
        Expect::FallBack);
    row("duplicate data.object",
        eventJson(kCore + R"(,"data":{"object":{"id":"a"},"object":{"id":"b"}})"),
        Expect::FallBack);
    row("duplicate data.object.id", eventJson(kCore + R"(,"data":{"object":{"id":"a","id":"b"}})"),
        Expect::FallBack);
    row("duplicate related_object.id",
        eventJson(
            R"("id":"e","object":"v2.core.event","type":"t","related_object":{"id":"a","id":"b"})"),
        Expect::FallBack);
    row("deeper than the fast reader's limit",
        eventJson(kCore + ",\"x\":" + QByteArray(1010, '[') + QByteArray(1010, ']')),
        Expect::FallBack);
    row("empty", QByteArray(), Expect::FallBack);
    row("not JSON", QByteArrayLiteral("id=evt_1&type=x"), Expect::FallBack);
    row("truncated", eventJson(kCore).chopped(1), Expect::FallBack);
    row("trailing garbage", eventJson(kCore) + "x", Expect::FallBack);
    row("two objects", eventJson(kCore) + eventJson(kCore), Expect::FallBack);
    row("array", QByteArrayLiteral("[") + eventJson(kCore) + "]", Expect::FallBack);
    row("string", QByteArrayLiteral("\"evt\""), Expect::FallBack);
    row("no id", eventJson(R"("object":"event","type":"t")"), Expect::FallBack);
    row("empty id", eventJson(R"("id":"","object":"event","type":"t")"), Expect::FallBack);
    row("id a number", eventJson(R"("id":1,"object":"event","type":"t")"), Expect::FallBack);
    row("id an object", eventJson(R"("id":{"a":1},"object":"event","type":"t")"), Expect::FallBack);
    row("id null", eventJson(R"("id":null,"object":"event","type":"t")"), Expect::FallBack);
    row("no type", eventJson(R"("id":"e","object":"event")"), Expect::FallBack);
    row("empty type", eventJson(R"("id":"e","object":"event","type":"")"), Expect::FallBack);
    row("type an array", eventJson(R"("id":"e","object":"event","type":["t"])"), Expect::FallBack);
    row("no object", eventJson(R"("id":"e","type":"t")"), Expect::FallBack);
    row("object not an event", eventJson(R"("id":"e","object":"invoice","type":"t")"),
        Expect::FallBack);
    row("object empty", eventJson(R"("id":"e","object":"","type":"t")"), Expect::FallBack);
    row("single quotes", QByteArrayLiteral("{'id':'e','object':'event','type':'t'}"),
        Expect::FallBack);
    row("trailing comma", eventJson(kCore + ","), Expect::FallBack);
    row("comment", eventJson(kCore) + "/* x */", Expect::FallBack);
    row("NaN", eventJson(kCore + ",\"x\":NaN"), Expect::FallBack);
    row("leading zero", eventJson(kCore + ",\"x\":012"), Expect::FallBack);
    row("control character in string",
        eventJson(R"("id":"e)"
                  "\x01"
                  R"(","object":"event","type":"t")"),
        Expect::FallBack);
    row("bad escape", eventJson(R"("id":"e\q","object":"event","type":"t")"), Expect::FallBack);
    row("NUL after the object", eventJson(kCore) + QByteArray(1, '\0') + "junk", Expect::FallBack);
    row("NUL inside",
        eventJson(R"("id":"e)" + QByteArray(1, '\0') + R"(","object":"event","type":"t")"),
        Expect::FallBack);
    row("invalid UTF-8",
        eventJson(R"("id":"e)"
                  "\xff\xfe"
                  R"(","object":"event","type":"t")"),
        Expect::FallBack);
    row("overlong UTF-8",
        eventJson(R"("id":"e)"
                  "\xc0\xaf"
                  R"(","object":"event","type":"t")"),
        Expect::FallBack);
    row("UTF-8 BOM", QByteArrayLiteral("\xef\xbb\xbf") + eventJson(kCore), Expect::FallBack);
}

void TestEventReader::agreesWithQt()
{
    QFETCH(QByteArray, body);
    QFETCH(Expect, expect);
    compareWithQt(body, expect);
}

void TestEventReader::knownDifferences()
{
    // Where simdjson and Qt's parser would read a body differently, the fast reader refuses it
    // and Qt decides. None is reachable without the connector's signing secret (the reader runs
    // after the signature check), and Stripe sends none of them.
    Core::StripeEventInfo info;
    // Duplicate member names: simdjson's lookups find the first, Qt keeps the last.
    const QByteArray twice = eventJson(R"("id":"a","id":"b","object":"event","type":"t")");
    QVERIFY(!m_reader.read(twice, &info));
    QCOMPARE(Core::parseStripeEvent(twice).info.id, QStringLiteral("b"));
    // Nesting: Qt refuses beyond 1,024 levels; the fast reader stops at MaxDepth, below that.
    const auto nested = [](int levels) {
        return eventJson(kCore + ",\"x\":" + QByteArray(levels, '[') + QByteArray(levels, ']'));
    };
    QVERIFY(m_reader.read(nested(Core::StripeEventReader::MaxDepth - 2), &info));
    QVERIFY(Core::parseStripeEvent(nested(Core::StripeEventReader::MaxDepth - 2)).ok);
    QVERIFY(!m_reader.read(nested(Core::StripeEventReader::MaxDepth), &info));
    QVERIFY(Core::parseStripeEvent(nested(Core::StripeEventReader::MaxDepth)).ok);
    QVERIFY(!m_reader.read(nested(1100), &info));
    QVERIFY(!Core::parseStripeEvent(nested(1100)).ok);
    // An integer beyond 64 bits elsewhere in the body: Qt reads a double, simdjson refuses.
    const QByteArray big = eventJson(kCore + R"(,"x":123456789012345678901234567890)");
    QVERIFY(!m_reader.read(big, &info));
    QVERIFY(Core::parseStripeEvent(big).ok);
}

void TestEventReader::aFailedReadLeavesTheReaderUsable()
{
    Core::StripeEventInfo info;
    QVERIFY(!m_reader.read(QByteArrayLiteral("{\"id\":"), &info));
    QVERIFY(info.id.isEmpty()); // untouched on failure
    QVERIFY(m_reader.read(eventJson(kCore), &info));
    QCOMPARE(info.id, QStringLiteral("evt_1"));
    // A body larger than the parser's first allocation (64 KiB), then a small one again.
    const QByteArray large = eventJson(R"("id":"evt_large","object":"event","type":"t","pad":")"
                                       + QByteArray(200 * 1024, 'x') + "\"");
    QVERIFY(m_reader.read(large, &info));
    QCOMPARE(info.id, QStringLiteral("evt_large"));
    QVERIFY(m_reader.read(eventJson(kCore), &info));
    QCOMPARE(info.id, QStringLiteral("evt_1"));
}

QTEST_GUILESS_MAIN(TestEventReader)
#include "tst_eventreader.moc"
