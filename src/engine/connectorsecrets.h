#pragma once

#include "core/connector.h"
#include "core/signatureverifier.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace Hookyard::Storage {
class Database;
class SecretStore;
} // namespace Hookyard::Storage

namespace Hookyard::Engine {

// Saving, rotating, loading and forgetting a connector's signing secrets, shared by the CLI and
// the Engine. The secret store answers asynchronously (QtKeychain), so does every function here;
// callbacks run on the calling thread. The database only learns that a secret exists
// (has_secret, previous_secret_expires_at), never the secret.
namespace ConnectorSecrets {

// Longest time a previous secret stays valid after a roll: Stripe signs with both for up to 24 h.
inline constexpr qint64 MaxKeepPreviousMs = 24LL * 60 * 60 * 1000;

QString currentKey(const QString &connectorId);
QString previousKey(const QString &connectorId);

// Validates `input` (Core::validateSigningSecret), then stores it as the current secret. With
// keepPreviousMs > 0 and a current secret present, the current one becomes the previous secret,
// accepted until now + keepPreviousMs (at most MaxKeepPreviousMs). `db` must outlive the call.
void save(Storage::SecretStore &store, Storage::Database &db, const QString &connectorId,
          const QString &input, qint64 keepPreviousMs, qint64 nowMs,
          std::function<void(bool ok, const QString &error)> done);

// The active keys of a connector: current first, then the previous one while it is valid.
void loadKeys(Storage::SecretStore &store, const Core::Connector &connector, qint64 nowMs,
              std::function<void(QList<Core::SigningKey> keys, const QString &error)> done);

// Forgets both secrets of a removed connector.
void forget(Storage::SecretStore &store, const QString &connectorId,
            std::function<void(bool ok, const QString &error)> done);

// Moving secrets from one store to another (a switch of `secrets.backend`), in two steps so that
// a process still reading the old store keeps working until it has switched:
//
// copyAll() checks that `to` can keep secrets (SecretStore::check), then copies both secrets of
// each connector from `from` to `to` and reads every copy back to check it. A secret `from` does
// not have is removed from `to`, so that no stale entry there is taken for it. At the first
// failure it removes what it wrote and stops, naming the connector. `movedNames` lists the
// connectors whose current secret was copied.
void copyAll(
    Storage::SecretStore &from, Storage::SecretStore &to, const QList<Core::Connector> &connectors,
    std::function<void(bool ok, const QString &error, const QStringList &movedNames)> done);

// forgetAll() then removes both secrets of each connector from the old store. `leftNames` lists
// the connectors whose secrets could not be removed, `error` the first reason.
void forgetAll(Storage::SecretStore &store, const QList<Core::Connector> &connectors,
               std::function<void(const QStringList &leftNames, const QString &error)> done);

// The whole move, as both the CLI and the window make it: copyAll(from, to); then `commit`, which
// saves the setting and makes this process (or the serving one) read `to` (false with *error
// takes the copies out of `to` again); then forgetAll(from). `from` may be null where no store
// was ever chosen (nothing was saved): then only `to` is checked. `done` gets, on success, what
// was moved and, in `warning`, what could not be removed from the old store; on failure the
// reason, with nothing changed.
struct MoveOutcome
{
    bool ok = false;
    QString message; // the reason when !ok; what was moved when ok
    QString warning; // ok, but old copies are left: where and why, with what to do
};
// Both stores must outlive the call (until `done`).
void moveAll(Storage::SecretStore *from, Storage::SecretStore &to,
             const QList<Core::Connector> &connectors, std::function<bool(QString *error)> commit,
             std::function<void(const MoveOutcome &)> done);

} // namespace ConnectorSecrets
} // namespace Hookyard::Engine
