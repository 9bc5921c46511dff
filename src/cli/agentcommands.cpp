// `hookyard agent list | remove | check | match`, and the dispatch of `agent add` (agentadd.cpp)
// (ARCHITECTURE.md section 7, issue 3).
#include "agents/agentcatalog.h"
#include "agents/agentprocess.h"
#include "agents/agentspecreader.h"
#include "agents/commandline.h"
#include "cli/clicontext.h"
#include "cli/servesync.h"
#include "storage/connectorrepository.h"
#include "storage/database.h"
#include "storage/eventrepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace Hookyard::Cli {

QString unknownConnectorWarning(const QString &name); // agentadd.cpp
QString otherFileNaming(const QString &dir, const QString &name,
                        const QString &targetFile); // agentadd.cpp

namespace {

using Agents::AgentCatalog;
using Agents::AgentSpec;
using Agents::AgentSpecReader;

QString agentsDir(CliContext &ctx)
{
    return AgentCatalog::agentsDirOf(ctx.dataDir());
}

QString listOrAll(const QStringList &list, const QString &none)
{
    return list.isEmpty() ? none : list.join(QLatin1String(", "));
}

QString commandText(const AgentSpec &spec)
{
    return spec.command.isEmpty() ? tr("(the default agent command)")
                                  : Agents::CommandLine::join(spec.command);
}

QJsonObject entryJson(const Agents::AgentEntry &e)
{
    QJsonObject o {
        { QStringLiteral("name"), e.spec.name },
        { QStringLiteral("state"), e.stateText() },
        { QStringLiteral("file"), e.filePath },
    };
    if (!e.isOk()) {
        o.insert(QStringLiteral("error"), e.error);
        const auto errors = [&] {
            QJsonArray list;
            for (const auto &d : e.diagnostics)
                list.append(QJsonObject {
                    { QStringLiteral("severity"),
                      d.isError() ? QStringLiteral("error") : QStringLiteral("warning") },
                    { QStringLiteral("line"), d.line },
                    { QStringLiteral("column"), d.column },
                    { QStringLiteral("message"), d.message } });
            return list;
        }();
        o.insert(QStringLiteral("diagnostics"), errors);
        return o;
    }
    const AgentSpec &s = e.spec;
    o.insert(QStringLiteral("enabled"), s.enabled);
    o.insert(QStringLiteral("model"), s.model);
    o.insert(QStringLiteral("events"), QJsonArray::fromStringList(s.events));
    o.insert(QStringLiteral("connectors"), QJsonArray::fromStringList(s.connectors));
    o.insert(QStringLiteral("command"), QJsonArray::fromStringList(s.command));
    o.insert(QStringLiteral("middleware"), QJsonArray::fromStringList(s.middleware));
    o.insert(QStringLiteral("timeout_ms"), s.timeoutMs);
    o.insert(QStringLiteral("concurrency"), s.concurrency);
    o.insert(QStringLiteral("retries"), s.retries);
    return o;
}

int list(CliContext &ctx, const QStringList &args)
{
    CommandParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON for scripts."));
    parser.addOption(json);
    int status = 0;
    if (!ctx.parse(parser, args, QStringLiteral("hookyard agent list [--json]"), &status))
        return status;
    const Agents::CatalogSnapshot snapshot = AgentCatalog::scan(agentsDir(ctx));
    if (parser.isSet(json)) {
        QJsonArray rows;
        for (const auto &e : snapshot.entries())
            rows.append(entryJson(e));
        ctx.printJson(rows);
        return 0;
    }
    if (snapshot.entries().isEmpty()) {
        ctx.out() << tr("No agents yet in %1: start from an example with `hookyard agent add "
                        "--example dunning`.")
                         .arg(agentsDir(ctx))
                  << Qt::endl;
        return 0;
    }
    for (const auto &e : snapshot.entries()) {
        const QString file = QFileInfo(e.filePath).fileName();
        const QString name = e.spec.name.isEmpty() ? file : e.spec.name;
        if (!e.isOk()) {
            ctx.out() << name << QLatin1String("  ") << tr("error") << QLatin1String("  ")
                      << e.error << QLatin1String("  (") << file << QLatin1Char(')') << Qt::endl;
            continue;
        }
        ctx.out() << name << QLatin1String("  ") << (e.spec.enabled ? tr("ok") : tr("disabled"))
                  << Qt::endl
                  << QLatin1String("    ")
                  << tr("events: %1").arg(listOrAll(e.spec.events, tr("none (by hand only)")))
                  << Qt::endl
                  << QLatin1String("    ")
                  << tr("connectors: %1").arg(listOrAll(e.spec.connectors, tr("all"))) << Qt::endl
                  << QLatin1String("    ") << tr("command: %1").arg(commandText(e.spec)) << Qt::endl
                  << QLatin1String("    ") << tr("file: %1").arg(e.filePath) << Qt::endl;
    }
    return 0;
}

int remove(CliContext &ctx, const QStringList &args)
{
    CommandParser parser;
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("The agent to remove."));
    int status = 0;
    if (!ctx.parse(parser, args, QStringLiteral("hookyard agent remove NAME"), &status))
        return status;
    if (parser.positionalArguments().size() != 1)
        return ctx.fail(tr("give one agent name: hookyard agent remove NAME"), 2);
    const QString name = parser.positionalArguments().first();
    const Agents::CatalogSnapshot snapshot = AgentCatalog::scan(agentsDir(ctx));
    const Agents::AgentEntry *entry = snapshot.entry(name);
    if (!entry)
        return ctx.fail(tr("no agent named \"%1\": `hookyard agent list` shows them").arg(name));
    if (!QFile::remove(entry->filePath))
        return ctx.fail(tr("cannot remove %1").arg(entry->filePath));
    ctx.out() << tr("Removed agent %1 (%2). Scripts next to it were left in place.")
                     .arg(name, entry->filePath)
              << Qt::endl;
    waitForServeToReadAgents(ctx);
    return 0;
}

