#include "cli/blockingcall.h"
#include "cli/clicontext.h"
#include "core/clock.h"
#include "engine/connectorsecrets.h"
#include "engine/sampleevents.h"
#include "engine/testeventsender.h"
#include "engine/webhookurl.h"
#include "storage/connectorrepository.h"
#include "storage/database.h"
#include "storage/secretstore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>

namespace Hookyard::Cli {

int runTriggerCommand(CliContext &ctx, const QStringList &args)
{
    CommandParser parser;
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("The connector to send to."));
    parser.addPositionalArgument(
        QStringLiteral("TYPE"),
        tr("The event type: %1").arg(Engine::SampleEvents::types().join(QStringLiteral(", "))));
    int status = 0;
    if (!ctx.parse(parser, args, QStringLiteral("hookyard trigger NAME TYPE"), &status))
        return status;
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 2)
        return ctx.fail(tr("give a connector and an event type: hookyard trigger NAME TYPE"), 2);
    if (!Engine::SampleEvents::has(pos.at(1)))
        return ctx.fail(
            tr("no sample for \"%1\"; available: %2")
                .arg(pos.at(1), Engine::SampleEvents::types().join(QStringLiteral(", "))),
            2);
    if (!ctx.database())
        return 1;
    const auto connector = ctx.connectorNamed(pos.at(0), &status);
    if (!connector)
        return status;
    if (!connector->hasSecret)
        return ctx.fail(
            tr("connector \"%1\" has no signing secret yet, so the receiver would refuse "
               "the event: hookyard connector set-secret %1")
                .arg(connector->name));
    // Send to the port really listened on (serve.address), not the public URL.
    const QString listen = Engine::readServeAddress(ctx.dataDir());
    if (listen.isEmpty())
        return ctx.fail(
            tr("nothing serves this data dir (%1): start the app or `hookyard serve` first")
                .arg(ctx.dataDir()));
    auto *store = ctx.secrets();
    if (!store)
        return 1;
    QList<Core::SigningKey> keys;
    QString error;
    const qint64 nowMs = Core::Clock::system().nowMs();
    blockingCall([&](std::function<void()> finish) {
        Engine::ConnectorSecrets::loadKeys(
            *store, *connector, nowMs, [&, finish](QList<Core::SigningKey> k, const QString &e) {
                keys = std::move(k);
                error = e;
                finish();
            });
    });
    if (keys.isEmpty())
        return ctx.fail(error.isEmpty() ? tr("the signing secret could not be read") : error);

    const QByteArray body = Engine::SampleEvents::make(pos.at(1), nowMs / 1000);
    const QUrl url = Engine::webhookUrl(QString(), listen, connector->id);
    QNetworkAccessManager network;
    Engine::TestDelivery result;
    blockingCall([&](std::function<void()> finish) {
        Engine::sendSignedEvent(network, url, keys.first().secret, body, nowMs / 1000,
                                [&, finish](const Engine::TestDelivery &r) {
                                    result = r;
                                    finish();
                                });
    });
    if (!result.ok) {
        // The receiver's answer says what is wrong; say what to do about it where we know.
        const QString code =
            QJsonDocument::fromJson(result.body).object().value(QLatin1String("error")).toString();
        if (code == QLatin1String("connector_disabled"))
            return ctx.fail(tr("%1 (turn it on: hookyard connector configure %2 --enabled true)")
                                .arg(result.message, connector->name));
        return ctx.fail(result.message);
    }
    ctx.out() << result.message << Qt::endl;
    return 0;
}

} // namespace Hookyard::Cli
