#pragma once

#include "cli/clitext.h"
#include "cli/commandparser.h"
#include "core/connector.h"
#include "storage/eventrepository.h"

#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <optional>

namespace Hookyard::Storage {
class Database;
class SecretStore;
} // namespace Hookyard::Storage

namespace Hookyard::Cli {

// What every CLI command gets: the data dir, the output streams, the --json switch, and the
// database opened lazily on the calling (main) thread. Commands return the process exit status:
// 0 on success, non-zero after one clear line on standard error (fail()).
class CliContext final
{
public:
    explicit CliContext(QString dataDir);
    ~CliContext();
    Q_DISABLE_COPY_MOVE(CliContext)

    const QString &dataDir() const { return m_dataDir; }
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    // Opens <dataDir>/hookyard.db (creating and migrating it) on first use. nullptr after
    // printing the error: the caller returns 1.
    Storage::Database *database();
    // The connector of that name; otherwise nullopt after one error line (with where to look),
    // *status set for `return status`.
    std::optional<Core::Connector> connectorNamed(const QString &name, int *status);
    // Which of these names (an agent's `connectors:`) name no connector of this data dir, by
    // name or id. Empty when the data dir has no database yet (none is created for the check).
    QStringList unknownConnectors(const QStringList &names);
    // For reading history: the id of the connector of that name, or else of the removed
    // connectors that had it (their events stay); empty after one error line, as above.
    QStringList connectorIdsForHistory(const QString &name, int *status);
    // The secret store of this data dir (keychain or 0600 file), created on first use.
    Storage::SecretStore *secrets();
    QString secretsNote() const { return m_secretsNote; }

    // The value of a --limit option: a whole number from 1 to 1,000,000. Otherwise 0 after one
    // error line, *status set (2, a usage error) for `return status`.
    int limitValue(const QString &value, int *status);

    // "hookyard: <message>" on standard error, returns `status` for `return ctx.fail(...)`.
    int fail(const QString &message, int status = 1);
    // fail() for an event id that is not stored (status 1).
    int noSuchEvent(const QString &stripeId);
    // A stored event by its Stripe id, with its body: the copy of the connector named (removed
    // ones included), or else the newest copy, with a note on standard error naming the other
    // connectors it came to. Otherwise nullopt after one error line, *status set.
    std::optional<Storage::EventRecord> storedEvent(const QString &stripeId,
                                                    const QString &connectorName, int *status);
    // Prints compact-indented JSON on standard output.
    void printJson(const QJsonValue &value);

    // Parses `args` (the words after the command group) with `parser`; on error or --help prints
    // and returns false with *status set. `usage` is the one-line synopsis for --help.
    bool parse(CommandParser &parser, const QStringList &args, const QString &usage, int *status);

private:
    QString m_dataDir;
    QTextStream m_out;
    QTextStream m_err;
    std::unique_ptr<Storage::Database> m_db;
    std::unique_ptr<Storage::SecretStore> m_secrets;
    QString m_secretsNote;
};

// Command groups, one file each: args are the words after the group name
// (`hookyard agent add x.yaml` -> runAgentCommand(ctx, {"add", "x.yaml"})).
// An event's connector as the CLI prints it: "billing", "billing (removed)", or "(removed)" for
// one removed before its name was kept.
QString connectorLabel(const QString &name, bool removed);

int runConnectorCommand(CliContext &ctx, const QStringList &args);
int runEventsCommand(CliContext &ctx, const QStringList &args);
int runSettingsCommand(CliContext &ctx, const QStringList &args);
int runTriggerCommand(CliContext &ctx, const QStringList &args);
int runServeCommand(CliContext &ctx, const QStringList &args);
int runAgentCommand(CliContext &ctx, const QStringList &args); // agents work (issue 3)
int runRunsCommand(CliContext &ctx, const QStringList &args); // agents work (issue 3)

// The entry point for every invocation with a command; returns the exit status.
int runCli(const QStringList &arguments);

} // namespace Hookyard::Cli
