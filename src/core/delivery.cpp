#include "core/delivery.h"

namespace Hookyard::Core {

namespace {
struct ReasonRow
{
    RejectReason reason;
    const char *code;
    int status;
};

// The HTTP answers of ARCHITECTURE.md section 4. Codes are stored in the database: never rename.
constexpr ReasonRow kReasons[] = {
    {RejectReason::None, "none", 200},
    {RejectReason::UnknownConnector, "unknown_connector", 404},
    {RejectReason::ConnectorDisabled, "connector_disabled", 404},
    {RejectReason::MethodNotAllowed, "method_not_allowed", 405},
    {RejectReason::NoSecret, "no_signing_secret", 503},
    {RejectReason::MissingSignature, "missing_signature", 400},
    {RejectReason::MalformedSignature, "malformed_signature", 400},
    {RejectReason::NoV1Signature, "no_v1_signature", 400},
    {RejectReason::SignatureMismatch, "signature_mismatch", 400},
    {RejectReason::TimestampOutOfTolerance, "timestamp_out_of_tolerance", 400},
    {RejectReason::EmptyBody, "empty_body", 400},
    {RejectReason::InvalidEvent, "invalid_event", 400},
    {RejectReason::BodyTooLarge, "body_too_large", 413},
    {RejectReason::RateLimited, "rate_limited", 429},
    {RejectReason::StorageUnavailable, "storage_unavailable", 503},
    {RejectReason::BadRequest, "bad_request", 400},
    {RejectReason::HeadersTooLarge, "headers_too_large", 431},
};

const ReasonRow &row(RejectReason reason)
{
    for (const auto &r : kReasons) {
        if (r.reason == reason)
            return r;
    }
    Q_UNREACHABLE();
}
} // namespace

QString rejectCode(RejectReason reason)
{
    return QString::fromLatin1(row(reason).code);
}

int rejectHttpStatus(RejectReason reason)
{
    return row(reason).status;
}

QStringList allRejectCodes()
{
    QStringList codes;
    for (const auto &r : kReasons) {
        if (r.reason != RejectReason::None)
            codes << QString::fromLatin1(r.code);
    }
    return codes;
}

QString outcomeCode(DeliveryOutcome outcome)
{
    switch (outcome) {
    case DeliveryOutcome::Accepted:
        return QStringLiteral("accepted");
    case DeliveryOutcome::Duplicate:
        return QStringLiteral("duplicate");
    case DeliveryOutcome::Rejected:
        return QStringLiteral("rejected");
    }
    Q_UNREACHABLE();
}

} // namespace Hookyard::Core
