#include "receiver/webhookhandler.h"

#include "core/logging.h"
#include "core/signatureverifier.h"
#include "core/stripeevent.h"
#include "receiver/commitbatch.h"
#include "receiver/deliveryreporter.h"
#include "receiver/guardedtcpserver.h"
#include "storage/deliverywriter.h"

#include <QElapsedTimer>

namespace Hookyard::Receiver {

using Core::RejectReason;

namespace {
RejectReason reasonFor(Core::SignatureError error)
{
    switch (error) {
    case Core::SignatureError::None:
        return RejectReason::None;
    case Core::SignatureError::MissingHeader:
        return RejectReason::MissingSignature;
    case Core::SignatureError::MalformedHeader:
        return RejectReason::MalformedSignature;
    case Core::SignatureError::NoV1Signature:
        return RejectReason::NoV1Signature;
    case Core::SignatureError::NoMatch:
        return RejectReason::SignatureMismatch;
    case Core::SignatureError::TimestampTooOld:
    case Core::SignatureError::TimestampInFuture:
        return RejectReason::TimestampOutOfTolerance;
    case Core::SignatureError::EmptyBody:
        return RejectReason::EmptyBody;
    case Core::SignatureError::NoActiveSecret:
        return RejectReason::NoSecret;
    }
    return RejectReason::MalformedSignature;
}

// The connector id a webhook path names (/webhooks/stripe/<id>, nothing after it), or empty.
QString connectorIdOf(const QString &path)
{
    const QLatin1StringView prefix = WebhookHandler::PathPrefix;
    if (!path.startsWith(prefix) || path.size() == prefix.size()
        || path.indexOf(QLatin1Char('/'), prefix.size()) != -1) {
        return {};
    }
    return path.mid(prefix.size()).left(64);
}
} // namespace

// Everything one request accumulates on its way through handle().
struct WebhookHandler::Context
{
    const WebhookRequest *request; // null once handle() returned (a staged delivery's settlement)
    QElapsedTimer timer;
    QString address; // GuardedTcpServer::addressKey of the remote address
    QString connectorId; // from the path (may be unknown)
    std::shared_ptr<const Core::ConnectorSnapshot> snapshot;
    const Core::ConnectorRuntime *runtime = nullptr; // known connector, or nullptr
    Core::Delivery delivery;
    DeliveryNotice notice;
};

WebhookHandler::WebhookHandler(std::shared_ptr<Core::ConnectorDirectory> directory,
                               Core::AgentMatcher matcher, const Core::Clock &clock,
                               CommitBatch &batch, DeliveryReporter *reporter)
    : m_directory(std::move(directory)), m_matcher(std::move(matcher)), m_clock(clock),
      m_batch(batch), m_reporter(reporter)
{
}

WebhookHandler::~WebhookHandler() = default;

void WebhookRequest::setHeaders(const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QByteArray *const fields[] = { &signature, &userAgent, &contentType };
    constexpr QByteArrayView names[] = { "Stripe-Signature", "User-Agent", "Content-Type" };
    bool seen[] = { false, false, false };
    for (QByteArray *field : fields)
        field->clear();
    signatureHeaders = 0;
    for (const auto &[name, value] : headers) {
        for (int i = 0; i < 3; ++i) {
            if (name.compare(names[i], Qt::CaseInsensitive) != 0)
                continue;
            *fields[i] = seen[i] ? *fields[i] + ", " + value : value;
            seen[i] = true;
            if (i == 0)
                ++signatureHeaders;
            break;
        }
    }
}

HttpAnswer WebhookHandler::handle(const WebhookRequest &request)
{
    Context ctx { &request, {}, {}, {}, {}, nullptr, {}, {} };
    ctx.timer.start();
    // Stripe sends from few addresses (behind a tunnel, all from 127.0.0.1): the last key is
    // reused rather than spelled out again for every request.
    if (request.remoteAddress != m_lastAddress || m_lastAddressKey.isNull()) {
        m_lastAddress = request.remoteAddress;
        m_lastAddressKey = GuardedTcpServer::addressKey(request.remoteAddress);
    }
    ctx.address = m_lastAddressKey;
    ctx.delivery.receivedAtMs = m_clock.nowMs();
    ctx.delivery.remoteAddress = ctx.address;
    ctx.delivery.userAgent = QString::fromUtf8(request.userAgent.left(256));
    ctx.delivery.contentType = QString::fromUtf8(request.contentType.left(128));
    ctx.delivery.bodySize = request.body.size();

    ctx.connectorId = connectorIdOf(request.path);
    if (ctx.connectorId.isEmpty()) {
        return reject(ctx, RejectReason::None,
                      tr("no such path; webhook URLs look like %1<connector-id>").arg(PathPrefix));
    }
    ctx.snapshot = m_directory->snapshot(); // fresh per request: directory changes apply at once
    const auto it = ctx.snapshot->constFind(ctx.connectorId);
    if (it != ctx.snapshot->cend())
        ctx.runtime = &it.value();
    ctx.delivery.connectorId = ctx.connectorId;

    if (!request.isPost)
        return reject(ctx, RejectReason::MethodNotAllowed, tr("webhooks are delivered with POST"));
    if (!ctx.runtime)
        return reject(ctx, RejectReason::UnknownConnector, tr("no connector has this URL"));
    const Core::Connector &connector = ctx.runtime->connector;
    if (!connector.enabled)
        return reject(ctx, RejectReason::ConnectorDisabled, tr("this connector is disabled"));
    if (connector.hasSecret && ctx.runtime->keys.isEmpty()
        && !ctx.runtime->secretProblem.isEmpty()) {
        // The same 503 (Stripe retries), but not "no secret yet": saving it again would not
        // help. The reason stays on this machine (record, log, window): it names local files.
        return reject(ctx, RejectReason::NoSecret,
                      tr("this connector's signing secret is saved but cannot be read on this "
                         "machine; Hookyard's log and window say why"),
                      ctx.runtime->secretProblem);
    }
    if (!connector.hasSecret || ctx.runtime->keys.isEmpty()) {
        return reject(ctx, RejectReason::NoSecret,
                      tr("this connector has no signing secret yet; save the whsec_ secret that "
                         "Stripe shows for this endpoint"));
    }

    // What the joined header value cannot tell the verifier: the field came twice, or came
    // empty (QHttpServer hands both over as one value).
    if (request.signatureHeaders > 1) {
        return reject(ctx, RejectReason::MalformedSignature,
                      tr("the request has %n Stripe-Signature headers: Stripe sends exactly one, "
                         "so a proxy or the client added one",
                         nullptr, request.signatureHeaders));
    }
    if (request.signatureHeaders == 1 && request.signature.isEmpty())
        return reject(ctx, RejectReason::MalformedSignature,
                      tr("Stripe-Signature header is empty"));

    const Core::SignatureCheck check =
        Core::SignatureVerifier::verify(request.signature, request.body, ctx.runtime->keys,
                                        m_clock.nowSecs(), connector.toleranceSecs);
    ctx.delivery.signatureTimestamp = check.timestamp;
    ctx.delivery.skewSecs = check.skewSecs;
    ctx.delivery.v1Count = check.v1Count;
    ctx.delivery.matchedPreviousSecret = check.matchedPrevious;
    if (!check.ok())
        return reject(ctx, reasonFor(check.error), check.reason);

    // The fast reader first; Qt's parser for anything it does not take, which also words the
    // reason of a rejection.
    Core::StripeEventParse parsed;
    parsed.ok = m_eventReader.read(request.body, &parsed.info);
    if (!parsed.ok)
        parsed = Core::parseStripeEvent(request.body);
    if (!parsed.ok)
        return reject(ctx, RejectReason::InvalidEvent, parsed.error);
    ctx.delivery.event = parsed.info;
    ctx.notice.eventId = parsed.info.id;
    ctx.notice.eventType = parsed.info.type;

    const double rate =
        connector.ratePerSecond < 0 ? m_config.defaultRatePerSecond : connector.ratePerSecond;
    const int burst = connector.burst < 0 ? m_config.defaultBurst : connector.burst;
    const auto decision = m_connectorBuckets.take(connector.id, rate, burst, m_clock.monotonicMs());
    if (!decision.allowed)
        return rateLimited(ctx, decision, false);

    const QList<Core::PlannedRun> runs =
        m_matcher ? m_matcher(connector, parsed.info) : QList<Core::PlannedRun>();
    return commit(ctx, runs);
}

HttpAnswer WebhookHandler::commit(Context &ctx, const QList<Core::PlannedRun> &runs)
{
    Core::Delivery &d = ctx.delivery;
    d.httpStatus = 200;
    d.outcome = Core::DeliveryOutcome::Accepted;
    d.body = ctx.request->body;
    // The settlement needs the context but not the request (gone by then) nor the body.
    struct Pending
    {
        Context ctx;
        Storage::DeliveryWriter::Result result;
    };
    auto pending = std::make_shared<Pending>(Pending { ctx, {} });
    pending->ctx.request = nullptr;
    pending->ctx.delivery.body.clear();
    Storage::DeliveryWriter::Result staged =
        m_batch.stage(d, runs, [this, pending](bool stored, const QString &error) {
            settle(pending->ctx, pending->result, stored, error);
        });
    d.body.clear();
    if (staged.status != Storage::DeliveryWriter::Result::Committed) {
        settle(ctx, staged, false, staged.error);
        return storageFailure();
    }
    pending->result = staged;
    // Answered now, held by the connection until the batch commits (CommitBatch).
    HttpAnswer answer = HttpAnswer::received(d.event.id, staged.duplicate);
    answer.staged = true;
    return answer;
}

HttpAnswer WebhookHandler::storageFailure()
{
    return HttpAnswer::error(Core::rejectHttpStatus(Core::RejectReason::StorageUnavailable),
                             Core::rejectCode(Core::RejectReason::StorageUnavailable),
                             storageFailureMessage());
}

QString WebhookHandler::storageFailureMessage()
{
    return tr("the event could not be stored; retry later");
}

void WebhookHandler::settle(Context &ctx, const Storage::DeliveryWriter::Result &result,
                            bool stored, const QString &error)
{
    Core::Delivery &d = ctx.delivery;
    if (!stored) {
        // Not acknowledged: Stripe retries. A storage failure is not the sender's fault, so it
        // never takes from the reject bucket.
        const bool wasFailing = m_storageFailures.failing();
        if (const auto line = m_storageFailures.failed(m_clock.nowMs(), ctx.runtime->connector.name,
                                                       d.event.id, error))
            qCWarning(lcReceiver).noquote() << *line;
        if (!wasFailing)
            m_reporter->storageFailed(error);
        const RejectReason reason = RejectReason::StorageUnavailable;
        d.body.clear();
        d.outcome = Core::DeliveryOutcome::Rejected;
        d.reason = reason;
        d.httpStatus = Core::rejectHttpStatus(reason);
        d.message = storageFailureMessage();
        m_reporter->count(ctx.connectorId, Core::rejectCode(reason));
        m_reporter->rejected(d);
        ctx.notice.reasonCode = Core::rejectCode(reason);
        ctx.notice.message = d.message;
        report(ctx, d.httpStatus);
        return;
    }
    if (const auto line = m_storageFailures.stored(m_clock.nowMs())) {
        qCInfo(lcReceiver).noquote() << *line;
        m_reporter->storageWorksAgain();
    }
    d.outcome =
        result.duplicate ? Core::DeliveryOutcome::Duplicate : Core::DeliveryOutcome::Accepted;
    ctx.notice.deliveryRow = result.deliveryRow;
    ctx.notice.eventRow = result.eventRow;
    ctx.notice.runIds = result.runIds;
    if (!result.runIds.isEmpty() && m_config.onRunsQueued)
        m_config.onRunsQueued();
    qCDebug(lcReceiver).noquote() << "stored" << d.event.id << d.event.type << "for"
                                  << ctx.runtime->connector.name
                                  << (result.duplicate ? "(duplicate)" : "") << "runs"
                                  << result.runIds.size();
    report(ctx, 200);
}

HttpAnswer WebhookHandler::reject(Context &ctx, RejectReason reason, const QString &message,
                                  const QString &localDetail)
{
    // The stricter per-address bucket, for rejected requests only.
    const auto perAddress = m_rejectBuckets.take(ctx.address, m_config.rejectRatePerSecond,
                                                 m_config.rejectBurst, m_clock.monotonicMs());
    if (!perAddress.allowed) {
        m_reporter->throttled(ctx.address);
        return rateLimited(ctx, perAddress, true);
    }

    const bool known = ctx.runtime != nullptr;
    const QString code =
        reason == RejectReason::None ? QStringLiteral("not_found") : Core::rejectCode(reason);
    const int status = reason == RejectReason::None ? 404 : Core::rejectHttpStatus(reason);
    m_reporter->count(known ? ctx.connectorId : QString(), code);
    Core::Delivery &d = ctx.delivery;
    d.httpStatus = status;
    d.outcome = Core::DeliveryOutcome::Rejected;
    d.reason = reason;
    // The answer carries `message`; the record, the notice and the log add the local detail.
    const QString recorded =
        localDetail.isEmpty() ? message : message + QStringLiteral(": ") + localDetail;
    d.message = recorded;
    d.event = {};
    if (known)
        m_reporter->rejected(d); // batched, off the answer's path
    // Never the Stripe-Signature header itself: its t and how many v1 it carried. Debug level:
    // the notice reaches the live views and `serve`'s log; forged floods must not flood the log.
    qCDebug(lcReceiver).noquote() << "rejected"
                                  << (known ? ctx.runtime->connector.name : ctx.connectorId)
                                  << "from" << ctx.address << status << code
                                  << "t=" << d.signatureTimestamp << "v1 count=" << d.v1Count << "-"
                                  << recorded;
    if (reason != RejectReason::None) {
        ctx.notice.reasonCode = code;
        ctx.notice.message = recorded;
        report(ctx, status);
    }
    HttpAnswer answer = HttpAnswer::error(status, code, message);
    if (reason == RejectReason::MethodNotAllowed)
        answer.headers.append({ QByteArrayLiteral("Allow"), QByteArrayLiteral("POST") });
    return answer;
}

HttpAnswer WebhookHandler::rateLimited(Context &ctx, const RateLimiter::Decision &decision,
                                       bool perAddress)
{
    const RejectReason reason = RejectReason::RateLimited;
    const QString code = Core::rejectCode(reason);
    const int retryAfter = decision.retryAfterSecs();
    const QString message = perAddress
        ? tr("too many rejected requests from your address; retry in %1 s").arg(retryAfter)
        : tr("this connector receives more deliveries than its rate limit; retry in %1 s")
              .arg(retryAfter);
    m_reporter->count(ctx.runtime ? ctx.connectorId : QString(), code);
    if (!perAddress) {
        // A valid delivery over the connector's rate: recorded so the user sees it (Stripe
        // retries it). Refusals by the per-address bucket are not written: that is the point of it.
        Core::Delivery &d = ctx.delivery;
        d.httpStatus = 429;
        d.outcome = Core::DeliveryOutcome::Rejected;
        d.reason = reason;
        d.message = message;
        m_reporter->rejected(d);
        ctx.notice.reasonCode = code;
        ctx.notice.message = message;
        report(ctx, 429);
    }
    HttpAnswer answer = HttpAnswer::error(429, code, message);
    answer.headers.append({ QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfter) });
    return answer;
}

