#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace Hookyard::Core {
struct Connector;
}
namespace Hookyard::Storage {
class SecretStore;
}

namespace Hookyard::Engine {

// POSTs a signed Stripe event to a webhook URL the way Stripe does (Content-Type
// application/json; charset=utf-8, a Stripe-Signature header, a Stripe user agent), for
// `hookyard trigger` and the window's "Send test event". Asynchronous; `done` runs on the
// manager's thread with the HTTP status (0 when nothing answered) and a sentence.
struct TestDelivery
{
    bool ok = false; // a 2xx answer
    int httpStatus = 0;
    QByteArray body; // the receiver's JSON answer
    QString message; // what happened, for people
};

void sendSignedEvent(QNetworkAccessManager &network, const QUrl &url, const QByteArray &secret,
                     const QByteArray &body, qint64 nowSecs,
                     std::function<void(const TestDelivery &)> done);

// The window's "Send test event": a realistic sample event of `type` (SampleEvents), signed with
// the connector's current secret read from `store`, POSTed to `url`. A connector without a
// readable secret gets a sentence saying so (status 0), nothing is sent.
void sendSampleEvent(QNetworkAccessManager &network, Storage::SecretStore &store,
                     const Core::Connector &connector, const QUrl &url, qint64 nowMs,
                     const QString &type, std::function<void(const TestDelivery &)> done);

} // namespace Hookyard::Engine
