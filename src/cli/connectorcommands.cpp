#include "cli/blockingcall.h"
#include "cli/clicontext.h"
#include "cli/secretinput.h"
#include "cli/servesync.h"
#include "core/clock.h"
#include "core/duration.h"
#include "core/settingsschema.h"
#include "core/utcstamp.h"
#include "engine/connectorsecrets.h"
#include "engine/engine.h"
#include "engine/webhookurl.h"
#include "storage/connectorrepository.h"
#include "storage/database.h"
#include "storage/datadirlock.h"
#include "storage/secretstore.h"
#include "storage/settingsrepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace Hookyard::Cli {

namespace {

QUrl urlOf(CliContext &ctx, const Core::Connector &connector)
{
    Storage::SettingsRepository settings(*ctx.database());
    QString listen = Engine::readServeAddress(ctx.dataDir());
    if (listen.isEmpty())
        listen = settings.value(QStringLiteral("listen.address"));
    return Engine::webhookUrl(settings.value(QStringLiteral("listen.public_base_url")), listen,
                              connector.id);
}

QString rateText(double perSecond)
{
    return perSecond == 0 ? tr("unlimited") : tr("%1/s").arg(perSecond);
}

// The defaults a connector's rate and burst stand for when it has none of its own (< 0).
struct RateDefaults
{
    double ratePerSecond = 0;
    int burst = 0;
};

RateDefaults rateDefaults(Storage::Database &db)
{
    const Storage::SettingsRepository settings(db);
    return { double(settings.intValue(QString::fromLatin1(Core::Settings::DefaultRate))),
             int(settings.intValue(QString::fromLatin1(Core::Settings::DefaultBurst))) };
}

int add(CliContext &ctx, const QStringList &args)
{
    CommandParser parser;
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("The connector's name, e.g. billing."));
    int status = 0;
    if (!ctx.parse(parser, args, QStringLiteral("hookyard connector add NAME"), &status))
        return status;
    if (parser.positionalArguments().size() != 1)
        return ctx.fail(tr("give one name: hookyard connector add NAME"), 2);
    if (!ctx.database())
        return 1;
    QString error;
    const auto connector = Engine::Engine::createConnector(
        *ctx.database(), parser.positionalArguments().first(), &error);
    if (!connector)
        return ctx.fail(error);
    waitForServeToApply(ctx);
    ctx.out() << urlOf(ctx, *connector).toString() << Qt::endl;
    ctx.err() << tr("Connector \"%1\" created. Add this URL in the Stripe Dashboard (Developers > "
                    "Webhooks > Add endpoint) or run `stripe listen --forward-to <URL>`, then save "
                    "the signing secret: hookyard connector set-secret %1 < secret.txt")
                     .arg(connector->name)
              << Qt::endl;
    return 0;
}

int list(CliContext &ctx, const QStringList &args)
{
    CommandParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON for scripts."));
    parser.addOption(json);
    int status = 0;
    if (!ctx.parse(parser, args, QStringLiteral("hookyard connector list [--json]"), &status))
        return status;
    if (!ctx.database())
        return 1;
    QString error;
    const auto connectors = Storage::ConnectorRepository(*ctx.database()).list(&error);
    if (!error.isEmpty())
        return ctx.fail(error);
    auto *store = ctx.secrets();
    const QString secretsWhere = store ? store->describe() : tr("unavailable");
    // The database only records that a secret was saved; whether the store can give it back
    // (a secrets file others can read is refused) is the store's to say.
    const QString storeProblem = store ? store->problem() : QString();
    const RateDefaults defaults = rateDefaults(*ctx.database());
    if (parser.isSet(json)) {
        QJsonArray rows;
        for (const auto &c : connectors) {
            rows.append(QJsonObject {
                { QStringLiteral("id"), c.id },
                { QStringLiteral("name"), c.name },
                { QStringLiteral("url"), urlOf(ctx, c).toString() },
                { QStringLiteral("enabled"), c.enabled },
                { QStringLiteral("has_secret"), c.hasSecret },
                { QStringLiteral("previous_secret_expires_at"),
                  c.previousSecretExpiresAtMs > 0
                      ? QJsonValue(Core::isoUtc(c.previousSecretExpiresAtMs))
                      : QJsonValue() },
                { QStringLiteral("tolerance_s"), c.toleranceSecs },
                // null: the default setting, which effective_… gives (0 = unlimited).
                { QStringLiteral("rate_per_s"),
                  c.ratePerSecond < 0 ? QJsonValue() : QJsonValue(c.ratePerSecond) },
                { QStringLiteral("effective_rate_per_s"),
                  c.ratePerSecond < 0 ? defaults.ratePerSecond : c.ratePerSecond },
                { QStringLiteral("burst"), c.burst < 0 ? QJsonValue() : QJsonValue(c.burst) },
                { QStringLiteral("effective_burst"), c.burst < 0 ? defaults.burst : c.burst },
                { QStringLiteral("secret_store"), secretsWhere },
                { QStringLiteral("secret_store_problem"),
                  storeProblem.isEmpty() ? QJsonValue() : QJsonValue(storeProblem) },
            });
        }
        ctx.printJson(rows);
        return 0;
    }
    if (connectors.isEmpty())
        ctx.out() << tr("No connectors yet: hookyard connector add NAME") << Qt::endl;
    for (const auto &c : connectors) {
        QString secret = !c.hasSecret ? tr("NO SECRET: deliveries are refused (503)")
            : storeProblem.isEmpty()  ? tr("secret saved")
                                      : tr("secret saved but UNREADABLE, see below");
        if (c.previousSecretExpiresAtMs > Core::Clock::system().nowMs())
            secret += tr(", previous secret valid until %1")
                          .arg(Core::isoUtc(c.previousSecretExpiresAtMs));
        ctx.out() << c.name << "  " << urlOf(ctx, c).toString() << "  "
                  << (c.enabled ? tr("enabled") : tr("disabled")) << ", " << secret << ", "
                  << tr("tolerance %1 s, rate %2, burst %3")
                         .arg(c.toleranceSecs)
                         .arg(c.ratePerSecond < 0
                                  ? tr("default (%1)").arg(rateText(defaults.ratePerSecond))
                                  : rateText(c.ratePerSecond),
                              c.burst < 0 ? tr("default (%1)").arg(defaults.burst)
                                          : QString::number(c.burst))
                  << Qt::endl;
    }
    ctx.out() << tr("Signing secrets are kept in: %1").arg(secretsWhere) << Qt::endl;
    if (!storeProblem.isEmpty())
        ctx.err() << tr("hookyard: warning: %1").arg(storeProblem) << Qt::endl;
    return 0;
}

