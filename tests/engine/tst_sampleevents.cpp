#include "core/stripeevent.h"
#include "engine/sampleevents.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using Hookyard::Engine::SampleEvents;

namespace {

// 2026-11-27 01:45:00 UTC: far from the templates' own time, so a timestamp left unmoved shows.
constexpr qint64 Now = 1795743900;
constexpr qint64 Year = 366 * 24 * 3600;

QJsonObject parse(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON: %s", qPrintable(error.errorString()));
    return document.object();
}

// "data.object.lines.data.0.price.id": keys, and indexes into arrays. Undefined when absent.
QJsonValue at(const QJsonObject &root, const QString &path)
{
    QJsonValue value = root;
    const QStringList parts = path.split(u'.');
    for (const QString &part : parts) {
        bool isIndex = false;
        const int index = part.toInt(&isIndex);
        if (isIndex && value.isArray()) {
            const QJsonArray array = value.toArray();
            if (index < 0 || index >= array.size())
                return QJsonValue(QJsonValue::Undefined);
            value = array.at(index);
        } else if (value.isObject()) {
            const QJsonObject object = value.toObject();
            if (!object.contains(part))
                return QJsonValue(QJsonValue::Undefined);
            value = object.value(part);
        } else {
            return QJsonValue(QJsonValue::Undefined);
        }
    }
    return value;
}

void collectTimestamps(const QJsonValue &value, const QString &path, QStringList *out,
                       QList<qint64> *times)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            collectTimestamps(it.value(), path + u'.' + it.key(), out, times);
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            collectTimestamps(array.at(i), path + u'.' + QString::number(i), out, times);
    } else if (value.isDouble() && value.toDouble() >= 1e9) {
        out->append(path);
        times->append(value.toInteger());
    }
}

} // namespace

class tst_SampleEvents : public QObject
{
    Q_OBJECT

private slots:
    void typesMatchResources();
    void make_data();
    void make();
    void freshIdsEachTime_data() { make_data(); }
    void freshIdsEachTime();
    void unknownType_data();
    void unknownType();
};

void tst_SampleEvents::typesMatchResources()
{
    const QStringList types = SampleEvents::types();
    QCOMPARE(types.size(), 8);
    QStringList sorted = types;
    sorted.sort();
    QCOMPARE(types, sorted);
    // make() registers the resources on first use.
    QVERIFY(!SampleEvents::make(types.first(), Now).isEmpty());
    QStringList files = QDir(u":/hookyard/samples"_s).entryList({ u"*.json"_s }, QDir::Files);
    for (QString &file : files)
        file.chop(5);
    files.sort();
    QCOMPARE(files, types);
}

