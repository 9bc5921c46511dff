#include "engine/engine.h"

#include "agents/agentcatalog.h"
#include "agents/runscheduler.h"
#include "core/logging.h"
#include "core/settingsschema.h"
#include "engine/connectorsecrets.h"
#include "engine/engine_p.h"
#include "engine/receiverconfig.h"
#include "engine/retentionjob.h"
#include "engine/sampleevents.h"
#include "engine/testeventsender.h"
#include "engine/webhookurl.h"
#include "storage/connectorrepository.h"
#include "storage/database.h"
#include "storage/datadirlock.h"
#include "storage/secretstore.h"
#include "storage/settingsrepository.h"

#include <QNetworkAccessManager>
#include <QSqlQuery>
#include <QTimer>

namespace Hookyard::Engine {

namespace S = Core::Settings;

Engine::Engine(Options options, QObject *parent)
    : QObject(parent), m_options(std::move(options)), d(std::make_unique<Private>())
{
    d->poll.setInterval(PollIntervalMs);
    connect(&d->poll, &QTimer::timeout, this, &Engine::pollDatabase);
}

Engine::~Engine()
{
    stop();
}

bool Engine::start(QString *error)
{
    if (d->db)
        return true;
    setState(State::Starting, tr("Starting…"));
    d->db = Storage::Database::open(m_options.dataDir, QStringLiteral("engine"), error);
    if (!d->db) {
        setState(State::Failed, *error);
        return false;
    }
    Storage::SettingsRepository settings(*d->db);

    if (m_options.serve) {
        d->lock = std::make_unique<Storage::DataDirLock>(m_options.dataDir);
        QString detail;
        switch (d->lock->tryLock(&detail)) {
        case Storage::DataDirLock::Result::Taken:
            break;
        case Storage::DataDirLock::Result::Held: // read-only, beside the process that serves
            m_lockHolder = detail;
            d->lock.reset();
            break;
        case Storage::DataDirLock::Result::CannotCreate: // nobody can serve: say why
            d->lock.reset();
            d->db.reset();
            if (error)
                *error = detail;
            setState(State::Failed, detail);
            return false;
        }
    }

    d->catalog = std::make_unique<Agents::AgentCatalog>(
        Agents::AgentCatalog::agentsDirOf(m_options.dataDir));
    d->catalog->setWatching(m_options.serve);
    d->catalog->load();

    const bool serving = m_options.serve && d->lock;
    if (!serving && m_options.serve) {
        setState(State::ReadOnly,
                 tr("Read-only: %1 serves this data dir. Events appear here as it "
                    "stores them; stop it to receive in this window.")
                     .arg(m_lockHolder));
    }

    // Before the first reload (the secret store may answer at once): that reload applies it.
    d->generation = Storage::ConnectorRepository(*d->db).configGeneration();
    // The secret store answers asynchronously (a keychain may take a moment); the receiver starts
    // refusing nothing meanwhile: connectors without loaded keys answer 503 and Stripe retries.
    Storage::SecretStore::create(
        m_options.dataDir, settings.value(QString::fromLatin1(S::SecretBackend)),
        [this](std::unique_ptr<Storage::SecretStore> store, const QString &) {
            useSecretStore(std::move(store));
        },
        this);

    if (serving) {
        d->receiver = std::make_unique<Receiver::WebhookReceiver>(
            m_options.dataDir, d->directory, d->catalog->matcher(), *m_options.clock);
        connect(d->receiver.get(), &Receiver::WebhookReceiver::listening, this,
                [this](const QHostAddress &address, quint16 port) {
                    const QString hostPort = address.protocol() == QAbstractSocket::IPv6Protocol
                        ? QStringLiteral("[%1]:%2").arg(address.toString()).arg(port)
                        : QStringLiteral("%1:%2").arg(address.toString()).arg(port);
                    d->listenHostPort = hostPort;
                    writeServeAddress(m_options.dataDir, hostPort);
                    setState(State::Listening, tr("Listening on %1").arg(hostPort));
                });
        connect(d->receiver.get(), &Receiver::WebhookReceiver::failed, this,
                [this](const QString &message) { setState(State::Failed, message); });
        connect(d->receiver.get(), &Receiver::WebhookReceiver::deliveries, this,
                [this](const QList<Receiver::DeliveryNotice> &batch) {
                    wakeScheduler(batch);
                    Q_EMIT deliveriesReceived(batch);
                });
        connect(d->receiver.get(), &Receiver::WebhookReceiver::throttledRequests, this,
                &Engine::requestsThrottled);
        connect(d->receiver.get(), &Receiver::WebhookReceiver::storageFailure, this,
                &Engine::setStorageFailure);
        createScheduler();
        d->retention = std::make_unique<RetentionJob>(m_options.dataDir, *m_options.clock);
    }
    applySettings();
    if (serving) {
        startScheduler();
        d->retention->start();
    }
    d->poll.start();
    return true;
}

void Engine::stop()
{
    d->poll.stop();
    if (d->receiver) {
        d->receiver->stop();
        d->receiver.reset();
        setStorageFailure(QString()); // a new receiver starts with a clean slate
        removeServeAddress(m_options.dataDir);
        removeServeGeneration(m_options.dataDir);
    }
    stopScheduler();
    d->retention.reset(); // waits for a pass that is running
    d->catalog.reset();
    d->secrets.reset();
    d->lock.reset();
    d->db.reset();
    if (m_state != State::Stopped)
        setState(State::Stopped, tr("Stopped"));
}

void Engine::setState(State state, const QString &text)
{
    if (state == m_state && text == m_stateText)
        return;
    m_state = state;
    m_stateText = text;
    Q_EMIT stateChanged();
}

// Settings decide the receiver's address and limits. The address is applied by (re)starting the
// receiver; limits and rates by reconfigure(), which keeps connections open.
void Engine::applySettings()
{
    Storage::SettingsRepository settings(*d->db);
    d->publicBaseUrl = settings.value(QString::fromLatin1(S::PublicBaseUrl));
    followSecretBackend(settings.value(QString::fromLatin1(S::SecretBackend)));
    applySchedulerSettings();
    if (d->retention) {
        d->retention->setLimits(settings.intValue(QString::fromLatin1(S::RetentionDays)),
                                settings.intValue(QString::fromLatin1(S::RetentionEvents)));
    }
    if (!d->receiver)
        return;
    QString error;
    const QString listen = m_options.listenOverride.isEmpty()
        ? settings.value(QString::fromLatin1(S::ListenAddress))
        : m_options.listenOverride;
    auto config = receiverConfigFrom(settings, listen, &error);
    if (!config) {
        setState(State::Failed, error);
        return;
    }
    const bool addressChanged = !d->receiverStarted || config->address != d->receiverConfig.address
        || config->port != d->receiverConfig.port;
    config->onRunsQueued = d->scheduler ? d->scheduler->waker() : std::function<void()>();
    d->receiverConfig = *config;
    if (!addressChanged) {
        d->receiver->reconfigure(*config);
        return;
    }
    if (d->receiverStarted) {
        d->receiver->stop();
        setStorageFailure(QString());
    }
    d->receiverStarted = true;
    d->listenHostPort = listen;
    d->receiver->start(*config);
}

// Another process (the CLI, or the window while serve runs) may change connectors, secrets and
// settings at any time: meta.config_generation tells, cheaply, every PollIntervalMs.
void Engine::pollDatabase()
{
    if (!d->db)
        return;
    const qint64 generation = Storage::ConnectorRepository(*d->db).configGeneration();
    if (generation != d->generation) {
        d->generation = generation;
        applySettings();
        // `agent add` and `agent remove` bump the generation too and wait for it: the agents
        // folder is read now, before reloadConnectors() reports the generation applied, rather
        // than after the watcher's delay.
        if (d->catalog && d->receiver)
            d->catalog->load();
        reloadConnectors();
        Q_EMIT connectorsChanged();
        Q_EMIT settingsChanged();
    }
    if (isReadOnly()) {
        QSqlQuery q(d->db->sql());
        if (q.exec(QStringLiteral("PRAGMA data_version")) && q.next()) {
            const qint64 version = q.value(0).toLongLong();
            if (d->dataVersion >= 0 && version != d->dataVersion)
                Q_EMIT databaseChanged();
            d->dataVersion = version;
        }
    }
}

// Builds the receiver's connector table: connectors from the database, keys from the secret
// store (asynchronous), then one atomic replace. A newer reload supersedes an older one.
void Engine::reloadConnectors()
{
    if (!d->db || !d->secrets)
        return;
    const quint64 load = ++d->directoryLoad;
    const qint64 generation = d->generation;
    const auto connectors = Storage::ConnectorRepository(*d->db).list();
    auto snapshot = std::make_shared<Core::ConnectorSnapshot>();
    auto pending = std::make_shared<int>(int(connectors.size()));
    auto finish = [this, load, generation, snapshot] {
        if (load != d->directoryLoad)
            return;
        d->directory->replace(*snapshot);
        // In effect from the receiver's next request on: tell the commands waiting for it.
        if (d->receiver)
            writeServeGeneration(m_options.dataDir, generation);
    };
    if (connectors.isEmpty()) {
        finish();
        return;
    }
    const qint64 now = m_options.clock->nowMs();
    for (const auto &connector : connectors) {
        ConnectorSecrets::loadKeys(
            *d->secrets, connector, now,
            [this, connector, snapshot, pending, finish](QList<Core::SigningKey> keys,
                                                         const QString &error) {
                if (!error.isEmpty())
                    qCWarning(lcEngine).noquote() << "connector" << connector.name << ":" << error;
                snapshot->insert(connector.id, Core::ConnectorRuntime { connector, keys, error });
                if (--*pending == 0)
                    finish();
            });
    }
}

Storage::Database &Engine::database() const
{
    Q_ASSERT(d->db);
    return *d->db;
}

Agents::AgentCatalog *Engine::agents() const
{
    return d->catalog.get();
}

// Agent runs: only the serving process runs a scheduler (it holds the data-dir lock).
void Engine::createScheduler()
{
    d->scheduler =
        std::make_unique<Agents::RunScheduler>(m_options.dataDir, *d->catalog, *m_options.clock);
    connect(d->scheduler.get(), &Agents::RunScheduler::runStarted, this, &Engine::runStarted);
    connect(d->scheduler.get(), &Agents::RunScheduler::runFinished, this, &Engine::runFinished);
    connect(d->scheduler.get(), &Agents::RunScheduler::runProgress, this, &Engine::runProgress);
}

void Engine::startScheduler()
{
    QString error;
    if (!d->scheduler->start(&error))
        qCWarning(lcEngine).noquote() << "agent runs are not started:" << error;
}

void Engine::setStorageFailure(const QString &reason)
{
    if (reason == m_storageFailure)
        return;
    m_storageFailure = reason;
    Q_EMIT storageFailureChanged(reason);
}

void Engine::stopScheduler()
{
    if (d->scheduler)
        d->scheduler->stop();
    d->scheduler.reset();
}

void Engine::applySchedulerSettings()
{
    if (d->scheduler && d->scheduler->isStarted())
        d->scheduler->reloadSettings();
}

// Runs were queued in the same transaction as their event: start them now rather than at the
// next poll (the acknowledgement-to-start latency is what users feel).
void Engine::wakeScheduler(const QList<Receiver::DeliveryNotice> &batch)
{
    if (!d->scheduler)
        return;
    for (const auto &notice : batch) {
        if (!notice.runIds.isEmpty()) {
            d->scheduler->wake();
            return;
        }
    }
}

Agents::RunScheduler *Engine::scheduler() const
{
    return d->scheduler.get();
}

QString Engine::listenHost() const
{
    QString host;
    quint16 port = 0;
    splitHostPort(d->listenHostPort, &host, &port);
    return host;
}

quint16 Engine::port() const
{
    return d->receiver ? d->receiver->port() : 0;
}

QString Engine::listenAddress() const
{
    return d->listenHostPort;
}

QUrl Engine::webhookUrl(const Core::Connector &connector) const
{
    QString listen = d->listenHostPort;
    if (listen.isEmpty())
        listen = readServeAddress(m_options.dataDir);
    if (listen.isEmpty() && d->db)
        listen = Storage::SettingsRepository(*d->db).value(QString::fromLatin1(S::ListenAddress));
    return Hookyard::Engine::webhookUrl(d->publicBaseUrl, listen, connector.id);
}

bool Engine::isSecretStoreOpen() const
{
    return d->secrets != nullptr;
}

QString Engine::secretStoreDescription() const
{
    return d->secrets ? d->secrets->describe() : tr("opening the secret store…");
}

void Engine::reloadSettings()
{
    d->generation = Storage::ConnectorRepository(*d->db).configGeneration();
    applySettings();
    Q_EMIT settingsChanged();
}

QStringList Engine::sampleEventTypes()
{
    return SampleEvents::types();
}

void Engine::sendTestEvent(
    const QString &connectorId, const QString &type,
    std::function<void(bool ok, int httpStatus, const QString &message)> done)
{
    const auto connector = Storage::ConnectorRepository(*d->db).byId(connectorId);
    if (!connector || !d->secrets) {
        done(false, 0, tr("the connector is gone or the secret store is still opening"));
        return;
    }
    QString listen = d->listenHostPort;
    if (m_state != State::Listening)
        listen = readServeAddress(m_options.dataDir); // read-only: the serving process
    if (listen.isEmpty()) {
        done(false, 0, tr("nothing is receiving: %1").arg(m_stateText));
        return;
    }
    sendSampleEvent(d->network, *d->secrets, *connector,
                    Hookyard::Engine::webhookUrl(QString(), listen, connector->id),
                    m_options.clock->nowMs(), type,
                    [done](const TestDelivery &r) { done(r.ok, r.httpStatus, r.message); });
}

} // namespace Hookyard::Engine
