#include "cli/clicontext.h"
#include "cli/datadir.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

namespace Hookyard::Cli {

namespace {

QString helpText()
{
    return tr("Hookyard %1: receive Stripe webhooks on your own machine and hand them to local "
              "agents.\n"
              "\n"
              "Usage:\n"
              "  hookyard [--tray] [--listen HOST:PORT]    the desktop app; --tray starts it in "
              "the "
              "tray\n"
              "  hookyard serve [--listen HOST:PORT]       receiver + agents, no window\n"
              "  hookyard connector add NAME               create a connector, print its webhook "
              "URL\n"
              "  hookyard connector list [--json]\n"
              "  hookyard connector url NAME\n"
              "  hookyard connector set-secret NAME [--keep-previous DURATION]\n"
              "                                            read the whsec_ signing secret from "
              "standard input\n"
              "  hookyard connector configure NAME [--rate-limit PER_SECOND] [--burst N]\n"
              "                                   [--tolerance SECONDS] [--enabled true|false]\n"
              "  hookyard connector remove NAME\n"
              "  hookyard agent add FILE.yaml | list [--json] | remove NAME | check FILE.yaml\n"
              "  hookyard agent match EVENT_ID [--connector NAME] [--json]\n"
              "                                            which agents the event would start, and "
              "why not\n"
              "  hookyard events list [--json] [--connector NAME] [--type TYPE] [--limit N]\n"
              "  hookyard events show EVENT_ID [--connector NAME] [--json]\n"
              "  hookyard events deliveries [--json] [--connector NAME] [--outcome OUTCOME] "
              "[--limit N]\n"
              "                                            every request to a connector; "
              "rejected ones with why\n"
              "  hookyard runs list [--json] [--agent NAME] [--event EVENT_ID] [--state STATE] "
              "[--limit N]\n"
              "  hookyard runs show RUN_ID [--json]\n"
              "  hookyard runs start AGENT EVENT_ID [--no-wait] [--connector NAME] [--json]\n"
              "                                            run an agent on a stored event\n"
              "  hookyard settings get KEY | set KEY VALUE | reset KEY | list [--json]\n"
              "  hookyard trigger NAME TYPE                sign and send a sample event to the "
              "running receiver\n"
              "  hookyard --version | --help\n"
              "\n"
              "Every command takes --data-dir DIR (or HOOKYARD_DATA_DIR); default: %2\n"
              "Run `hookyard <command> --help` for the options of one command.\n")
        .arg(QStringLiteral(HOOKYARD_VERSION), defaultDataDir());
}

// `hookyard GROUP --help`: the group's subcommands (each one's own --help gives its options).
QString groupHelpText(const QString &group)
{
    QString commands;
    if (group == QLatin1String("connector"))
        commands = tr("  add NAME                    create a connector, print its webhook URL\n"
                      "  list [--json]               the connectors, their URLs and settings\n"
                      "  url NAME                    print a connector's webhook URL\n"
                      "  set-secret NAME [--keep-previous DURATION]\n"
                      "                              read the whsec_ signing secret from standard "
                      "input\n"
                      "  configure NAME [--rate-limit PER_SECOND] [--burst N] [--tolerance "
                      "SECONDS]\n"
                      "                 [--enabled true|false]\n"
                      "                              change its limits or tolerance, or turn it "
                      "off\n"
                      "  remove NAME                 remove a connector; its events stay\n");
    else if (group == QLatin1String("agent"))
        commands = tr("  add FILE.yaml [--replace]   add an agent from a file\n"
                      "  add --example NAME [--replace]\n"
                      "                              add one of the example agents\n"
                      "  list [--json]               the agents and their state\n"
                      "  remove NAME                 remove an agent\n"
                      "  check FILE.yaml             check an agent file without adding it\n"
                      "  match EVENT_ID [--connector NAME] [--json]\n"
                      "                              which agents the event would start, and why "
                      "not\n");
    else if (group == QLatin1String("events"))
        commands = tr("  list [--json] [--connector NAME] [--type TYPE] [--limit N]\n"
                      "                              the stored events, newest first\n"
                      "  show EVENT_ID [--json]      one event with its deliveries and runs\n"
                      "  deliveries [--json] [--connector NAME] [--outcome OUTCOME] [--limit N]\n"
                      "                              every request to a connector, newest first;\n"
                      "                              --outcome rejected: the refused ones, with "
                      "why\n");
    else if (group == QLatin1String("runs"))
        commands = tr("  list [--json] [--agent NAME] [--event EVENT_ID] [--state STATE] [--limit "
                      "N]\n"
                      "                              the agent runs, newest first\n"
                      "  show RUN_ID [--json]        one run with its output and log\n"
                      "  start AGENT EVENT_ID [--no-wait] [--connector NAME] [--json]\n"
                      "                              run an agent on a stored event\n");
    else if (group == QLatin1String("settings"))
        commands = tr("  get KEY                     print a setting's value\n"
                      "  set KEY VALUE               change a setting\n"
                      "  reset KEY                   back to the default value\n"
                      "  list [--json]               every setting with its value\n");
    if (commands.isEmpty())
        return {};
    return tr("Usage: hookyard %1 COMMAND [options]\n"
              "\n"
              "Commands:\n"
              "%2"
              "\n"
              "Run `hookyard %1 COMMAND --help` for the options of one command.\n")
        .arg(group, commands);
}

bool isHelpWord(const QString &word)
{
    return word == QLatin1String("--help") || word == QLatin1String("-h")
        || word == QLatin1String("help");
}

} // namespace

int runCli(const QStringList &arguments)
{
    QStringList args = arguments.mid(1);
    QString dataDir;
    QString error;
    if (!extractDataDir(&args, &dataDir, &error)) {
        QTextStream(stderr) << "hookyard: " << error << Qt::endl;
        return 2;
    }

    if (args.isEmpty() || isHelpWord(args.first())) {
        QTextStream(stdout) << helpText();
        return 0;
    }
    if (args.first() == QLatin1String("--version") || args.first() == QLatin1String("-v")) {
        const QStringList rest = args.mid(1);
        if (rest == QStringList { QStringLiteral("--json") }) {
            const QJsonObject version { { QStringLiteral("name"), QStringLiteral("hookyard") },
                                        { QStringLiteral("version"),
                                          QStringLiteral(HOOKYARD_VERSION) },
                                        { QStringLiteral("qt"), QString::fromLatin1(qVersion()) } };
            QTextStream(stdout) << QJsonDocument(version).toJson(QJsonDocument::Compact)
                                << Qt::endl;
            return 0;
        }
        if (!rest.isEmpty()) {
            QTextStream(stderr) << "hookyard: "
                                << tr("--version takes only --json, not \"%1\"").arg(rest.first())
                                << Qt::endl;
            return 2;
        }
        QTextStream(stdout) << "hookyard " << QStringLiteral(HOOKYARD_VERSION) << Qt::endl;
        return 0;
    }

    const QString command = args.takeFirst();
    // `hookyard connector --help`: the group's help here, for every group alike.
    if (!args.isEmpty() && isHelpWord(args.first())) {
        const QString help = groupHelpText(command);
        if (!help.isEmpty()) {
            QTextStream(stdout) << help;
            return 0;
        }
    }
    CliContext ctx(dataDir);
    using Fn = int (*)(CliContext &, const QStringList &);
    static const std::pair<const char *, Fn> commands[] = {
        { "connector", runConnectorCommand }, { "events", runEventsCommand },
        { "settings", runSettingsCommand },   { "trigger", runTriggerCommand },
        { "serve", runServeCommand },         { "agent", runAgentCommand },
        { "runs", runRunsCommand },
    };
    for (const auto &[name, fn] : commands) {
        if (command == QLatin1String(name))
            return fn(ctx, args);
    }
    return ctx.fail(
        tr("unknown command \"%1\": run `hookyard --help` for the list of commands").arg(command),
        2);
}

bool isCliInvocation(const QStringList &arguments)
{
    QStringList args = arguments.mid(1);
    QString dataDir;
    QString error;
    if (!extractDataDir(&args, &dataDir, &error))
        return true; // let runCli report the error
    if (args.isEmpty())
        return false;
    // Options alone (--listen, Qt's -platform …) belong to the desktop app; a command word, or
    // --help / --version, to the CLI.
    const QString &first = args.first();
    return !first.startsWith(QLatin1Char('-')) || first == QLatin1String("--help")
        || first == QLatin1String("-h") || first == QLatin1String("--version")
        || first == QLatin1String("-v");
}

bool hasDisplay(const QStringList &arguments)
{
#ifdef Q_OS_LINUX
    for (const char *variable : { "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM" }) {
        if (!qEnvironmentVariableIsEmpty(variable))
            return true;
    }
    return arguments.contains(QLatin1String("-platform"))
        || arguments.contains(QLatin1String("--platform"));
#else
    Q_UNUSED(arguments)
    return true;
#endif
}

int runWithoutDisplay()
{
    QTextStream err(stderr);
    err << "hookyard: "
        << tr("there is no display to show the window on (DISPLAY and WAYLAND_DISPLAY are not "
              "set): run `hookyard serve` to receive without a window, or see `hookyard --help` "
              "for the commands")
        << Qt::endl;
    return 1;
}

} // namespace Hookyard::Cli
