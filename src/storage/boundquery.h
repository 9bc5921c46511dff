#pragma once

#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVariantList>

namespace Hookyard::Storage {

// Prepares `sql` forward-only, binds `values` to its '?' in order and runs it. The storage
// layer's readers build their WHERE clauses from filters, so the values come as a list.
inline bool execBound(QSqlQuery &q, const QString &sql, const QVariantList &values)
{
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return false;
    for (const QVariant &value : values)
        q.addBindValue(value);
    return q.exec();
}

} // namespace Hookyard::Storage
