#include "core/signatureverifier.h"

#include "core/delivery.h"
#include "core/logging.h"

#include <QCoreApplication>
#include <QVarLengthArray>

#include <array>
#include <cstdio>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/params.h>

// Order of the checks (ARCHITECTURE.md section 5; the first failing one is reported):
//   1. header present (MissingHeader), then parsed (MalformedHeader: t missing, twice, not
//      digits, zero, too long);
//   2. body not empty (EmptyBody);
//   3. at least one v1 element (NoV1Signature);
//   4. at least one active key (NoActiveSecret);
//   5. some v1 matches some active key (NoMatch);
//   6. |now - t| within the tolerance (TimestampTooOld / TimestampInFuture).
// The signature is checked before the timestamp, as Stripe's SDKs do: an unauthenticated
// request learns nothing about our clock, and a genuine-but-late delivery gets the more useful
// reason (the clock), not "no match".

namespace Hookyard::Core {

namespace {

constexpr int kSignatureHexLength = 64;
// 18 decimal digits always fit in a qint64 (< 9.22e18); a longer t is malformed, not wrapped.
constexpr qsizetype kMaxTimestampDigits = 18;

QString tr(const char *text)
{
    return QCoreApplication::translate("Hookyard::Core::SignatureVerifier", text);
}

QString trn(const char *text, int n)
{
    return QCoreApplication::translate("Hookyard::Core::SignatureVerifier", text, nullptr, n);
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

QByteArrayView trimmed(QByteArrayView v)
{
    while (!v.isEmpty() && isSpace(v.front()))
        v = v.sliced(1);
    while (!v.isEmpty() && isSpace(v.back()))
        v.chop(1);
    return v;
}

// The HMAC algorithm is fetched once for the process (fetching is the expensive, lock-taking part
// of OpenSSL 3.0's provider API); it is deliberately never freed. Each thread keeps one context,
// already bound to SHA-256, and re-keys it per call: EVP_MAC_init with a new key is allowed on a
// used context, and a context is never shared between threads.
EVP_MAC *hmacAlgorithm()
{
    static EVP_MAC *const mac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
    return mac;
}

struct ThreadMacContext
{
    EVP_MAC_CTX *ctx = nullptr;
    ThreadMacContext()
    {
        EVP_MAC *mac = hmacAlgorithm();
        if (!mac)
            return;
        ctx = EVP_MAC_CTX_new(mac);
        char digest[] = "SHA256";
        const OSSL_PARAM params[] = {
            OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest, 0),
            OSSL_PARAM_construct_end(),
        };
        if (ctx && EVP_MAC_CTX_set_params(ctx, params) != 1) {
            EVP_MAC_CTX_free(ctx);
            ctx = nullptr;
        }
    }
    ~ThreadMacContext() { EVP_MAC_CTX_free(ctx); }
    ThreadMacContext(const ThreadMacContext &) = delete;
    ThreadMacContext &operator=(const ThreadMacContext &) = delete;
};

using SignatureHex = std::array<char, kSignatureHexLength>;

// HMAC-SHA256(secret, "<t>.<body>") as lowercase hex into `out`. The three parts are fed as
// separate updates so that a body is never copied. False only when OpenSSL fails.
bool computeHex(QByteArrayView secret, qint64 timestamp, QByteArrayView body, SignatureHex &out)
{
    thread_local ThreadMacContext holder;
    EVP_MAC_CTX *ctx = holder.ctx;
    if (!ctx) {
        qCCritical(lcCore, "OpenSSL HMAC-SHA256 is unavailable: no signature can be verified");
        return false;
    }
    std::array<char, 24> t {};
    const int tLen = std::snprintf(t.data(), t.size(), "%lld", static_cast<long long>(timestamp));
    // A key of length 0 still needs a non-null pointer for OpenSSL to treat it as a key.
    static const unsigned char emptyKey = 0;
    const auto *key =
        secret.isEmpty() ? &emptyKey : reinterpret_cast<const unsigned char *>(secret.data());
    std::array<unsigned char, 32> mac {};
    size_t macLen = 0;
    if (EVP_MAC_init(ctx, key, size_t(secret.size()), nullptr) != 1
        || EVP_MAC_update(ctx, reinterpret_cast<const unsigned char *>(t.data()), size_t(tLen)) != 1
        || EVP_MAC_update(ctx, reinterpret_cast<const unsigned char *>("."), 1) != 1
        || (!body.isEmpty()
            && EVP_MAC_update(ctx, reinterpret_cast<const unsigned char *>(body.data()),
                              size_t(body.size()))
                != 1)
        || EVP_MAC_final(ctx, mac.data(), &macLen, mac.size()) != 1 || macLen != mac.size()) {
        qCCritical(lcCore, "OpenSSL HMAC-SHA256 failed");
        return false;
    }
    static constexpr char hex[] = "0123456789abcdef";
    for (size_t i = 0; i < mac.size(); ++i) {
        out[2 * i] = hex[mac[i] >> 4];
        out[2 * i + 1] = hex[mac[i] & 0x0f];
    }
    OPENSSL_cleanse(mac.data(), mac.size());
    return true;
}

struct ParsedHeader
{
    qint64 timestamp = 0;
    int timestampCount = 0;
    QVarLengthArray<QByteArrayView, 4> v1;
    int otherSchemes = 0; // v0 and any other vN elements, for the reason text
    QString malformed; // non-empty: the header is malformed, and why
};

ParsedHeader parseHeader(QByteArrayView header)
{
    ParsedHeader parsed;
    QByteArrayView timestampText;
    qsizetype start = 0;
    while (start <= header.size()) {
        qsizetype comma = header.indexOf(',', start);
        if (comma < 0)
            comma = header.size();
        const QByteArrayView element = trimmed(header.sliced(start, comma - start));
        start = comma + 1;
        // Empty elements (",," or a trailing comma) and elements that are not key=value are
        // ignored like unknown keys, as Stripe's SDKs do: only t and v1 carry meaning.
        const qsizetype eq = element.indexOf('=');
        if (eq <= 0)
            continue;
        const QByteArrayView key = element.first(eq);
        const QByteArrayView value = element.sliced(eq + 1);
        if (key == "t") {
            ++parsed.timestampCount;
            timestampText = value;
        } else if (key == "v1") {
            parsed.v1.append(value);
        } else if (key.size() >= 2 && key.front() == 'v') {
            ++parsed.otherSchemes;
        }
    }

    if (parsed.timestampCount == 0) {
        parsed.malformed = tr("Stripe-Signature header has no timestamp (t=...): it was not "
                              "written by Stripe, or a proxy changed it");
        return parsed;
    }
    if (parsed.timestampCount > 1) {
        parsed.malformed = trn("Stripe-Signature header has %n timestamps: Stripe sends exactly "
                               "one, so the header was tampered with or built by hand",
                               parsed.timestampCount);
        return parsed;
    }
    if (timestampText.isEmpty()) {
        parsed.malformed = tr("Stripe-Signature header has an empty timestamp (t=)");
        return parsed;
    }
    for (char c : timestampText) {
        if (c < '0' || c > '9') {
            parsed.malformed = tr("Stripe-Signature header's timestamp is not a whole number of "
                                  "seconds: only the digits 0-9 are allowed");
            return parsed;
        }
    }
    if (timestampText.size() > kMaxTimestampDigits) {
        parsed.malformed = tr("Stripe-Signature header's timestamp has %1 digits: too large to "
                              "be a Unix time")
                               .arg(timestampText.size());
        return parsed;
    }
    qint64 value = 0;
    for (char c : timestampText)
        value = value * 10 + (c - '0');
    if (value <= 0) {
        parsed.malformed = tr("Stripe-Signature header's timestamp is 0: Stripe always sends the "
                              "time it signed the event");
        return parsed;
    }
    parsed.timestamp = value;
    return parsed;
}

bool isActive(const SigningKey &key, qint64 nowSecs)
{
    return !key.secret.isEmpty() && (key.expiresAtSecs == 0 || key.expiresAtSecs > nowSecs);
}

SignatureCheck fail(SignatureCheck check, SignatureError error, QString reason)
{
    check.error = error;
    check.reason = std::move(reason);
    return check;
}

} // namespace

SignatureCheck SignatureVerifier::verify(QByteArrayView header, QByteArrayView body,
                                         const QList<SigningKey> &keys, qint64 nowSecs,
                                         int toleranceSecs)
{
    SignatureCheck check;
    // A tolerance of 0 or less must never switch the check off (section 5): it means "default".
    const qint64 tolerance = toleranceSecs > 0 ? toleranceSecs : DefaultToleranceSecs;

    if (header.isEmpty()) {
        return fail(check, SignatureError::MissingHeader,
                    tr("the request has no Stripe-Signature header: only requests signed by "
                       "Stripe are accepted (a request with too many or too large headers "
                       "also arrives without it)"));
    }
    if (trimmed(header).isEmpty()) {
        return fail(check, SignatureError::MalformedHeader, tr("Stripe-Signature header is empty"));
    }
    const ParsedHeader parsed = parseHeader(header);
    if (!parsed.malformed.isEmpty())
        return fail(check, SignatureError::MalformedHeader, parsed.malformed);
    check.timestamp = parsed.timestamp;
    check.skewSecs = nowSecs - parsed.timestamp;
    check.v1Count = int(parsed.v1.size());

    if (body.isEmpty()) {
        return fail(check, SignatureError::EmptyBody,
                    tr("the request body is empty: Stripe always sends the event as the body, so "
                       "a proxy in between may have dropped it"));
    }
    if (parsed.v1.isEmpty()) {
        if (parsed.otherSchemes > 0) {
            return fail(check, SignatureError::NoV1Signature,
                        trn("Stripe-Signature header has no v1 signature, only %n of another "
                            "scheme (such as v0), which is never accepted: Stripe signs every "
                            "delivery with v1",
                            parsed.otherSchemes));
        }
        return fail(check, SignatureError::NoV1Signature,
                    tr("Stripe-Signature header has no v1 signature: Stripe signs every delivery "
                       "with v1, so this request was not sent by Stripe"));
    }

    int activeKeys = 0;
    for (qsizetype k = 0; k < keys.size(); ++k) {
        const SigningKey &key = keys.at(k);
        if (!isActive(key, nowSecs))
            continue;
        ++activeKeys;
        SignatureHex expected;
        if (!computeHex(key.secret, parsed.timestamp, body, expected))
            continue;
        for (const QByteArrayView candidate : parsed.v1) {
            // Constant time over the 64 characters; a different length is simply no match and
            // says nothing about the secret.
            if (candidate.size() == kSignatureHexLength
                && CRYPTO_memcmp(candidate.data(), expected.data(), kSignatureHexLength) == 0) {
                check.matchedKey = int(k);
                check.matchedPrevious = key.isPrevious || key.expiresAtSecs != 0;
                break;
            }
        }
        if (check.matchedKey >= 0)
            break;
    }
    if (activeKeys == 0) {
        const QString why = keys.isEmpty()
            ? tr("no signing secret is saved for this connector")
            : tr("every saved signing secret of this connector has expired");
        return fail(check, SignatureError::NoActiveSecret,
                    why
                        + tr(": paste the endpoint's signing secret (Stripe Dashboard > Developers "
                             "> Webhooks > the endpoint > Signing secret)"));
    }
    if (check.matchedKey < 0) {
        return fail(check, SignatureError::NoMatch,
                    trn("no v1 signature matches the saved signing secret (%n v1 signature(s) "
                        "checked): check that the secret belongs to this endpoint (Stripe "
                        "Dashboard > Developers > Webhooks > the endpoint > Signing secret), or "
                        "a proxy changed the body on the way",
                        check.v1Count));
    }

    if (check.skewSecs > tolerance) {
        return fail(check, SignatureError::TimestampTooOld,
                    tr("timestamp %1 s old, tolerance %2 s: check the machine's clock, or this "
                       "is a replayed request")
                        .arg(check.skewSecs)
                        .arg(tolerance));
    }
    if (-check.skewSecs > tolerance) {
        return fail(check, SignatureError::TimestampInFuture,
                    tr("timestamp %1 s in the future, tolerance %2 s: check the machine's clock")
                        .arg(-check.skewSecs)
                        .arg(tolerance));
    }
    return check;
}

QByteArray SignatureVerifier::computeSignature(QByteArrayView secret, qint64 timestamp,
                                               QByteArrayView body)
{
    SignatureHex hex;
    if (!computeHex(secret, timestamp, body, hex))
        return {};
    return QByteArray(hex.data(), kSignatureHexLength);
}

QByteArray SignatureVerifier::makeHeader(QByteArrayView secret, qint64 timestamp,
                                         QByteArrayView body)
{
    return "t=" + QByteArray::number(timestamp)
        + ",v1=" + computeSignature(secret, timestamp, body);
}

QString SignatureVerifier::errorCode(SignatureError error)
{
    return rejectCode(rejectReason(error));
}

RejectReason SignatureVerifier::rejectReason(SignatureError error)
{
    switch (error) {
    case SignatureError::None:
        return RejectReason::None;
    case SignatureError::MissingHeader:
        return RejectReason::MissingSignature;
    case SignatureError::MalformedHeader:
        return RejectReason::MalformedSignature;
    case SignatureError::NoV1Signature:
        return RejectReason::NoV1Signature;
    case SignatureError::NoMatch:
        return RejectReason::SignatureMismatch;
    case SignatureError::TimestampTooOld:
    case SignatureError::TimestampInFuture:
        return RejectReason::TimestampOutOfTolerance;
    case SignatureError::EmptyBody:
        return RejectReason::EmptyBody;
    case SignatureError::NoActiveSecret:
        return RejectReason::NoSecret;
    }
    Q_UNREACHABLE();
}

} // namespace Hookyard::Core
