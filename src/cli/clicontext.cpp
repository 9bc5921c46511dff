#include "cli/clicontext.h"

#include "core/signingsecret.h"
#include "storage/connectorrepository.h"
#include "storage/database.h"
#include "storage/secretstore.h"
#include "storage/settingsrepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cstdio>

namespace Hookyard::Cli {

CliContext::CliContext(QString dataDir)
    : m_dataDir(std::move(dataDir)), m_out(stdout), m_err(stderr)
{
}

CliContext::~CliContext()
{
    // The secret store may hold a QtKeychain job's context; the database connection must close
    // before QSqlDatabase::removeDatabase runs in Database's destructor.
    m_secrets.reset();
    m_db.reset();
}

Storage::Database *CliContext::database()
{
    if (m_db)
        return m_db.get();
    QString error;
    m_db = Storage::Database::open(m_dataDir, QStringLiteral("cli"), &error);
    if (!m_db)
        fail(error);
    return m_db.get();
}

namespace {
// For a command-line word that looks like a secret (Core::looksLikeSecret): never repeated.
QString secretAsArgument()
{
    return QCoreApplication::translate(
        "Hookyard::Cli",
        "an argument looks like a secret key, so it is not repeated here. Hookyard reads a "
        "signing secret only from standard input (hookyard connector set-secret NAME < "
        "secret.txt); one typed on the command line stays in your shell's history, so remove it "
        "from there");
}
} // namespace

std::optional<Core::Connector> CliContext::connectorNamed(const QString &name, int *status)
{
    if (!database()) {
        *status = 1;
        return std::nullopt;
    }
    auto connector = Storage::ConnectorRepository(*m_db).byName(name);
    if (!connector && Core::looksLikeSecret(name)) // (a connector may be called "sk_…")
        *status = fail(secretAsArgument(), 2);
    else if (!connector)
        *status =
            fail(QCoreApplication::translate("Hookyard::Cli",
                                             "no connector named \"%1\": `hookyard connector list` "
                                             "shows them")
                     .arg(name));
    return connector;
}

QStringList CliContext::unknownConnectors(const QStringList &names)
{
    if (names.isEmpty()
        || (!m_db && !QFile::exists(QDir(m_dataDir).filePath(QStringLiteral("hookyard.db")))))
        return {};
    if (!database())
        return {};
    QSet<QString> known;
    for (const auto &c : Storage::ConnectorRepository(*m_db).list()) {
        known.insert(c.name);
        known.insert(c.id);
    }
    QStringList unknown;
    for (const QString &name : names) {
        if (!known.contains(name))
            unknown.append(name);
    }
    return unknown;
}

QStringList CliContext::connectorIdsForHistory(const QString &name, int *status)
{
    if (!database()) {
        *status = 1;
        return {};
    }
    Storage::ConnectorRepository repository(*m_db);
    if (const auto connector = repository.byName(name))
        return { connector->id };
    const QStringList removed = repository.removedIdsNamed(name);
    if (removed.isEmpty() && Core::looksLikeSecret(name))
        *status = fail(secretAsArgument(), 2);
    else if (removed.isEmpty())
        *status = fail(QCoreApplication::translate(
                           "Hookyard::Cli",
                           "no connector named \"%1\", now or removed: `hookyard connector list` "
                           "shows the current ones")
                           .arg(name));
    return removed;
}

QString connectorLabel(const QString &name, bool removed)
{
    if (!removed)
        return name;
    return name.isEmpty() ? QCoreApplication::translate("Hookyard::Cli", "(removed)")
                          : QCoreApplication::translate("Hookyard::Cli", "%1 (removed)").arg(name);
}

Storage::SecretStore *CliContext::secrets()
{
    if (m_secrets)
        return m_secrets.get();
    auto *db = database();
    if (!db)
        return nullptr;
    const QString preference =
        Storage::SettingsRepository(*db).value(QStringLiteral("secrets.backend"));
    m_secrets = Storage::SecretStore::createBlocking(m_dataDir, preference, &m_secretsNote);
    return m_secrets.get();
}

QString tr(const char *text, const char *disambiguation, int n)
{
    return QCoreApplication::translate("Hookyard::Cli", text, disambiguation, n);
}

namespace {
// Outside the class: lupdate files a member function's tr() under the class's context.
QString limitError()
{
    return tr("--limit takes a whole number from 1 to 1000000");
}

QString noSuchEventError(const QString &stripeId)
{
    return tr("no stored event with id %1: `hookyard events list` shows the stored ones")
        .arg(stripeId);
}
} // namespace

int CliContext::limitValue(const QString &value, int *status)
{
    bool ok = false;
    const int limit = value.toInt(&ok);
    if (ok && limit >= 1 && limit <= 1000000)
        return limit;
    *status = fail(limitError(), 2);
    return 0;
}

int CliContext::fail(const QString &message, int status)
{
    m_err << "hookyard: " << message << Qt::endl;
    return status;
}

int CliContext::noSuchEvent(const QString &stripeId)
{
    return fail(noSuchEventError(stripeId));
}

std::optional<Storage::EventRecord>
CliContext::storedEvent(const QString &stripeId, const QString &connectorName, int *status)
{
    if (!database()) {
        *status = 1;
        return std::nullopt;
    }
    Storage::EventRepository events(*m_db);
    std::optional<Storage::EventRecord> event;
    if (!connectorName.isEmpty()) {
        // A removed connector's events stay and are found by its name too.
        const QStringList ids = connectorIdsForHistory(connectorName, status);
        if (ids.isEmpty())
            return std::nullopt;
        for (qsizetype i = 0; i < ids.size() && !event; ++i)
            event = events.byStripeId(stripeId, ids.at(i));
        if (!event)
            *status = fail(QCoreApplication::translate(
                               "Hookyard::Cli",
                               "no stored event with id %1 for connector \"%2\": `hookyard "
                               "events list --connector %2` shows its events")
                               .arg(stripeId, connectorName));
        return event;
    }
    event = events.byStripeId(stripeId);
    if (!event) {
        *status = noSuchEvent(stripeId);
        return event;
    }
    // One Stripe account with two endpoints here: each connector stored its own copy.
    QStringList others;
    for (const auto &copy : events.copiesOf(stripeId)) {
        if (copy.row != event->row)
            others.append(connectorLabel(copy.connectorName, copy.connectorRemoved));
    }
    if (!others.isEmpty())
        m_err << "hookyard: "
              << QCoreApplication::translate("Hookyard::Cli",
                                             "note: %1 came to %2 too; this is the copy of %3 "
                                             "(--connector NAME picks another)")
                     .arg(stripeId, others.join(QLatin1String(", ")),
                          connectorLabel(event->connectorName, event->connectorRemoved))
              << Qt::endl;
    return event;
}

void CliContext::printJson(const QJsonValue &value)
{
    QJsonDocument doc;
    if (value.isArray())
        doc = QJsonDocument(value.toArray());
    else
        doc = QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    m_out.flush();
}

bool CliContext::parse(CommandParser &parser, const QStringList &args, const QString &usage,
                       int *status)
{
    const QCommandLineOption help({ QStringLiteral("h"), QStringLiteral("help") },
                                  QCoreApplication::translate("Hookyard::Cli", "Show this help."));
    parser.addOption(help);
    // QCommandLineParser expects argv[0] first.
    QStringList argv { QStringLiteral("hookyard") };
    argv += args;
    if (!parser.parse(argv)) { // an unknown option, or one without its value: exit status 2
        *status = fail(parser.errorText() + QLatin1String(" (")
                           + QCoreApplication::translate("Hookyard::Cli", "usage: %1").arg(usage)
                           + QLatin1Char(')'),
                       2);
        return false;
    }
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        // Replace Qt's generic "Usage: hookyard [options]" line with the command's synopsis. (No
        // application description: Qt would print it as a second copy of the synopsis.)
        const qsizetype firstBreak = text.indexOf(QLatin1Char('\n'));
        text = QCoreApplication::translate("Hookyard::Cli", "Usage: %1").arg(usage)
            + text.mid(firstBreak);
        m_out << text;
        m_out.flush();
        *status = 0;
        return false;
    }
    // A word the command does not take is a mistake (`hookyard serve 8080`): refuse it rather
    // than run without it.
    const QStringList positional = parser.positionalArguments();
    const qsizetype declared = parser.declaredPositionals();
    if (positional.size() > declared) {
        const QString &word = positional.at(declared);
        *status = fail(Core::looksLikeSecret(word)
                           ? secretAsArgument()
                           : QCoreApplication::translate("Hookyard::Cli",
                                                         "unexpected argument \"%1\" (usage: %2)")
                                 .arg(word, usage),
                       2);
        return false;
    }
    return true;
}

} // namespace Hookyard::Cli
