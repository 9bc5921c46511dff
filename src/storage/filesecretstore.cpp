#include "storage/filesecretstore.h"

#include "core/logging.h"
#include "core/randomid.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLockFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Hookyard::Storage {

namespace {

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

// Best effort: do not leave secret bytes behind in freed memory.
void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty() && !bytes.isDetached())
        bytes.detach();
    bytes.fill('\0');
    bytes.clear();
}

} // namespace

FileSecretStore::FileSecretStore(const QString &dataDir, QObject *parent)
    : SecretStore(parent), m_dataDir(dataDir),
      m_path(QDir(dataDir).absoluteFilePath(QLatin1String(FileName)))
{
}

QString FileSecretStore::describe() const
{
    // The mode the file has, not the one it should have: problem() says when they differ.
    struct stat st = {};
    if (::stat(QFile::encodeName(m_path).constData(), &st) != 0)
        return tr("file %1 (created with mode 0600 when a secret is saved)").arg(m_path);
    return tr("file %1 (mode %2)").arg(m_path).arg(st.st_mode & 0777, 4, 8, QLatin1Char('0'));
}

QString FileSecretStore::problem() const
{
    QJsonObject secrets;
    QString error;
    return load(&secrets, &error) ? QString() : error;
}

void FileSecretStore::write(const QString &key, const QByteArray &secret, Done done)
{
    QString error;
    const bool ok = writeNow(key, secret, &error);
    QMetaObject::invokeMethod(
        this, [done = std::move(done), ok, error] { done(ok, error); }, Qt::QueuedConnection);
}

void FileSecretStore::read(const QString &key, Read done)
{
    QString error;
    auto secret = readNow(key, &error);
    QMetaObject::invokeMethod(
        this,
        [done = std::move(done), secret = std::move(secret), error]() mutable {
            done(secret.has_value(), secret.value_or(QByteArray()), error);
            if (secret)
                wipe(*secret);
        },
        Qt::QueuedConnection);
}

void FileSecretStore::remove(const QString &key, Done done)
{
    QString error;
    const bool ok = removeNow(key, &error);
    QMetaObject::invokeMethod(
        this, [done = std::move(done), ok, error] { done(ok, error); }, Qt::QueuedConnection);
}

bool FileSecretStore::writeNow(const QString &key, const QByteArray &secret, QString *error)
{
    return change(key, &secret, error);
}

bool FileSecretStore::removeNow(const QString &key, QString *error)
{
    return change(key, nullptr, error);
}

std::optional<QByteArray> FileSecretStore::readNow(const QString &key, QString *error) const
{
    QJsonObject secrets;
    if (!load(&secrets, error))
        return std::nullopt;
    return secrets.value(key).toString().toUtf8();
}

bool FileSecretStore::change(const QString &key, const QByteArray *secret, QString *error)
{
    QString localError;
    if (!error)
        error = &localError;
    // Another process (a CLI while serve runs) may change the file at the same time: the
    // read-modify-write is serialised, or one of the two changes would be lost.
    QLockFile lock(m_path + QStringLiteral(".lock"));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(10'000)) {
        *error = tr("The secrets file %1 stayed locked by another Hookyard process: try again.")
                     .arg(m_path);
        return false;
    }
    QJsonObject secrets;
    if (!load(&secrets, error))
        return false;
    if (secret) {
        secrets.insert(key, QString::fromUtf8(*secret));
    } else {
        if (!secrets.contains(key))
            return true;
        secrets.remove(key);
        if (secrets.isEmpty())
            return removeFile(error); // not a "{}" left behind (after a move to the keychain)
    }
    return save(secrets, error);
}

bool FileSecretStore::removeFile(QString *error)
{
    if (::unlink(QFile::encodeName(m_path).constData()) != 0 && errno != ENOENT) {
        *error = tr("Cannot remove the secrets file %1 (%2): check the permissions of the data "
                    "directory.")
                     .arg(m_path, systemError());
        return false;
    }
    syncDataDir();
    return true;
}

bool FileSecretStore::load(QJsonObject *secrets, QString *error) const
{
    const QByteArray path = QFile::encodeName(m_path);
    const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0) {
        if (errno == ENOENT) {
            *secrets = {};
            return true;
        }
        *error = tr("Cannot read the secrets file %1 (%2): check its owner and permissions.")
                     .arg(m_path, systemError());
        return false;
    }
    struct stat st = {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        *error = tr("The secrets file %1 is not a regular file: move it away.").arg(m_path);
        return false;
    }
    // Checked on the open file, not the path: no window between the check and the read.
    if (st.st_mode & (S_IRWXG | S_IRWXO)) {
        ::close(fd);
        *error = tr("The secrets file %1 can be read by other users (mode %2): run `chmod 600 "
                    "%1` and try again.")
                     .arg(m_path)
                     .arg(st.st_mode & 0777, 4, 8, QLatin1Char('0'));
        return false;
    }
    QByteArray bytes;
    bytes.reserve(qsizetype(st.st_size));
    char buffer[4096];
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        bytes.append(buffer, n);
    }
    std::memset(buffer, 0, sizeof buffer);
    ::close(fd);
    if (bytes.trimmed().isEmpty()) {
        *secrets = {};
        return true;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    wipe(bytes);
    if (!doc.isObject()) {
        // Never quote the content: it holds secrets.
        *error = tr("The secrets file %1 is damaged (not a JSON object): restore it from a "
                    "backup, or move it away and save the signing secrets again.")
                     .arg(m_path);
        return false;
    }
    *secrets = doc.object();
    return true;
}

bool FileSecretStore::save(const QJsonObject &secrets, QString *error)
{
    if (!QDir().mkpath(m_dataDir)) {
        *error = tr("Cannot create the data directory %1.").arg(m_dataDir);
        return false;
    }
    QByteArray bytes = QJsonDocument(secrets).toJson(QJsonDocument::Indented);
    const QString tmp = m_path + QStringLiteral(".tmp-") + Core::randomHex(6);
    const QByteArray tmpName = QFile::encodeName(tmp);
    // Created 0600 by open() itself: the file is never readable by others, not even before
    // its permissions could be changed (a reader could keep a descriptor opened then).
    const int fd = ::open(tmpName.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW,
                          S_IRUSR | S_IWUSR);
    if (fd < 0) {
        wipe(bytes);
        *error = tr("Cannot write the secrets file in %1 (%2): check that the data directory is "
                    "writable.")
                     .arg(m_dataDir, systemError());
        return false;
    }
    ::fchmod(fd, S_IRUSR | S_IWUSR); // exactly 0600, whatever the umask
    bool ok = true;
    qsizetype written = 0;
    while (ok && written < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + written, size_t(bytes.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        ok = n > 0;
        written += qMax<ssize_t>(n, 0);
    }
    ok = ok && ::fsync(fd) == 0;
    const QString reason = systemError();
    ::close(fd);
    wipe(bytes);
    if (!ok || ::rename(tmpName.constData(), QFile::encodeName(m_path).constData()) != 0) {
        ::unlink(tmpName.constData());
        *error = tr("Cannot write the secrets file %1 (%2): check the free space and "
                    "permissions of the data directory.")
                     .arg(m_path, ok ? systemError() : reason);
        return false;
    }
    syncDataDir(); // the rename is durable only once the directory is synced
    return true;
}

void FileSecretStore::syncDataDir() const
{
    const int dirFd = ::open(QFile::encodeName(m_dataDir).constData(), O_RDONLY | O_CLOEXEC);
    if (dirFd >= 0) {
        ::fsync(dirFd);
        ::close(dirFd);
    }
}

} // namespace Hookyard::Storage
