#pragma once

// The engine's state, shared by its translation units (engine.cpp, engineconnectors.cpp); not
// part of the engine's interface.

#include "agents/agentcatalog.h"
#include "agents/runscheduler.h"
#include "core/connectordirectory.h"
#include "engine/engine.h"
#include "engine/retentionjob.h"
#include "receiver/webhookreceiver.h"
#include "storage/database.h"
#include "storage/datadirlock.h"
#include "storage/secretstore.h"

#include <QNetworkAccessManager>
#include <QTimer>

#include <memory>

namespace Hookyard::Engine {

class Engine::Private
{
public:
    std::unique_ptr<Storage::Database> db;
    std::unique_ptr<Storage::DataDirLock> lock;
    std::unique_ptr<Storage::SecretStore> secrets;
    bool switchingSecrets = false; // a store is being opened or secrets moved
    std::shared_ptr<Core::ConnectorDirectory> directory =
        std::make_shared<Core::ConnectorDirectory>();
    std::unique_ptr<Agents::AgentCatalog> catalog;
    std::unique_ptr<Agents::RunScheduler> scheduler;
    std::unique_ptr<Receiver::WebhookReceiver> receiver;
    std::unique_ptr<RetentionJob> retention; // only in the process that serves
    QNetworkAccessManager network;
    QTimer poll;
    qint64 generation = -1;
    qint64 dataVersion = -1;
    quint64 directoryLoad = 0; // newer loads supersede older ones still waiting for the keychain
    QString listenHostPort;
    QString publicBaseUrl;
    Receiver::ReceiverConfig receiverConfig;
    bool receiverStarted = false;
};

} // namespace Hookyard::Engine
