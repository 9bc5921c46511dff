#include "engine/connectorsecrets.h"

#include "core/signingsecret.h"
#include "storage/connectorrepository.h"
#include "storage/database.h"
#include "storage/secretstore.h"

#include <QCoreApplication>

#include <memory>

namespace Hookyard::Engine::ConnectorSecrets {

namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Hookyard::Engine::ConnectorSecrets", text, disambiguation,
                                       n);
}

// Records in the database that the connector has a secret (and until when a previous one is
// valid). Runs after the secret store confirmed the write, so the flag never claims a secret
// that was not saved.
void markSaved(Storage::Database &db, const QString &connectorId, qint64 previousExpiresAtMs,
               const std::function<void(bool, const QString &)> &done)
{
    Storage::ConnectorRepository repo(db);
    auto connector = repo.byId(connectorId);
    if (!connector) {
        done(false, tr("the connector was removed while its secret was being saved"));
        return;
    }
    connector->hasSecret = true;
    connector->previousSecretExpiresAtMs = previousExpiresAtMs;
    QString error;
    if (!repo.update(*connector, &error)) {
        done(false, error);
        return;
    }
    done(true, {});
}
} // namespace

QString currentKey(const QString &connectorId)
{
    return connectorId;
}

QString previousKey(const QString &connectorId)
{
    return connectorId + QLatin1String(".previous");
}

void save(Storage::SecretStore &store, Storage::Database &db, const QString &connectorId,
          const QString &input, qint64 keepPreviousMs, qint64 nowMs,
          std::function<void(bool ok, const QString &error)> done)
{
    const Core::SecretValidation valid = Core::validateSigningSecret(input);
    if (!valid.ok) {
        done(false, valid.error);
        return;
    }
    const auto connector = Storage::ConnectorRepository(db).byId(connectorId);
    if (!connector) {
        done(false, tr("no such connector"));
        return;
    }
    const QByteArray secret = valid.secret.toUtf8();
    const qint64 keep = std::min(keepPreviousMs, MaxKeepPreviousMs);

    auto writeCurrent = [&store, &db, connectorId, secret, done](qint64 previousExpiresAtMs) {
        store.write(currentKey(connectorId), secret,
                    [&db, connectorId, previousExpiresAtMs, done](bool ok, const QString &error) {
                        if (!ok) {
                            done(false, error);
                            return;
                        }
                        markSaved(db, connectorId, previousExpiresAtMs, done);
                    });
    };

    if (keep <= 0 || !connector->hasSecret) {
        // No rotation: a stale previous secret must not stay valid.
        store.remove(previousKey(connectorId),
                     [writeCurrent](bool, const QString &) { writeCurrent(0); });
        return;
    }
    // Rotation: the current secret becomes the previous one before the new one is written, so a
    // failure in between leaves the old secret working.
    store.read(currentKey(connectorId),
               [&store, connectorId, keep, nowMs, writeCurrent,
                done](bool ok, const QByteArray &old, const QString &error) {
                   if (!ok || old.isEmpty()) {
                       done(false,
                            ok ? tr("the current secret could not be found to keep it valid; "
                                    "save the new secret without --keep-previous")
                               : error);
                       return;
                   }
                   store.write(previousKey(connectorId), old,
                               [writeCurrent, keep, nowMs, done](bool written, const QString &err) {
                                   if (!written) {
                                       done(false, err);
                                       return;
                                   }
                                   writeCurrent(nowMs + keep);
                               });
               });
}

void loadKeys(Storage::SecretStore &store, const Core::Connector &connector, qint64 nowMs,
              std::function<void(QList<Core::SigningKey> keys, const QString &error)> done)
{
    if (!connector.hasSecret) {
        done({}, {});
        return;
    }
    const QString id = connector.id;
    const qint64 previousExpiry = connector.previousSecretExpiresAtMs;
    store.read(
        currentKey(id),
        [&store, id, previousExpiry, nowMs, done](bool ok, const QByteArray &current,
                                                  const QString &error) {
            if (!ok || current.isEmpty()) {
                done({}, ok ? store.missingSecretText() : error);
                return;
            }
            QList<Core::SigningKey> keys { Core::SigningKey { current, 0, false } };
            if (previousExpiry <= nowMs) {
                done(keys, {});
                return;
            }
            store.read(
                previousKey(id),
                [keys, previousExpiry, done](bool okPrev, const QByteArray &previous,
                                             const QString &) mutable {
                    if (okPrev && !previous.isEmpty())
                        keys.append(Core::SigningKey { previous, previousExpiry / 1000, true });
                    done(keys, {});
                });
        });
}

void forget(Storage::SecretStore &store, const QString &connectorId,
            std::function<void(bool ok, const QString &error)> done)
{
    store.remove(currentKey(connectorId),
                 [&store, connectorId, done](bool ok, const QString &error) {
                     store.remove(previousKey(connectorId),
                                  [ok, error, done](bool ok2, const QString &error2) {
                                      done(ok && ok2, ok ? error2 : error);
                                  });
                 });
}

