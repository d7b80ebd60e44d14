#include "statsrepository.h"

#include "database.h"
#include "sqlrows.h"

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

ActivitySpan StatsRepository::activitySpan() const
{
    // min() and max() in separate sub-queries: SQLite answers each from an index in O(log n)
    // only when it is alone in its SELECT.
    static const QString kSql = QStringLiteral(
        "SELECT (SELECT min(purchased_on) FROM purchases), (SELECT max(purchased_on) FROM purchases), "
        "(SELECT min(visited_at) FROM visits), (SELECT max(visited_at) FROM visits), "
        "(SELECT min(surveyed_on) FROM surveys), (SELECT max(surveyed_on) FROM surveys)");
    ActivitySpan span;
    QSqlQuery query(m_database.connection());
    if (!query.exec(kSql) || !query.next())
        return span;
    for (int column = 0; column < 6; ++column) {
        // Visit times carry a time of day: the day is the first ten characters.
        const QDate day = QDate::fromString(query.value(column).toString().left(10), Qt::ISODate);
        if (!day.isValid())
            continue;
        if (column % 2 == 0 && (!span.first.isValid() || day < span.first))
            span.first = day;
        if (column % 2 == 1 && (!span.last.isValid() || day > span.last))
            span.last = day;
    }
    return span;
}

std::optional<bool> StatsRepository::anyPurchaseBy(QDate day, QString *error) const
{
    return selectOne(
        m_database.connection(), QStringLiteral("SELECT EXISTS (SELECT 1 FROM purchases WHERE purchased_on <= ?)"),
        {day.toString(Qt::ISODate)}, [](const QSqlQuery &q) { return q.value(0).toBool(); }, error);
}

QHash<QString, qint64> StatsRepository::visitsPerOwner(QDate from, QDate toExclusive) const
{
    QHash<QString, qint64> visits;
    visitRows(m_database.connection(),
              QStringLiteral("SELECT c.owner, count(*) FROM visits v JOIN customers c ON c.id = v.customer_id "
                             "WHERE v.visited_at >= ? AND v.visited_at < ? GROUP BY c.owner"),
              {from.toString(Qt::ISODate), toExclusive.toString(Qt::ISODate)},
              [&visits](const QSqlQuery &q) { visits.insert(q.value(0).toString(), q.value(1).toLongLong()); });
    return visits;
}

} // namespace kehu
