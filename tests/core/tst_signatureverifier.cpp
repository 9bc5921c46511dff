// SignatureVerifier against ARCHITECTURE.md section 5. The expected signatures are not computed
// with our code: they come from tests/data/signatures/vectors.json, made by generate.sh with
// `openssl dgst -sha256 -hmac` and the official Stripe SDK.
#include "core/signatureverifier.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace Hookyard::Core;

Q_DECLARE_METATYPE(Hookyard::Core::SignatureError)

class TestSignatureVerifier : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void opensslVectors_data();
    void opensslVectors();
    void sdkCases_data();
    void sdkCases();
    void policy_data();
    void policy();
    void makeHeaderRoundTrip();
    void errorCodes();
    void concurrentVerify();
    void randomHeaders();
    void throughput();
    void benchmark3k();

private:
    QList<SigningKey> keysFrom(const QStringList &spec, qint64 now) const;

    QJsonObject m_data;
    QHash<QString, QByteArray> m_secrets;
    QByteArray m_body; // event-small.json
    QByteArray m_body3k; // event-3k.json
    QByteArray m_sig; // openssl's v1 of m_body at kT with the current secret
    QByteArray m_sigPrev; // the same with the previous secret
    QByteArray m_header3k;
};

namespace {
constexpr qint64 kT = 1700000000; // the t of the small-current and small-previous vectors

QJsonObject vectorNamed(const QJsonObject &data, const QString &name)
{
    const QJsonArray vectors = data.value(u"vectors").toArray();
    for (const QJsonValue &v : vectors) {
        if (v.toObject().value(u"name").toString() == name)
            return v.toObject();
    }
    return {};
}
} // namespace

