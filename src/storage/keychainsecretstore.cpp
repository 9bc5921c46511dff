#include "storage/keychainsecretstore.h"

#include "core/headlessprocess.h"
#include "core/logging.h"
#include "core/randomid.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace Hookyard::Storage {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Hookyard::Storage::KeychainSecretStore", text);
}

QString timeoutText(int ms)
{
    // libsecret completes its calls in GLib's main context: without GLib's event loop (the user
    // set QT_NO_GLIB) a Secret Service job never finishes. (KWallet's does, through D-Bus.)
    if (!Core::threadRunsGlibEventLoop())
        return tr("The keychain did not answer within %1 s. QT_NO_GLIB is set, and the keychain "
                  "library needs GLib's event loop: unset QT_NO_GLIB, or set secrets.backend to "
                  "\"file\".")
            .arg(ms / 1000);
    return tr("The keychain did not answer within %1 s: unlock it, or set secrets.backend to "
              "\"file\".")
        .arg(ms / 1000);
}

} // namespace

KeychainSecretStore::KeychainSecretStore(const QString &dataDir, QObject *parent)
    : SecretStore(parent), m_dataDir(dataDir)
{
}

QString KeychainSecretStore::entryKey(const QString &dataDir, const QString &key)
{
    // Canonical: the same data dir reached through a symlink or "./" is the same profile.
    QString canonical = QFileInfo(dataDir).canonicalFilePath();
    if (canonical.isEmpty())
        canonical = QDir::cleanPath(QDir(dataDir).absolutePath());
    const QByteArray hash =
        QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex();
    return QString::fromLatin1(hash.left(16)) + QLatin1Char('/') + key;
}

QString KeychainSecretStore::describe() const
{
    return tr("keychain (Secret Service)");
}

// A locked keychain that cannot ask to be unlocked (no desktop session to show the prompt)
// answers a read with "no such entry", like a secret that was never saved.
QString KeychainSecretStore::missingSecretText() const
{
    return tr("the keychain returned no signing secret for this connector: if the keychain is "
              "locked, unlock it and restart Hookyard; otherwise save the secret again");
}

void KeychainSecretStore::check(Done done)
{
    probe(JobTimeoutMs, std::move(done));
}

void KeychainSecretStore::run(QKeychain::Job *job, int timeoutMs,
                              std::function<void(QKeychain::Job *)> finished)
{
    auto pending = std::make_shared<bool>(true);
    auto callback = std::make_shared<std::function<void(QKeychain::Job *)>>(std::move(finished));
    // The job deletes itself after finished (autoDelete); one that never finishes is left to
    // the keychain, and its late answer is ignored.
    connect(job, &QKeychain::Job::finished, this, [pending, callback](QKeychain::Job *j) {
        if (!*pending)
            return;
        *pending = false;
        (*callback)(j);
    });
    QTimer::singleShot(timeoutMs, this, [pending, callback] {
        if (!*pending)
            return;
        *pending = false;
        (*callback)(nullptr);
    });
    job->start();
}

QString KeychainSecretStore::errorText(QKeychain::Job *job)
{
    switch (job->error()) {
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return tr("Access to the keychain was denied: unlock it and allow Hookyard.");
    case QKeychain::NoBackendAvailable:
        return tr("No keychain is available on this machine: set secrets.backend to \"file\".");
    case QKeychain::NotImplemented:
        return tr("The keychain does not support this operation.");
    default:
        // QtKeychain's own text names the failing service, never the secret. Without a Secret
        // Service (a server, a container, a session without one) every job ends here with
        // "Unknown error" (QT64-NOTES.md), so say what the person can do.
        return tr("The keychain reported an error: %1. Start and unlock the desktop's keychain "
                  "(a Secret Service such as GNOME Keyring or KWallet), or keep the secrets in "
                  "a file: hookyard settings set secrets.backend file")
            .arg(job->errorString());
    }
}

void KeychainSecretStore::write(const QString &key, const QByteArray &secret, Done done)
{
    auto *job = new QKeychain::WritePasswordJob(QLatin1String(Service));
    job->setAutoDelete(true);
    job->setKey(entryKey(m_dataDir, key));
    job->setBinaryData(secret);
    run(job, JobTimeoutMs, [done = std::move(done)](QKeychain::Job *j) {
        if (!j)
            done(false, timeoutText(JobTimeoutMs));
        else if (j->error() != QKeychain::NoError)
            done(false, errorText(j));
        else
            done(true, QString());
    });
}

void KeychainSecretStore::read(const QString &key, Read done)
{
    auto *job = new QKeychain::ReadPasswordJob(QLatin1String(Service));
    job->setAutoDelete(true);
    job->setKey(entryKey(m_dataDir, key));
    run(job, JobTimeoutMs, [done = std::move(done)](QKeychain::Job *j) {
        if (!j)
            done(false, {}, timeoutText(JobTimeoutMs));
        else if (j->error() == QKeychain::EntryNotFound)
            done(true, {}, QString());
        else if (j->error() != QKeychain::NoError)
            done(false, {}, errorText(j));
        else
            done(true, static_cast<QKeychain::ReadPasswordJob *>(j)->binaryData(), QString());
    });
}

void KeychainSecretStore::remove(const QString &key, Done done)
{
    auto *job = new QKeychain::DeletePasswordJob(QLatin1String(Service));
    job->setAutoDelete(true);
    job->setKey(entryKey(m_dataDir, key));
    run(job, JobTimeoutMs, [done = std::move(done)](QKeychain::Job *j) {
        if (!j)
            done(false, timeoutText(JobTimeoutMs));
        else if (j->error() != QKeychain::NoError && j->error() != QKeychain::EntryNotFound)
            done(false, errorText(j));
        else
            done(true, QString());
    });
}

void KeychainSecretStore::probe(int timeoutMs, Done done)
{
    // A random value, so that a stale entry or a keychain that silently drops writes cannot
    // pass the probe.
    const QString key = QStringLiteral("probe-") + Core::randomHex(4);
    const QByteArray value = Core::randomHex(8).toLatin1();
    auto *writeJob = new QKeychain::WritePasswordJob(QLatin1String(Service));
    writeJob->setAutoDelete(true);
    writeJob->setKey(entryKey(m_dataDir, key));
    writeJob->setBinaryData(value);
    run(writeJob, timeoutMs, [this, key, value, timeoutMs, done](QKeychain::Job *w) {
        if (!w)
            return done(false, timeoutText(timeoutMs));
        if (w->error() != QKeychain::NoError)
            return done(false, errorText(w));
        auto *readJob = new QKeychain::ReadPasswordJob(QLatin1String(Service));
        readJob->setAutoDelete(true);
        readJob->setKey(entryKey(m_dataDir, key));
        run(readJob, timeoutMs, [this, key, value, timeoutMs, done](QKeychain::Job *r) {
            if (!r)
                return done(false, timeoutText(timeoutMs));
            const bool same = r->error() == QKeychain::NoError
                && static_cast<QKeychain::ReadPasswordJob *>(r)->binaryData() == value;
            const QString readError = r->error() != QKeychain::NoError
                ? errorText(r)
                : tr("The keychain did not return what was written to it.");
            // Clean up the probe entry either way, under the same deadline; its outcome does
            // not change the verdict.
            auto *deleteJob = new QKeychain::DeletePasswordJob(QLatin1String(Service));
            deleteJob->setAutoDelete(true);
            deleteJob->setKey(entryKey(m_dataDir, key));
            run(deleteJob, timeoutMs, [same, readError, done](QKeychain::Job *) {
                done(same, same ? QString() : readError);
            });
        });
    });
}

} // namespace Hookyard::Storage