void tst_SampleEvents::make_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("objectType");
    QTest::addColumn<QString>("objectIdPrefix");
    // Fields agents rely on: each must exist and be neither null nor empty.
    QTest::addColumn<QStringList>("fields");
    // Pairs of paths that must hold the same (fresh) id.
    QTest::addColumn<QStringList>("sameIds");

    QTest::newRow("payment_intent.payment_failed")
        << u"payment_intent.payment_failed"_s << u"payment_intent"_s << u"pi_"_s
        << QStringList { u"data.object.amount"_s,
                         u"data.object.currency"_s,
                         u"data.object.customer"_s,
                         u"data.object.invoice"_s,
                         u"data.object.last_payment_error.code"_s,
                         u"data.object.last_payment_error.decline_code"_s,
                         u"data.object.last_payment_error.message"_s,
                         u"data.object.last_payment_error.payment_method.card.last4"_s }
        << QStringList { u"data.object.latest_charge"_s,
                         u"data.object.last_payment_error.charge"_s };
    QTest::newRow("invoice.payment_failed")
        << u"invoice.payment_failed"_s << u"invoice"_s << u"in_"_s
        << QStringList { u"data.object.amount_due"_s,
                         u"data.object.attempt_count"_s,
                         u"data.object.next_payment_attempt"_s,
                         u"data.object.customer_email"_s,
                         u"data.object.hosted_invoice_url"_s,
                         u"data.object.subscription"_s,
                         u"data.object.lines.data.0.price.id"_s,
                         u"data.object.lines.data.0.price.product"_s }
        << QStringList { u"data.object.id"_s, u"data.object.lines.data.0.invoice"_s,
                         u"data.object.subscription"_s,
                         u"data.object.lines.data.0.subscription"_s };
    QTest::newRow("customer.subscription.created")
        << u"customer.subscription.created"_s << u"subscription"_s << u"sub_"_s
        << QStringList { u"data.object.customer"_s, u"data.object.status"_s,
                         u"data.object.current_period_end"_s,
                         u"data.object.items.data.0.price.id"_s }
        << QStringList { u"data.object.id"_s, u"data.object.items.data.0.subscription"_s };
    QTest::newRow("customer.subscription.updated")
        << u"customer.subscription.updated"_s << u"subscription"_s << u"sub_"_s
        << QStringList { u"data.object.items.data.0.price.id"_s,
                         u"data.previous_attributes.items.data.0.price.id"_s,
                         u"data.previous_attributes.plan.id"_s }
        << QStringList { u"data.object.items.data.0.id"_s,
                         u"data.previous_attributes.items.data.0.id"_s };
    QTest::newRow("customer.subscription.deleted")
        << u"customer.subscription.deleted"_s << u"subscription"_s << u"sub_"_s
        << QStringList { u"data.object.canceled_at"_s, u"data.object.ended_at"_s,
                         u"data.object.cancellation_details.reason"_s,
                         u"data.object.cancellation_details.feedback"_s }
        << QStringList { u"data.object.id"_s, u"data.object.items.data.0.subscription"_s };
    QTest::newRow("charge.dispute.created")
        << u"charge.dispute.created"_s << u"dispute"_s << u"du_"_s
        << QStringList { u"data.object.amount"_s, u"data.object.charge"_s,
                         u"data.object.payment_intent"_s, u"data.object.reason"_s,
                         u"data.object.evidence_details.due_by"_s }
        << QStringList { u"data.object.id"_s, u"data.object.balance_transactions.0.source"_s };
    QTest::newRow("radar.early_fraud_warning.created")
        << u"radar.early_fraud_warning.created"_s << u"radar.early_fraud_warning"_s << u"issfr_"_s
        << QStringList { u"data.object.fraud_type"_s, u"data.object.charge"_s,
                         u"data.object.actionable"_s, u"data.object.payment_intent"_s }
        << QStringList {};
    QTest::newRow("checkout.session.completed")
        << u"checkout.session.completed"_s << u"checkout.session"_s << u"cs_test_"_s
        << QStringList { u"data.object.amount_total"_s, u"data.object.customer_details.email"_s,
                         u"data.object.mode"_s, u"data.object.subscription"_s,
                         u"data.object.payment_status"_s }
        << QStringList {};
}

