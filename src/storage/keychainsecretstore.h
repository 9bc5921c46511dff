#pragma once

#include "storage/secretstore.h"

namespace QKeychain {
class Job;
}

namespace Hookyard::Storage {

// Secrets in the OS keychain through QtKeychain (Secret Service / KWallet on Linux). Entries
// are under the service "Hookyard", their key prefixed by the data dir's own id (entryPrefix),
// so two data dirs (profiles, tests) never share or overwrite entries, and a data dir that is
// moved or renamed keeps its secrets.
// Every job has a deadline: a locked keyring may wait forever on an unlock prompt nobody sees
// (serve on a server), and a callback must always come.
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT
public:
    explicit KeychainSecretStore(const QString &dataDir, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(KeychainSecretStore)

    static constexpr const char *Service = "Hookyard";
    // How long an ordinary job may take (it may show an unlock prompt).
    static constexpr int JobTimeoutMs = 60'000;

    // The prefix of a data dir's entries: 16 hex characters kept in <dataDir>/keychain.id with
    // the folder it was last used in, created on first use. A data dir gets a random one,
    // unless it already uses the keychain then (secrets.backend remembers "keychain"): its
    // entries may predate the file, when they were keyed by a hash of the canonical path, so it
    // keeps that hash. A moved folder keeps its id; a copy whose original is still there gets a
    // new one (sharing entries, removing a connector in one would delete the other's secret).
    // If the file cannot be created or read, the path's hash is used and a warning logged.
    static QString entryPrefix(const QString &dataDir);
    static QString idFilePath(const QString &dataDir);

    Backend backend() const override { return Backend::Keychain; }
    QString describe() const override;
    QString missingSecretText() const override;
    void check(Done done) override;

    void write(const QString &key, const QByteArray &secret, Done done) override;
    void read(const QString &key, Read done) override;
    void remove(const QString &key, Done done) override;

    // Writes, reads back and deletes a probe entry; ok only when all three worked within
    // timeoutMs. Used by SecretStore::create for the "auto" choice.
    void probe(int timeoutMs, Done done);

private:
    // Starts job and calls finished exactly once: with the job when it finished in time, or
    // with nullptr at the deadline.
    void run(QKeychain::Job *job, int timeoutMs, std::function<void(QKeychain::Job *)> finished);
    static QString errorText(QKeychain::Job *job);
    // "<entryPrefix>/<key>"; the prefix is looked up on the first job, when the data dir exists.
    QString entryKey(const QString &key);

    QString m_dataDir;
    QString m_prefix;
};

} // namespace Hookyard::Storage
