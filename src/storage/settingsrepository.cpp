#include "storage/settingsrepository.h"

#include "core/logging.h"
#include "core/settingsschema.h"
#include "storage/database.h"
#include "storage/writetransaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace Hookyard::Storage {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Hookyard::Storage::SettingsRepository", text);
}

// A serving process (possibly another one) reloads its configuration when this changes.
bool bump(QSqlDatabase &db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("UPDATE meta SET value = CAST(value AS INTEGER) + 1 "
                                 "WHERE key = 'config_generation'"));
}

} // namespace

SettingsRepository::SettingsRepository(Database &db) : m_db(db) { }

QString SettingsRepository::value(const QString &key) const
{
    const Core::SettingSpec *spec = Core::findSetting(key);
    if (!spec) {
        qCWarning(lcStorage) << "unknown setting read:" << key;
        return {};
    }
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next()) {
        // A value stored by an older Hookyard that this one no longer accepts falls back to
        // the default rather than breaking start-up.
        const QString stored = q.value(0).toString();
        if (const auto normalised = Core::normaliseSetting(key, stored, nullptr))
            return *normalised;
        qCWarning(lcStorage) << "ignoring an invalid stored value of" << key;
    }
    return QString::fromUtf8(spec->defaultValue);
}

qint64 SettingsRepository::intValue(const QString &key) const
{
    return value(key).toLongLong();
}

bool SettingsRepository::boolValue(const QString &key) const
{
    return value(key) == QLatin1String("true");
}

bool SettingsRepository::setValue(const QString &key, const QString &value, QString *error)
{
    QString localError;
    if (!error)
        error = &localError;
    const auto normalised = Core::normaliseSetting(key, value, error);
    if (!normalised)
        return false;
    QSqlDatabase db = m_db.sql();
    WriteTransaction tx(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO settings(key, value) VALUES(?, ?) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(*normalised);
    if (!tx.isActive() || !q.exec() || !bump(db) || !tx.commit()) {
        *error = tr("Could not save the setting %1: %2. Check that the data directory is "
                    "writable and the disk not full.")
                     .arg(key, tx.errorText().isEmpty() ? q.lastError().text() : tx.errorText());
        return false;
    }
    qCInfo(lcStorage) << "setting" << key << "changed";
    return true;
}

bool SettingsRepository::reset(const QString &key, QString *error)
{
    QString localError;
    if (!error)
        error = &localError;
    if (!Core::findSetting(key)) {
        Core::normaliseSetting(key, QString(), error); // its sentence lists the known keys
        return false;
    }
    QSqlDatabase db = m_db.sql();
    WriteTransaction tx(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM settings WHERE key = ?"));
    q.addBindValue(key);
    if (!tx.isActive() || !q.exec() || !bump(db) || !tx.commit()) {
        *error = tr("Could not reset the setting %1: %2.")
                     .arg(key, tx.errorText().isEmpty() ? q.lastError().text() : tx.errorText());
        return false;
    }
    return true;
}

QHash<QString, QString> SettingsRepository::all() const
{
    QHash<QString, QString> result;
    for (const Core::SettingSpec &spec : Core::settingSpecs())
        result.insert(QLatin1String(spec.key), QString::fromUtf8(spec.defaultValue));
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT key, value FROM settings"))) {
        while (q.next()) {
            const QString key = q.value(0).toString();
            if (!result.contains(key))
                continue; // a key of another version of Hookyard
            if (const auto normalised = Core::normaliseSetting(key, q.value(1).toString(), nullptr))
                result.insert(key, *normalised);
        }
    }
    return result;
}

} // namespace Hookyard::Storage