namespace {

// One key of one connector, as copyAll() and forgetAll() walk them.
struct KeyOf
{
    QString key;
    QString connectorName;
    bool current = false;
};

QList<KeyOf> keysOf(const QList<Core::Connector> &connectors)
{
    QList<KeyOf> keys;
    for (const Core::Connector &c : connectors) {
        keys.append({ currentKey(c.id), c.name, true });
        keys.append({ previousKey(c.id), c.name, false });
    }
    return keys;
}

struct CopyState
{
    Storage::SecretStore *from = nullptr;
    Storage::SecretStore *to = nullptr;
    QList<KeyOf> keys;
    qsizetype next = 0;
    QStringList written; // keys written to `to`, removed again on failure
    QStringList moved;
    std::function<void(bool, const QString &, const QStringList &)> done;
};

void removeKeys(Storage::SecretStore &store, QStringList keys, std::function<void()> done)
{
    if (keys.isEmpty()) {
        done();
        return;
    }
    const QString key = keys.takeFirst();
    store.remove(key,
                 [&store, keys = std::move(keys), done = std::move(done)](
                     bool, const QString &) mutable { removeKeys(store, keys, done); });
}

void failCopy(const std::shared_ptr<CopyState> &s, const QString &error)
{
    removeKeys(*s->to, s->written, [s, error] { s->done(false, error, {}); });
}

void copyNext(const std::shared_ptr<CopyState> &s)
{
    if (s->next == s->keys.size()) {
        s->done(true, {}, s->moved);
        return;
    }
    const KeyOf item = s->keys.at(s->next++);
    s->from->read(item.key, [s, item](bool ok, const QByteArray &secret, const QString &error) {
        if (!ok) {
            failCopy(s,
                     tr("the secret of \"%1\" cannot be read from the store in use: %2")
                         .arg(item.connectorName, error));
            return;
        }
        if (secret.isEmpty()) {
            // Nothing to carry over; a stale entry in the new store must not count later.
            s->to->remove(item.key, [s, item](bool removed, const QString &err) {
                if (!removed) {
                    failCopy(s,
                             tr("an old entry for \"%1\" cannot be removed from the new store: "
                                "%2")
                                 .arg(item.connectorName, err));
                    return;
                }
                copyNext(s);
            });
            return;
        }
        s->written.append(item.key);
        s->to->write(item.key, secret, [s, item, secret](bool written, const QString &err) {
            if (!written) {
                failCopy(s,
                         tr("the secret of \"%1\" cannot be saved in the new store: %2")
                             .arg(item.connectorName, err));
                return;
            }
            s->to->read(
                item.key,
                [s, item, secret](bool readOk, const QByteArray &copy, const QString &readError) {
                    if (!readOk || copy != secret) {
                        failCopy(s,
                                 readOk ? tr("the new store did not return the secret of \"%1\" "
                                             "that was saved in it")
                                              .arg(item.connectorName)
                                        : tr("the secret of \"%1\" cannot be read back from the "
                                             "new store: %2")
                                              .arg(item.connectorName, readError));
                        return;
                    }
                    if (item.current)
                        s->moved.append(item.connectorName);
                    copyNext(s);
                });
        });
    });
}

struct ForgetState
{
    Storage::SecretStore *store = nullptr;
    QList<KeyOf> keys;
    qsizetype next = 0;
    QStringList left;
    QString error;
    std::function<void(const QStringList &, const QString &)> done;
};

void forgetNext(const std::shared_ptr<ForgetState> &s)
{
    if (s->next == s->keys.size()) {
        s->done(s->left, s->error);
        return;
    }
    const KeyOf item = s->keys.at(s->next++);
    s->store->remove(item.key, [s, item](bool ok, const QString &error) {
        if (!ok) {
            if (!s->left.contains(item.connectorName))
                s->left.append(item.connectorName);
            if (s->error.isEmpty())
                s->error = error;
        }
        forgetNext(s);
    });
}

} // namespace

void copyAll(Storage::SecretStore &from, Storage::SecretStore &to,
             const QList<Core::Connector> &connectors,
             std::function<void(bool ok, const QString &error, const QStringList &movedNames)> done)
{
    auto s = std::make_shared<CopyState>();
    s->from = &from;
    s->to = &to;
    s->keys = keysOf(connectors);
    s->done = std::move(done);
    // The new store must work even when there is nothing to copy into it.
    to.check([s](bool ok, const QString &error) {
        if (!ok) {
            s->done(false, error, {});
            return;
        }
        copyNext(s);
    });
}

void forgetAll(Storage::SecretStore &store, const QList<Core::Connector> &connectors,
               std::function<void(const QStringList &leftNames, const QString &error)> done)
{
    auto s = std::make_shared<ForgetState>();
    s->store = &store;
    s->keys = keysOf(connectors);
    s->done = std::move(done);
    forgetNext(s);
}

void moveAll(Storage::SecretStore *from, Storage::SecretStore &to,
             const QList<Core::Connector> &connectors, std::function<bool(QString *error)> commit,
             std::function<void(const MoveOutcome &)> done)
{
    const auto afterCopy = [from, &to, connectors, commit, done](bool ok, const QString &error,
                                                                 const QStringList &moved) {
        if (!ok) {
            done({ false, error, {} });
            return;
        }
        QString commitError;
        if (!commit(&commitError)) {
            forgetAll(to, connectors, [commitError, done](const QStringList &, const QString &) {
                done({ false, commitError, {} });
            });
            return;
        }
        const QString movedText = moved.isEmpty()
            ? tr("Signing secrets are now kept in %1; there were none to move.").arg(to.describe())
            : tr("Moved the signing secrets of %1 from %2 to %3.")
                  .arg(moved.join(QLatin1String(", ")), from->describe(), to.describe());
        if (!from) {
            done({ true, movedText, {} });
            return;
        }
        forgetAll(*from, connectors,
                  [from, movedText, done](const QStringList &left, const QString &forgetError) {
                      const QString warning = left.isEmpty()
                          ? QString()
                          : tr("the old copies of the secrets of %1 could not be removed from %2 "
                               "(%3); remove them there by hand")
                                .arg(left.join(QLatin1String(", ")), from->describe(), forgetError);
                      done({ true, movedText, warning });
                  });
    };
    if (!from) {
        to.check([afterCopy](bool ok, const QString &error) { afterCopy(ok, error, {}); });
        return;
    }
    copyAll(*from, to, connectors, afterCopy);
}

} // namespace Hookyard::Engine::ConnectorSecrets
