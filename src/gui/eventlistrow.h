#pragma once

#include <QtGlobal>

#include <array>

namespace Hookyard::Gui {

// One row of the EventListModel: an event or a delivery, kept compact so that scrolling through a
// history of a million rows stays within a modest amount of memory. Strings are ids into the
// model's interned string table (0 = empty); only the model reads them. A type of its own, not
// nested in the model, because the model's base class (KeysetPagedModel) is templated on it.
struct EventListRow
{
    qint64 id = 0;
    qint64 eventRow = 0;
    qint64 receivedAtMs = 0;
    // Stripe ids ("evt_" + 24 characters) are kept inline, without a heap allocation per row; a
    // longer one is interned instead (stripeIdLong).
    std::array<char, 32> stripeId {};
    quint32 stripeIdLong = 0;
    quint32 message = 0; // rejected deliveries only
    quint32 connectorId = 0;
    quint32 connectorName = 0;
    quint32 type = 0;
    quint32 reason = 0;
    qint32 deliveryCount = 1;
    qint32 runCount = 0;
    quint16 failedRuns = 0; // failed or timed out (saturated at 65535)
    quint16 activeRuns = 0; // queued or running (saturated)
    qint16 httpStatus = 200;
    quint8 outcome = 0; // 0 accepted, 1 duplicate, 2 rejected
    bool thin = false;
    bool connectorRemoved = false;
};

} // namespace Hookyard::Gui