void WebhookHandler::transportRefused(int status, const QString &code, const QString &message,
                                      const QByteArray &target, const QString &address)
{
    Context ctx { nullptr, {}, address, {}, {}, nullptr, {}, {} };
    ctx.timer.start();
    // The connector the request was for: the target's path (without its query), routed as
    // handle() routes it.
    const qsizetype query = target.indexOf('?');
    ctx.connectorId = connectorIdOf(QString::fromLatin1(query < 0 ? target : target.left(query)));
    if (!ctx.connectorId.isEmpty()) {
        ctx.snapshot = m_directory->snapshot();
        const auto it = ctx.snapshot->constFind(ctx.connectorId);
        if (it != ctx.snapshot->cend())
            ctx.runtime = &it.value();
    }
    // Only codes a delivery can be recorded with (not a timeout's or a connection cap's).
    std::optional<RejectReason> reason;
    for (int r = int(RejectReason::UnknownConnector); r <= int(RejectReason::HeadersTooLarge);
         ++r) {
        if (Core::rejectCode(RejectReason(r)) == code)
            reason = RejectReason(r);
    }
    const QString counted = ctx.runtime ? ctx.connectorId : QString();
    m_reporter->count(counted, code);
    if (!ctx.runtime || !reason)
        return;
    // Already answered; the reject bucket only decides whether it is also written and shown.
    const auto perAddress = m_rejectBuckets.take(ctx.address, m_config.rejectRatePerSecond,
                                                 m_config.rejectBurst, m_clock.monotonicMs());
    if (!perAddress.allowed) {
        m_reporter->throttled(ctx.address);
        return;
    }
    Core::Delivery &d = ctx.delivery;
    d.connectorId = ctx.connectorId;
    d.receivedAtMs = m_clock.nowMs();
    d.remoteAddress = ctx.address;
    d.httpStatus = status;
    d.outcome = Core::DeliveryOutcome::Rejected;
    d.reason = *reason;
    d.message = message;
    m_reporter->rejected(d);
    ctx.notice.reasonCode = code;
    ctx.notice.message = message;
    report(ctx, status);
}

void WebhookHandler::report(Context &ctx, int status)
{
    DeliveryNotice &n = ctx.notice;
    n.connectorId = ctx.connectorId;
    n.connectorName = ctx.runtime ? ctx.runtime->connector.name : QString();
    n.receivedAtMs = ctx.delivery.receivedAtMs;
    n.httpStatus = status;
    n.outcome = ctx.delivery.outcome;
    n.remoteAddress = ctx.address;
    n.latencyUs = ctx.timer.nsecsElapsed() / 1000;
    m_reporter->notice(std::move(n));
}

} // namespace Hookyard::Receiver