int check(CliContext &ctx, const QStringList &args)
{
    CommandParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE.yaml"), tr("The agent file to check."));
    int status = 0;
    if (!ctx.parse(parser, args, QStringLiteral("hookyard agent check FILE.yaml"), &status))
        return status;
    if (parser.positionalArguments().size() != 1)
        return ctx.fail(tr("give one agent file: hookyard agent check FILE.yaml"), 2);
    const QString file = parser.positionalArguments().first();
    const auto read = AgentSpecReader::readFile(file);
    for (const auto &d : read.diagnostics)
        ctx.out() << d.toString() << Qt::endl;
    if (!read.ok())
        return ctx.fail(tr("%1: %n error(s)", nullptr, int(read.errors().size())).arg(file));
    const AgentSpec &s = read.spec;
    // Not errors (the file may be meant for another machine), but worth saying now.
    for (const QString &program : Agents::AgentProcess::missingPrograms(s))
        ctx.out()
            << tr("%1: warning: %2").arg(file, Agents::AgentProcess::missingProgramWarning(program))
            << Qt::endl;
    for (const QString &name : ctx.unknownConnectors(s.connectors))
        ctx.out() << tr("%1: warning: %2").arg(file, unknownConnectorWarning(name)) << Qt::endl;
    // Another agent of this name: `agent add` would refuse the file (without --replace), and two
    // files of one name in the agents folder leave both in error.
    const QString other = otherFileNaming(AgentCatalog::agentsDirOf(ctx.dataDir()), s.name,
                                          QFileInfo(file).absoluteFilePath());
    if (!other.isEmpty())
        ctx.out() << tr("%1: warning: the agent \"%2\" exists already in %3: `hookyard agent add "
                        "--replace` replaces it; in the agents folder only one file of a name "
                        "runs")
                         .arg(file, s.name, other)
                  << Qt::endl;
    ctx.out() << tr("%1: ok, agent %2").arg(file, s.name) << Qt::endl
              << QLatin1String("    ")
              << tr("events: %1").arg(listOrAll(s.events, tr("none (by hand only)"))) << Qt::endl
              << QLatin1String("    ")
              << tr("connectors: %1").arg(listOrAll(s.connectors, tr("all"))) << Qt::endl
              << QLatin1String("    ") << tr("command: %1").arg(commandText(s)) << Qt::endl;
    return 0;
}

