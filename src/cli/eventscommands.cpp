#include "cli/clicontext.h"
#include "core/utcstamp.h"
#include "storage/connectorrepository.h"
#include "storage/database.h"
#include "storage/eventrepository.h"
#include "storage/runrepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace Hookyard::Cli {

namespace {
QJsonObject eventJson(const Storage::EventRecord &e)
{
    return QJsonObject {
        { QStringLiteral("id"), e.stripeId },
        { QStringLiteral("type"), e.type },
        { QStringLiteral("object"), e.object },
        { QStringLiteral("thin"), e.thin },
        { QStringLiteral("livemode"), e.livemode },
        { QStringLiteral("connector"), e.connectorName },
        { QStringLiteral("connector_id"), e.connectorId },
        { QStringLiteral("connector_removed"), e.connectorRemoved },
        { QStringLiteral("received_at"), Core::isoUtc(e.receivedAtMs) },
        { QStringLiteral("deliveries"), e.deliveryCount },
        { QStringLiteral("runs"), e.runCount },
        { QStringLiteral("runs_failed"), e.failedRunCount },
        { QStringLiteral("runs_active"), e.activeRunCount },
        { QStringLiteral("row"), e.row },
    };
}

int list(CliContext &ctx, const QStringList &args)
{
    CommandParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON for scripts."));
    const QCommandLineOption connector(QStringLiteral("connector"), tr("Only this connector."),
                                       QStringLiteral("NAME"));
    const QCommandLineOption type(QStringLiteral("type"),
                                  tr("Only this event type (globs: invoice.*)."),
                                  QStringLiteral("TYPE"));
    const QCommandLineOption limit(QStringLiteral("limit"), tr("At most N events (default 50)."),
                                   QStringLiteral("N"), QStringLiteral("50"));
    parser.addOptions({ json, connector, type, limit });
    const QString usage = QStringLiteral(
        "hookyard events list [--json] [--connector NAME] [--type TYPE] [--limit N]");
    int status = 0;
    if (!ctx.parse(parser, args, usage, &status))
        return status;
    if (!ctx.database())
        return 1;
    Storage::EventFilter filter;
    filter.limit = ctx.limitValue(parser.value(limit), &status);
    if (filter.limit == 0)
        return status;
    if (parser.isSet(connector)) {
        // A removed connector's events stay and are found by its name too.
        filter.connectorIds = ctx.connectorIdsForHistory(parser.value(connector), &status);
        if (filter.connectorIds.isEmpty())
            return status;
    }
    filter.type = parser.value(type);
    QString error;
    const auto events = Storage::EventRepository(*ctx.database()).list(filter, &error);
    if (!error.isEmpty())
        return ctx.fail(error);
    if (parser.isSet(json)) {
        QJsonArray rows;
        for (const auto &e : events)
            rows.append(eventJson(e));
        ctx.printJson(rows);
        return 0;
    }
    if (events.isEmpty()) {
        const bool filtered = parser.isSet(connector) || parser.isSet(type);
        ctx.out() << (filtered ? tr("No events match the filter.") : tr("No events yet."))
                  << Qt::endl;
    }
    for (const auto &e : events) {
        ctx.out() << Core::isoUtc(e.receivedAtMs) << "  "
                  << connectorLabel(e.connectorName, e.connectorRemoved) << "  " << e.type << "  "
                  << e.stripeId;
        if (e.deliveryCount > 1)
            ctx.out() << "  " << tr("(%n deliveries)", nullptr, e.deliveryCount);
        if (e.runCount > 0)
            ctx.out() << "  " << tr("%n run(s)", nullptr, e.runCount);
        if (e.failedRunCount > 0)
            ctx.out() << " " << tr("(%n failed)", nullptr, e.failedRunCount);
        ctx.out() << Qt::endl;
    }
    return 0;
}

QJsonObject deliveryJson(const Storage::DeliveryRecord &d)
{
    const auto orNull = [](const QString &text) {
        return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
    };
    return QJsonObject {
        { QStringLiteral("received_at"), Core::isoUtc(d.receivedAtMs) },
        { QStringLiteral("connector"), d.connectorName },
        { QStringLiteral("connector_id"), d.connectorId },
        { QStringLiteral("connector_removed"), d.connectorRemoved },
        { QStringLiteral("status"), d.httpStatus },
        { QStringLiteral("outcome"), d.outcome },
        { QStringLiteral("reason"),
          orNull(d.reason == QLatin1String("none") ? QString() : d.reason) },
        { QStringLiteral("message"), orNull(d.message) },
        { QStringLiteral("event_id"), orNull(d.eventStripeId) },
        { QStringLiteral("type"), orNull(d.eventType) },
        { QStringLiteral("remote_address"), d.remoteAddress },
        { QStringLiteral("user_agent"), d.userAgent },
        { QStringLiteral("content_type"), d.contentType },
        { QStringLiteral("signature_t"), d.signatureTimestamp },
        { QStringLiteral("skew_s"), d.skewSecs },
        { QStringLiteral("v1_signatures"), d.v1Count },
        { QStringLiteral("matched_previous_secret"), d.matchedPrevious },
        { QStringLiteral("body_size"), d.bodySize },
        { QStringLiteral("row"), d.row },
    };
}

// Every request that reached a connector, newest first: verified, duplicate or rejected (with
// the reason), for finding out why Stripe's deliveries fail without opening the window.
int deliveries(CliContext &ctx, const QStringList &args)
{
    CommandParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON for scripts."));
    const QCommandLineOption connector(QStringLiteral("connector"), tr("Only this connector."),
                                       QStringLiteral("NAME"));
    const QCommandLineOption outcome(QStringLiteral("outcome"),
                                     tr("Only accepted, duplicate or rejected deliveries."),
                                     QStringLiteral("OUTCOME"));
    const QCommandLineOption limit(QStringLiteral("limit"),
                                   tr("At most N deliveries (default 50)."), QStringLiteral("N"),
                                   QStringLiteral("50"));
    parser.addOptions({ json, connector, outcome, limit });
    const QString usage = QStringLiteral("hookyard events deliveries [--json] [--connector NAME] "
                                         "[--outcome accepted|duplicate|rejected] [--limit N]");
    int status = 0;
    if (!ctx.parse(parser, args, usage, &status))
        return status;
    Storage::DeliveryFilter filter;
    filter.limit = ctx.limitValue(parser.value(limit), &status);
    if (filter.limit == 0)
        return status;
    filter.outcome = parser.value(outcome);
    if (!filter.outcome.isEmpty()
        && !QStringList { QStringLiteral("accepted"), QStringLiteral("duplicate"),
                          QStringLiteral("rejected") }
                .contains(filter.outcome))
        return ctx.fail(
            tr("--outcome takes accepted, duplicate or rejected, not \"%1\"").arg(filter.outcome),
            2);
    if (!ctx.database())
        return 1;
    // A removed connector's name may have been used by several connectors: each one's.
    QStringList connectorIds { QString() };
    if (parser.isSet(connector)) {
        connectorIds = ctx.connectorIdsForHistory(parser.value(connector), &status);
        if (connectorIds.isEmpty())
            return status;
    }
    Storage::EventRepository repo(*ctx.database());
    QList<Storage::DeliveryRecord> rows;
    for (const QString &id : std::as_const(connectorIds)) {
        filter.connectorId = id;
        QString error;
        rows += repo.deliveries(filter, &error);
        if (!error.isEmpty())
            return ctx.fail(error);
    }
    std::sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) { return a.row > b.row; });
    if (rows.size() > filter.limit)
        rows.resize(filter.limit);
    if (parser.isSet(json)) {
        QJsonArray out;
        for (const auto &d : std::as_const(rows))
            out.append(deliveryJson(d));
        ctx.printJson(out);
        return 0;
    }
    if (rows.isEmpty()) {
        const bool filtered = parser.isSet(connector) || parser.isSet(outcome);
        ctx.out() << (filtered ? tr("No deliveries match the filter.") : tr("No deliveries yet."))
                  << Qt::endl;
    }
    for (const auto &d : std::as_const(rows)) {
        ctx.out() << Core::isoUtc(d.receivedAtMs) << "  "
                  << connectorLabel(d.connectorName, d.connectorRemoved) << "  " << d.httpStatus
                  << ' ' << d.outcome << "  ";
        if (d.outcome == QLatin1String("rejected"))
            ctx.out() << d.reason << "  " << tr("from %1").arg(d.remoteAddress) << ": "
                      << d.message;
        else
            ctx.out() << d.eventType << "  " << d.eventStripeId << "  "
                      << tr("from %1").arg(d.remoteAddress);
        ctx.out() << Qt::endl;
    }
    return 0;
}

