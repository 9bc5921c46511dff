#include "storage/writetransaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Hookyard::Storage {

WriteTransaction::WriteTransaction(QSqlDatabase db) : m_db(std::move(db))
{
    m_active = exec(QStringLiteral("BEGIN IMMEDIATE"));
}

WriteTransaction::~WriteTransaction()
{
    rollback();
}

bool WriteTransaction::commit()
{
    if (!m_active)
        return false;
    if (!exec(QStringLiteral("COMMIT"))) {
        rollback();
        return false;
    }
    m_active = false;
    return true;
}

void WriteTransaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("ROLLBACK"));
}

bool WriteTransaction::exec(const QString &sql)
{
    QSqlQuery q(m_db);
    if (q.exec(sql))
        return true;
    m_error = q.lastError().text();
    return false;
}

} // namespace Hookyard::Storage
