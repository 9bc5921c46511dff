#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace Hookyard::Core {

enum class RejectReason; // core/delivery.h

// One secret a delivery may be signed with. `expiresAtSecs` = 0: no expiry (the current secret);
// otherwise the previous secret during a rotation, accepted until that Unix time.
struct SigningKey
{
    QByteArray secret; // the whole "whsec_..." string; it is the HMAC key as is, no decoding
    qint64 expiresAtSecs = 0;
    bool isPrevious = false;
};

enum class SignatureError {
    None,
    MissingHeader, // no Stripe-Signature header at all (or Qt 6.4 dropped oversized headers)
    MalformedHeader, // no t, two t, empty t, t not decimal digits, t = 0, t over 18 digits
    NoV1Signature, // header has no v1 element (v0 and other schemes never count)
    NoMatch, // no v1 matches any active secret
    TimestampTooOld, // now - t > tolerance
    TimestampInFuture, // t - now > tolerance
    EmptyBody,
    NoActiveSecret, // no usable secret (all expired / none given)
};

struct SignatureCheck
{
    SignatureError error = SignatureError::None;
    // A sentence a person can act on, e.g. "timestamp 412 s old, tolerance 300 s". Never contains
    // a secret or a full signature.
    QString reason;
    qint64 timestamp = 0; // the header's t, when it parsed
    qint64 skewSecs = 0; // now - t (positive: the signature is older than now)
    int v1Count = 0; // how many v1 elements the header carried
    int matchedKey = -1; // index into the keys that matched, -1 when none; also set when
                         // the signature matched but the timestamp was out of tolerance
    bool matchedPrevious = false;

    bool ok() const { return error == SignatureError::None; }
};

// Stripe webhook signature verification, exactly the policy of ARCHITECTURE.md section 5.
// Pure functions: thread-safe, no allocation of secrets beyond the call.
//
// Checks, in this order (the first failure is reported): header present, header parses
// (elements split on ',', trimmed; empty elements and elements without '=' are ignored like
// unknown keys), body not empty, at least one v1, at least one active key, some v1 matches some
// active key, then |now - t| <= tolerance. The signature comes before the timestamp as in
// Stripe's SDKs. Unlike the SDKs, a timestamp too far in the future is rejected too.
class SignatureVerifier final
{
public:
    static constexpr int DefaultToleranceSecs = 300;

    // `toleranceSecs` <= 0 means DefaultToleranceSecs: there is no way to switch the timestamp
    // check off. A key is active when its secret is not empty and expiresAtSecs is 0 or > now.
    static SignatureCheck verify(QByteArrayView header, QByteArrayView body,
                                 const QList<SigningKey> &keys, qint64 nowSecs,
                                 int toleranceSecs = DefaultToleranceSecs);

    // 64 lowercase hex characters: HMAC-SHA256(secret, "<t>.<body>") computed with OpenSSL.
    static QByteArray computeSignature(QByteArrayView secret, qint64 timestamp,
                                       QByteArrayView body);

    // "t=<t>,v1=<sig>": what Stripe sends; used by `hookyard trigger` and tests.
    static QByteArray makeHeader(QByteArrayView secret, qint64 timestamp, QByteArrayView body);

    // A stable code for an error ("timestamp_out_of_tolerance" ...), used in JSON answers,
    // the database and counters.
    static QString errorCode(SignatureError error);

    // The delivery reason for an error (its code is errorCode()); None for SignatureError::None.
    // NoActiveSecret maps to RejectReason::NoSecret (503: Stripe retries until a secret is saved).
    static RejectReason rejectReason(SignatureError error);
};

} // namespace Hookyard::Core
