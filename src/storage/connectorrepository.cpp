#include "storage/connectorrepository.h"

#include "core/logging.h"
#include "core/randomid.h"
#include "storage/database.h"
#include "storage/writetransaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace Hookyard::Storage {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Hookyard::Storage::ConnectorRepository", text);
}

constexpr int MaxNameLength = 64;

constexpr const char *SelectColumns =
    "SELECT id, name, enabled, tolerance_s, rate_per_s, burst, has_secret, "
    "previous_secret_expires_at, created_at, updated_at FROM connectors ";

Core::Connector fromQuery(const QSqlQuery &q)
{
    Core::Connector c;
    c.id = q.value(0).toString();
    c.name = q.value(1).toString();
    c.enabled = q.value(2).toInt() != 0;
    c.toleranceSecs = q.value(3).toInt();
    c.ratePerSecond = q.value(4).toDouble();
    c.burst = q.value(5).toInt();
    c.hasSecret = q.value(6).toInt() != 0;
    c.previousSecretExpiresAtMs = q.value(7).toLongLong();
    c.createdAtMs = q.value(8).toLongLong();
    c.updatedAtMs = q.value(9).toLongLong();
    return c;
}

} // namespace

QString ConnectorRepository::nameProblem(const QString &name)
{
    if (name.isEmpty())
        return tr("A connector needs a name, for example \"billing\".");
    if (name.size() > MaxNameLength)
        return tr("The connector name is %1 characters long; use at most %2.")
            .arg(name.size())
            .arg(MaxNameLength);
    // ASCII only: the name is typed on command lines and shown in logs.
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9._-]+$"));
    if (!allowed.match(name).hasMatch()) {
        // A name that would do: the other characters as '-'.
        static const QRegularExpression other(QStringLiteral("[^A-Za-z0-9._-]+"));
        QString suggestion = name;
        suggestion.replace(other, QStringLiteral("-"));
        while (suggestion.startsWith(u'-'))
            suggestion.remove(0, 1);
        while (suggestion.endsWith(u'-'))
            suggestion.chop(1);
        if (suggestion.isEmpty())
            return tr("The connector name \"%1\" may only contain letters, digits, '-', '_' and "
                      "'.'.")
                .arg(name);
        return tr("The connector name \"%1\" may only contain letters, digits, '-', '_' and "
                  "'.': \"%2\" would do.")
            .arg(name, suggestion);
    }
    return {};
}

namespace {

// Every change of connectors must be seen by a serving process, possibly another one, which
// polls meta.config_generation. Runs inside the caller's transaction.
bool bump(QSqlDatabase &db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("UPDATE meta SET value = CAST(value AS INTEGER) + 1 "
                                 "WHERE key = 'config_generation'"));
}

QString writeFailed(const QString &reason)
{
    return tr("Could not save the connector: %1. Check that the data directory is writable and "
              "the disk not full.")
        .arg(reason);
}

} // namespace

ConnectorRepository::ConnectorRepository(Database &db) : m_db(db) { }

std::optional<Core::Connector> ConnectorRepository::add(const QString &name, QString *error)
{
    QString localError;
    if (!error)
        error = &localError;
    if (const QString problem = nameProblem(name); !problem.isEmpty()) {
        *error = problem;
        return std::nullopt;
    }
    QSqlDatabase db = m_db.sql();
    WriteTransaction tx(db);
    if (!tx.isActive()) {
        *error = writeFailed(tx.errorText());
        return std::nullopt;
    }
    // Names differing only in case would be told apart on the command line by nobody.
    QSqlQuery exists(db);
    exists.prepare(QStringLiteral("SELECT name FROM connectors WHERE lower(name) = lower(?)"));
    exists.addBindValue(name);
    if (exists.exec() && exists.next()) {
        const QString existing = exists.value(0).toString();
        exists.finish();
        *error = tr("A connector named \"%1\" already exists: choose another name, or remove "
                    "that one first.")
                     .arg(existing);
        return std::nullopt;
    }
    exists.finish();

    Core::Connector c;
    c.id = Core::randomConnectorId();
    c.name = name;
    c.createdAtMs = c.updatedAtMs = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery insert(db);
    insert.prepare(
        QStringLiteral("INSERT INTO connectors(id, name, enabled, tolerance_s, rate_per_s, burst, "
                       "has_secret, previous_secret_expires_at, created_at, updated_at) "
                       "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(c.id);
    insert.addBindValue(c.name);
    insert.addBindValue(c.enabled ? 1 : 0);
    insert.addBindValue(c.toleranceSecs);
    insert.addBindValue(c.ratePerSecond);
    insert.addBindValue(c.burst);
    insert.addBindValue(0);
    insert.addBindValue(qint64(0));
    insert.addBindValue(c.createdAtMs);
    insert.addBindValue(c.updatedAtMs);
    if (!insert.exec()) {
        *error = writeFailed(insert.lastError().text());
        return std::nullopt;
    }
    if (!bump(db) || !tx.commit()) {
        *error = writeFailed(tx.errorText());
        return std::nullopt;
    }
    qCInfo(lcStorage) << "connector added:" << c.name;
    return c;
}

QList<Core::Connector> ConnectorRepository::list(QString *error) const
{
    QList<Core::Connector> result;
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    if (!q.exec(QLatin1String(SelectColumns) + QLatin1String("ORDER BY name"))) {
        if (error)
            *error = tr("Could not read the connectors: %1.").arg(q.lastError().text());
        return result;
    }
    while (q.next())
        result.append(fromQuery(q));
    return result;
}

std::optional<Core::Connector> ConnectorRepository::byName(const QString &name) const
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    // Names are unique whatever their case (add() checks so): "Billing" finds "billing".
    q.prepare(QLatin1String(SelectColumns) + QLatin1String("WHERE lower(name) = lower(?)"));
    q.addBindValue(name);
    if (q.exec() && q.next())
        return fromQuery(q);
    return std::nullopt;
}

QStringList ConnectorRepository::removedIdsNamed(const QString &name) const
{
    QStringList ids;
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id FROM removed_connectors WHERE lower(name) = lower(?) "
                             "ORDER BY removed_at DESC, id"));
    q.addBindValue(name);
    if (q.exec())
        while (q.next())
            ids.append(q.value(0).toString());
    return ids;
}

