#pragma once

#include "core/clock.h"
#include "core/connector.h"
#include "receiver/webhookreceiver.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

namespace Hookyard::Storage {
class Database;
class SecretStore;
class DataDirLock;
} // namespace Hookyard::Storage

namespace Hookyard::Agents {
class AgentCatalog;
class RunScheduler;
} // namespace Hookyard::Agents

namespace Hookyard::Engine {

// The composition root shared by the desktop app and `hookyard serve`: opens the data dir, takes
// the serve lock (or runs read-only when another process serves it), chooses the secret store,
// keeps the receiver's ConnectorDirectory in step with the database (also with changes made by
// other processes, through meta.config_generation), starts the receiver thread and the run
// scheduler, and re-emits what the views need as batched, queued signals.
// Lives on the main thread; every method is called there. Nothing here blocks: the keychain and
// the receiver answer through callbacks and signals.
class Engine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Engine)
public:
    // How often meta.config_generation is read for changes made by other processes: a command
    // that changed a connector waits for the serving process to apply it (serve.generation).
    static constexpr int PollIntervalMs = 100;

    struct Options
    {
        QString dataDir;
        QString listenOverride; // "HOST:PORT" from --listen; empty = the listen.address setting
        bool serve = true; // false: never listen nor run agents (CLI use)
        const Core::Clock *clock = &Core::Clock::system();
    };

    enum class State {
        Stopped,
        Starting,
        Listening, // receiving on listenAddress():port()
        Failed, // could not listen: stateText() says why and what to do
        ReadOnly, // another process serves this data dir: lockHolder() says which
    };
    Q_ENUM(State)

    explicit Engine(Options options, QObject *parent = nullptr);
    ~Engine() override;

    // Opens storage and starts serving. False with *error when the data dir or database cannot be
    // used at all (then nothing runs). Listening itself is reported through stateChanged().
    bool start(QString *error);
    void stop();

    State state() const { return m_state; }
    QString stateText() const { return m_stateText; }
    QString lockHolder() const { return m_lockHolder; }
    bool isReadOnly() const { return m_state == State::ReadOnly; }
    // Why the receiver cannot store deliveries right now; empty while it can.
    QString storageFailure() const { return m_storageFailure; }

    QString dataDir() const { return m_options.dataDir; }
    // The --listen option's "HOST:PORT", which wins over the listen.address setting; "" = none.
    QString listenOverride() const { return m_options.listenOverride; }
    Storage::Database &database() const; // the main thread's connection
    Agents::AgentCatalog *agents() const; // null until start()
    Agents::RunScheduler *scheduler() const; // null when not serving
    QString listenHost() const;
    quint16 port() const; // 0 until listening
    QString listenAddress() const; // "HOST:PORT" listened on (or configured)
    // http://<listen>/webhooks/stripe/<id>, or <public base URL>/webhooks/stripe/<id>.
    QUrl webhookUrl(const Core::Connector &connector) const;
    QString secretStoreDescription() const;
    // The secret store opens asynchronously after start() (a keychain may take a moment);
    // setSecret() refuses until it is open.
    bool isSecretStoreOpen() const;

    // Connectors (main thread). Success emits connectorsChanged().
    QList<Core::Connector> connectors() const;
    std::optional<Core::Connector> addConnector(const QString &name, QString *error);
    // The one way connectors are created (window and CLI): a new connector gets the default
    // tolerance of the settings.
    static std::optional<Core::Connector> createConnector(Storage::Database &db,
                                                          const QString &name, QString *error);
    bool updateConnector(const Core::Connector &connector, QString *error);
    bool removeConnector(const QString &connectorId, QString *error);
    // Validates (whsec_ only, trimmed), stores in the secret store, and with keepPreviousMs > 0
    // keeps the old secret valid that long (rotation, at most 24 h). Asynchronous.
    void setSecret(const QString &connectorId, const QString &input, qint64 keepPreviousMs,
                   std::function<void(bool ok, const QString &error)> done);
    // Saves the secrets.backend setting `value` ("auto", "keychain" or "file"). When it names
    // another store than the one in use, the saved signing secrets move with it first (copied
    // and checked, then removed from the old store); when they cannot, nothing changes and
    // `error` says why. `message` says what was moved. Asynchronous.
    void setSecretBackend(const QString &value,
                          std::function<void(bool ok, const QString &message)> done);
    // Signs a realistic sample event of `type` with the connector's secret and POSTs it to the
    // running receiver, like `stripe trigger`. Asynchronous.
    void sendTestEvent(const QString &connectorId, const QString &type,
                       std::function<void(bool ok, int httpStatus, const QString &message)> done);
    static QStringList sampleEventTypes();

    // Call after writing settings through database(): applies them now (the receiver's limits,
    // address, the scheduler's limits) instead of at the next poll.
    void reloadSettings();

Q_SIGNALS:
    void stateChanged();
    // Another secret store is in use (the first one opened, or a switch of secrets.backend):
    // secretStoreDescription() changed. Not a change of state().
    void secretStoreChanged();
    // Batched (at most every 50 ms) from the receiver thread.
    void deliveriesReceived(const QList<Hookyard::Receiver::DeliveryNotice> &batch);
    // Requests refused by the per-address reject bucket, per address (not recorded one by one).
    void requestsThrottled(const QHash<QString, qint64> &byAddress);
    // The receiver could not store deliveries (reason: what to do about it) or can again (empty).
    void storageFailureChanged(const QString &reason);
    // Something new is in the database that did not come through deliveriesReceived (another
    // process wrote it: read-only mode, CLI). Views re-query new rows.
    void databaseChanged();
    void connectorsChanged();
    void settingsChanged();
    void runStarted(qint64 runId);
    void runFinished(qint64 runId, const QString &state);
    // A running run printed more; the database holds what it printed so far.
    void runProgress(qint64 runId);

private:
    bool refuseWhenReadOnly(QString *error) const;
    void setState(State state, const QString &text);
    void applySettings();
    void pollDatabase();
    void reloadConnectors();
    void followSecretBackend(const QString &value);
    void useSecretStore(std::unique_ptr<Storage::SecretStore> store);
    void configChanged();
    void createScheduler();
    void startScheduler();
    void stopScheduler();
    void applySchedulerSettings();
    void wakeScheduler(const QList<Receiver::DeliveryNotice> &batch);
    void setStorageFailure(const QString &reason);

    class Private;
    Options m_options;
    State m_state = State::Stopped;
    QString m_stateText;
    QString m_lockHolder;
    QString m_storageFailure;
    std::unique_ptr<Private> d;
};

} // namespace Hookyard::Engine
