#include "storage/keychainsecretstore.h"

#include "core/atomicfile.h"
#include "core/headlessprocess.h"
#include "core/logging.h"
#include "core/randomid.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTimer>
#include <qt6keychain/keychain.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

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

QString KeychainSecretStore::idFilePath(const QString &dataDir)
{
    return QDir(dataDir).absoluteFilePath(QStringLiteral("keychain.id"));
}

namespace {

// Canonical: the same data dir reached through a symlink or "./" is the same profile.
QString canonicalDataDir(const QString &dataDir)
{
    const QString canonical = QFileInfo(dataDir).canonicalFilePath();
    return canonical.isEmpty() ? QDir::cleanPath(QDir(dataDir).absolutePath()) : canonical;
}

// keychain.id: the id, a newline, the canonical path of the folder it was last used in.
struct IdFile
{
    bool exists = false;
    QString id; // empty when the file is damaged
    QString folder;
};

IdFile readIdFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray content = file.read(64 * 1024);
    const qsizetype newline = content.indexOf('\n');
    const QString id = QString::fromLatin1(content.left(newline)).trimmed();
    static const QRegularExpression valid(QStringLiteral("^[0-9a-f]{16}$"));
    QByteArray folder = newline < 0 ? QByteArray() : content.mid(newline + 1);
    if (folder.endsWith('\n'))
        folder.chop(1);
    return { true, valid.match(id).hasMatch() ? id : QString(), QFile::decodeName(folder) };
}

// Whether `path` is the folder open as `fd` (bind mounts show one folder at several paths,
// which canonical paths do not reveal).
bool sameFolder(const QString &path, int fd)
{
    struct stat there = {};
    struct stat here = {};
    return ::stat(QFile::encodeName(path).constData(), &there) == 0 && ::fstat(fd, &here) == 0
        && there.st_dev == here.st_dev && there.st_ino == here.st_ino;
}

} // namespace

QString KeychainSecretStore::entryPrefix(const QString &dataDir)
{
    const QString path = idFilePath(dataDir);
    const QString here = canonicalDataDir(dataDir);
    const auto pathHash = [&here] {
        return QString::fromLatin1(
            QCryptographicHash::hash(here.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
    };
    const auto fallBack = [&](const QString &why) {
        qCWarning(lcStorage).noquote() << "keychain: cannot keep this data folder's id in" << path
                                       << QLatin1Char('(') + why
                + QStringLiteral("); its entries are keyed by the folder's path, so moving the "
                                 "folder will lose them");
        return pathHash();
    };
    QString error;
    const auto save = [&](const QString &id) {
        return Core::writeFileAtomically(
            path, id.toLatin1() + '\n' + QFile::encodeName(here) + '\n', &error);
    };

    // The processes of one data dir decide one at a time (a lock on the folder itself, released
    // when the descriptor closes), so that two starting at once agree on one id.
    const int folder = ::open(QFile::encodeName(dataDir).constData(), O_RDONLY | O_DIRECTORY);
    if (folder < 0)
        return fallBack(QString::fromLocal8Bit(std::strerror(errno)));
    const auto closeFolder = qScopeGuard([folder] { ::close(folder); });
    while (::flock(folder, LOCK_EX) != 0 && errno == EINTR) { }

    const IdFile file = readIdFile(path);
    if (file.exists && file.id.isEmpty())
        return fallBack(QStringLiteral("not 16 hexadecimal characters"));
    if (!file.exists) {
        // Entries written before keychain.id existed are keyed by the hash of the path.
        const QString id = rememberedBackend(dataDir) == backendName(Backend::Keychain)
            ? pathHash()
            : Core::randomHex(8);
        if (!save(id))
            return fallBack(error);
        ::fsync(folder); // the new name must survive a crash, or the next start picks another id
        return id;
    }
    if (file.folder == here || sameFolder(file.folder, folder))
        return file.id; // the same folder, perhaps reached through another mount of it
    // Somewhere else than last time. If the folder it was in still has this id, this is a copy:
    // sharing the entries would let removing a connector in one folder delete the other's
    // secret, so the copy starts with an id (and secrets) of its own.
    const IdFile original = readIdFile(idFilePath(file.folder));
    if (original.id == file.id && original.folder == file.folder) {
        // A warning: the copy's connectors answer 503 until their secrets are saved again.
        qCWarning(lcStorage).noquote()
            << "keychain: this data folder is a copy of" << file.folder
            << "(which keeps its keychain entries); save the signing secrets of this one again";
        const QString id = Core::randomHex(8);
        return save(id) ? id : fallBack(error);
    }
    // Moved or renamed: the entries stay under the id; the new place is noted, so that the
    // folder left behind is not taken for a copy's original. If it cannot be, the id still is
    // the one, and the next start tries again.
    if (!save(file.id))
        qCWarning(lcStorage).noquote() << "keychain: cannot note the data folder's new place in"
                                       << path << QLatin1Char('(') + error + u')';
    return file.id;
}

QString KeychainSecretStore::entryKey(const QString &key)
{
    if (m_prefix.isEmpty())
        m_prefix = entryPrefix(m_dataDir);
    return m_prefix + QLatin1Char('/') + key;
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
    job->setKey(entryKey(key));
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
    job->setKey(entryKey(key));
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
    job->setKey(entryKey(key));
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
    // pass the probe. The key is outside every data folder's entries ("probe" is not a
    // folder's hexadecimal id), so that probing creates no keychain.id: a folder where no
    // keychain answers keeps its secrets in the file and gets none.
    const QString key = QStringLiteral("probe/") + Core::randomHex(8);
    const QByteArray value = Core::randomHex(8).toLatin1();
    auto *writeJob = new QKeychain::WritePasswordJob(QLatin1String(Service));
    writeJob->setAutoDelete(true);
    writeJob->setKey(key);
    writeJob->setBinaryData(value);
    run(writeJob, timeoutMs, [this, key, value, timeoutMs, done](QKeychain::Job *w) {
        if (!w)
            return done(false, timeoutText(timeoutMs));
        if (w->error() != QKeychain::NoError)
            return done(false, errorText(w));
        auto *readJob = new QKeychain::ReadPasswordJob(QLatin1String(Service));
        readJob->setAutoDelete(true);
        readJob->setKey(key);
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
            deleteJob->setKey(key);
            run(deleteJob, timeoutMs, [same, readError, done](QKeychain::Job *) {
                done(same, same ? QString() : readError);
            });
        });
    });
}

} // namespace Hookyard::Storage
