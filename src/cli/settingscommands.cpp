#include "cli/blockingcall.h"
#include "cli/clicontext.h"
#include "cli/servesync.h"
#include "core/settingsschema.h"
#include "engine/connectorsecrets.h"
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

// Switches secrets.backend to another store and moves the saved signing secrets with it: copy
// them into the new store (each read back), save the setting, let a serving process switch, and
// only then remove them from the old store. Nothing changes when the new store cannot keep
// secrets or the copy fails. (Where no store was ever chosen, nothing was saved: only the check.)
int switchSecretStore(CliContext &ctx, const QString &sub, const QString &value,
                      const QString &inUse, const QString &target)
{
    const QString key = QLatin1String(Core::Settings::SecretBackend);
    Storage::SettingsRepository settings(*ctx.database());
    const auto from = Storage::SecretStore::open(ctx.dataDir(), inUse);
    const auto to = Storage::SecretStore::open(ctx.dataDir(), target);
    const auto connectors = Storage::ConnectorRepository(*ctx.database()).list();

    Engine::ConnectorSecrets::MoveOutcome outcome;
    blockingCall([&](std::function<void()> finish) {
        Engine::ConnectorSecrets::moveAll(
            from.get(), *to, connectors,
            [&](QString *error) {
                const bool saved = sub == QLatin1String("reset")
                    ? settings.reset(key, error)
                    : settings.setValue(key, value, error);
                if (!saved)
                    return false;
                QString rememberError;
                if (!Storage::SecretStore::rememberBackend(ctx.dataDir(), target, &rememberError))
                    ctx.err() << "hookyard: "
                              << tr("warning: cannot note the new store in %1 (%2)")
                                     .arg(Storage::SecretStore::backendFilePath(ctx.dataDir()),
                                          rememberError)
                              << Qt::endl;
                // A serving process switches when it applies the setting; until then it reads
                // the old store, which is emptied only after this.
                waitForServeToApply(ctx);
                return true;
            },
            [&, finish](const Engine::ConnectorSecrets::MoveOutcome &o) {
                outcome = o;
                finish();
            });
    });
    if (!outcome.ok)
        return ctx.fail(
            tr("secrets.backend stays \"%1\": the signing secrets cannot be moved to %2 "
               "(%3). Nothing was changed.")
                .arg(settings.value(key), to->describe(), outcome.message));
    ctx.out() << outcome.message << Qt::endl;
    if (!outcome.warning.isEmpty())
        ctx.err() << "hookyard: warning: " << outcome.warning << Qt::endl;
    return 0;
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
    if (key == QLatin1String(Core::Settings::SecretBackend)) {
        // The store in use is what this data folder chose; a switch moves the secrets along.
        const QString inUse = Storage::SecretStore::rememberedBackend(ctx.dataDir());
        const QString value = sub == QLatin1String("reset") ? QStringLiteral("auto") : pos.at(1);
        const QString target = Storage::SecretStore::storeNamedBy(value, ctx.dataDir());
        if (!target.isEmpty() && target != inUse)
            return switchSecretStore(ctx, sub, value, inUse, target);
    }
    if (sub == QLatin1String("reset")) {
        if (!settings.reset(key, &error))
            return ctx.fail(error);
    } else if (!settings.setValue(key, pos.at(1), &error)) {
        return ctx.fail(error);
    }
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