int match(CliContext &ctx, const QStringList &args)
{
    CommandParser parser;
    parser.addPositionalArgument(QStringLiteral("EVENT_ID"), tr("A stored Stripe event id."));
    const QCommandLineOption connector(QStringLiteral("connector"),
                                       tr("The connector, when the event came to several."),
                                       QStringLiteral("NAME"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON for scripts."));
    parser.addOptions({ connector, json });
    int status = 0;
    const QString usage =
        QStringLiteral("hookyard agent match EVENT_ID [--connector NAME] [--json]");
    if (!ctx.parse(parser, args, usage, &status))
        return status;
    if (parser.positionalArguments().size() != 1)
        return ctx.fail(tr("give one event id: %1").arg(usage), 2);
    const QString id = parser.positionalArguments().first();
    const auto event = ctx.storedEvent(id, parser.value(connector), &status);
    if (!event)
        return status;
    const auto list = AgentCatalog::scan(agentsDir(ctx))
                          .explain(event->connectorName, event->connectorId, event->type);
    if (parser.isSet(json)) {
        QJsonArray rows;
        for (const auto &m : list)
            rows.append(QJsonObject {
                { QStringLiteral("agent"), m.agent },
                { QStringLiteral("starts"), m.starts() },
                { QStringLiteral("verdict"), Agents::MatchExplanation::verdictCode(m.verdict) },
                { QStringLiteral("reason"), m.reason },
                { QStringLiteral("file"), m.filePath } });
        ctx.printJson(
            QJsonObject { { QStringLiteral("event"), event->stripeId },
                          { QStringLiteral("type"), event->type },
                          { QStringLiteral("connector"), event->connectorName },
                          { QStringLiteral("connector_removed"), event->connectorRemoved },
                          { QStringLiteral("agents"), rows } });
        return 0;
    }
    ctx.out() << tr("%1 (%2) on connector %3:")
                     .arg(event->stripeId, event->type,
                          connectorLabel(event->connectorName, event->connectorRemoved))
              << Qt::endl;
    if (list.isEmpty())
        ctx.out() << QLatin1String("  ") << tr("no agents are defined") << Qt::endl;
    for (const auto &m : list) {
        if (m.starts())
            ctx.out() << QLatin1String("  ") << tr("starts       %1").arg(m.agent) << Qt::endl;
        else
            ctx.out() << QLatin1String("  ") << tr("not started  %1: %2").arg(m.agent, m.reason)
                      << Qt::endl;
    }
    return 0;
}

} // namespace

int addAgent(CliContext &ctx, const QStringList &args); // agentadd.cpp

int runAgentCommand(CliContext &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("add"))
        return addAgent(ctx, args.mid(1));
    if (sub == QLatin1String("list"))
        return list(ctx, args.mid(1));
    if (sub == QLatin1String("remove"))
        return remove(ctx, args.mid(1));
    if (sub == QLatin1String("check"))
        return check(ctx, args.mid(1));
    if (sub == QLatin1String("match"))
        return match(ctx, args.mid(1));
    return ctx.fail(tr("usage: hookyard agent add FILE.yaml | list [--json] | remove NAME | check "
                       "FILE.yaml | match EVENT_ID"),
                    2);
}

} // namespace Hookyard::Cli
