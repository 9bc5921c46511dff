#pragma once

#include "storage/secretstore.h"

#include <QJsonObject>

namespace Hookyard::Storage {

// Secrets in <dataDir>/secrets.json, a JSON object key -> secret, for machines where no keychain
// answers. The file is created with mode 0600 from its first byte (never readable by others
// for a moment) and replaced atomically; a file that group or others can read is refused. It
// exists only while it holds a secret.
// Several processes of one data dir may write: each change is a read-modify-write under
// <dataDir>/secrets.json.lock. Completions are queued to the calling thread's event loop.
class FileSecretStore final : public SecretStore
{
    Q_OBJECT
public:
    explicit FileSecretStore(const QString &dataDir, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(FileSecretStore)

    static constexpr const char *FileName = "secrets.json";

    Backend backend() const override { return Backend::File; }
    QString describe() const override;
    QString problem() const override;
    QString filePath() const { return m_path; }

    void write(const QString &key, const QByteArray &secret, Done done) override;
    void read(const QString &key, Read done) override;
    void remove(const QString &key, Done done) override;

    // The same, synchronously (the asynchronous forms wrap these).
    bool writeNow(const QString &key, const QByteArray &secret, QString *error);
    std::optional<QByteArray> readNow(const QString &key, QString *error) const;
    bool removeNow(const QString &key, QString *error);

private:
    bool load(QJsonObject *secrets, QString *error) const;
    bool save(const QJsonObject &secrets, QString *error);
    bool change(const QString &key, const QByteArray *secret, QString *error);
    // Removing the last secret removes the file: no "{}" is left behind.
    bool removeFile(QString *error);
    void syncDataDir() const;

    QString m_dataDir;
    QString m_path;
};

} // namespace Hookyard::Storage
