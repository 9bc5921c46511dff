#pragma once

#include <QByteArrayView>
#include <QJsonValue>
#include <QString>

namespace Hookyard::Core {

// What Hookyard needs to know of a Stripe event body, read after the signature verified.
// The raw body itself is kept as received, never re-serialised.
struct StripeEventInfo
{
    QString id; // "evt_..."
    QString type; // "invoice.payment_failed"
    QString object; // "event" (snapshot) or "v2.core.event" (thin)
    bool thin = false;
    bool livemode = false;
    qint64 created = 0; // Unix seconds, 0 when absent
    QString apiVersion;
    QString objectId; // data.object.id (or related_object.id for thin events), when present
};

struct StripeEventParse
{
    bool ok = false;
    QString error; // a sentence: "body is not JSON: unterminated string at offset 112" ...
    StripeEventInfo info;
};

// Parses with QJsonDocument; requires a JSON object with string "id" and "type" and
// "object" equal to "event" or "v2.core.event".
StripeEventParse parseStripeEvent(QByteArrayView body);

// One member of an event as stripeEventFromMembers reads it: its JSON type (Undefined when
// absent, as QJsonObject::value() gives it) and its value when it is a string, a number or a
// boolean. Lighter than a QJsonValue, which allocates a container for every string: this is
// built for every delivery.
struct StripeEventMember
{
    QJsonValue::Type type = QJsonValue::Undefined;
    QString string;
    double number = 0;
    bool boolean = false;

    static StripeEventMember fromJson(const QJsonValue &value);
};

// The members of an event Hookyard reads, and how they become a StripeEventInfo (or a reason).
// parseStripeEvent uses it after QJsonDocument; a faster reader of the same body
// (StripeEventReader) uses it too, so that both check and convert exactly alike.
struct StripeEventMembers
{
    StripeEventMember id;
    StripeEventMember type;
    StripeEventMember object;
    StripeEventMember livemode;
    StripeEventMember created;
    StripeEventMember apiVersion;
    StripeEventMember dataObjectId; // data.object.id
    StripeEventMember relatedObjectId; // related_object.id (thin events)
};
StripeEventParse stripeEventFromMembers(const StripeEventMembers &members);

} // namespace Hookyard::Core
