#pragma once

#include "core/clock.h"
#include "core/connectordirectory.h"
#include "core/delivery.h"
#include "core/stripeeventreader.h"
#include "receiver/httpanswer.h"
#include "receiver/ratelimiter.h"
#include "receiver/storagefailurelog.h"
#include "receiver/webhookreceiver.h"
#include "storage/deliverywriter.h"

#include <QCoreApplication>
#include <QHostAddress>

#include <memory>

namespace Hookyard::Receiver {

class CommitBatch;
class DeliveryReporter;

// What the handler needs of one HTTP request, copied out of QHttpServerRequest (which Qt 6.4
// reuses per connection) so that the handler can be driven without a socket.
struct WebhookRequest
{
    bool isPost = true;
    QString path; // decoded URL path
    QByteArray signature; // Stripe-Signature
    int signatureHeaders = 0; // how many Stripe-Signature fields the request had
    QByteArray body; // raw bytes, never re-serialised (the HMAC is over them)
    QHostAddress remoteAddress;
    QByteArray userAgent;
    QByteArray contentType;

    // Takes signature, userAgent and contentType from the request's headers in one pass (names
    // in any case; a name given more than once joined with ", ", as QHttpServerRequest::value()
    // does, which lists and joins for each call).
    void setHeaders(const QList<QPair<QByteArray, QByteArray>> &headers);
};

// The webhook flow of ARCHITECTURE.md sections 2 and 4, synchronous (Qt 6.4 has no safe deferred
// answer): route -> method -> connector (fresh directory snapshot per request, so connector and
// secret changes apply at once) -> secret -> signature -> event JSON -> per-connector bucket ->
// planned runs -> staged in the receiver's CommitBatch -> answer (staged: the connection holds it
// until the batch commits; the notice, the runs' wake-up and a failure's 503 come then). Every
// rejection is counted; those of known connectors are queued for the database; all but a valid
// delivery's refusal by the connector bucket first take a token of the remote address's reject
// bucket, and once that is empty they are answered 429 and not written (a valid delivery never
// touches it: behind a tunnel every client is 127.0.0.1).
// Lives on the receiver thread; not thread-safe.
class WebhookHandler final
{
    Q_DECLARE_TR_FUNCTIONS(WebhookHandler)
public:
    static constexpr QLatin1StringView PathPrefix { "/webhooks/stripe/" };

    WebhookHandler(std::shared_ptr<Core::ConnectorDirectory> directory, Core::AgentMatcher matcher,
                   const Core::Clock &clock, CommitBatch &batch, DeliveryReporter *reporter);
    ~WebhookHandler();
    Q_DISABLE_COPY_MOVE(WebhookHandler)

    void setConfig(const ReceiverConfig &config) { m_config = config; }
    HttpAnswer handle(const WebhookRequest &request);
    // The 503 of a delivery that could not be stored (also what replaces a failed batch's answers).
    static HttpAnswer storageFailure();
    // A request the transport answered itself (too large, malformed, too slow: GuardedTcpServer
    // and ConnectionGuard, before QHttpServer): counted, and when its target is a known
    // connector's URL also recorded and reported like the handler's own rejections (within the
    // address's reject bucket, so a flood of them is only counted). `address`: addressKey.
    void transportRefused(int status, const QString &code, const QString &message,
                          const QByteArray &target, const QString &address);

private:
    struct Context;
    // `message` goes into the answer; `localDetail`, if any, only into the record and the log.
    HttpAnswer reject(Context &ctx, Core::RejectReason reason, const QString &message,
                      const QString &localDetail = {});
    HttpAnswer rateLimited(Context &ctx, const RateLimiter::Decision &decision, bool perAddress);
    HttpAnswer commit(Context &ctx, const QList<Core::PlannedRun> &runs);
    // Once the delivery's batch settled (or its staging failed): notice, runs, log; or, when it
    // was not stored, the storage failure's count, record and notice.
    void settle(Context &ctx, const Storage::DeliveryWriter::Result &result, bool stored,
                const QString &error);
    void report(Context &ctx, int status);
    static QString storageFailureMessage();

    std::shared_ptr<Core::ConnectorDirectory> m_directory;
    Core::AgentMatcher m_matcher;
    const Core::Clock &m_clock;
    CommitBatch &m_batch;
    DeliveryReporter *m_reporter;
    ReceiverConfig m_config;
    RateLimiter m_connectorBuckets { 100'000 };
    RateLimiter m_rejectBuckets { 10'000 };
    Core::StripeEventReader m_eventReader;
    StorageFailureLog m_storageFailures;
    QHostAddress m_lastAddress; // and its GuardedTcpServer::addressKey
    QString m_lastAddressKey;
};

} // namespace Hookyard::Receiver
