#pragma once

#include "core/clock.h"
#include "core/connectordirectory.h"
#include "receiver/webhookreceiver.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

#include <atomic>
#include <memory>

// Shared by the receiver tests (and usable by the engine's): signed Stripe requests and a running
// WebhookReceiver on loopback, port 0, with a ManualClock and a temporary data dir.
namespace Hookyard::ReceiverTest {

inline const QByteArray kSecret = QByteArrayLiteral("whsec_test_0123456789abcdefghijklmnop");
inline const QByteArray kOldSecret = QByteArrayLiteral("whsec_test_previous_secret_zyxwvut");

// A realistic snapshot event of about bodySize bytes.
QByteArray eventBody(const QString &id,
                     const QString &type = QStringLiteral("invoice.payment_failed"),
                     int bodySize = 1500);
// The Stripe-Signature header Stripe would send ("t=<t>,v1=<hmac>"), via SignatureVerifier.
QByteArray signatureFor(const QByteArray &body, qint64 timestamp,
                        const QByteArray &secret = kSecret);

// A connector as the engine would publish it in the ConnectorDirectory.
Core::ConnectorRuntime makeConnector(const QString &id, const QString &name,
                                     const QByteArray &secret = kSecret);

// Bytes of one HTTP/1.1 request, for raw-socket tests.
QByteArray rawRequest(const QByteArray &method, const QByteArray &path, const QByteArray &body = {},
                      const QList<QPair<QByteArray, QByteArray>> &headers = {});

// Limits small enough for tests to cross quickly.
Receiver::ReceiverConfig testConfig();

// A WebhookReceiver listening on 127.0.0.1:<any port>, data dir in a temporary directory.
class ReceiverHarness
{
public:
    explicit ReceiverHarness(const Receiver::ReceiverConfig &config = testConfig());
    ~ReceiverHarness();
    Q_DISABLE_COPY_MOVE(ReceiverHarness)

    bool start(); // waits until listening (or failed)
    void stop();
    quint16 port() const { return receiver->port(); }
    QUrl url(const QString &connectorId) const;
    QString path(const QString &connectorId) const;

    void setConnectors(const QList<Core::ConnectorRuntime> &connectors);
    // The Stripe-Signature of body for the current ManualClock time.
    QByteArray sign(const QByteArray &body, const QByteArray &secret = kSecret) const;

    // SQL helpers on a connection of the test's own (reading what the receiver wrote).
    qint64 count(const QString &sql);
    bool exec(const QString &sql);

    Receiver::ReceiverConfig config;
    QTemporaryDir dataDir;
    Core::ManualClock clock;
    std::shared_ptr<Core::ConnectorDirectory> directory;
    QList<Core::PlannedRun> plannedRuns; // what the matcher returns for every event
    std::shared_ptr<std::atomic<int>> matcherCalls;
    std::unique_ptr<Receiver::WebhookReceiver> receiver;
    QString error; // failed() text

private:
    QString m_connection;
};

} // namespace Hookyard::ReceiverTest