void TestSignatureVerifier::initTestCase()
{
    // A missing vectors file must fail the run: skipping would let the policy go untested.
    const QString dir = qEnvironmentVariable("HOOKYARD_TEST_DATA");
    QVERIFY2(!dir.isEmpty(), "HOOKYARD_TEST_DATA is not set (run through ctest)");
    QFile file(dir + u"/signatures/vectors.json");
    QVERIFY2(file.open(QIODevice::ReadOnly),
             qPrintable(u"cannot open "_qs + file.fileName() + u": "_qs + file.errorString()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    QVERIFY2(doc.isObject(), qPrintable(error.errorString()));
    m_data = doc.object();
    const QJsonObject secrets = m_data.value(u"secrets").toObject();
    for (auto it = secrets.begin(); it != secrets.end(); ++it)
        m_secrets.insert(it.key(), it.value().toString().toUtf8());
    QVERIFY(m_secrets.contains(u"current"_qs) && m_secrets.contains(u"previous"_qs));

    const QJsonObject small = vectorNamed(m_data, u"small-current"_qs);
    const QJsonObject prev = vectorNamed(m_data, u"small-previous"_qs);
    const QJsonObject large = vectorNamed(m_data, u"large-3k-current"_qs);
    QVERIFY(!small.isEmpty() && !prev.isEmpty() && !large.isEmpty());
    QCOMPARE(small.value(u"timestamp").toInteger(), kT);
    QCOMPARE(prev.value(u"timestamp").toInteger(), kT);
    m_body = QByteArray::fromBase64(small.value(u"body_base64").toString().toLatin1());
    m_sig = small.value(u"openssl_v1").toString().toLatin1();
    m_sigPrev = prev.value(u"openssl_v1").toString().toLatin1();
    m_body3k = QByteArray::fromBase64(large.value(u"body_base64").toString().toLatin1());
    m_header3k = large.value(u"sdk_header").toString().toLatin1();
    QCOMPARE(m_sig.size(), 64);
}

QList<SigningKey> TestSignatureVerifier::keysFrom(const QStringList &spec, qint64 now) const
{
    // "name" = no expiry; "name@+N" / "name@-N" = expires N seconds after / before now;
    // "name@0" expires exactly now. Names: the secrets of vectors.json, "wrong", "empty".
    QList<SigningKey> keys;
    for (const QString &item : spec) {
        const QStringList parts = item.split(u'@');
        SigningKey key;
        const QString name = parts.first();
        if (name == u"wrong")
            key.secret = "whsec_thisIsNotTheEndpointSecret0000";
        else if (name != u"empty")
            key.secret = m_secrets.value(name);
        if (parts.size() > 1) {
            key.expiresAtSecs = now + parts.at(1).toLongLong();
            key.isPrevious = true;
        }
        keys << key;
    }
    return keys;
}

void TestSignatureVerifier::opensslVectors_data()
{
    QTest::addColumn<QJsonObject>("vector");
    const QJsonArray vectors = m_data.value(u"vectors").toArray();
    QVERIFY(vectors.size() >= 8);
    for (const QJsonValue &v : vectors)
        QTest::newRow(qPrintable(v.toObject().value(u"name").toString())) << v.toObject();
}

void TestSignatureVerifier::opensslVectors()
{
    QFETCH(QJsonObject, vector);
    const QByteArray secret = m_secrets.value(vector.value(u"secret").toString());
    const qint64 t = vector.value(u"timestamp").toInteger();
    const QByteArray body =
        QByteArray::fromBase64(vector.value(u"body_base64").toString().toLatin1());
    const QByteArray expected = vector.value(u"openssl_v1").toString().toLatin1();
    QVERIFY(!secret.isEmpty());
    QCOMPARE(SignatureVerifier::computeSignature(secret, t, body), expected);

    const QString sdkHeader = vector.value(u"sdk_header").toString();
    if (!sdkHeader.isEmpty())
        QCOMPARE(SignatureVerifier::makeHeader(secret, t, body), sdkHeader.toLatin1());
    const QByteArray header = sdkHeader.isEmpty() ? "t=" + QByteArray::number(t) + ",v1=" + expected
                                                  : sdkHeader.toLatin1();
    const SignatureCheck check =
        SignatureVerifier::verify(header, body, { SigningKey { secret } }, t);
    QVERIFY2(check.ok(), qPrintable(check.reason));
    QCOMPARE(check.timestamp, t);
    QCOMPARE(check.matchedKey, 0);
}

void TestSignatureVerifier::sdkCases_data()
{
    QTest::addColumn<QJsonObject>("sdkCase");
    const QJsonArray cases = m_data.value(u"sdk_cases").toArray();
    QVERIFY(cases.size() >= 10);
    for (const QJsonValue &c : cases)
        QTest::newRow(qPrintable(c.toObject().value(u"name").toString())) << c.toObject();
}

void TestSignatureVerifier::sdkCases()
{
    // What Stripe's own SDK decides, next to our policy; divergences are deliberate and named.
    QFETCH(QJsonObject, sdkCase);
    const QByteArray header = sdkCase.value(u"header").toString().toLatin1();
    const QByteArray body =
        QByteArray::fromBase64(sdkCase.value(u"body_base64").toString().toLatin1());
    const QByteArray secret = m_secrets.value(sdkCase.value(u"secret").toString());
    const SignatureCheck check = SignatureVerifier::verify(header, body, { SigningKey { secret } },
                                                           sdkCase.value(u"now").toInteger(),
                                                           sdkCase.value(u"tolerance").toInt());
    QCOMPARE(SignatureVerifier::errorCode(check.error), sdkCase.value(u"hookyard").toString());
    if (!sdkCase.contains(u"divergence")) {
        QCOMPARE(check.ok(), sdkCase.value(u"sdk").toString() == u"accepted");
    }
}

void TestSignatureVerifier::policy_data()
{
    // Headers are templates: {T} = 1700000000, {SIG} / {PREV} = openssl's v1 of the body with the
    // current / previous secret at {T}. Time moves through `nowDelta` (now = {T} + nowDelta).
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("body"); // small | empty | tampered
    QTest::addColumn<QStringList>("keys");
    QTest::addColumn<qint64>("nowDelta");
    QTest::addColumn<int>("tolerance");
    QTest::addColumn<SignatureError>("error");
    QTest::addColumn<QStringList>("reasonParts");
    QTest::addColumn<int>("matchedKey");

    using E = SignatureError;
    const QStringList cur { u"current"_qs };
    auto row = [](const char *name, const QByteArray &header, const QStringList &keys,
                  qint64 nowDelta, int tolerance, E error, const QStringList &reason = {},
                  int matchedKey = -1, const QString &body = u"small"_qs) {
        QTest::newRow(name) << header << body << keys << nowDelta << tolerance << error << reason
                            << matchedKey;
    };
    // Header syntax
    row("plain", "t={T},v1={SIG}", cur, 0, 300, E::None, {}, 0);
    row("reversed order", "v1={SIG},t={T}", cur, 0, 300, E::None, {}, 0);
    row("spaces around elements", "  t={T} ,  v1={SIG}  ", cur, 0, 300, E::None, {}, 0);
    row("tabs around elements", "\tt={T},\tv1={SIG}\t", cur, 0, 300, E::None, {}, 0);
    row("unknown keys ignored", "foo=bar,t={T},x=,v1={SIG},scheme=v9", cur, 0, 300, E::None, {}, 0);
    row("empty elements ignored", ",t={T},,v1={SIG},", cur, 0, 300, E::None, {}, 0);
    row("element without = ignored", "t={T},garbage,v1={SIG}", cur, 0, 300, E::None, {}, 0);
    row("leading zeros in t", "t=0{T},v1={SIG}", cur, 0, 300, E::None, {}, 0);
    row("missing header", "", cur, 0, 300, E::MissingHeader, { u"no Stripe-Signature header"_qs });
    row("blank header", "   ", cur, 0, 300, E::MalformedHeader, { u"empty"_qs });
    row("no t", "v1={SIG}", cur, 0, 300, E::MalformedHeader, { u"no timestamp"_qs });
    row("duplicate t", "t={T},v1={SIG},t={T}", cur, 0, 300, E::MalformedHeader,
        { u"2 timestamps"_qs });
    row("three t", "t=1,t=2,t=3,v1={SIG}", cur, 0, 300, E::MalformedHeader, { u"3 timestamps"_qs });
    row("empty t", "t=,v1={SIG}", cur, 0, 300, E::MalformedHeader, { u"empty timestamp"_qs });
    row("t with letters", "t=17e8,v1={SIG}", cur, 0, 300, E::MalformedHeader, { u"0-9"_qs });
    row("negative t", "t=-{T},v1={SIG}", cur, 0, 300, E::MalformedHeader, { u"0-9"_qs });
    row("t with plus sign", "t=+{T},v1={SIG}", cur, 0, 300, E::MalformedHeader, { u"0-9"_qs });
    row("t with fraction", "t={T}.5,v1={SIG}", cur, 0, 300, E::MalformedHeader, { u"0-9"_qs });
    row("space inside t", "t= {T},v1={SIG}", cur, 0, 300, E::MalformedHeader, { u"0-9"_qs });
    row("t zero", "t=0,v1={SIG}", cur, 0, 300, E::MalformedHeader, { u"is 0"_qs });
    row("t zeros", "t=000,v1={SIG}", cur, 0, 300, E::MalformedHeader, { u"is 0"_qs });
    row("t 19 digits (overflow)", "t=9223372036854775808,v1={SIG}", cur, 0, 300, E::MalformedHeader,
        { u"19 digits"_qs });
    row("t 20 digits (overflow)", "t=99999999999999999999,v1={SIG}", cur, 0, 300,
        E::MalformedHeader, { u"20 digits"_qs });
    row("t 18 digits parses", "t=999999999999999999,v1={SIG}", cur, 0, 300, E::NoMatch);
    // Schemes
    row("v0 only", "t={T},v0={SIG}", cur, 0, 300, E::NoV1Signature, { u"v0"_qs, u"1"_qs });
    row("no signature at all", "t={T}", cur, 0, 300, E::NoV1Signature, { u"no v1"_qs });
    row("V1 in capitals is unknown", "t={T},V1={SIG}", cur, 0, 300, E::NoV1Signature);
    row("v0 wrong, v1 right", "t={T},v0=00,v1={SIG}", cur, 0, 300, E::None, {}, 0);
    row("several v1, last matches", "t={T},v1=deadbeef,v1={PREV},v1={SIG}", cur, 0, 300, E::None,
        {}, 0);
    row("several v1, none matches", "t={T},v1=deadbeef,v1={PREV},v1=00", cur, 0, 300, E::NoMatch,
        { u"3 v1 signature"_qs, u"Signing secret"_qs });
    row("uppercase hex", "t={T},v1={SIGUP}", cur, 0, 300, E::NoMatch);
    row("signature one short", "t={T},v1={SIG63}", cur, 0, 300, E::NoMatch);
    row("signature one long", "t={T},v1={SIG}0", cur, 0, 300, E::NoMatch);
    row("empty v1", "t={T},v1=", cur, 0, 300, E::NoMatch);
    row("wrong secret", "t={T},v1={SIG}", { u"wrong"_qs }, 0, 300, E::NoMatch,
        { u"secret belongs to this endpoint"_qs, u"Developers > Webhooks"_qs });
    row("body changed", "t={T},v1={SIG}", cur, 0, 300, E::NoMatch, {}, -1, u"tampered"_qs);
    // Keys and rotation
    row("previous key active", "t={T},v1={PREV}", { u"current"_qs, u"previous@+3600"_qs }, 0, 300,
        E::None, {}, 1);
    row("previous key expires in 1 s", "t={T},v1={PREV}", { u"wrong"_qs, u"previous@+1"_qs }, 0,
        300, E::None, {}, 1);
    row("previous key expires now", "t={T},v1={PREV}", { u"current"_qs, u"previous@0"_qs }, 0, 300,
        E::NoMatch);
    row("previous key expired", "t={T},v1={PREV}", { u"current"_qs, u"previous@-60"_qs }, 0, 300,
        E::NoMatch);
    row("current matches during rotation", "t={T},v1={SIG}", { u"current"_qs, u"previous@+60"_qs },
        0, 300, E::None, {}, 0);
    row("header signed with both", "t={T},v1={PREV},v1={SIG}", cur, 0, 300, E::None, {}, 0);
    row("no keys", "t={T},v1={SIG}", {}, 0, 300, E::NoActiveSecret,
        { u"no signing secret"_qs, u"Signing secret"_qs });
    row("only an expired key", "t={T},v1={PREV}", { u"previous@-1"_qs }, 0, 300, E::NoActiveSecret,
        { u"expired"_qs });
    row("empty secret is not a key", "t={T},v1={SIG}", { u"empty"_qs }, 0, 300, E::NoActiveSecret);
    // Timestamp tolerance, both directions and the exact boundary
    row("300 s old, tolerance 300", "t={T},v1={SIG}", cur, 300, 300, E::None, {}, 0);
    row("301 s old, tolerance 300", "t={T},v1={SIG}", cur, 301, 300, E::TimestampTooOld,
        { u"301 s old"_qs, u"tolerance 300 s"_qs, u"clock"_qs, u"replayed"_qs }, 0);
    row("300 s ahead, tolerance 300", "t={T},v1={SIG}", cur, -300, 300, E::None, {}, 0);
    row("301 s ahead, tolerance 300", "t={T},v1={SIG}", cur, -301, 300, E::TimestampInFuture,
        { u"301 s in the future"_qs, u"tolerance 300 s"_qs, u"clock"_qs }, 0);
    row("412 s old", "t={T},v1={SIG}", cur, 412, 300, E::TimestampTooOld,
        { u"timestamp 412 s old, tolerance 300 s"_qs }, 0);
    row("11 s old, tolerance 10", "t={T},v1={SIG}", cur, 11, 10, E::TimestampTooOld,
        { u"11 s old"_qs, u"tolerance 10 s"_qs }, 0);
    row("10 s old, tolerance 10", "t={T},v1={SIG}", cur, 10, 10, E::None, {}, 0);
    row("tolerance 0 means the default", "t={T},v1={SIG}", cur, 301, 0, E::TimestampTooOld,
        { u"tolerance 300 s"_qs }, 0);
    row("tolerance 0, within the default", "t={T},v1={SIG}", cur, 300, 0, E::None, {}, 0);
    row("negative tolerance means the default", "t={T},v1={SIG}", cur, -301, -5,
        E::TimestampInFuture, { u"tolerance 300 s"_qs }, 0);
    row("a day old, tolerance a day", "t={T},v1={SIG}", cur, 86400, 86400, E::None, {}, 0);
    // Empty body, and the order of the checks
    row("empty body", "t={T},v1={SIG}", cur, 0, 300, E::EmptyBody, { u"body is empty"_qs }, -1,
        u"empty"_qs);
    row("malformed before empty body", "t=x,v1={SIG}", cur, 0, 300, E::MalformedHeader, {}, -1,
        u"empty"_qs);
    row("empty body before no v1", "t={T}", cur, 0, 300, E::EmptyBody, {}, -1, u"empty"_qs);
    row("no v1 before no keys", "t={T},v0={SIG}", {}, 0, 300, E::NoV1Signature);
    row("no keys before the timestamp", "t={T},v1={SIG}", {}, 10000, 300, E::NoActiveSecret);
    row("signature before the timestamp", "t={T},v1={SIG}", { u"wrong"_qs }, 10000, 300,
        E::NoMatch);
}

void TestSignatureVerifier::policy()
{
    QFETCH(QByteArray, header);
    QFETCH(QString, body);
    QFETCH(QStringList, keys);
    QFETCH(qint64, nowDelta);
    QFETCH(int, tolerance);
    QFETCH(SignatureError, error);
    QFETCH(QStringList, reasonParts);
    QFETCH(int, matchedKey);

    header.replace("{T}", QByteArray::number(kT))
        .replace("{SIGUP}", m_sig.toUpper())
        .replace("{SIG63}", m_sig.left(63))
        .replace("{SIG}", m_sig)
        .replace("{PREV}", m_sigPrev);
    QByteArray payload = m_body;
    if (body == u"empty")
        payload.clear();
    else if (body == u"tampered")
        payload.replace("2000", "2001");
    const qint64 now = kT + nowDelta;

    const SignatureCheck check =
        SignatureVerifier::verify(header, payload, keysFrom(keys, now), now, tolerance);
    QCOMPARE(check.error, error);
    QCOMPARE(check.ok(), error == SignatureError::None);
    QCOMPARE(check.matchedKey, matchedKey);
    QCOMPARE(check.matchedPrevious, matchedKey > 0);
    if (check.ok()) {
        QVERIFY(check.reason.isEmpty());
        QCOMPARE(check.timestamp, kT);
        QCOMPARE(check.skewSecs, nowDelta);
    } else {
        QVERIFY(!check.reason.isEmpty());
    }
    for (const QString &part : reasonParts)
        QVERIFY2(check.reason.contains(part), qPrintable(check.reason));
    // A reason is stored and shown: it never carries a secret or a signature.
    for (const QByteArray &secret : std::as_const(m_secrets))
        QVERIFY(!check.reason.contains(QString::fromLatin1(secret)));
    QVERIFY(!check.reason.contains(QString::fromLatin1(m_sig.left(16)), Qt::CaseInsensitive));
    QVERIFY(!check.reason.contains(QString::fromLatin1(m_sigPrev.left(16))));
}

void TestSignatureVerifier::makeHeaderRoundTrip()
{
    const QByteArray secret = m_secrets.value(u"current"_qs);
    const QByteArray header = SignatureVerifier::makeHeader(secret, kT, m_body);
    QCOMPARE(header, "t=1700000000,v1=" + m_sig);
    QVERIFY(SignatureVerifier::verify(header, m_body, { SigningKey { secret } }, kT).ok());
}

void TestSignatureVerifier::errorCodes()
{
    QCOMPARE(SignatureVerifier::errorCode(SignatureError::None), u"none"_qs);
    QCOMPARE(SignatureVerifier::errorCode(SignatureError::MissingHeader), u"missing_signature"_qs);
    QCOMPARE(SignatureVerifier::errorCode(SignatureError::MalformedHeader),
             u"malformed_signature"_qs);
    QCOMPARE(SignatureVerifier::errorCode(SignatureError::NoV1Signature), u"no_v1_signature"_qs);
    QCOMPARE(SignatureVerifier::errorCode(SignatureError::NoMatch), u"signature_mismatch"_qs);
    QCOMPARE(SignatureVerifier::errorCode(SignatureError::TimestampTooOld),
             u"timestamp_out_of_tolerance"_qs);
    QCOMPARE(SignatureVerifier::errorCode(SignatureError::TimestampInFuture),
             u"timestamp_out_of_tolerance"_qs);
    QCOMPARE(SignatureVerifier::errorCode(SignatureError::EmptyBody), u"empty_body"_qs);
    QCOMPARE(SignatureVerifier::errorCode(SignatureError::NoActiveSecret), u"no_signing_secret"_qs);
}

void TestSignatureVerifier::concurrentVerify()
{
    // One HMAC context per thread: many threads verifying at once must all agree.
    const QList<SigningKey> keys { SigningKey { "whsec_thisIsNotTheEndpointSecret0000" },
                                   SigningKey { m_secrets.value(u"current"_qs) } };
    std::atomic<int> failures { 0 };
    std::vector<std::thread> threads;
    for (int i = 0; i < 4; ++i) {
        threads.emplace_back([&, i] {
            for (int n = 0; n < 500; ++n) {
                const QByteArray header = (n + i) % 2 ? m_header3k : m_header3k + "0";
                const bool ok = SignatureVerifier::verify(header, m_body3k, keys, 1700000123).ok();
                if (ok != bool((n + i) % 2))
                    ++failures;
            }
        });
    }
    for (auto &t : threads)
        t.join();
    QCOMPARE(failures.load(), 0);
}

void TestSignatureVerifier::randomHeaders()
{
    // Garbage built from the header's own alphabet: never accepted, never without a reason.
    const QList<SigningKey> keys { SigningKey { m_secrets.value(u"current"_qs) } };
    const QByteArray alphabet = "tv01=, \t9a-" + m_sig.left(8);
    QRandomGenerator rng(42);
    for (int i = 0; i < 5000; ++i) {
        QByteArray header(int(rng.bounded(40)), Qt::Uninitialized);
        for (char &c : header)
            c = alphabet.at(int(rng.bounded(alphabet.size())));
        const SignatureCheck check = SignatureVerifier::verify(header, m_body, keys, kT);
        QVERIFY2(!check.ok() && !check.reason.isEmpty(), header.constData());
    }
}

void TestSignatureVerifier::throughput()
{
    QVERIFY(m_body3k.size() > 3000);
    const QList<SigningKey> keys { SigningKey { m_secrets.value(u"current"_qs) } };
    QElapsedTimer timer;
    timer.start();
    constexpr int rounds = 20000;
    int ok = 0;
    for (int i = 0; i < rounds; ++i)
        ok += SignatureVerifier::verify(m_header3k, m_body3k, keys, 1700000123).ok();
    const qint64 ns = timer.nsecsElapsed();
    QCOMPARE(ok, rounds);
    qInfo("verify() of a %lld-byte body: %.2f us each, %.0f per second on one thread",
          static_cast<long long>(m_body3k.size()), double(ns) / rounds / 1000.0,
          rounds * 1e9 / double(ns));
}

void TestSignatureVerifier::benchmark3k()
{
    const QList<SigningKey> keys { SigningKey { m_secrets.value(u"current"_qs) } };
    QBENCHMARK
    {
        SignatureVerifier::verify(m_header3k, m_body3k, keys, 1700000123);
    }
}

QTEST_GUILESS_MAIN(TestSignatureVerifier)
#include "tst_signatureverifier.moc"
