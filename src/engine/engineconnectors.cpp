#include "core/logging.h"
#include "core/settingsschema.h"
#include "engine/connectorsecrets.h"
#include "engine/engine.h"
#include "engine/engine_p.h"
#include "storage/connectorrepository.h"
#include "storage/settingsrepository.h"

#include <QPointer>

// The engine's connector operations: what the window's Connectors page and the CLI's
// `connector` commands change, applied to the receiver at once.

namespace Hookyard::Engine {

namespace S = Core::Settings;

QList<Core::Connector> Engine::connectors() const
{
    return d->db ? Storage::ConnectorRepository(*d->db).list() : QList<Core::Connector> {};
}

// A read-only engine (another process serves the data folder) writes nothing: the window says
// so, and these refuse even if a control was left enabled.
bool Engine::refuseWhenReadOnly(QString *error) const
{
    if (!isReadOnly())
        return false;
    if (error)
        *error = tr("This window is read-only: %1 serves this data folder. Make the change "
                    "there, or with the hookyard command.")
                     .arg(m_lockHolder);
    return true;
}

std::optional<Core::Connector> Engine::addConnector(const QString &name, QString *error)
{
    if (refuseWhenReadOnly(error))
        return std::nullopt;
    auto connector = createConnector(*d->db, name, error);
    if (connector)
        configChanged();
    return connector;
}

std::optional<Core::Connector> Engine::createConnector(Storage::Database &db, const QString &name,
                                                       QString *error)
{
    Storage::ConnectorRepository repo(db);
    auto connector = repo.add(name, error);
    if (!connector)
        return connector;
    const int tolerance =
        int(Storage::SettingsRepository(db).intValue(QString::fromLatin1(S::DefaultTolerance)));
    if (tolerance > 0 && tolerance != connector->toleranceSecs) {
        connector->toleranceSecs = tolerance;
        if (!repo.update(*connector, error))
            return std::nullopt;
    }
    return connector;
}

bool Engine::updateConnector(const Core::Connector &connector, QString *error)
{
    if (refuseWhenReadOnly(error))
        return false;
    if (!Storage::ConnectorRepository(*d->db).update(connector, error))
        return false;
    configChanged();
    return true;
}

bool Engine::removeConnector(const QString &connectorId, QString *error)
{
    if (refuseWhenReadOnly(error))
        return false;
    if (!Storage::ConnectorRepository(*d->db).remove(connectorId, error))
        return false;
    if (d->secrets)
        ConnectorSecrets::forget(*d->secrets, connectorId, [](bool ok, const QString &why) {
            if (!ok) // the connector is gone either way; the log says what is left behind
                qCWarning(lcEngine).noquote()
                    << "the removed connector's signing secret could not be deleted:" << why;
        });
    configChanged();
    return true;
}

void Engine::setSecret(const QString &connectorId, const QString &input, qint64 keepPreviousMs,
                       std::function<void(bool ok, const QString &error)> done)
{
    QString readOnly;
    if (refuseWhenReadOnly(&readOnly)) {
        done(false, readOnly);
        return;
    }
    if (!d->secrets) {
        done(false, tr("the secret store is still opening; try again in a moment"));
        return;
    }
    ConnectorSecrets::save(*d->secrets, *d->db, connectorId, input, keepPreviousMs,
                           m_options.clock->nowMs(), [this, done](bool ok, const QString &error) {
                               if (ok)
                                   configChanged();
                               done(ok, error);
                           });
}

void Engine::useSecretStore(std::unique_ptr<Storage::SecretStore> store)
{
    // The old store may still have a job running for a superseded reload: it goes later.
    if (d->secrets)
        d->secrets.release()->deleteLater();
    d->secrets = std::move(store);
    qCInfo(lcEngine).noquote() << "signing secrets:" << d->secrets->describe();
    reloadConnectors();
    Q_EMIT secretStoreChanged();
}

// Another process (`hookyard settings set secrets.backend …`, which moved the secrets) switched
// the store: read the secrets from the new one from now on.
void Engine::followSecretBackend(const QString &value)
{
    if (!d->secrets || d->switchingSecrets)
        return;
    const QString wanted = Storage::SecretStore::storeNamedBy(value, m_options.dataDir);
    if (wanted.isEmpty() || wanted == Storage::SecretStore::backendName(d->secrets->backend()))
        return;
    d->switchingSecrets = true;
    Storage::SecretStore::create(
        m_options.dataDir, value,
        [this](std::unique_ptr<Storage::SecretStore> store, const QString &) {
            d->switchingSecrets = false;
            useSecretStore(std::move(store));
        },
        this);
}

void Engine::setSecretBackend(const QString &value,
                              std::function<void(bool ok, const QString &message)> done)
{
    QString readOnly;
    if (refuseWhenReadOnly(&readOnly)) {
        done(false, readOnly);
        return;
    }
    if (!d->secrets || d->switchingSecrets) {
        done(false, tr("the secret store is still opening; try again in a moment"));
        return;
    }
    const QString key = QString::fromLatin1(S::SecretBackend);
    const QString target = Storage::SecretStore::storeNamedBy(value, m_options.dataDir);
    if (target.isEmpty() || target == Storage::SecretStore::backendName(d->secrets->backend())) {
        QString error;
        if (!Storage::SettingsRepository(*d->db).setValue(key, value, &error)) {
            done(false, error);
            return;
        }
        done(true, {});
        return;
    }
    // Copy, check, switch, and only then remove from the old store. The move works on stores of
    // its own (the engine may go away meanwhile: the window closed), which go with deleteLater():
    // the last callback runs inside one of their own jobs.
    d->switchingSecrets = true;
    const auto later = [](Storage::SecretStore *s) {
        s->deleteLater();
    };
    auto from = std::shared_ptr<Storage::SecretStore>(
        Storage::SecretStore::open(m_options.dataDir,
                                   Storage::SecretStore::backendName(d->secrets->backend()))
            .release(),
        later);
    auto to = std::shared_ptr<Storage::SecretStore>(
        Storage::SecretStore::open(m_options.dataDir, target).release(), later);
    const auto connectors = Storage::ConnectorRepository(*d->db).list();
    QPointer<Engine> self(this);
    ConnectorSecrets::moveAll(
        from.get(), *to, connectors,
        [self, target, key, value](QString *error) {
            if (!self) {
                // The window closed meanwhile: nobody will use the new store.
                *error = tr("Hookyard is closing");
                return false;
            }
            if (!Storage::SettingsRepository(*self->d->db).setValue(key, value, error))
                return false;
            QString rememberError;
            if (!Storage::SecretStore::rememberBackend(self->m_options.dataDir, target,
                                                       &rememberError))
                qCWarning(lcEngine).noquote()
                    << "cannot note the new secret store:" << rememberError;
            // The engine reads the new store from now on; then the old one is emptied.
            self->useSecretStore(Storage::SecretStore::open(self->m_options.dataDir, target));
            return true;
        },
        // The stores live until the move is done.
        [self, from, to, done](const ConnectorSecrets::MoveOutcome &outcome) {
            if (self)
                self->d->switchingSecrets = false;
            if (!outcome.ok)
                done(false,
                     tr("The signing secrets cannot be moved to %1: %2. The setting stays as it "
                        "was.")
                         .arg(to->describe(), outcome.message));
            else if (outcome.warning.isEmpty())
                done(true, outcome.message);
            else
                done(true, tr("%1 Warning: %2.").arg(outcome.message, outcome.warning));
        });
}

// A change made here is applied at once rather than at the next poll.
void Engine::configChanged()
{
    d->generation = Storage::ConnectorRepository(*d->db).configGeneration();
    reloadConnectors();
    Q_EMIT connectorsChanged();
}

} // namespace Hookyard::Engine
