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

QString typeName(const StripeEventMember &value)
{
    switch (value.type) {
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

QString requiredString(const StripeEventMember &value, QStringView key, QString *error)
{
    if (value.type != QJsonValue::String) {
        *error = value.type == QJsonValue::Undefined
            ? tr("event has no string \"%1\"").arg(key)
            : tr("event's \"%1\" is %2, not a string").arg(key, typeName(value));
        return {};
    }
    if (value.string.isEmpty())
        *error = tr("event's \"%1\" is empty").arg(key);
    return value.string;
}

// `created` is Unix seconds in snapshot events and an RFC 3339 string in thin (v2) events.
qint64 createdSecs(const StripeEventMember &value)
{
    // A double out of qint64's range would be undefined behaviour to convert; no real event
    // time is anywhere near the bound.
    if (value.type == QJsonValue::Double && value.number >= 0 && value.number < 1e15)
        return qint64(value.number);
    if (value.type == QJsonValue::String) {
        const QDateTime when = QDateTime::fromString(value.string, Qt::ISODateWithMs);
        if (when.isValid())
            return when.toSecsSinceEpoch();
    }
    return 0;
}

} // namespace

StripeEventMember StripeEventMember::fromJson(const QJsonValue &value)
{
    StripeEventMember member;
    member.type = value.type();
    member.string = value.toString();
    member.number = value.toDouble();
    member.boolean = value.toBool();
    return member;
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
    StripeEventMembers members;
    const auto member = &StripeEventMember::fromJson;
    members.id = member(event.value(u"id"));
    members.type = member(event.value(u"type"));
    members.object = member(event.value(u"object"));
    members.livemode = member(event.value(u"livemode"));
    members.created = member(event.value(u"created"));
    members.apiVersion = member(event.value(u"api_version"));
    members.dataObjectId =
        member(event.value(u"data").toObject().value(u"object").toObject().value(u"id"));
    members.relatedObjectId = member(event.value(u"related_object").toObject().value(u"id"));
    return stripeEventFromMembers(members);
}

StripeEventParse stripeEventFromMembers(const StripeEventMembers &members)
{
    StripeEventParse result;
    StripeEventInfo &info = result.info;
    QString error;
    info.id = requiredString(members.id, u"id", &error);
    if (error.isEmpty())
        info.type = requiredString(members.type, u"type", &error);
    if (error.isEmpty())
        info.object = requiredString(members.object, u"object", &error);
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

    // As QJsonValue::toBool() and toString() read them: false and empty for any other type.
    info.livemode = members.livemode.boolean;
    info.created = createdSecs(members.created);
    info.apiVersion = members.apiVersion.string;
    // A thin event carries only a reference to the object that changed.
    info.objectId = (info.thin ? members.relatedObjectId : members.dataObjectId).string;
    result.ok = true;
    return result;
}

} // namespace Hookyard::Core
