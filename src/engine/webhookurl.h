#pragma once

#include <QString>
#include <QUrl>

namespace Hookyard::Engine {

// The webhook URL of a connector: <public base URL>/webhooks/stripe/<id> when a public base URL
// is set (a tunnel or reverse proxy), otherwise http://<listen host:port>/webhooks/stripe/<id>.
// An "any address" listen host (0.0.0.0, ::) is shown as 127.0.0.1 / [::1], which works locally.
QUrl webhookUrl(const QString &publicBaseUrl, const QString &listenHostPort,
                const QString &connectorId);

// Splits "HOST:PORT" / "[v6]:PORT". False when it does not parse.
bool splitHostPort(const QString &hostPort, QString *host, quint16 *port);

// <dataDir>/serve.address holds "HOST:PORT" while a process serves the data dir, so that
// `connector url` and `trigger` reach the port really listened on (--listen, port 0).
// readServeAddress() is empty when no live process holds the data dir's lock (a stale file).
QString serveAddressFile(const QString &dataDir);
QString readServeAddress(const QString &dataDir);
void writeServeAddress(const QString &dataDir, const QString &hostPort);
void removeServeAddress(const QString &dataDir);

// <dataDir>/serve.generation holds the meta.config_generation whose connectors, secrets and
// settings the serving process has applied, so that a command that changed them can wait until
// the change is in effect (a script's `connector add`, `set-secret`, `trigger` in a row).
// Written without an fsync: it describes a running process, not data. -1 when absent.
qint64 readServeGeneration(const QString &dataDir);
void writeServeGeneration(const QString &dataDir, qint64 generation);
void removeServeGeneration(const QString &dataDir);

} // namespace Hookyard::Engine
