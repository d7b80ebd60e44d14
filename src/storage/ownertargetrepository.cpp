#include "ownertargetrepository.h"

#include "database.h"
#include "sqlrows.h"

#include <QSqlQuery>
#include <QVariant>

namespace kehu {

bool OwnerTargetRepository::set(const Target &target, QString *error)
{
    QSqlQuery q(m_database.connection());
    return execQuery(q,
                     QStringLiteral("INSERT INTO owner_targets (owner, quarter, revenue_target, new_customers_target) "
                                    "VALUES (?, ?, ?, ?) ON CONFLICT (owner, quarter) DO UPDATE SET "
                                    "revenue_target = excluded.revenue_target, "
                                    "new_customers_target = excluded.new_customers_target"),
                     {target.owner, target.quarter, qint64(target.revenue), target.newCustomers}, error);
}

bool OwnerTargetRepository::remove(const QString &owner, const QString &quarter)
{
    QSqlQuery q(m_database.connection());
    return execQuery(q, QStringLiteral("DELETE FROM owner_targets WHERE owner = ? AND quarter = ?"), {owner, quarter})
           && q.numRowsAffected() == 1;
}

QList<OwnerTargetRepository::Target> OwnerTargetRepository::forQuarter(const QString &quarter) const
{
    return selectRows(m_database.connection(),
                      QStringLiteral("SELECT owner, quarter, revenue_target, new_customers_target FROM owner_targets "
                                     "WHERE quarter = ? ORDER BY owner"),
                      {quarter}, [](const QSqlQuery &q) {
                          return Target{q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(),
                                        q.value(3).toLongLong()};
                      });
}

} // namespace kehu
