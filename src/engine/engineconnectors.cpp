#include "core/logging.h"
#include "core/settingsschema.h"
#include "engine/connectorsecrets.h"
#include "engine/engine.h"
#include "engine/engine_p.h"
#include "storage/connectorrepository.h"
#include "storage/settingsrepository.h"

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

// A change made here is applied at once rather than at the next poll.
void Engine::configChanged()
{
    d->generation = Storage::ConnectorRepository(*d->db).configGeneration();
    reloadConnectors();
    Q_EMIT connectorsChanged();
}

} // namespace Hookyard::Engine
