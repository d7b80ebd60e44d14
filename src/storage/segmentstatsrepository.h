#pragma once

#include "atriskrow.h"
#include "customer.h"
#include "money.h"
#include "segmentstats.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace kehu {

class Database;

/// Totals of one snapshot for the Segments screen and its at-risk list for Churn watch.
/// Money in minor units.
class SegmentStatsRepository
{
public:
    using GroupTotal = kehu::GroupTotal;
    using AtRiskRow = kehu::AtRiskRow;

    explicit SegmentStatsRepository(Database &database) : m_database(database) {}

    QList<GroupTotal> segments(qint64 snapshotId) const;
    QList<GroupTotal> abcClasses(qint64 snapshotId) const;
    /// At-risk customers (flag "at_risk") by value at risk, highest first, through the
    /// (snapshot, churn_flag, clv) index; `limit` rows.
    QList<AtRiskRow> atRisk(qint64 snapshotId, int limit) const;

private:
    QList<GroupTotal> totals(qint64 snapshotId, const QString &column) const;
    Database &m_database;
};

} // namespace kehu
