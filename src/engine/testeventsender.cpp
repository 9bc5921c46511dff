#include "engine/testeventsender.h"

#include "core/connector.h"
#include "core/signatureverifier.h"
#include "engine/connectorsecrets.h"
#include "engine/sampleevents.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace Hookyard::Engine {

void sendSignedEvent(QNetworkAccessManager &network, const QUrl &url, const QByteArray &secret,
                     const QByteArray &body, qint64 nowSecs,
                     std::function<void(const TestDelivery &)> done)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/json; charset=utf-8"));
    request.setRawHeader(QByteArrayLiteral("Stripe-Signature"),
                         Core::SignatureVerifier::makeHeader(secret, nowSecs, body));
    request.setRawHeader(
        QByteArrayLiteral("User-Agent"),
        QByteArrayLiteral("Stripe/1.0 (+https://stripe.com/docs/webhooks) Hookyard-trigger"));
    request.setTransferTimeout(15'000);
    QNetworkReply *reply = network.post(request, body);
    QObject::connect(reply, &QNetworkReply::finished, reply, [reply, url, done] {
        reply->deleteLater();
        TestDelivery result;
        result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        result.ok = result.httpStatus >= 200 && result.httpStatus < 300;
        if (result.httpStatus == 0) {
            result.message =
                QCoreApplication::translate(
                    "Hookyard::Engine::TestEventSender",
                    "nothing answered at %1 (%2): is Hookyard serving? Start the app or "
                    "`hookyard serve` first")
                    .arg(url.toString(QUrl::RemovePath), reply->errorString());
        } else {
            const QJsonObject answer = QJsonDocument::fromJson(result.body).object();
            result.message = result.ok
                ? QCoreApplication::translate("Hookyard::Engine::TestEventSender",
                                              "%1 %2 accepted%3")
                      .arg(result.httpStatus)
                      .arg(answer.value(QLatin1String("id")).toString(),
                           answer.value(QLatin1String("duplicate")).toBool()
                               ? QCoreApplication::translate("Hookyard::Engine::TestEventSender",
                                                             " (duplicate)")
                               : QString())
                : QStringLiteral("%1 %2: %3")
                      .arg(result.httpStatus)
                      .arg(answer.value(QLatin1String("error")).toString(),
                           answer.value(QLatin1String("message")).toString());
        }
        done(result);
    });
}

void sendSampleEvent(QNetworkAccessManager &network, Storage::SecretStore &store,
                     const Core::Connector &connector, const QUrl &url, qint64 nowMs,
                     const QString &type, std::function<void(const TestDelivery &)> done)
{
    ConnectorSecrets::loadKeys(
        store, connector, nowMs,
        [&network, url, type, nowMs, done](QList<Core::SigningKey> keys, const QString &error) {
            if (keys.isEmpty()) {
                TestDelivery refused;
                refused.message = error.isEmpty()
                    ? QCoreApplication::translate("Hookyard::Engine::TestEventSender",
                                                  "save the signing secret first: without it "
                                                  "the receiver refuses deliveries")
                    : error;
                done(refused);
                return;
            }
            const qint64 nowSecs = nowMs / 1000;
            sendSignedEvent(network, url, keys.first().secret, SampleEvents::make(type, nowSecs),
                            nowSecs, done);
        });
}

} // namespace Hookyard::Engine
