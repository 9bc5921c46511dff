// DeliveryWriter::readEvent (SQLite's JSON functions, the receiver's fast path) against
// Core::parseStripeEvent (Qt's QJsonDocument, the reference): whenever the fast reader accepts a
// body, Qt's parser must accept it too and read the very same fields; every real Stripe event
// must take the fast path; anything else falls back to Qt's parser (which words the reason).
#include "core/stripeevent.h"
#include "storage/database.h"
#include "storage/deliverywriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

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
    void initTestCase();
    void cleanupTestCase();
    void samplesTakeTheFastPath();
    void agreesWithQt_data();
    void agreesWithQt();
    void knownDifferences();
    void aFailedReadLeavesTheStatementUsable();

private:
    void compareWithQt(const QByteArray &body, Expect expect);

    QTemporaryDir m_dir;
    std::unique_ptr<Storage::Database> m_db;
    std::unique_ptr<Storage::DeliveryWriter> m_writer;
};

void TestEventReader::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    m_db = Storage::Database::open(m_dir.path(), QStringLiteral("reader"), &error);
    QVERIFY2(m_db, qPrintable(error));
    m_writer = std::make_unique<Storage::DeliveryWriter>(*m_db);
}

void TestEventReader::cleanupTestCase()
{
    m_writer.reset();
    m_db.reset();
}

void TestEventReader::compareWithQt(const QByteArray &body, Expect expect)
{
    Core::StripeEventInfo fast;
    const bool tookFast = m_writer->readEvent(body, &fast);
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
        QVERIFY(m_writer->readEvent(body, &info));
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
    row("unpaired surrogate escape", eventJson(R"("id":"e\ud800","object":"event","type":"t")"),
        Expect::Fast);
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
    row("deep but fine", eventJson(kCore + ",\"x\":" + QByteArray(200, '[') + QByteArray(200, ']')),
        Expect::Fast);

    // Refused by the fast path: Qt's parser decides (and words the reason).
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
    // Where SQLite's JSON and Qt's differ, pinned so that a change of either is noticed. None is
    // reachable without the connector's signing secret (the reader runs after the signature
    // check), and Stripe sends none of them; whoever holds the secret can send any event anyway.
    Core::StripeEventInfo info;
    // Duplicate member names: SQLite reads the first, Qt keeps the last.
    QVERIFY(
        m_writer->readEvent(eventJson(R"("id":"a","id":"b","object":"event","type":"t")"), &info));
    QCOMPARE(info.id, QStringLiteral("a"));
    QCOMPARE(Core::parseStripeEvent(eventJson(R"("id":"a","id":"b","object":"event","type":"t")"))
                 .info.id,
             QStringLiteral("b"));
    // Implementation limits, elsewhere in the body: Qt refuses nesting deeper than 1,024 and
    // numbers beyond a double; SQLite allows 2,000 levels and any number. Both are valid JSON
    // (RFC 8259). (In the members read, Qt has the last word: see agreesWithQt.)
    const QByteArray deep =
        eventJson(kCore + ",\"x\":" + QByteArray(1100, '[') + QByteArray(1100, ']'));
    QVERIFY(m_writer->readEvent(deep, &info));
    QVERIFY(!Core::parseStripeEvent(deep).ok);
    QVERIFY(!m_writer->readEvent(
        eventJson(kCore + ",\"x\":" + QByteArray(2100, '[') + QByteArray(2100, ']')), &info));
    QVERIFY(m_writer->readEvent(eventJson(kCore + R"(,"x":1e400)"), &info));
    QVERIFY(!Core::parseStripeEvent(eventJson(kCore + R"(,"x":1e400)")).ok);
    // A member name spelt with escapes is not found by SQLite's path lookup: Qt decides.
    QVERIFY(!m_writer->readEvent(eventJson(R"("\u0069d":"a","object":"event","type":"t")"), &info));
    QVERIFY(Core::parseStripeEvent(eventJson(R"("\u0069d":"a","object":"event","type":"t")")).ok);
}

void TestEventReader::aFailedReadLeavesTheStatementUsable()
{
    Core::StripeEventInfo info;
    QVERIFY(!m_writer->readEvent(QByteArrayLiteral("{\"id\":"), &info));
    QVERIFY(info.id.isEmpty()); // untouched on failure
    QVERIFY(m_writer->readEvent(eventJson(kCore), &info));
    QCOMPARE(info.id, QStringLiteral("evt_1"));
    // And the writer still stores (the read shares its connection).
    Core::Delivery d;
    d.connectorId = QStringLiteral("c");
    d.receivedAtMs = 1;
    d.httpStatus = 200;
    d.event = info;
    d.body = eventJson(kCore);
    QCOMPARE(m_writer->commitVerified(d, {}).status, Storage::DeliveryWriter::Result::Committed);
}

QTEST_GUILESS_MAIN(TestEventReader)
#include "tst_eventreader.moc"
