#pragma once

#include "core/delivery.h"
#include "storage/database.h"
#include "storage/deliverywriter.h"
#include "storagetestutil.h"

#include <QList>
#include <QString>

#include <memory>

// The stored history the EventRepository and EventPruner tests read (test code only): 30 events,
// i = 0..29, connector Billing ("billing") for even i, Other (an id no connector has) for odd;
// types rotate over three; received one second apart from T0; a run queued for every third
// (i % 3 == 0); event 5 delivered twice; then four rejected deliveries to Billing at T0 + 50 s.
namespace Hookyard::Storage::TestUtil::History {

inline const QString Billing = QStringLiteral("3f9a1c2e7b4d5a6f8e0c1b2a3d4e5f60");
inline const QString Other = QStringLiteral("a0b1c2d3e4f5061728394a5b6c7d8e9f");
inline constexpr qint64 T0 = 1764201000000;

// False with *error set when any write fails.
inline bool fill(Database &db, QString *error)
{
    if (!exec(db,
              "INSERT INTO connectors(id, name, created_at, updated_at) VALUES "
              "('3f9a1c2e7b4d5a6f8e0c1b2a3d4e5f60', 'billing', 1, 1)")) {
        *error = QStringLiteral("inserting the connector failed");
        return false;
    }
    DeliveryWriter writer(db);
    const QString types[] = { QStringLiteral("invoice.payment_failed"),
                              QStringLiteral("invoice.paid"),
                              QStringLiteral("charge.dispute.created") };
    for (int i = 0; i < 30; ++i) {
        const auto r = writer.commitVerified(
            verifiedDelivery(i % 2 ? Other : Billing, QStringLiteral("evt_%1").arg(i), types[i % 3],
                             T0 + i * 1000, 400),
            i % 3 == 0 ? QList<Core::PlannedRun> { Core::PlannedRun { QStringLiteral("a") } }
                       : QList<Core::PlannedRun> {});
        if (r.status != DeliveryWriter::Result::Committed) {
            *error = QStringLiteral("committing evt_%1 failed").arg(i);
            return false;
        }
    }
    const auto dup = writer.commitVerified(
        verifiedDelivery(Other, QStringLiteral("evt_5"), types[2], T0 + 40'000, 400), {});
    if (!dup.duplicate) {
        *error = QStringLiteral("the second delivery of evt_5 was not a duplicate");
        return false;
    }
    QList<Core::Delivery> rejected;
    for (int i = 0; i < 4; ++i) {
        Core::Delivery d;
        d.connectorId = Billing;
        d.receivedAtMs = T0 + 50'000 + i;
        d.httpStatus = 400;
        d.reason = i == 0 ? Core::RejectReason::TimestampOutOfTolerance
                          : Core::RejectReason::SignatureMismatch;
        rejected << d;
    }
    return writer.recordRejected(rejected, error);
}

// A new database in dataDir holding that history; nullptr with *error set when that fails.
inline std::unique_ptr<Database> openFilled(const QString &dataDir, QString *error)
{
    auto db = Database::open(dataDir, QStringLiteral("test"), error);
    if (db && !fill(*db, error))
        db.reset();
    return db;
}

} // namespace Hookyard::Storage::TestUtil::History
