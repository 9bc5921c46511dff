#include "receivertestkit.h"

#include "core/signatureverifier.h"
#include "storage/database.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

namespace Hookyard::ReceiverTest {

QByteArray eventBody(const QString &id, const QString &type, int bodySize)
{
    QByteArray head = "{\n  \"id\": \"" + id.toUtf8()
        + "\",\n  \"object\": \"event\",\n  \"api_version\": \"2024-06-20\",\n"
          "  \"created\": 1700000000,\n  \"data\": {\n    \"object\": {\n"
          "      \"id\": \"in_1QAbCdEfGhIjKlMnOp\",\n      \"object\": \"invoice\",\n"
          "      \"metadata\": {\n        \"note\": \"";
    const QByteArray tail = "\"\n      }\n    }\n  },\n  \"livemode\": false,\n  \"type\": \""
        + type.toUtf8() + "\"\n}\n";
    head += QByteArray(qMax<qsizetype>(0, bodySize - head.size() - tail.size()), 'x');
    return head + tail;
}

QByteArray signatureFor(const QByteArray &body, qint64 timestamp, const QByteArray &secret)
{
    return Core::SignatureVerifier::makeHeader(secret, timestamp, body);
}

Core::ConnectorRuntime makeConnector(const QString &id, const QString &name,
                                     const QByteArray &secret)
{
    Core::ConnectorRuntime rt;
    rt.connector.id = id;
    rt.connector.name = name;
    rt.connector.enabled = true;
    rt.connector.hasSecret = !secret.isEmpty();
    if (!secret.isEmpty())
        rt.keys.append(Core::SigningKey { secret, 0, false });
    return rt;
}

QByteArray rawRequest(const QByteArray &method, const QByteArray &path, const QByteArray &body,
                      const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QByteArray r = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    bool hasLength = false;
    for (const auto &h : headers) {
        r += h.first + ": " + h.second + "\r\n";
        hasLength = hasLength || h.first.compare("Content-Length", Qt::CaseInsensitive) == 0
            || h.first.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0;
    }
    if (!hasLength && (!body.isEmpty() || method == "POST"))
        r += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    r += "\r\n";
    return r + body;
}

Receiver::ReceiverConfig testConfig()
{
    Receiver::ReceiverConfig c;
    c.address = QHostAddress(QHostAddress::LocalHost);
    c.port = 0;
    c.bodyLimit = 64 * 1024;
    c.maxRequestLineBytes = 2048;
    c.maxHeaderBytes = 8 * 1024;
    c.maxHeaderFields = 32;
    c.maxConnections = 64;
    c.maxConnectionsPerAddress = 32;
    c.headerTimeoutMs = 2'000;
    c.requestTimeoutMs = 4'000;
    c.idleTimeoutMs = 5'000;
    c.defaultRatePerSecond = 1000;
    c.defaultBurst = 1000;
    c.rejectRatePerSecond = 5;
    c.rejectBurst = 50;
    return c;
}

ReceiverHarness::ReceiverHarness(const Receiver::ReceiverConfig &cfg)
    : config(cfg),
      directory(std::make_shared<Core::ConnectorDirectory>()), plannedRuns { Core::PlannedRun {
                                                                   QStringLiteral("agent-a") } },
      matcherCalls(std::make_shared<std::atomic<int>>(0))
{
    m_connection = QStringLiteral("receiver-test-%1").arg(quintptr(this), 0, 16);
    // The matcher runs on the receiver thread: it only reads a copy.
    Core::AgentMatcher matcher = [runs = &plannedRuns, calls = matcherCalls](
                                     const Core::Connector &, const Core::StripeEventInfo &) {
        ++*calls;
        return *runs;
    };
    receiver =
        std::make_unique<Receiver::WebhookReceiver>(dataDir.path(), directory, matcher, clock);
}

ReceiverHarness::~ReceiverHarness()
{
    stop();
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool ReceiverHarness::start()
{
    QSignalSpy listening(receiver.get(), &Receiver::WebhookReceiver::listening);
    QSignalSpy failed(receiver.get(), &Receiver::WebhookReceiver::failed);
    receiver->start(config);
    for (int i = 0; i < 100 && listening.isEmpty() && failed.isEmpty(); ++i)
        listening.wait(100);
    if (!failed.isEmpty())
        error = failed.first().first().toString();
    return !listening.isEmpty() && receiver->port() != 0;
}

void ReceiverHarness::stop()
{
    if (receiver)
        receiver->stop();
}

QString ReceiverHarness::path(const QString &connectorId) const
{
    return QStringLiteral("/webhooks/stripe/") + connectorId;
}

QUrl ReceiverHarness::url(const QString &connectorId) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port()).arg(path(connectorId)));
}

void ReceiverHarness::setConnectors(const QList<Core::ConnectorRuntime> &connectors)
{
    Core::ConnectorSnapshot snapshot;
    for (const auto &c : connectors)
        snapshot.insert(c.connector.id, c);
    directory->replace(std::move(snapshot));
}

QByteArray ReceiverHarness::sign(const QByteArray &body, const QByteArray &secret) const
{
    return signatureFor(body, clock.nowSecs(), secret);
}

qint64 ReceiverHarness::count(const QString &sql)
{
    if (!QSqlDatabase::contains(m_connection)) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        db.setDatabaseName(dataDir.filePath(QString::fromLatin1(Storage::Database::FileName)));
        db.open();
    }
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(sql) || !q.next()) {
        qWarning("query failed: %s", qPrintable(q.lastError().text()));
        return -1;
    }
    return q.value(0).toLongLong();
}

bool ReceiverHarness::exec(const QString &sql)
{
    count(QStringLiteral("SELECT 1")); // opens the connection
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(sql)) {
        qWarning("exec failed: %s", qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}

} // namespace Hookyard::ReceiverTest
