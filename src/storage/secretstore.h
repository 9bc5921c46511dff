#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace Hookyard::Storage {

// Where signing secrets live (ARCHITECTURE.md section 8): the OS keychain through QtKeychain, or,
// where no keychain answers (a server, CI, a container), a file only the owner can read (0600)
// in the data dir. Never the database, settings, logs or argv.
//
// Keys are "<connector-id>" for the current secret and "<connector-id>.previous" during a
// rotation. QtKeychain jobs are asynchronous: every call completes through its callback, on the
// thread that called (which needs a running event loop). Lives on one thread.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    enum class Backend { Keychain, File };

    using Done = std::function<void(bool ok, const QString &error)>;
    using Read = std::function<void(bool ok, const QByteArray &secret, const QString &error)>;

    virtual Backend backend() const = 0;
    // "keychain" or "file": the name the setting, the remembered choice and open() use.
    static QString backendName(Backend backend);
    // The store a secrets.backend value names for a data dir: "file" or "keychain" themselves;
    // "auto" (and anything else) the data dir's remembered choice, which create() keeps to ("" when
    // none was made yet).
    static QString storeNamedBy(const QString &value, const QString &dataDir);
    // "keychain (Secret Service)" / "file <path> (mode 0600)": what `connector list` prints.
    virtual QString describe() const = 0;
    // Why the saved secrets cannot be read right now (a secrets file others can read, a damaged
    // or unreadable one), with what to do; empty when nothing is known to be wrong. Cheap and
    // synchronous: a keychain is only known to fail when a job fails, so it answers empty.
    virtual QString problem() const { return {}; }
    // What to tell when the database says a connector has a secret but the store returns none.
    virtual QString missingSecretText() const;

    // Whether secrets can be kept here now: the keychain writes, reads back and deletes a probe
    // entry (waiting as long as a job may, for an unlock prompt); the file store answers from
    // problem(). Before a switch of store, so that an empty data folder is not switched to a
    // store that cannot take a secret.
    virtual void check(Done done);

    virtual void write(const QString &key, const QByteArray &secret, Done done) = 0;
    // A missing key is ok=true with an empty secret.
    virtual void read(const QString &key, Read done) = 0;
    virtual void remove(const QString &key, Done done) = 0;

    // Chooses the backend for a data dir: the `secrets.backend` setting "keychain" or "file"
    // forces one; "auto" (default) probes the keychain once (a write/read/delete of a probe
    // entry) and falls back to the file when it does not answer. The choice is remembered in
    // <dataDir>/secrets.backend so that every process of that data dir agrees.
    // Calls back with the store (never null) and a note on what was chosen and why.
    static void create(const QString &dataDir, const QString &preference,
                       std::function<void(std::unique_ptr<SecretStore>, const QString &note)> done,
                       QObject *context);
    // Synchronous helper for the CLI and serve start-up: spins a local event loop (never on the
    // GUI thread).
    static std::unique_ptr<SecretStore> createBlocking(const QString &dataDir,
                                                       const QString &preference, QString *note);

    // Blocking forms of write/read/remove for the CLI and serve start-up: each spins a local
    // event loop until the job finished (never on the GUI thread). readSync: nullopt on error,
    // an empty array for a missing key.
    bool writeSync(const QString &key, const QByteArray &secret, QString *error);
    std::optional<QByteArray> readSync(const QString &key, QString *error);
    bool removeSync(const QString &key, QString *error);

    // The remembered choice of a data dir ("keychain", "file" or empty), and the file it is in.
    static QString rememberedBackend(const QString &dataDir);
    // Remembers `backend` ("keychain" or "file") as the data dir's choice: what "auto" then
    // opens. False, with the reason, when the file cannot be written.
    static bool rememberBackend(const QString &dataDir, const QString &backend, QString *error);
    // A store of this backend ("keychain" or "file") for the data dir, without probing and
    // without remembering it (moving secrets from one store to another opens both); null for
    // any other name.
    static std::unique_ptr<SecretStore> open(const QString &dataDir, const QString &backend);
    static QString backendFilePath(const QString &dataDir);
    // How long the "auto" probe waits for the keychain before it falls back to the file.
    static constexpr int ProbeTimeoutMs = 3000;

protected:
    using QObject::QObject;
};

} // namespace Hookyard::Storage
