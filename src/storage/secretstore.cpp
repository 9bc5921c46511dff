#include "storage/secretstore.h"

#include "core/atomicfile.h"
#include "core/logging.h"
#include "storage/filesecretstore.h"
#include "storage/keychainsecretstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QPointer>
#include <QTimer>

namespace Hookyard::Storage {

namespace {

const QLatin1String KeychainName("keychain");
const QLatin1String FileName("file");

void remember(const QString &dataDir, QLatin1String backend)
{
    QString reason;
    if (!SecretStore::rememberBackend(dataDir, backend, &reason))
        qCWarning(lcStorage).noquote()
            << "cannot remember the secret backend in" << SecretStore::backendFilePath(dataDir)
            << QLatin1Char('(') + reason + u')';
}

void ensureDataDir(const QString &dataDir)
{
    if (QFileInfo::exists(dataDir))
        return;
    if (QDir().mkpath(dataDir))
        QFile::setPermissions(dataDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

} // namespace

QString SecretStore::backendFilePath(const QString &dataDir)
{
    return QDir(dataDir).absoluteFilePath(QStringLiteral("secrets.backend"));
}

QString SecretStore::rememberedBackend(const QString &dataDir)
{
    QFile file(backendFilePath(dataDir));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString value = QString::fromUtf8(file.read(64)).trimmed();
    return value == KeychainName || value == FileName ? value : QString();
}

QString SecretStore::backendName(Backend backend)
{
    return backend == Backend::Keychain ? QString(KeychainName) : QString(FileName);
}

QString SecretStore::storeNamedBy(const QString &value, const QString &dataDir)
{
    const QString pref = value.trimmed().toLower();
    if (pref == FileName || pref == KeychainName)
        return pref;
    return rememberedBackend(dataDir);
}

void SecretStore::check(Done done)
{
    const QString trouble = problem();
    done(trouble.isEmpty(), trouble);
}

QString SecretStore::missingSecretText() const
{
    return tr("the signing secret of this connector is missing from the secret store; save it "
              "again");
}

bool SecretStore::rememberBackend(const QString &dataDir, const QString &backend, QString *error)
{
    if (rememberedBackend(dataDir) == backend)
        return true;
    return Core::writeFileAtomically(backendFilePath(dataDir), backend.toUtf8() + '\n', error);
}

std::unique_ptr<SecretStore> SecretStore::open(const QString &dataDir, const QString &backend)
{
    if (backend == FileName)
        return std::make_unique<FileSecretStore>(dataDir);
    if (backend == KeychainName)
        return std::make_unique<KeychainSecretStore>(dataDir);
    return nullptr;
}

void SecretStore::create(const QString &dataDir, const QString &preference,
                         std::function<void(std::unique_ptr<SecretStore>, const QString &)> done,
                         QObject *context)
{
    ensureDataDir(dataDir);
    QPointer<QObject> guard(context);
    // Always answered from the event loop, never from inside create(): callers get one
    // behaviour whether a probe was needed or not.
    const auto finish = [guard, done](std::unique_ptr<SecretStore> store, const QString &note) {
        if (!guard)
            return;
        auto shared = std::make_shared<std::unique_ptr<SecretStore>>(std::move(store));
        QTimer::singleShot(0, guard.data(), [shared, done, note] {
            qCInfo(lcStorage).noquote() << "secrets:" << note;
            done(std::move(*shared), note);
        });
    };
    const auto fileStore = [&] {
        return std::make_unique<FileSecretStore>(dataDir);
    };
    const auto keychainStore = [&] {
        return std::make_unique<KeychainSecretStore>(dataDir);
    };

    const QString pref = preference.trimmed().toLower();
    if (pref == FileName) {
        remember(dataDir, FileName);
        auto store = fileStore();
        const QString note = tr("%1, as the setting secrets.backend asks").arg(store->describe());
        return finish(std::move(store), note);
    }
    if (pref == KeychainName) {
        remember(dataDir, KeychainName);
        auto store = keychainStore();
        const QString note = tr("%1, as the setting secrets.backend asks").arg(store->describe());
        return finish(std::move(store), note);
    }

    // "auto": what this data dir chose before wins, so that every process finds its secrets.
    const QString remembered = rememberedBackend(dataDir);
    if (remembered == FileName
        || (remembered.isEmpty()
            && QFile::exists(
                QDir(dataDir).absoluteFilePath(QLatin1String(FileSecretStore::FileName))))) {
        remember(dataDir, FileName);
        auto store = fileStore();
        const QString note = tr("%1, chosen earlier for this data dir").arg(store->describe());
        return finish(std::move(store), note);
    }
    if (remembered == KeychainName) {
        auto store = keychainStore();
        const QString note = tr("%1, chosen earlier for this data dir").arg(store->describe());
        return finish(std::move(store), note);
    }

    // First use: ask the keychain, briefly. With no secret service every job fails at once;
    // a locked keyring may wait on a prompt, hence the deadline.
    auto probeStore = std::make_shared<std::unique_ptr<KeychainSecretStore>>(keychainStore());
    KeychainSecretStore *prober = probeStore->get();
    prober->probe(ProbeTimeoutMs, [probeStore, dataDir, finish](bool ok, const QString &error) {
        // Called from inside a job of *probeStore: delete it later, not here.
        std::unique_ptr<KeychainSecretStore> keychain = std::move(*probeStore);
        if (ok) {
            remember(dataDir, KeychainName);
            const QString note = tr("%1, which answered").arg(keychain->describe());
            finish(std::move(keychain), note);
            return;
        }
        keychain.release()->deleteLater();
        remember(dataDir, FileName);
        auto store = std::make_unique<FileSecretStore>(dataDir);
        const QString note =
            tr("%1, because no keychain answered (%2)").arg(store->describe(), error);
        finish(std::move(store), note);
    });
}

std::unique_ptr<SecretStore> SecretStore::createBlocking(const QString &dataDir,
                                                         const QString &preference, QString *note)
{
    QEventLoop loop;
    std::unique_ptr<SecretStore> result;
    bool finished = false;
    create(
        dataDir, preference,
        [&](std::unique_ptr<SecretStore> store, const QString &text) {
            result = std::move(store);
            if (note)
                *note = text;
            finished = true;
            loop.quit();
        },
        &loop);
    if (!finished)
        loop.exec();
    return result;
}

bool SecretStore::writeSync(const QString &key, const QByteArray &secret, QString *error)
{
    QEventLoop loop;
    bool finished = false;
    bool result = false;
    write(key, secret, [&](bool ok, const QString &text) {
        result = ok;
        if (error)
            *error = text;
        finished = true;
        loop.quit();
    });
    if (!finished)
        loop.exec();
    return result;
}

std::optional<QByteArray> SecretStore::readSync(const QString &key, QString *error)
{
    QEventLoop loop;
    bool finished = false;
    std::optional<QByteArray> result;
    read(key, [&](bool ok, const QByteArray &secret, const QString &text) {
        if (ok)
            result = secret;
        if (error)
            *error = text;
        finished = true;
        loop.quit();
    });
    if (!finished)
        loop.exec();
    return result;
}

bool SecretStore::removeSync(const QString &key, QString *error)
{
    QEventLoop loop;
    bool finished = false;
    bool result = false;
    remove(key, [&](bool ok, const QString &text) {
        result = ok;
        if (error)
            *error = text;
        finished = true;
        loop.quit();
    });
    if (!finished)
        loop.exec();
    return result;
}

} // namespace Hookyard::Storage
