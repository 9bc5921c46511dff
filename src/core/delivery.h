#pragma once

#include "core/stripeevent.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Hookyard::Core {

// Why a delivery was not accepted. The code strings (rejectCode) are part of the HTTP contract
// ({"error":"<code>"}) and are stored in the database: never rename one.
enum class RejectReason {
    None,
    UnknownConnector,   // 404 unknown_connector
    ConnectorDisabled,  // 404 connector_disabled
    MethodNotAllowed,   // 405 method_not_allowed
    NoSecret,           // 503 no_signing_secret
    MissingSignature,   // 400 missing_signature
    MalformedSignature, // 400 malformed_signature
    NoV1Signature,      // 400 no_v1_signature
    SignatureMismatch,  // 400 signature_mismatch
    TimestampOutOfTolerance, // 400 timestamp_out_of_tolerance
    EmptyBody,          // 400 empty_body
    InvalidEvent,       // 400 invalid_event (not a JSON Stripe event, after the signature verified)
    BodyTooLarge,       // 413 body_too_large
    RateLimited,        // 429 rate_limited
    StorageUnavailable, // 503 storage_unavailable
    BadRequest,         // 400 bad_request (malformed HTTP)
    HeadersTooLarge,    // 431 headers_too_large
};

QString rejectCode(RejectReason reason);
int rejectHttpStatus(RejectReason reason);
// Every code, in enum order (for counters and filters).
QStringList allRejectCodes();

enum class DeliveryOutcome { Accepted, Duplicate, Rejected };
QString outcomeCode(DeliveryOutcome outcome); // "accepted" | "duplicate" | "rejected"

// One HTTP request that reached a connector's path. The raw body is kept only for verified
// deliveries; rejected ones keep their reason, never the body of an unauthenticated request.
struct Delivery
{
    QString connectorId;
    qint64 receivedAtMs = 0;
    int httpStatus = 0;
    DeliveryOutcome outcome = DeliveryOutcome::Rejected;
    RejectReason reason = RejectReason::None;
    QString message;        // the person-readable reason / note
    QString remoteAddress;
    QString userAgent;
    QString contentType;
    qint64 signatureTimestamp = 0; // the t of Stripe-Signature (never the signatures themselves)
    qint64 skewSecs = 0;
    int v1Count = 0;
    bool matchedPreviousSecret = false;
    qint64 bodySize = 0;
    QByteArray body;        // verified deliveries only
    StripeEventInfo event;  // verified deliveries only
};

// A run to queue in the same transaction as a new event (the dispatcher's decision).
struct PlannedRun
{
    QString agent;
};

} // namespace Hookyard::Core

#include <functional>

namespace Hookyard::Core {
struct Connector;
// Decides which agents a new verified event starts (the agents layer provides it). Called on the
// receiver thread inside the request, so it must be thread-safe and cheap (an in-memory match).
using AgentMatcher = std::function<QList<PlannedRun>(const Connector &, const StripeEventInfo &)>;
} // namespace Hookyard::Core
