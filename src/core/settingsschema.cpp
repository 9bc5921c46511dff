#include "core/settingsschema.h"

#include "core/duration.h"

#include <QCoreApplication>
#include <QUrl>

namespace Hookyard::Core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Hookyard::Core::Settings", text);
}

constexpr qint64 KiB = 1024;
constexpr qint64 MiB = 1024 * KiB;

// The one table of settings. Durations are stored as milliseconds (min/max in ms too).
// Defaults are what a single-user machine receiving normal Stripe traffic needs; the rate
// defaults are far above what Stripe sends one endpoint, far below a flood (README).
const QList<SettingSpec> kSpecs = {
    { Settings::ListenAddress, SettingType::HostPort, "127.0.0.1:8787",
      QT_TRANSLATE_NOOP(
          "Hookyard::Core::Settings",
          "Address and port the webhook receiver listens on (port 0 = any free port)"),
      "", 0, 65535 },
    { Settings::PublicBaseUrl, SettingType::Url, "",
      QT_TRANSLATE_NOOP(
          "Hookyard::Core::Settings",
          "Base URL shown and copied for webhook URLs, for a tunnel or reverse proxy (empty = the "
          "listen address)"),
      "" },
    { Settings::BodyLimit, SettingType::Int, "1048576",
      QT_TRANSLATE_NOOP("Hookyard::Core::Settings", "Largest request body accepted, in bytes"), "",
      KiB, 64 * MiB },
    { Settings::DefaultTolerance, SettingType::Int, "300",
      QT_TRANSLATE_NOOP(
          "Hookyard::Core::Settings",
          "Signature timestamp tolerance in seconds given to new connectors (each connector "
          "keeps its own)"),
      "", 1, 86400 },
    { Settings::DefaultRate, SettingType::Int, "100",
      QT_TRANSLATE_NOOP(
          "Hookyard::Core::Settings",
          "Deliveries per second per connector without a rate of its own (0 = unlimited)"),
      "", 0, 1000000 },
    { Settings::DefaultBurst, SettingType::Int, "200",
      QT_TRANSLATE_NOOP(
          "Hookyard::Core::Settings",
          "Deliveries a connector without a burst of its own may receive at once above its "
          "rate (0 = unlimited)"),
      "", 0, 1000000 },
    { Settings::RejectRate, SettingType::Int, "5",
      QT_TRANSLATE_NOOP("Hookyard::Core::Settings",
                        "Rejected requests per second per remote address (0 = unlimited)"),
      "", 0, 1000000 },
    { Settings::RejectBurst, SettingType::Int, "20",
      QT_TRANSLATE_NOOP("Hookyard::Core::Settings",
                        "Rejected requests a remote address may send at once (0 = unlimited)"),
      "", 0, 1000000 },
    { Settings::MaxConnections, SettingType::Int, "1024",
      QT_TRANSLATE_NOOP("Hookyard::Core::Settings", "Open connections to the receiver at most"), "",
      1, 65536 },
    { Settings::MaxConnectionsPerAddress, SettingType::Int, "256",
      QT_TRANSLATE_NOOP("Hookyard::Core::Settings",
                        "Open connections from one remote address at most"),
      "", 1, 65536 },
    { Settings::Synchronous, SettingType::Enum, "normal",
      QT_TRANSLATE_NOOP(
          "Hookyard::Core::Settings",
          "SQLite synchronous mode: normal survives a killed process, full also a power loss. "
          "Applies when the receiver next starts"),
      "normal|full" },
    { Settings::RetentionDays, SettingType::Int, "30",
      QT_TRANSLATE_NOOP("Hookyard::Core::Settings",
                        "Days events are kept (0 = forever): older ones are removed with their "
                        "deliveries and runs, soon after start and every hour, by the process "
                        "that serves"),
      "", 0, 36500 },
    { Settings::RetentionEvents, SettingType::Int, "0",
      QT_TRANSLATE_NOOP("Hookyard::Core::Settings",
                        "Events kept at most (0 = no cap): the oldest beyond it are removed, "
                        "soon after start and every hour, by the process that serves"),
      "", 0, 1'000'000'000 },
    { Settings::SecretBackend, SettingType::Enum, "auto",
      QT_TRANSLATE_NOOP(
          "Hookyard::Core::Settings",
          "Where signing secrets are kept: auto (keychain, else a 0600 file), keychain or file. "
          "Switching moves the saved secrets"),
      "auto|keychain|file" },
    { Settings::DefaultAgentCommand, SettingType::String, "",
      QT_TRANSLATE_NOOP("Hookyard::Core::Settings",
                        "Command for agents that name none (empty = none)"),
      "" },
    { Settings::MaxConcurrentRuns, SettingType::Int, "4",
      QT_TRANSLATE_NOOP("Hookyard::Core::Settings", "Agent runs at the same time at most"), "", 1,
      64 },
    { Settings::OutputCap, SettingType::Int, "1048576",
      QT_TRANSLATE_NOOP("Hookyard::Core::Settings",
                        "Bytes of standard output and of standard error kept per run"),
      "", KiB, 64 * MiB },
    { Settings::KillGrace, SettingType::Duration, "5000",
      QT_TRANSLATE_NOOP(
          "Hookyard::Core::Settings",
          "Time between asking an agent to stop and killing it (stored in milliseconds)"),
      "", 0, 600'000 },
    { Settings::Notifications, SettingType::Bool, "true",
      QT_TRANSLATE_NOOP("Hookyard::Core::Settings", "Desktop notifications"), "" },
    { Settings::CloseToTray, SettingType::Bool, "true",
      QT_TRANSLATE_NOOP("Hookyard::Core::Settings",
                        "Closing the window keeps Hookyard running in the tray"),
      "" },
    { Settings::Language, SettingType::Enum, "",
      QT_TRANSLATE_NOOP("Hookyard::Core::Settings",
                        "Interface language (empty = the system's). Applies at the next start"),
      "|en|de|fr" },
};

QString latin1(const char *text)
{
    return QString::fromLatin1(text);
}

std::optional<QString> normaliseInt(const SettingSpec &spec, const QString &value, QString *error)
{
    bool ok = false;
    const qint64 n = value.toLongLong(&ok);
    if (!ok || n < spec.min || n > spec.max) {
        *error = tr("%1 takes a whole number from %2 to %3")
                     .arg(latin1(spec.key))
                     .arg(spec.min)
                     .arg(spec.max);
        return std::nullopt;
    }
    return QString::number(n);
}

std::optional<QString> normaliseDuration(const SettingSpec &spec, const QString &value,
                                         QString *error)
{
    // Durations are stored as milliseconds, so a number alone is read as milliseconds here (not
    // as seconds, as parseDurationMs does): normalising a stored value must give it back.
    bool isNumber = false;
    const qint64 number = value.toLongLong(&isNumber);
    const auto ms = isNumber ? std::optional<qint64>(number) : parseDurationMs(value);
    if (!ms || *ms < spec.min || *ms > spec.max) {
        *error = tr("%1 takes a duration from %2 to %3, such as 5s, 1500ms or 2m (a number "
                    "alone is milliseconds)")
                     .arg(latin1(spec.key), formatDurationMs(spec.min), formatDurationMs(spec.max));
        return std::nullopt;
    }
    return QString::number(*ms);
}

std::optional<QString> normaliseBool(const SettingSpec &spec, const QString &value, QString *error)
{
    const QString v = value.toLower();
    if (v == u"true" || v == u"1" || v == u"yes" || v == u"on")
        return QStringLiteral("true");
    if (v == u"false" || v == u"0" || v == u"no" || v == u"off")
        return QStringLiteral("false");
    *error = tr("%1 takes true or false").arg(latin1(spec.key));
    return std::nullopt;
}

std::optional<QString> normaliseEnum(const SettingSpec &spec, const QString &value, QString *error)
{
    const QStringList choices = latin1(spec.choices).split(u'|');
    const QString v = value.toLower();
    if (choices.contains(v))
        return v;
    QStringList shown;
    for (const QString &c : choices)
        shown << (c.isEmpty() ? tr("\"\" (the default)") : c);
    *error = tr("%1 takes one of: %2").arg(latin1(spec.key), shown.join(u", "));
    return std::nullopt;
}

std::optional<QString> normaliseHostPort(const SettingSpec &spec, const QString &value,
                                         QString *error)
{
    *error = tr("%1 takes HOST:PORT with a port from 0 to 65535, such as 127.0.0.1:8787, "
                "localhost:8787 or [::1]:8787 (an IPv6 address goes in brackets)")
                 .arg(latin1(spec.key));
    const qsizetype colon = value.lastIndexOf(u':');
    if (colon <= 0)
        return std::nullopt;
    QString host = value.left(colon);
    const QString portText = value.sliced(colon + 1);
    if (portText.isEmpty() || portText.size() > 5)
        return std::nullopt;
    for (QChar c : portText) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
    }
    const int port = portText.toInt();
    if (port > 65535)
        return std::nullopt;
    const bool bracketed = host.startsWith(u'[') && host.endsWith(u']');
    if (bracketed)
        host = host.sliced(1, host.size() - 2);
    else if (host.contains(u':') || host.contains(u'[') || host.contains(u']'))
        return std::nullopt; // an IPv6 literal without brackets: the port would be ambiguous
    if (host.isEmpty())
        return std::nullopt;
    // QUrl (Qt Core) validates host names, IPv4 and IPv6 literals, and normalises them.
    QUrl url;
    url.setHost(host, QUrl::StrictMode);
    const QString normalised = url.host();
    if (!url.isValid() || normalised.isEmpty() || bracketed != normalised.contains(u':'))
        return std::nullopt;
    error->clear();
    return (bracketed ? u'[' + normalised + u']' : normalised) + u':' + QString::number(port);
}

std::optional<QString> normaliseUrl(const SettingSpec &spec, const QString &value, QString *error)
{
    if (value.isEmpty())
        return value;
    const QUrl url(value, QUrl::StrictMode);
    const QString scheme = url.scheme();
    if (!url.isValid() || (scheme != u"http" && scheme != u"https") || url.host().isEmpty()
        || url.hasQuery() || url.hasFragment() || !url.userInfo().isEmpty()) {
        *error = tr("%1 takes an http:// or https:// URL without a query or fragment, such as "
                    "https://hooks.example.com, or nothing to use the listen address")
                     .arg(latin1(spec.key));
        return std::nullopt;
    }
    // The webhook path is appended to it: no trailing slash.
    QString text = url.toString();
    while (text.endsWith(u'/'))
        text.chop(1);
    return text;
}

} // namespace

