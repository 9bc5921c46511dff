#include "engine/sampleevents.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUuid>

#include <cmath>
#include <iterator>
#include <mutex>

// Q_INIT_RESOURCE declares an extern function, so it must be used outside any namespace. The
// engine is a static library: without this reference the linker would drop the object file that
// registers the resources, and every template would be missing at run time.
static void registerSampleResources()
{
    Q_INIT_RESOURCE(samples);
}

namespace Hookyard::Engine {

using namespace Qt::StringLiterals;

namespace {

// All templates were written as if created at this moment (2024-07-01 12:00:00 UTC).
constexpr qint64 TemplateCreated = 1719835200;

// Any whole number in this range is a Unix time (2001-09-09 .. 2286-11-20). The templates'
// amounts, counts and card expiry years are far below it, so every timestamp moves with the
// event, including ones a future template adds, without a list of key names to keep in step.
constexpr double TimestampMin = 1e9;
constexpr double TimestampMax = 1e10;

constexpr int EventIdLength = 24;

// Ids of the objects a real trigger creates anew each time. Customers, payment methods, prices
// and products are left alone: they are the account's standing objects. The look-behind keeps
// "price_..." or "acct_..." from matching in part; the look-ahead lets "pi_..._secret_..."
// (a PaymentIntent's client_secret) follow its PaymentIntent.
QRegularExpression freshIdPattern()
{
    return QRegularExpression(
        u"(?<![A-Za-z0-9_])(evt|pi|in|sub|si|il|ch|py|du|txn|issfr|cs_test|req)_"
        u"([A-Za-z0-9]{14,})(?![A-Za-z0-9])"_s);
}

QString randomAlphanumerics(qsizetype length)
{
    static constexpr char16_t Alphabet[] =
        u"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    constexpr int AlphabetSize = int(std::size(Alphabet)) - 1;
    // Sample ids only need to be unique (24 characters: about 143 bits), not secret: the
    // securely seeded global generator is enough.
    QRandomGenerator *random = QRandomGenerator::global();
    QString result(length, Qt::Uninitialized);
    for (QChar &c : result)
        c = QChar(Alphabet[random->bounded(AlphabetSize)]);
    return result;
}

// Gives each distinct id a fresh one of the same prefix and length, the same everywhere it
// occurs (in "latest_charge" and "last_payment_error.charge", in a URL, in a client_secret).
QString withFreshIds(const QString &text)
{
    const QRegularExpression pattern = freshIdPattern();
    QHash<QString, QString> replacements;
    QString result;
    result.reserve(text.size());
    qsizetype copiedUpTo = 0;
    QRegularExpressionMatchIterator it = pattern.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QString id = match.captured(0);
        auto replacement = replacements.find(id);
        if (replacement == replacements.end()) {
            replacement = replacements.insert(
                id, match.captured(1) + u'_' + randomAlphanumerics(match.capturedLength(2)));
        }
        result += QStringView(text).sliced(copiedUpTo, match.capturedStart(0) - copiedUpTo);
        result += *replacement;
        copiedUpTo = match.capturedEnd(0);
    }
    result += QStringView(text).sliced(copiedUpTo);
    return result;
}

QJsonValue shiftedTimestamps(const QJsonValue &value, qint64 offset)
{
    switch (value.type()) {
    case QJsonValue::Object: {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            *it = shiftedTimestamps(it.value(), offset);
        return object;
    }
    case QJsonValue::Array: {
        QJsonArray array = value.toArray();
        for (auto it = array.begin(); it != array.end(); ++it)
            *it = shiftedTimestamps(*it, offset);
        return array;
    }
    case QJsonValue::Double: {
        const double number = value.toDouble();
        if (number >= TimestampMin && number < TimestampMax && number == std::floor(number))
            return QJsonValue(value.toInteger() + offset);
        return value;
    }
    default:
        return value;
    }
}

QByteArray readTemplate(const QString &type)
{
    static std::once_flag registered;
    std::call_once(registered, registerSampleResources);
    QFile file(u":/hookyard/samples/"_s + type + u".json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace

QStringList SampleEvents::types()
{
    // Kept in step with samples/samples.qrc; tst_sampleevents checks that they agree.
    return {
        u"charge.dispute.created"_s,        u"checkout.session.completed"_s,
        u"customer.subscription.created"_s, u"customer.subscription.deleted"_s,
        u"customer.subscription.updated"_s, u"invoice.payment_failed"_s,
        u"payment_intent.payment_failed"_s, u"radar.early_fraud_warning.created"_s,
    };
}

bool SampleEvents::has(const QString &type)
{
    // Only listed types: a type never becomes a resource path it was not meant to be.
    return types().contains(type);
}

QByteArray SampleEvents::make(const QString &type, qint64 nowSecs)
{
    if (!has(type))
        return {};
    const QByteArray raw = readTemplate(type);
    if (raw.isEmpty())
        return {};

    const QByteArray text = withFreshIds(QString::fromUtf8(raw)).toUtf8();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return {};

    const qint64 templateCreated = document.object().value(u"created"_s).toInteger(TemplateCreated);
    QJsonObject event = shiftedTimestamps(document.object(), nowSecs - templateCreated).toObject();
    event.insert(u"id"_s, QString(u"evt_"_s + randomAlphanumerics(EventIdLength)));
    event.insert(u"created"_s, nowSecs);

    // A request made through the API carries an idempotency key, unique per request.
    QJsonObject request = event.value(u"request"_s).toObject();
    if (request.value(u"idempotency_key"_s).isString()) {
        request.insert(u"idempotency_key"_s, QUuid::createUuid().toString(QUuid::WithoutBraces));
        event.insert(u"request"_s, request);
    }
    return QJsonDocument(event).toJson(QJsonDocument::Compact);
}

} // namespace Hookyard::Engine
