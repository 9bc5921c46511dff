#include "core/stripeevent.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace Hookyard::Core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Hookyard::Core::StripeEvent", text);
}

// Values from the body go into error sentences; keep them short so a hostile or broken body
// cannot make a reason (stored per delivery) arbitrarily long.
QString clipped(const QString &value)
{
    constexpr qsizetype limit = 60;
    return value.size() <= limit ? value : value.left(limit) + u"...";
}

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("missing");
}

QString requiredString(const QJsonObject &event, QStringView key, QString *error)
{
    const QJsonValue value = event.value(key);
    if (!value.isString()) {
        *error = value.isUndefined()
            ? tr("event has no string \"%1\"").arg(key)
            : tr("event's \"%1\" is %2, not a string").arg(key, typeName(value));
        return {};
    }
    if (value.toString().isEmpty())
        *error = tr("event's \"%1\" is empty").arg(key);
    return value.toString();
}

} // namespace

// `created` is Unix seconds in snapshot events and an RFC 3339 string in thin (v2) events.
qint64 stripeEventCreatedSecs(const QJsonValue &value)
{
    // A double out of qint64's range would be undefined behaviour to convert; no real event
    // time is anywhere near the bound.
    if (value.isDouble() && value.toDouble() >= 0 && value.toDouble() < 1e15)
        return qint64(value.toDouble());
    if (value.isString()) {
        const QDateTime when = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
        if (when.isValid())
            return when.toSecsSinceEpoch();
    }
    return 0;
}

StripeEventParse parseStripeEvent(QByteArrayView body)
{
    StripeEventParse result;
    if (body.isEmpty()) {
        result.error = tr("body is empty");
        return result;
    }
    // fromRawData: the body can be large and is only read here, so it is not copied.
    QJsonParseError parseError;
    const QJsonDocument doc =
        QJsonDocument::fromJson(QByteArray::fromRawData(body.data(), body.size()), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.error = tr("body is not JSON: %1 at offset %2")
                           .arg(parseError.errorString())
                           .arg(parseError.offset);
        return result;
    }
    if (!doc.isObject()) {
        result.error = tr("body is a JSON %1, not an object: a Stripe event is a JSON object")
                           .arg(doc.isArray() ? QStringLiteral("array") : QStringLiteral("value"));
        return result;
    }
    const QJsonObject event = doc.object();
    StripeEventInfo &info = result.info;
    QString error;
    info.id = requiredString(event, u"id", &error);
    if (error.isEmpty())
        info.type = requiredString(event, u"type", &error);
    if (error.isEmpty())
        info.object = requiredString(event, u"object", &error);
    if (!error.isEmpty()) {
        result.error = error;
        return result;
    }
    if (info.object == u"v2.core.event") {
        info.thin = true;
    } else if (info.object != u"event") {
        result.error = tr("\"object\" is \"%1\", but a Stripe event has \"event\" or "
                          "\"v2.core.event\": this is not a webhook event")
                           .arg(clipped(info.object));
        return result;
    }

    info.livemode = event.value(u"livemode").toBool();
    info.created = stripeEventCreatedSecs(event.value(u"created"));
    info.apiVersion = event.value(u"api_version").toString();
    if (info.thin) {
        // A thin event carries only a reference to the object that changed.
        info.objectId = event.value(u"related_object").toObject().value(u"id").toString();
    } else {
        info.objectId =
            event.value(u"data").toObject().value(u"object").toObject().value(u"id").toString();
    }
    result.ok = true;
    return result;
}

} // namespace Hookyard::Core
