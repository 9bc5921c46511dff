#include "cli/clicontext.h"
#include "cli/servesync.h"
#include "core/settingsschema.h"
#include "storage/connectorrepository.h"
#include "storage/database.h"
#include "storage/secretstore.h"
#include "storage/settingsrepository.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Hookyard::Cli {

namespace {

int list(CliContext &ctx, const QStringList &args)
{
    CommandParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON for scripts."));
    parser.addOption(json);
    int status = 0;
    if (!ctx.parse(parser, args, QStringLiteral("hookyard settings list [--json]"), &status))
        return status;
    if (!ctx.database())
        return 1;
    const auto all = Storage::SettingsRepository(*ctx.database()).all();
    if (parser.isSet(json)) {
        QJsonObject out;
        for (auto it = all.begin(); it != all.end(); ++it)
            out.insert(it.key(), it.value());
        ctx.printJson(out);
        return 0;
    }
    for (const auto &spec : Core::settingSpecs()) {
        const QString key = QString::fromLatin1(spec.key);
        ctx.out() << key << " = " << all.value(key) << "    # "
                  << QCoreApplication::translate("Hookyard::Core::Settings", spec.description)
                  << Qt::endl;
    }
    return 0;
}

// Secrets are not moved from one store to another: after a switch to an explicit other store,
// the connectors that have a secret must have it saved again, and the command says so. ("auto"
// keeps the store this data folder chose before, so it switches nothing.)
void warnAboutSecretsLeftBehind(CliContext &ctx, const QString &backend)
{
    const QString inUse = Storage::SecretStore::rememberedBackend(ctx.dataDir());
    if (backend == QLatin1String("auto") || inUse.isEmpty() || backend == inUse)
        return;
    QStringList withSecret;
    for (const auto &c : Storage::ConnectorRepository(*ctx.database()).list()) {
        if (c.hasSecret)
            withSecret.append(c.name);
    }
    if (withSecret.isEmpty())
        return;
    ctx.err() << "hookyard: "
              << tr("warning: the signing secrets of %1 stay in the %2 store, which Hookyard no "
                    "longer reads from its next start on: save each again with `hookyard "
                    "connector set-secret NAME`, or set secrets.backend back to %2")
                     .arg(withSecret.join(QLatin1String(", ")), inUse)
              << Qt::endl;
}

// get KEY, set KEY VALUE, reset KEY: `positionals` names the words after the subcommand.
int keyCommand(CliContext &ctx, const QString &sub, const QStringList &args,
               const QStringList &positionals)
{
    CommandParser parser;
    for (const QString &name : positionals)
        parser.addPositionalArgument(name,
                                     name == QLatin1String("KEY")
                                         ? tr("The setting's key (hookyard settings list).")
                                         : tr("The new value."));
    // A value may start with a dash (a negative number): after KEY every word is positional.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QString usage =
        QStringLiteral("hookyard settings %1 %2").arg(sub, positionals.join(u' '));
    int status = 0;
    if (!ctx.parse(parser, args, usage, &status))
        return status;
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != positionals.size())
        return ctx.fail(tr("usage: %1").arg(usage), 2);
    const QString &key = pos.at(0);
    if (!Core::findSetting(key))
        return ctx.fail(
            tr("unknown setting \"%1\": `hookyard settings list` shows every key").arg(key), 2);
    if (!ctx.database())
        return 1;
    Storage::SettingsRepository settings(*ctx.database());
    QString error;
    if (sub == QLatin1String("get")) {
        ctx.out() << settings.value(key) << Qt::endl;
        return 0;
    }
    if (sub == QLatin1String("reset")) {
        if (!settings.reset(key, &error))
            return ctx.fail(error);
    } else if (!settings.setValue(key, pos.at(1), &error)) {
        return ctx.fail(error);
    }
    if (key == QLatin1String(Core::Settings::SecretBackend))
        warnAboutSecretsLeftBehind(ctx, settings.value(key));
    waitForServeToApply(ctx); // a serving process applies settings too (listen address, limits)
    return 0;
}

} // namespace

int runSettingsCommand(CliContext &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    const QString key = QStringLiteral("KEY");
    if (sub == QLatin1String("list"))
        return list(ctx, rest);
    if (sub == QLatin1String("get") || sub == QLatin1String("reset"))
        return keyCommand(ctx, sub, rest, { key });
    if (sub == QLatin1String("set"))
        return keyCommand(ctx, sub, rest, { key, QStringLiteral("VALUE") });
    return ctx.fail(
        tr("usage: hookyard settings get KEY | set KEY VALUE | reset KEY | list [--json]"), 2);
}

} // namespace Hookyard::Cli
