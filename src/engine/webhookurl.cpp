#include "engine/webhookurl.h"

#include "core/atomicfile.h"
#include "storage/datadirlock.h"

#include <QDir>
#include <QFile>
#include <QHostAddress>

#include <cstdio>

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
    const QString hostPort = QString::fromUtf8(file.readAll()).trimmed();
    // A serve killed with SIGKILL leaves its file behind: its port means nothing once nobody
    // holds the data folder's lock (the URLs would name a port that nothing listens on).
    if (Storage::DataDirLock::currentHolder(dataDir).isEmpty())
        return {};
    return hostPort;
}

void writeServeAddress(const QString &dataDir, const QString &hostPort)
{
    // Only a convenience for scripts and the other commands (`connector url`): a folder that
    // cannot take it fails elsewhere with a clearer message.
    QString ignored;
    Core::writeFileAtomically(serveAddressFile(dataDir), hostPort.toUtf8() + '\n', &ignored);
}

void removeServeAddress(const QString &dataDir)
{
    QFile::remove(serveAddressFile(dataDir));
}

namespace {
QString serveGenerationFile(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("serve.generation"));
}
} // namespace

qint64 readServeGeneration(const QString &dataDir)
{
    QFile file(serveGenerationFile(dataDir));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    bool ok = false;
    const qint64 generation = file.readAll().trimmed().toLongLong(&ok);
    return ok ? generation : -1;
}

void writeServeGeneration(const QString &dataDir, qint64 generation)
{
    // A new file renamed over the old one: a reader sees the old number or the new one, never a
    // half-written file. No QSaveFile: its fsync could stall the caller (the GUI thread) for
    // long on a loaded disk, and the number means nothing after a crash.
    const QString path = serveGenerationFile(dataDir);
    const QString temporary = path + QStringLiteral(".new");
    // Unbuffered and checked: a full disk must not leave an empty number in place of the old one.
    const QByteArray text = QByteArray::number(generation) + '\n';
    QFile file(temporary);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered)
        || file.write(text) != text.size()) {
        file.remove();
        return;
    }
    file.close();
    if (std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(path).constData())
        != 0) {
        QFile::remove(temporary);
    }
}

void removeServeGeneration(const QString &dataDir)
{
    QFile::remove(serveGenerationFile(dataDir));
}

} // namespace Hookyard::Engine
