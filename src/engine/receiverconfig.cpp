#include "engine/receiverconfig.h"

#include "core/settingsschema.h"
#include "engine/webhookurl.h"
#include "storage/settingsrepository.h"

#include <QCoreApplication>

namespace Hookyard::Engine {

namespace S = Core::Settings;

std::optional<Receiver::ReceiverConfig>
receiverConfigFrom(const Storage::SettingsRepository &settings, const QString &listen,
                   QString *error)
{
    Receiver::ReceiverConfig config;
    QString host;
    quint16 port = 0;
    if (!splitHostPort(listen, &host, &port)) {
        *error = QCoreApplication::translate("Hookyard::Engine",
                                             "the listen address \"%1\" is not HOST:PORT (e.g. "
                                             "127.0.0.1:8787 or [::1]:8787)")
                     .arg(listen);
        return std::nullopt;
    }
    if (host == QLatin1String("localhost"))
        host = QStringLiteral("127.0.0.1");
    const QHostAddress address(host);
    if (address.isNull()) {
        *error =
            QCoreApplication::translate("Hookyard::Engine",
                                        "the listen host \"%1\" is not an IP address: use "
                                        "127.0.0.1 (this machine only) or the address of one of "
                                        "its network interfaces")
                .arg(host);
        return std::nullopt;
    }
    auto intValue = [&settings](const char *key) {
        return settings.intValue(QString::fromLatin1(key));
    };
    config.address = address;
    config.port = port;
    config.bodyLimit = intValue(S::BodyLimit);
    config.defaultRatePerSecond = double(intValue(S::DefaultRate));
    config.defaultBurst = int(intValue(S::DefaultBurst));
    config.rejectRatePerSecond = double(intValue(S::RejectRate));
    config.rejectBurst = int(intValue(S::RejectBurst));
    config.maxConnections = int(intValue(S::MaxConnections));
    config.maxConnectionsPerAddress = int(intValue(S::MaxConnectionsPerAddress));
    config.fullSync = settings.value(QString::fromLatin1(S::Synchronous)) == QLatin1String("full");
    return config;
}

} // namespace Hookyard::Engine
