#include "cli/clicontext.h"
#include "core/settingsschema.h"
#include "storage/database.h"
#include "storage/settingsrepository.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Hookyard::Cli {

namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Hookyard::Cli::Settings", text, disambiguation, n);
}
} // namespace

int runSettingsCommand(CliContext &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    const QString usage =
        tr("usage: hookyard settings get KEY | set KEY VALUE | reset KEY | list [--json]");
    if (sub != QLatin1String("get") && sub != QLatin1String("set") && sub != QLatin1String("list")
        && sub != QLatin1String("reset"))
        return ctx.fail(usage, 2);
    if (!ctx.database())
        return 1;
    Storage::SettingsRepository settings(*ctx.database());
    if (sub == QLatin1String("list")) {
        const auto all = settings.all();
        if (args.contains(QLatin1String("--json"))) {
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
    const QString key = args.value(1);
    if (key.isEmpty())
        return ctx.fail(usage, 2);
    if (!Core::findSetting(key))
        return ctx.fail(
            tr("unknown setting \"%1\": `hookyard settings list` shows every key").arg(key), 2);
    if (sub == QLatin1String("get")) {
        if (args.size() != 2)
            return ctx.fail(usage, 2);
        ctx.out() << settings.value(key) << Qt::endl;
        return 0;
    }
    QString error;
    if (sub == QLatin1String("reset")) {
        if (!settings.reset(key, &error))
            return ctx.fail(error);
        return 0;
    }
    if (args.size() != 3)
        return ctx.fail(usage, 2);
    if (!settings.setValue(key, args.at(2), &error))
        return ctx.fail(error);
    return 0;
}

} // namespace Hookyard::Cli
