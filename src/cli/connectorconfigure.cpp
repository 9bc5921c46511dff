#include "cli/blockingcall.h"
#include "cli/clicontext.h"
#include "cli/servesync.h"
#include "engine/connectorsecrets.h"
#include "storage/connectorrepository.h"
#include "storage/database.h"
#include "storage/secretstore.h"

#include <QCoreApplication>

namespace Hookyard::Cli {

namespace {
std::optional<bool> parseBool(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("true") || t == QLatin1String("yes") || t == QLatin1String("1")
        || t == QLatin1String("on"))
        return true;
    if (t == QLatin1String("false") || t == QLatin1String("no") || t == QLatin1String("0")
        || t == QLatin1String("off"))
        return false;
    return std::nullopt;
}
} // namespace

int configureConnector(CliContext &ctx, const QStringList &args)
{
    CommandParser parser;
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("The connector's name."));
    const QCommandLineOption rate(
        QStringLiteral("rate-limit"),
        tr("Deliveries per second (0 = unlimited, \"default\" = the setting)."),
        QStringLiteral("PER_SECOND"));
    const QCommandLineOption burst(
        QStringLiteral("burst"),
        tr("How many deliveries may arrive at once above the rate (\"default\" = the setting)."),
        QStringLiteral("N"));
    const QCommandLineOption tolerance(QStringLiteral("tolerance"),
                                       tr("Signature timestamp tolerance in seconds (1 to 86400)."),
                                       QStringLiteral("SECONDS"));
    const QCommandLineOption enabled(QStringLiteral("enabled"),
                                     tr("true to receive, false to refuse deliveries (404)."),
                                     QStringLiteral("true|false"));
    parser.addOptions({ rate, burst, tolerance, enabled });
    const QString usage =
        QStringLiteral("hookyard connector configure NAME [--rate-limit PER_SECOND] [--burst N] "
                       "[--tolerance SECONDS] [--enabled true|false]");
    int status = 0;
    if (!ctx.parse(parser, args, usage, &status))
        return status;
    if (parser.positionalArguments().size() != 1)
        return ctx.fail(tr("give one name: %1").arg(usage), 2);
    if (!ctx.database())
        return 1;
    auto connector = ctx.connectorNamed(parser.positionalArguments().first(), &status);
    if (!connector)
        return status;
    Storage::ConnectorRepository repo(*ctx.database());
    if (!parser.isSet(rate) && !parser.isSet(burst) && !parser.isSet(tolerance)
        && !parser.isSet(enabled))
        return ctx.fail(tr("nothing to change: %1").arg(usage), 2);

    if (parser.isSet(rate)) {
        const QString value = parser.value(rate);
        bool ok = false;
        const double r = value.toDouble(&ok);
        if (value == QLatin1String("default"))
            connector->ratePerSecond = -1;
        else if (!ok || r < 0 || r > 100000)
            return ctx.fail(tr("--rate-limit takes a number of deliveries per second from 0 "
                               "(unlimited) to 100000, or \"default\""),
                            2);
        else
            connector->ratePerSecond = r;
    }
    if (parser.isSet(burst)) {
        bool ok = false;
        const int b = parser.value(burst).toInt(&ok);
        if (parser.value(burst) == QLatin1String("default"))
            connector->burst = -1;
        else if (!ok || b < 1 || b > 1000000)
            return ctx.fail(tr("--burst takes a whole number from 1 to 1000000, or \"default\""),
                            2);
        else
            connector->burst = b;
    }
    if (parser.isSet(tolerance)) {
        bool ok = false;
        const int t = parser.value(tolerance).toInt(&ok);
        // 0 would mean "no replay protection": never accepted (ARCHITECTURE.md section 5).
        if (!ok || t < 1 || t > 86400)
            return ctx.fail(tr("--tolerance takes seconds from 1 to 86400 (0 would turn off replay "
                               "protection and is not accepted)"),
                            2);
        connector->toleranceSecs = t;
    }
    if (parser.isSet(enabled)) {
        const auto e = parseBool(parser.value(enabled));
        if (!e)
            return ctx.fail(tr("--enabled takes true or false"), 2);
        connector->enabled = *e;
    }
    QString error;
    if (!repo.update(*connector, &error))
        return ctx.fail(error);
    waitForServeToApply(ctx);
    ctx.err() << tr("Connector \"%1\" updated.").arg(connector->name) << Qt::endl;
    return 0;
}

int removeConnector(CliContext &ctx, const QStringList &args)
{
    CommandParser parser;
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("The connector's name."));
    int status = 0;
    if (!ctx.parse(parser, args, QStringLiteral("hookyard connector remove NAME"), &status))
        return status;
    if (parser.positionalArguments().size() != 1)
        return ctx.fail(tr("give one name: hookyard connector remove NAME"), 2);
    if (!ctx.database())
        return 1;
    const auto connector = ctx.connectorNamed(parser.positionalArguments().first(), &status);
    if (!connector)
        return status;
    // The stored events stay readable; only the endpoint and its secrets go. The secrets first:
    // a connector removed while its secret stays behind (a refused secrets file, a locked
    // keychain) would leave a secret nothing can remove any more; this way the user fixes the
    // store and runs the command again.
    if (auto *store = ctx.secrets()) {
        bool forgotten = false;
        QString why;
        blockingCall([&](std::function<void()> finish) {
            Engine::ConnectorSecrets::forget(*store, connector->id,
                                             [&, finish](bool ok, const QString &error) {
                                                 forgotten = ok;
                                                 why = error;
                                                 finish();
                                             });
        });
        if (!forgotten)
            return ctx.fail(tr("connector \"%1\" was not removed, because its signing secret "
                               "could not be deleted: %2")
                                .arg(connector->name, why));
    }
    Storage::ConnectorRepository repo(*ctx.database());
    QString error;
    if (!repo.remove(connector->id, &error))
        return ctx.fail(error);
    waitForServeToApply(ctx);
    ctx.err()
        << tr("Connector \"%1\" removed; its URL now answers 404. Its stored events are kept.")
               .arg(connector->name)
        << Qt::endl;
    return 0;
}

} // namespace Hookyard::Cli
