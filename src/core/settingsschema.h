#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace Hookyard::Core {

// The settings schema (KeePassXC's Config pattern): every key, its type, default and check in
// one table. Values are stored as text in the database's settings table; never a secret here.
enum class SettingType { String, Int, Bool, Duration, Enum, HostPort, Url };

struct SettingSpec
{
    const char *key;
    SettingType type;
    const char *defaultValue;
    const char *description; // English; translated where shown
    const char *choices;     // Enum: values separated by '|'
    qint64 min = 0;
    qint64 max = 0;
};

namespace Settings {
// Keys (the CLI's `hookyard settings get|set KEY`).
inline constexpr char ListenAddress[] = "listen.address";           // 127.0.0.1:8787
inline constexpr char PublicBaseUrl[] = "listen.public_base_url";   // "" = http://<listen>
inline constexpr char BodyLimit[] = "receiver.body_limit";          // bytes, 1 MiB
inline constexpr char DefaultTolerance[] = "receiver.default_tolerance"; // seconds, 300
inline constexpr char DefaultRate[] = "receiver.default_rate";      // deliveries/s per connector, 0 = unlimited
inline constexpr char DefaultBurst[] = "receiver.default_burst";
inline constexpr char RejectRate[] = "receiver.reject_rate";        // rejected requests/s per address
inline constexpr char RejectBurst[] = "receiver.reject_burst";
inline constexpr char MaxConnections[] = "receiver.max_connections";
inline constexpr char MaxConnectionsPerAddress[] = "receiver.max_connections_per_address";
inline constexpr char Synchronous[] = "storage.synchronous";         // normal | full
inline constexpr char RetentionDays[] = "storage.retention_days";    // 0 = keep forever
inline constexpr char RetentionEvents[] = "storage.retention_events";// 0 = no cap
inline constexpr char SecretBackend[] = "secrets.backend";           // auto | keychain | file
inline constexpr char DefaultAgentCommand[] = "agents.default_command"; // "" = none
inline constexpr char MaxConcurrentRuns[] = "agents.max_concurrent";
inline constexpr char OutputCap[] = "agents.output_cap";             // bytes per stream
inline constexpr char KillGrace[] = "agents.kill_grace";             // ms between terminate and kill
inline constexpr char Notifications[] = "gui.notifications";
inline constexpr char CloseToTray[] = "gui.close_to_tray";
inline constexpr char Language[] = "gui.language";                   // "" = system
} // namespace Settings

const QList<SettingSpec> &settingSpecs();
const SettingSpec *findSetting(const QString &key);

// Validates and normalises a value for key; on error returns nullopt and sets *error to a
// sentence that says what is accepted.
std::optional<QString> normaliseSetting(const QString &key, const QString &value, QString *error);

} // namespace Hookyard::Core
