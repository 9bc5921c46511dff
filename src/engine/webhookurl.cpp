#include "engine/webhookurl.h"

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QSaveFile>

namespace Hookyard::Engine {

bool splitHostPort(const QString &hostPort, QString *host, quint16 *port)
{
    const qsizetype colon = hostPort.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    QString h = hostPort.left(colon);
    if (h.startsWith(QLatin1Char('[')) && h.endsWith(QLatin1Char(']')))
        h = h.mid(1, h.size() - 2);
    else if (h.contains(QLatin1Char(':')))
        return false; // an IPv6 literal must be bracketed
    bool ok = false;
    const uint p = hostPort.mid(colon + 1).toUInt(&ok);
    if (!ok || p > 65535 || h.isEmpty())
        return false;
    *host = h;
    *port = quint16(p);
    return true;
}

QUrl webhookUrl(const QString &publicBaseUrl, const QString &listenHostPort,
                const QString &connectorId)
{
    const QString path = QStringLiteral("/webhooks/stripe/") + connectorId;
    if (!publicBaseUrl.isEmpty()) {
        QUrl url(publicBaseUrl);
        QString base = url.path();
        while (base.endsWith(QLatin1Char('/')))
            base.chop(1);
        url.setPath(base + path);
        return url;
    }
    QString host;
    quint16 port = 0;
    if (!splitHostPort(listenHostPort, &host, &port)) {
        host = QStringLiteral("127.0.0.1");
        port = 8787;
    }
    const QHostAddress address(host);
    if (address == QHostAddress::AnyIPv4 || host == QLatin1String("0.0.0.0"))
        host = QStringLiteral("127.0.0.1");
    else if (address == QHostAddress::AnyIPv6 || address == QHostAddress::Any)
        host = QStringLiteral("::1");
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(host);
    url.setPort(port);
    url.setPath(path);
    return url;
}

QString serveAddressFile(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("serve.address"));
}

QString readServeAddress(const QString &dataDir)
{
    QFile file(serveAddressFile(dataDir));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).trimmed();
}

void writeServeAddress(const QString &dataDir, const QString &hostPort)
{
    QSaveFile file(serveAddressFile(dataDir));
    if (file.open(QIODevice::WriteOnly)) {
        file.write(hostPort.toUtf8() + '\n');
        file.commit();
    }
}

void removeServeAddress(const QString &dataDir)
{
    QFile::remove(serveAddressFile(dataDir));
}

} // namespace Hookyard::Engine
