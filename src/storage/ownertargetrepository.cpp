#include "ownertargetrepository.h"

#include "database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace kehu {

bool OwnerTargetRepository::set(const Target &target, QString *error)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO owner_targets (owner, quarter, revenue_target, new_customers_target) "
                             "VALUES (?, ?, ?, ?) ON CONFLICT (owner, quarter) DO UPDATE SET "
                             "revenue_target = excluded.revenue_target, "
                             "new_customers_target = excluded.new_customers_target"));
    q.addBindValue(target.owner);
    q.addBindValue(target.quarter);
    q.addBindValue(qint64(target.revenue));
    q.addBindValue(target.newCustomers);
    if (q.exec())
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

bool OwnerTargetRepository::remove(const QString &owner, const QString &quarter)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("DELETE FROM owner_targets WHERE owner = ? AND quarter = ?"));
    q.addBindValue(owner);
    q.addBindValue(quarter);
    return q.exec() && q.numRowsAffected() == 1;
}

QList<OwnerTargetRepository::Target> OwnerTargetRepository::forQuarter(const QString &quarter) const
{
    QList<Target> result;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT owner, quarter, revenue_target, new_customers_target FROM owner_targets "
                             "WHERE quarter = ? ORDER BY owner"));
    q.addBindValue(quarter);
    if (q.exec()) {
        while (q.next())
            result.append(
                {q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toLongLong()});
    }
    return result;
}

} // namespace kehu