QList<std::pair<QString, QString>> ConnectorRepository::removed() const
{
    QList<std::pair<QString, QString>> result;
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT id, name FROM removed_connectors ORDER BY name, removed_at")))
        while (q.next())
            result.append({ q.value(0).toString(), q.value(1).toString() });
    return result;
}

std::optional<Core::Connector> ConnectorRepository::byId(const QString &id) const
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QLatin1String(SelectColumns) + QLatin1String("WHERE id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return fromQuery(q);
    return std::nullopt;
}

bool ConnectorRepository::update(const Core::Connector &connector, QString *error)
{
    QString localError;
    if (!error)
        error = &localError;
    if (connector.toleranceSecs <= 0) {
        // ARCHITECTURE.md 5: 0 is not accepted as "no check".
        *error = tr("The signature tolerance must be at least 1 second.");
        return false;
    }
    QSqlDatabase db = m_db.sql();
    WriteTransaction tx(db);
    if (!tx.isActive()) {
        *error = writeFailed(tx.errorText());
        return false;
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "UPDATE connectors SET enabled = ?, tolerance_s = ?, rate_per_s = ?, burst = ?, "
        "has_secret = ?, previous_secret_expires_at = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(connector.enabled ? 1 : 0);
    q.addBindValue(connector.toleranceSecs);
    q.addBindValue(connector.ratePerSecond);
    q.addBindValue(connector.burst);
    q.addBindValue(connector.hasSecret ? 1 : 0);
    q.addBindValue(connector.previousSecretExpiresAtMs);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(connector.id);
    if (!q.exec()) {
        *error = writeFailed(q.lastError().text());
        return false;
    }
    if (q.numRowsAffected() == 0) {
        *error = tr("There is no connector \"%1\" (any more): list them with `hookyard "
                    "connector list`.")
                     .arg(connector.name.isEmpty() ? connector.id : connector.name);
        return false;
    }
    if (!bump(db) || !tx.commit()) {
        *error = writeFailed(tx.errorText());
        return false;
    }
    return true;
}

bool ConnectorRepository::remove(const QString &id, QString *error)
{
    QString localError;
    if (!error)
        error = &localError;
    QSqlDatabase db = m_db.sql();
    WriteTransaction tx(db);
    if (!tx.isActive()) {
        *error = writeFailed(tx.errorText());
        return false;
    }
    // Its events and deliveries stay: the history of a removed connector remains readable, and
    // its name is kept beside them (schema v3) so the history still says whose it was.
    QSqlQuery keep(db);
    keep.prepare(QStringLiteral("INSERT OR REPLACE INTO removed_connectors(id, name, removed_at) "
                                "SELECT id, name, ? FROM connectors WHERE id = ?"));
    keep.addBindValue(QDateTime::currentMSecsSinceEpoch());
    keep.addBindValue(id);
    if (!keep.exec()) {
        *error = writeFailed(keep.lastError().text());
        return false;
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM connectors WHERE id = ? RETURNING name"));
    q.addBindValue(id);
    if (!q.exec()) {
        *error = writeFailed(q.lastError().text());
        return false;
    }
    const QString name = q.next() ? q.value(0).toString() : QString();
    q.finish(); // the statement must be done before the commit
    if (name.isEmpty()) {
        *error = tr("There is no connector with the id %1: list them with `hookyard connector "
                    "list`.")
                     .arg(id);
        return false;
    }
    if (!bump(db) || !tx.commit()) {
        *error = writeFailed(tx.errorText());
        return false;
    }
    qCInfo(lcStorage) << "connector removed:" << name;
    return true;
}

qint64 ConnectorRepository::configGeneration() const
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'config_generation'"))
        && q.next())
        return q.value(0).toLongLong();
    return 0;
}

void ConnectorRepository::bumpConfigGeneration()
{
    QSqlDatabase db = m_db.sql();
    if (!bump(db))
        qCWarning(lcStorage) << "could not bump the configuration generation";
}

} // namespace Hookyard::Storage
