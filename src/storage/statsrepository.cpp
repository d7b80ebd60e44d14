#include "storage/statsrepository.h"

#include "storage/database.h"

#include <QSqlQuery>
#include <QVariant>

namespace kehu {

QList<QPair<QString, qint64>> StatsRepository::tableCounts() const
{
    static const QList<QPair<QString, QString>> kCounts{
        {QStringLiteral("customers"), QStringLiteral("SELECT count(*) FROM customers WHERE deleted_at IS NULL")},
        {QStringLiteral("purchases"), QStringLiteral("SELECT count(*) FROM purchases")},
        {QStringLiteral("visits"), QStringLiteral("SELECT count(*) FROM visits")},
        {QStringLiteral("surveys"), QStringLiteral("SELECT count(*) FROM surveys")},
        {QStringLiteral("followups"), QStringLiteral("SELECT count(*) FROM followups")},
        {QStringLiteral("churn_events"), QStringLiteral("SELECT count(*) FROM churn_events")},
        {QStringLiteral("snapshots"), QStringLiteral("SELECT count(*) FROM snapshots")},
        {QStringLiteral("users"), QStringLiteral("SELECT count(*) FROM users")},
    };
    QList<QPair<QString, qint64>> counts;
    QSqlQuery query(m_database.connection());
    for (const auto &[table, sql] : kCounts) {
        qint64 rows = -1;
        if (query.exec(sql) && query.next())
            rows = query.value(0).toLongLong();
        counts.append({table, rows});
    }
    return counts;
}

} // namespace kehu
