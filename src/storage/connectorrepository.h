#pragma once

#include "core/connector.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace Hookyard::Storage {

class Database;

// Connectors in the database. Every write bumps meta.config_generation so that a serving process
// (possibly another one) reloads its ConnectorDirectory at once. Same-thread use only (the
// Database it is given).
class ConnectorRepository final
{
public:
    explicit ConnectorRepository(Database &db);

    // A new connector with a random 128-bit id. Fails (nullopt, *error set) when the name is
    // empty, too long (> 64), has characters other than letters, digits, '-', '_', '.', or exists.
    std::optional<Core::Connector> add(const QString &name, QString *error);
    // Why `name` cannot be a connector's name (with one that would do), or "" when it can; the
    // name's uniqueness is add()'s to check.
    static QString nameProblem(const QString &name);
    QList<Core::Connector> list(QString *error = nullptr) const;
    std::optional<Core::Connector> byName(const QString &name) const;
    std::optional<Core::Connector> byId(const QString &id) const;
    // Ids of removed connectors that had this name, the most recently removed first (a name can
    // be reused, so there may be several). Their events stay; remove() keeps the name.
    QStringList removedIdsNamed(const QString &name) const;
    // Removed connectors whose name is kept (id, name), by name.
    QList<std::pair<QString, QString>> removed() const;
    // Writes enabled, tolerance, rate, burst, has_secret, previous_secret_expires_at.
    bool update(const Core::Connector &connector, QString *error);
    // Deletes the connector; its events and deliveries stay, and its name is kept for them.
    bool remove(const QString &id, QString *error);

    qint64 configGeneration() const;
    void bumpConfigGeneration();

private:
    Database &m_db;
};

} // namespace Hookyard::Storage