void tst_SampleEvents::make()
{
    QFETCH(QString, type);
    QFETCH(QString, objectType);
    QFETCH(QString, objectIdPrefix);
    QFETCH(QStringList, fields);
    QFETCH(QStringList, sameIds);

    QVERIFY(SampleEvents::has(type));
    const QByteArray bytes = SampleEvents::make(type, Now);
    QVERIFY(!bytes.isEmpty());
    QVERIFY2(!bytes.contains('\n'), "expected compact JSON");
    QVERIFY2(bytes.size() > 400 && bytes.size() < 8 * 1024,
             QByteArray::number(bytes.size()).constData());

    const Hookyard::Core::StripeEventParse parsed = Hookyard::Core::parseStripeEvent(bytes);
    QVERIFY2(parsed.ok, qPrintable(parsed.error));
    QVERIFY(parsed.info.id.startsWith(u"evt_"));
    QCOMPARE(parsed.info.id.size(), 4 + 24);
    QCOMPARE(parsed.info.type, type);
    QCOMPARE(parsed.info.object, u"event"_s);
    QCOMPARE(parsed.info.thin, false);
    QCOMPARE(parsed.info.livemode, false);
    QCOMPARE(parsed.info.created, Now);
    QCOMPARE(parsed.info.apiVersion, u"2024-06-20"_s);
    QVERIFY2(parsed.info.objectId.startsWith(objectIdPrefix), qPrintable(parsed.info.objectId));

    const QJsonObject event = parse(bytes);
    QCOMPARE(at(event, u"object"_s).toString(), u"event"_s);
    QCOMPARE(at(event, u"data.object.object"_s).toString(), objectType);
    QCOMPARE(at(event, u"data.object.livemode"_s), QJsonValue(false));
    QVERIFY(at(event, u"pending_webhooks"_s).toInt() >= 1);
    QVERIFY(at(event, u"request"_s).isObject());
    QVERIFY(at(event, u"request.id"_s).isString() || at(event, u"request.id"_s).isNull());
    QVERIFY(event.contains(u"request"_s));
    QCOMPARE(event.contains(u"previous_attributes"_s), false);
    QCOMPARE(at(event, u"data.previous_attributes"_s).isUndefined(), !type.endsWith(u".updated"));

    for (const QString &field : fields) {
        const QJsonValue value = at(event, field);
        QVERIFY2(!value.isUndefined() && !value.isNull()
                     && !(value.isString() && value.toString().isEmpty()),
                 qPrintable(field));
    }
    for (qsizetype i = 0; i + 1 < sameIds.size(); i += 2) {
        const QString first = at(event, sameIds.at(i)).toString();
        QVERIFY2(!first.isEmpty(), qPrintable(sameIds.at(i)));
        QCOMPARE(at(event, sameIds.at(i + 1)).toString(), first);
    }

    // Every timestamp moved with the event: none left at the templates' 2024 dates.
    QStringList paths;
    QList<qint64> times;
    collectTimestamps(event, QString(), &paths, &times);
    QVERIFY(!times.isEmpty());
    for (qsizetype i = 0; i < times.size(); ++i) {
        QVERIFY2(times.at(i) > Now - Year && times.at(i) < Now + Year, qPrintable(paths.at(i)));
    }
    const qint64 objectCreated = at(event, u"data.object.created"_s).toInteger();
    QVERIFY(objectCreated <= Now && objectCreated > Now - Year);
}

void tst_SampleEvents::freshIdsEachTime()
{
    QFETCH(QString, type);
    QFETCH(QString, objectIdPrefix);

    const QJsonObject first = parse(SampleEvents::make(type, Now));
    const QJsonObject second = parse(SampleEvents::make(type, Now));
    const QString firstId = at(first, u"id"_s).toString();
    QVERIFY(firstId.startsWith(u"evt_"));
    QVERIFY(firstId != at(second, u"id"_s).toString());
    QCOMPARE(at(second, u"created"_s).toInteger(), Now);

    const QString firstObjectId = at(first, u"data.object.id"_s).toString();
    QVERIFY(firstObjectId.startsWith(objectIdPrefix));
    QVERIFY(firstObjectId != at(second, u"data.object.id"_s).toString());
    // Same shape, same length: a fresh id looks like the one it replaces.
    QCOMPARE(at(second, u"data.object.id"_s).toString().size(), firstObjectId.size());

    const QJsonValue firstKey = at(first, u"request.idempotency_key"_s);
    if (firstKey.isString())
        QVERIFY(firstKey != at(second, u"request.idempotency_key"_s));
}

void tst_SampleEvents::unknownType_data()
{
    QTest::addColumn<QString>("type");
    QTest::newRow("empty") << QString();
    QTest::newRow("unknown") << u"charge.refunded.nonsense"_s;
    QTest::newRow("case") << u"Invoice.Payment_Failed"_s;
    QTest::newRow("path") << u"../samples/invoice.payment_failed"_s;
    QTest::newRow("with .json") << u"invoice.payment_failed.json"_s;
}

void tst_SampleEvents::unknownType()
{
    QFETCH(QString, type);
    QVERIFY(!SampleEvents::has(type));
    QVERIFY(SampleEvents::make(type, Now).isEmpty());
}

QTEST_GUILESS_MAIN(tst_SampleEvents)
#include "tst_sampleevents.moc"
