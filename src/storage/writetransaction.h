#pragma once

#include <QSqlDatabase>
#include <QString>

namespace Hookyard::Storage {

// A write transaction for the Qt SQL side (repositories, not the receiver's hot path).
// BEGIN IMMEDIATE rather than Qt's deferred BEGIN: a transaction that reads first and writes
// later can fail with SQLITE_BUSY at the write in WAL mode, without waiting on the busy timeout;
// IMMEDIATE takes the write lock (and waits for it) up front. Rolls back unless committed.
class WriteTransaction final
{
public:
    explicit WriteTransaction(QSqlDatabase db);
    ~WriteTransaction();
    Q_DISABLE_COPY_MOVE(WriteTransaction)

    bool isActive() const { return m_active; }
    bool commit();
    void rollback();
    // Qt's text of the last failure of begin/commit.
    QString errorText() const { return m_error; }

private:
    bool exec(const QString &sql);

    QSqlDatabase m_db;
    bool m_active = false;
    QString m_error;
};

} // namespace Hookyard::Storage