int show(CliContext &ctx, const QStringList &args)
{
    CommandParser parser;
    parser.addPositionalArgument(QStringLiteral("EVENT_ID"), tr("The Stripe event id (evt_…)."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the stored event as JSON."));
    const QCommandLineOption connector(QStringLiteral("connector"),
                                       tr("The connector, when the event came to several."),
                                       QStringLiteral("NAME"));
    parser.addOptions({ json, connector });
    int status = 0;
    if (!ctx.parse(parser, args,
                   QStringLiteral("hookyard events show EVENT_ID [--connector NAME] [--json]"),
                   &status))
        return status;
    if (parser.positionalArguments().size() != 1)
        return ctx.fail(tr("give one event id: hookyard events show EVENT_ID"), 2);
    const auto event =
        ctx.storedEvent(parser.positionalArguments().first(), parser.value(connector), &status);
    if (!event)
        return status;
    Storage::EventRepository repo(*ctx.database());
    const auto deliveries = repo.deliveriesOfEvent(event->row);
    Storage::RunFilter runFilter;
    runFilter.eventRow = event->row;
    const auto runs = Storage::RunRepository(*ctx.database()).list(runFilter);
    if (parser.isSet(json)) {
        QJsonObject out = eventJson(*event);
        QJsonArray d;
        for (const auto &r : deliveries)
            d.append(deliveryJson(r)); // as `events deliveries --json` gives them
        out.insert(QStringLiteral("delivery_log"), d);
        QJsonArray rs;
        for (const auto &r : runs)
            rs.append(QJsonObject { { QStringLiteral("id"), r.id },
                                    { QStringLiteral("agent"), r.agent },
                                    { QStringLiteral("state"), r.state },
                                    { QStringLiteral("attempt"), r.attempt } });
        out.insert(QStringLiteral("agent_runs"), rs);
        // The payload goes in as the bytes received, not parsed and written again (QJsonDocument
        // would sort its keys and round integers beyond 2^53): it verified as a JSON object
        // when it was stored, so it is a valid member value as it is.
        QByteArray text = QJsonDocument(out).toJson(QJsonDocument::Indented);
        const qsizetype end = text.lastIndexOf('}');
        text.truncate(end);
        while (text.endsWith('\n'))
            text.chop(1);
        text += ",\n    \"payload\": " + event->body.trimmed() + "\n}\n";
        ctx.out() << QString::fromUtf8(text);
        return 0;
    }
    ctx.out()
        << tr("Event      %1").arg(event->stripeId) << Qt::endl
        << tr("Type       %1%2").arg(event->type, event->thin ? tr(" (thin event)") : QString())
        << Qt::endl
        << tr("Connector  %1").arg(connectorLabel(event->connectorName, event->connectorRemoved))
        << Qt::endl
        << tr("Received   %1").arg(Core::isoUtc(event->receivedAtMs)) << Qt::endl
        << tr("Mode       %1").arg(event->livemode ? tr("live") : tr("test")) << Qt::endl;
    for (const auto &r : deliveries)
        ctx.out() << tr("Delivery   %1  %2 %3  from %4, signed %5 s before arrival")
                         .arg(Core::isoUtc(r.receivedAtMs))
                         .arg(r.httpStatus)
                         .arg(r.outcome, r.remoteAddress)
                         .arg(r.skewSecs)
                  << Qt::endl;
    for (const auto &r : runs)
        ctx.out() << tr("Run        #%1 %2: %3 (attempt %4)")
                         .arg(r.id)
                         .arg(r.agent, r.state)
                         .arg(r.attempt)
                  << Qt::endl;
    // The payload exactly as received (Stripe sends it indented already), then a line break if
    // it does not end with one.
    ctx.out() << Qt::endl << QString::fromUtf8(event->body);
    if (!event->body.endsWith('\n'))
        ctx.out() << Qt::endl;
    return 0;
}
} // namespace

int runEventsCommand(CliContext &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("list"))
        return list(ctx, args.mid(1));
    if (sub == QLatin1String("show"))
        return show(ctx, args.mid(1));
    if (sub == QLatin1String("deliveries"))
        return deliveries(ctx, args.mid(1));
    return ctx.fail(tr("usage: hookyard events list|show|deliveries …"), 2);
}

} // namespace Hookyard::Cli
