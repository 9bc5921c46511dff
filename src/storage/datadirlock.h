#pragma once

#include <QLockFile>
#include <QString>

#include <memory>

namespace Hookyard::Storage {

// Only one process serves a data dir at a time (the receiver and the run queue); the other
// commands work alongside. A QLockFile <dataDir>/serve.lock, which is stale-safe (a killed
// holder's lock is taken over).
class DataDirLock final
{
public:
    explicit DataDirLock(const QString &dataDir);
    ~DataDirLock();
    Q_DISABLE_COPY_MOVE(DataDirLock)

    enum class Result {
        Taken,
        Held, // *detail: "process 1234 (hookyard) on host X", for the error message
        CannotCreate, // *detail: why the lock file cannot be made, and what to do
    };
    Result tryLock(QString *detail);
    bool isLocked() const;
    // Who holds it now, without taking it; empty when nobody does.
    static QString currentHolder(const QString &dataDir);

private:
    QLockFile m_lock;
};

} // namespace Hookyard::Storage
