#pragma once

#include "storage/secretstore.h"

namespace QKeychain {
class Job;
}

namespace Hookyard::Storage {

// Secrets in the OS keychain through QtKeychain (Secret Service / KWallet on Linux). Entries
// are under the service "Hookyard", their key prefixed by a hash of the canonical data dir, so
// two data dirs (profiles, tests) never share or overwrite entries.
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

    // "<16 hex of SHA-256 of the canonical data dir>/<key>".
    static QString entryKey(const QString &dataDir, const QString &key);

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

    QString m_dataDir;
};

} // namespace Hookyard::Storage
