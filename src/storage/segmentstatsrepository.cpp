#include "segmentstatsrepository.h"

#include "database.h"
#include "sqlrows.h"

namespace kehu {

QList<SegmentStatsRepository::GroupTotal> SegmentStatsRepository::totals(qint64 snapshotId, const QString &column) const
{
    return selectRows(m_database.connection(),
                      QStringLiteral("SELECT coalesce(%1, ''), count(*), sum(revenue) FROM snapshot_rows "
                                     "WHERE snapshot_id = ? GROUP BY 1 ORDER BY 3 DESC")
                          .arg(column),
                      {snapshotId}, [](const QSqlQuery &q) {
                          return GroupTotal{q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toLongLong()};
                      });
}

QList<SegmentStatsRepository::GroupTotal> SegmentStatsRepository::segments(qint64 snapshotId) const
{
    return totals(snapshotId, QStringLiteral("rfm_segment"));
}

QList<SegmentStatsRepository::GroupTotal> SegmentStatsRepository::abcClasses(qint64 snapshotId) const
{
    return totals(snapshotId, QStringLiteral("abc_class"));
}

QList<SegmentStatsRepository::AtRiskRow> SegmentStatsRepository::atRisk(qint64 snapshotId, int limit) const
{
    return selectRows(
        m_database.connection(),
        QStringLiteral(
            "SELECT c.id, c.code, c.name, c.owner, s.clv, s.p_alive, s.churn_flag, "
            "(SELECT max(p.purchased_on) FROM purchases p WHERE p.customer_id = c.id), "
            "e.id, e.reason, e.outcome, coalesce(s.churn_reason, '') "
            "FROM snapshot_rows s %1 customers c ON c.id = s.customer_id "
            "LEFT JOIN churn_events e ON e.id = (SELECT max(id) FROM churn_events x WHERE x.customer_id = c.id) "
            "WHERE s.snapshot_id = ? AND s.churn_flag = 'at_risk' AND c.deleted_at IS NULL "
            "ORDER BY %2 DESC, s.customer_id DESC LIMIT ?")
            .arg(m_database.dialect().orderedJoin(),
                 m_database.dialect().nullAs(QStringLiteral("s.clv"), QStringLiteral("-1"))),
        {snapshotId, limit}, [](const QSqlQuery &q) {
            AtRiskRow r;
            r.id = q.value(0).toLongLong();
            r.code = q.value(1).toString();
            r.name = q.value(2).toString();
            r.owner = q.value(3).toString();
            r.clv = optionalMoney(q.value(4));
            r.pAlive = optionalDouble(q.value(5));
            r.churnFlag = q.value(6).toString();
            r.lastPurchase = dateOf(q.value(7));
            r.openEventId = q.value(10).toString() == u"open" ? q.value(8).toLongLong() : 0;
            r.eventReason = q.value(9).toString();
            r.eventOutcome = q.value(10).toString();
            r.churnRule = q.value(11).toString();
            return r;
        });
}

} // namespace kehu
