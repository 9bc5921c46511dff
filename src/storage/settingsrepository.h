#pragma once

#include <QHash>
#include <QString>

#include <optional>

namespace Hookyard::Storage {

class Database;

// Settings (Core::settingSpecs) in the database's settings table; unknown keys are refused.
// A write bumps meta.config_generation. Never a secret here. Same-thread use only.
class SettingsRepository final
{
public:
    explicit SettingsRepository(Database &db);

    // The stored value, or the schema default.
    QString value(const QString &key) const;
    qint64 intValue(const QString &key) const; // Int and Duration (ms) settings
    bool boolValue(const QString &key) const;
    // Validates with Core::normaliseSetting; false with *error set when refused.
    bool setValue(const QString &key, const QString &value, QString *error);
    bool reset(const QString &key, QString *error);
    QHash<QString, QString> all() const; // every key of the schema with its effective value

private:
    Database &m_db;
};

} // namespace Hookyard::Storage