const QList<SettingSpec> &settingSpecs()
{
    return kSpecs;
}

const SettingSpec *findSetting(const QString &key)
{
    for (const SettingSpec &spec : kSpecs) {
        if (key == QLatin1String(spec.key))
            return &spec;
    }
    return nullptr;
}

std::optional<QString> normaliseSetting(const QString &key, const QString &value, QString *error)
{
    QString local;
    QString *err = error ? error : &local;
    const SettingSpec *spec = findSetting(key);
    if (!spec) {
        QStringList keys;
        for (const SettingSpec &s : kSpecs)
            keys << latin1(s.key);
        *err = tr("there is no setting \"%1\"; the settings are: %2").arg(key, keys.join(u", "));
        return std::nullopt;
    }
    const QString v = value.trimmed();
    switch (spec->type) {
    case SettingType::Int:
        return normaliseInt(*spec, v, err);
    case SettingType::Duration:
        return normaliseDuration(*spec, v, err);
    case SettingType::Bool:
        return normaliseBool(*spec, v, err);
    case SettingType::Enum:
        return normaliseEnum(*spec, v, err);
    case SettingType::HostPort:
        return normaliseHostPort(*spec, v, err);
    case SettingType::Url:
        return normaliseUrl(*spec, v, err);
    case SettingType::String:
        if (v.contains(u'\n') || v.contains(u'\r')) {
            *err = tr("%1 takes a single line").arg(latin1(spec->key));
            return std::nullopt;
        }
        return v;
    }
    Q_UNREACHABLE();
}

} // namespace Hookyard::Core
