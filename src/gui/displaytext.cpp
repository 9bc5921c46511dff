#include "gui/displaytext.h"

#include <QDateTime>
#include <QLocale>

namespace Hookyard::Gui {

QString DisplayText::rejectReason(const QString &code)
{
    static const QHash<QString, const char *> texts = {
        { QStringLiteral("unknown_connector"), QT_TR_NOOP("Unknown connector") },
        { QStringLiteral("connector_disabled"), QT_TR_NOOP("Connector disabled") },
        { QStringLiteral("method_not_allowed"), QT_TR_NOOP("Method not allowed") },
        { QStringLiteral("no_signing_secret"), QT_TR_NOOP("No signing secret saved") },
        { QStringLiteral("missing_signature"), QT_TR_NOOP("Missing Stripe-Signature") },
        { QStringLiteral("malformed_signature"), QT_TR_NOOP("Malformed signature header") },
        { QStringLiteral("no_v1_signature"), QT_TR_NOOP("No v1 signature") },
        { QStringLiteral("signature_mismatch"), QT_TR_NOOP("Signature mismatch") },
        { QStringLiteral("timestamp_out_of_tolerance"), QT_TR_NOOP("Timestamp out of tolerance") },
        { QStringLiteral("empty_body"), QT_TR_NOOP("Empty body") },
        { QStringLiteral("invalid_event"), QT_TR_NOOP("Not a Stripe event") },
        { QStringLiteral("body_too_large"), QT_TR_NOOP("Body too large") },
        { QStringLiteral("rate_limited"), QT_TR_NOOP("Rate limited") },
        { QStringLiteral("storage_unavailable"), QT_TR_NOOP("Storage unavailable") },
        { QStringLiteral("bad_request"), QT_TR_NOOP("Malformed request") },
        { QStringLiteral("headers_too_large"), QT_TR_NOOP("Headers too large") },
    };
    const auto it = texts.constFind(code);
    return it == texts.constEnd() ? code : tr(it.value());
}

QString DisplayText::connectorName(const QString &name, bool removed)
{
    if (!removed)
        return name;
    return name.isEmpty() ? tr("(removed)") : tr("%1 (removed)").arg(name);
}

QString DisplayText::runState(const QString &state)
{
    static const QHash<QString, const char *> texts = {
        { QStringLiteral("queued"), QT_TR_NOOP("Queued") },
        { QStringLiteral("running"), QT_TR_NOOP("Running") },
        { QStringLiteral("succeeded"), QT_TR_NOOP("Succeeded") },
        { QStringLiteral("failed"), QT_TR_NOOP("Failed") },
        { QStringLiteral("timed_out"), QT_TR_NOOP("Timed out") },
        { QStringLiteral("skipped"), QT_TR_NOOP("Skipped") },
        { QStringLiteral("cancelled"), QT_TR_NOOP("Cancelled") },
    };
    const auto it = texts.constFind(state);
    return it == texts.constEnd() ? state : tr(it.value());
}

QString DisplayText::time(qint64 msSinceEpoch)
{
    if (msSinceEpoch <= 0)
        return {};
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(msSinceEpoch);
    const QLocale locale;
    if (when.date() == QDate::currentDate())
        return locale.toString(when.time(), QStringLiteral("HH:mm:ss.zzz"));
    return locale.toString(when, QLocale::ShortFormat);
}

QString DisplayText::dateTime(qint64 msSinceEpoch)
{
    if (msSinceEpoch <= 0)
        return {};
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(msSinceEpoch), QLocale::LongFormat);
}

QString DisplayText::ago(qint64 msSinceEpoch, qint64 nowMs)
{
    if (msSinceEpoch <= 0)
        return tr("never");
    const qint64 secs = qMax<qint64>(0, (nowMs - msSinceEpoch) / 1000);
    if (secs < 2) // "0 s ago" read like a fault; a clock a little ahead gives 0 as well
        return tr("just now");
    if (secs < 60)
        return tr("%n s ago", nullptr, int(secs));
    if (secs < 3600)
        return tr("%n min ago", nullptr, int(secs / 60));
    if (secs < 86400)
        return tr("%n h ago", nullptr, int(secs / 3600));
    return dateTime(msSinceEpoch);
}

QString DisplayText::duration(qint64 ms)
{
    if (ms < 0)
        return {};
    if (ms < 1000)
        return tr("%1 ms").arg(ms);
    if (ms < 60'000)
        return tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 1));
    if (ms < 3'600'000)
        return tr("%1 min %2 s").arg(ms / 60'000).arg((ms / 1000) % 60);
    const qint64 minutes = (ms / 60'000) % 60;
    return minutes == 0 ? tr("%1 h").arg(ms / 3'600'000)
                        : tr("%1 h %2 min").arg(ms / 3'600'000).arg(minutes);
}

QString DisplayText::bytes(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes);
}

QString DisplayText::message(const QString &text)
{
    QString out;
    out.reserve(text.size());
    const QLocale locale;
    qsizetype from = 0;
    for (;;) {
        const qsizetype open = text.indexOf(u'`', from);
        const qsizetype close = open < 0 ? -1 : text.indexOf(u'`', open + 1);
        if (close < 0) {
            out += QStringView(text).mid(from);
            return out;
        }
        out += QStringView(text).mid(from, open - from);
        out += locale.quoteString(QStringView(text).mid(open + 1, close - open - 1));
        from = close + 1;
    }
}

} // namespace Hookyard::Gui
