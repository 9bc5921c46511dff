// `hookyard agent add | list | remove | check | match` (ARCHITECTURE.md section 7, issue 3).
#include "agents/agentcatalog.h"
#include "agents/agentexamples.h"
#include "agents/agentprocess.h"
#include "agents/agentspecreader.h"
#include "agents/commandline.h"
#include "cli/clicontext.h"
#include "storage/connectorrepository.h"
#include "storage/database.h"
#include "storage/eventrepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

namespace Hookyard::Cli {

namespace {

using Agents::AgentCatalog;
using Agents::AgentSpec;
using Agents::AgentSpecReader;

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Hookyard::Cli::Agent", text, disambiguation, n);
}

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

void printDiagnostics(CliContext &ctx, const QList<Agents::AgentDiagnostic> &list)
{
    for (const auto &d : list)
        ctx.err() << d.toString() << Qt::endl;
}

bool sameContent(const QString &a, const QString &b)
{
    QFile fa(a);
    QFile fb(b);
    return fa.open(QIODevice::ReadOnly) && fb.open(QIODevice::ReadOnly)
        && fa.readAll() == fb.readAll();
}

// Files the agent's commands name that sit next to its YAML file (dunning.py, ./redact.sh):
// they travel with it, or the copied agent could not find them.
QStringList companionFiles(const AgentSpec &spec, const QDir &sourceDir)
{
    QStringList files;
    for (const QString &arg : spec.command + spec.middleware) {
        if (arg.isEmpty() || QDir::isAbsolutePath(arg) || arg.contains(QLatin1String("..")))
            continue;
        const QString clean = QDir::cleanPath(arg);
        if (QFileInfo(sourceDir.filePath(clean)).isFile() && !files.contains(clean))
            files.append(clean);
    }
    return files;
}

// Another file in the agents folder that already defines an agent of this name, or empty.
QString otherFileNaming(const QString &dir, const QString &name, const QString &targetFile)
{
    const Agents::CatalogSnapshot installed = AgentCatalog::scan(dir);
    for (const auto &e : installed.entries()) {
        if (e.spec.name == name && e.filePath != targetFile)
            return e.filePath;
    }
    return {};
}

QString alreadyExists(const QString &name, const QString &file)
{
    return tr("an agent named \"%1\" exists already (%2): use --replace to replace it")
        .arg(name, file);
}

int add(CliContext &ctx, const QStringList &args)
{
    CommandParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE.yaml"), tr("The agent file to add."));
    const QCommandLineOption replace(QStringLiteral("replace"),
                                     tr("Replace an agent of the same name."));
    const QCommandLineOption example(QStringLiteral("example"),
                                     tr("Add one of the example agents (dunning, onboarding, "
                                        "fraud, churn) instead of a file."),
                                     QStringLiteral("NAME"));
    parser.addOptions({ replace, example });
    int status = 0;
    const QString usage =
        QStringLiteral("hookyard agent add FILE.yaml [--replace] | --example NAME [--replace]");
    if (!ctx.parse(parser, args, usage, &status))
        return status;
    const QString dir = agentsDir(ctx);

    if (parser.isSet(example)) {
        const auto found = Agents::AgentExamples::find(parser.value(example));
        if (!found) {
            QStringList ids;
            for (const auto &e : Agents::AgentExamples::all())
                ids.append(e.id);
            return ctx.fail(tr("no example named \"%1\"; the examples are: %2")
                                .arg(parser.value(example), ids.join(QLatin1String(", "))),
                            2);
        }
        if (!parser.positionalArguments().isEmpty())
            return ctx.fail(tr("unexpected argument \"%1\": --example takes the place of a file")
                                .arg(parser.positionalArguments().first()),
                            2);
        // The same duplicate check as for a file: an agent of this name in another file would
        // leave both in error.
        const QString exampleName =
            AgentSpecReader::parse(Agents::AgentExamples::yaml(*found), found->yamlResource)
                .spec.name;
        const QString targetFile = QDir(dir).filePath(QFileInfo(found->yamlResource).fileName());
        const QString otherFile = otherFileNaming(dir, exampleName, targetFile);
        if (!parser.isSet(replace) && (QFileInfo::exists(targetFile) || !otherFile.isEmpty()))
            return ctx.fail(
                alreadyExists(exampleName, otherFile.isEmpty() ? targetFile : otherFile));
        QString error;
        const QString path =
            Agents::AgentExamples::install(*found, dir, parser.isSet(replace), &error);
        if (path.isEmpty())
            return ctx.fail(error);
        if (!otherFile.isEmpty())
            QFile::remove(otherFile);
        const auto read = AgentSpecReader::readFile(path);
        ctx.out() << tr("Added the example agent %1 (%2); it starts for: %3")
                         .arg(read.spec.name, path, listOrAll(read.spec.events, tr("no event")))
                  << Qt::endl;
        return 0;
    }

    if (parser.positionalArguments().size() != 1)
        return ctx.fail(tr("give one agent file: %1").arg(usage), 2);
    const QString source = QFileInfo(parser.positionalArguments().first()).absoluteFilePath();
    const auto read = AgentSpecReader::readFile(source);
    printDiagnostics(ctx, read.diagnostics);
    if (!read.ok())
        return ctx.fail(tr("%1 has errors: not added").arg(source));
    const AgentSpec &spec = read.spec;

    if (!QDir().mkpath(dir))
        return ctx.fail(tr("cannot create the folder %1").arg(dir));
    const QDir target(dir);
    const QString targetFile = target.filePath(spec.name + u".yaml");
    const QString otherFile = otherFileNaming(dir, spec.name, targetFile);
    if (source == targetFile) {
        ctx.out() << tr("%1 is already in the agents folder and valid").arg(source) << Qt::endl;
        return 0;
    }
    if (!parser.isSet(replace) && (QFileInfo::exists(targetFile) || !otherFile.isEmpty()))
        return ctx.fail(alreadyExists(spec.name, otherFile.isEmpty() ? targetFile : otherFile));

    const QDir sourceDir = QFileInfo(source).absoluteDir();
    const QStringList companions = companionFiles(spec, sourceDir);
    for (const QString &file : companions) {
        const QString to = target.filePath(file);
        if (QFileInfo::exists(to) && !sameContent(sourceDir.filePath(file), to)
            && !parser.isSet(replace))
            return ctx.fail(tr("%1 exists already with other content: use --replace to "
                               "overwrite it")
                                .arg(to));
    }
    for (const QString &file : companions) {
        const QString to = target.filePath(file);
        QDir().mkpath(QFileInfo(to).absolutePath());
        QFile::remove(to);
        if (!QFile::copy(sourceDir.filePath(file), to))
            return ctx.fail(tr("cannot copy %1 to %2").arg(sourceDir.filePath(file), to));
    }
    QFile in(source);
    QSaveFile out(targetFile);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly)
        || out.write(in.readAll()) < 0 || !out.commit())
        return ctx.fail(tr("cannot write %1: %2").arg(targetFile, out.errorString()));
    if (!otherFile.isEmpty())
        QFile::remove(otherFile);

    ctx.out() << tr("Added agent %1 (%2)").arg(spec.name, targetFile) << Qt::endl;
    if (!companions.isEmpty())
        ctx.out() << tr("Copied with it: %1").arg(companions.join(QLatin1String(", "))) << Qt::endl;
    ctx.out() << (spec.events.isEmpty()
                      ? tr("It lists no events: it starts only by hand (hookyard runs start).")
                      : tr("It starts for: %1").arg(spec.events.join(QLatin1String(", "))))
              << Qt::endl;
    return 0;
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
    const auto env = QProcessEnvironment::systemEnvironment();
    for (const QStringList *argv : { &s.command, &s.middleware }) {
        if (!argv->isEmpty()
            && Agents::AgentProcess::resolveProgram(argv->first(), s.directory(), env).isEmpty())
            ctx.out() << tr("%1: warning: command not found here: %2").arg(file, argv->first())
                      << Qt::endl;
    }
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
    if (!ctx.database())
        return 1;
    const QString id = parser.positionalArguments().first();
    Storage::EventRepository events(*ctx.database());
    std::optional<Storage::EventRecord> event;
    if (parser.isSet(connector)) {
        // A removed connector's events stay and are found by its name too.
        const QStringList ids = ctx.connectorIdsForHistory(parser.value(connector), &status);
        if (ids.isEmpty())
            return status;
        for (qsizetype i = 0; i < ids.size() && !event; ++i)
            event = events.byStripeId(id, ids.at(i));
    } else {
        event = events.byStripeId(id);
    }
    if (!event)
        return ctx.fail(
            tr("no stored event with id %1: `hookyard events list` shows them").arg(id));
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

int runAgentCommand(CliContext &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("add"))
        return add(ctx, args.mid(1));
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
