#pragma once

#include <QString>
#include <QtGlobal>

namespace Hookyard::Core {

// A connector is one webhook endpoint: a name the user chose and an unguessable id that forms
// the URL path /webhooks/stripe/<id>. Its signing secret is NOT part of this value: secrets live
// in the secret store only (ARCHITECTURE.md section 8) and travel separately.
struct Connector
{
    QString id;            // 32 lowercase hex characters = 128 random bits (RandomId)
    QString name;          // unique, chosen by the user ("billing")
    bool enabled = true;
    int toleranceSecs = 300;          // signature timestamp tolerance, > 0
    double ratePerSecond = -1;        // deliveries per second; 0 = unlimited; < 0 = use the default setting
    int burst = -1;                   // bucket size; < 0 = use the default setting
    bool hasSecret = false;           // a current signing secret is saved
    qint64 previousSecretExpiresAtMs = 0; // > now: a previous secret is still accepted (rotation)
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;
};

} // namespace Hookyard::Core
