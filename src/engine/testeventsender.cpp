#include "engine/testeventsender.h"

#include "core/signatureverifier.h"

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

} // namespace Hookyard::Engine
