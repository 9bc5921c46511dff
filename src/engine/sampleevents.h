#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Hookyard::Engine {

// Realistic test-mode Stripe events for `hookyard trigger NAME TYPE` (ARCHITECTURE.md 7, like
// `stripe trigger`). One template per type lives in :/hookyard/samples (samples/samples.qrc),
// shaped as Stripe sends it with API version 2024-06-20, so agents can be written and tried
// against the fields they will really see.
//
// make() returns a new event each time: a fresh event id (the receiver stores events unique per
// connector and Stripe id, so a repeated trigger must not be a duplicate), fresh ids for the
// per-payment objects (PaymentIntent, invoice, subscription, charge, dispute, ...; the same id
// gets the same replacement everywhere in the event, so references stay consistent), and every
// timestamp moved so that the event was created at nowSecs. Long-lived objects (customer,
// payment method, price, product) keep their ids, like a test account's.
//
// Stateless and reentrant: callable from any thread.
class SampleEvents final
{
public:
    SampleEvents() = delete;

    // Every type make() knows, sorted.
    static QStringList types();
    static bool has(const QString &type);

    // The event as compact JSON, or an empty QByteArray when the type is unknown.
    static QByteArray make(const QString &type, qint64 nowSecs);
};

} // namespace Hookyard::Engine