int url(CliContext &ctx, const QStringList &args)
{
    CommandParser parser;
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("The connector's name."));
    int status = 0;
    if (!ctx.parse(parser, args, QStringLiteral("hookyard connector url NAME"), &status))
        return status;
    if (parser.positionalArguments().size() != 1)
        return ctx.fail(tr("give one name: hookyard connector url NAME"), 2);
    if (!ctx.database())
        return 1;
    const auto connector = ctx.connectorNamed(parser.positionalArguments().first(), &status);
    if (!connector)
        return status;
    ctx.out() << urlOf(ctx, *connector).toString() << Qt::endl;
    return 0;
}

int setSecret(CliContext &ctx, const QStringList &args)
{
    CommandParser parser;
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("The connector's name."));
    const QCommandLineOption keep(
        QStringLiteral("keep-previous"),
        tr("Keep the old secret valid this long (rotation), e.g. 24h; at most 24h."),
        QStringLiteral("DURATION"));
    parser.addOption(keep);
    int status = 0;
    if (!ctx.parse(parser, args,
                   QStringLiteral(
                       "hookyard connector set-secret NAME [--keep-previous DURATION] < secret"),
                   &status))
        return status;
    if (parser.positionalArguments().size() != 1)
        return ctx.fail(tr("give one name; the secret is read from standard input, never from the "
                           "command line: hookyard connector set-secret NAME"),
                        2);
    if (!ctx.database())
        return 1;
    const auto connector = ctx.connectorNamed(parser.positionalArguments().first(), &status);
    if (!connector)
        return status;
    qint64 keepMs = 0;
    if (parser.isSet(keep)) {
        const auto parsed = Core::parseDurationMs(parser.value(keep));
        if (!parsed || *parsed <= 0 || *parsed > Engine::ConnectorSecrets::MaxKeepPreviousMs)
            return ctx.fail(tr("--keep-previous takes a duration up to 24h, e.g. 1h or 24h"), 2);
        keepMs = *parsed;
    }
    // The secret comes from standard input only: argv is visible to every user of the machine.
    QString inputError;
    const auto raw = readSecretInput(&inputError);
    if (!raw)
        return ctx.fail(inputError);
    auto *store = ctx.secrets();
    if (!store)
        return 1;
    bool ok = false;
    QString error;
    blockingCall([&](std::function<void()> finish) {
        Engine::ConnectorSecrets::save(
            *store, *ctx.database(), connector->id, QString::fromUtf8(*raw), keepMs,
            Core::Clock::system().nowMs(), [&, finish](bool saved, const QString &err) {
                ok = saved;
                error = err;
                finish();
            });
    });
    if (!ok)
        return ctx.fail(error);
    waitForServeToApply(ctx);
    ctx.err()
        << tr("Signing secret of \"%1\" saved in %2.").arg(connector->name, store->describe());
    if (keepMs > 0 && connector->hasSecret)
        ctx.err()
            << ' '
            << tr("The previous secret stays valid for %1.").arg(Core::formatDurationMs(keepMs));
    ctx.err() << Qt::endl;
    return 0;
}

} // namespace

int configureConnector(CliContext &ctx, const QStringList &args);
int removeConnector(CliContext &ctx, const QStringList &args);

int runConnectorCommand(CliContext &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    if (sub == QLatin1String("add"))
        return add(ctx, rest);
    if (sub == QLatin1String("list"))
        return list(ctx, rest);
    if (sub == QLatin1String("url"))
        return url(ctx, rest);
    if (sub == QLatin1String("set-secret"))
        return setSecret(ctx, rest);
    if (sub == QLatin1String("configure"))
        return configureConnector(ctx, rest);
    if (sub == QLatin1String("remove"))
        return removeConnector(ctx, rest);
    return ctx.fail(tr("usage: hookyard connector add|list|url|set-secret|configure|remove …"), 2);
}

} // namespace Hookyard::Cli
