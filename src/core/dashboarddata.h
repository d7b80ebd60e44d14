#pragma once

#include "activityspan.h"
#include "customercounts.h"
#include "money.h"
#include "paretocurve.h"
#include "rfheatmap.h"
#include "satisfaction.h"
#include "snapshot.h"
#include "valuehistogram.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace kehu {

/// Headline figures of the dashboard for one snapshot and filter. Money in minor units;
/// revenue is revenue to date at the snapshot's as-of day; averageClv over customers with a
/// CLV; nps in points (-100..100), csat the mean of 1..5.
struct DashboardKpis
{
    qint64 customers = 0;
    qint64 active = 0;
    qint64 atRisk = 0;
    qint64 churned = 0;
    qint64 newInRange = 0; ///< first purchase in the filter's months (all when no range)
    MinorUnits revenue = 0;
    MinorUnits averageClv = 0;
    double nps = 0.0;
    double csat = 0.0;
    qint64 npsAnswers = 0;
};

/// Everything the dashboard draws, for one filter. Built from the latest snapshot's
/// aggregates (SnapshotAggregator) plus surveys, so it costs a few thousand rows whatever
/// the size of the book. `previous` holds the KPIs of the snapshot before (as-of day
/// earlier) with the same filter, for the "change against the previous period" arrows.
struct DashboardData
{
    struct Group
    {
        QString key;  ///< segment key, ABC class, churn flag, YYYY-MM, customer type
        QString key2; ///< churn flag for churnBySegment
        qint64 customers = 0;
        MinorUnits revenue = 0;
        MinorUnits clv = 0;
    };

    SnapshotInfo snapshot;
    std::optional<SnapshotInfo> previousSnapshot;
    DashboardKpis kpis;
    std::optional<DashboardKpis> previous;
    /// The days the book's data covers (purchases, visits, surveys).
    ActivitySpan span;
    /// previous->newInRange counts first purchases in the period just before the filter's
    /// range (of the same length, up to the data's last day); false when that period begins
    /// before the data does, or there is no range or no previous snapshot: then there is
    /// nothing to compare "New" with.
    bool newComparable = false;
    QList<Group> segments;       ///< by customers descending
    QList<Group> abcClasses;     ///< A, B, C, "" (no purchase)
    QList<Group> churnBySegment; ///< key = segment, key2 = churn flag
    QList<Group> newPerMonth;    ///< key = YYYY-MM of the first purchase, ascending
    QList<Group> customerTypes;
    analytics::ParetoCurve pareto;              ///< from revenue bins (exact at bin edges)
    analytics::RfHeatmap heatmap;               ///< customers and revenue per (R, F)
    analytics::ValueHistogram clvHistogram;     ///< 1-2-5 bins of CLV (minor units)
    analytics::SatisfactionSeries satisfaction; ///< NPS and CSAT per month within the range
};

/// What a click on a chart element selects, for the drill-down into the customer book.
/// The period kinds follow analytics::CustomerCounts' definitions over [from, to] (capped
/// at the snapshot's as-of day; invalid = open), with the snapshot's inactivity days:
///  - PeriodNew: first purchase day in the period; PeriodActive: a purchase in it;
///  - PeriodChurned: a churn event dated in it (a purchase, then none for the inactivity days);
///  - WonBack: a purchase in it that ends such a gap.
/// Surveyed: answered a survey in [from, to]; key "" any answer, "nps" or "csat" that
/// score, "promoters" (NPS 9-10), "passives" (7-8) or "detractors" (0-6).
/// RevenueTop: the key (a count) best customers by revenue, the Pareto curve up to a point.
/// All, WithRevenue (revenue > 0) and WithClv (a CLV): the customers behind the KPI cards.
struct DashboardElement
{
    enum class Kind {
        Segment,
        AbcClass,
        ChurnFlag,
        SegmentChurn,
        RfCell,
        ClvBin,
        RevenueBin,
        All,
        WithRevenue,
        WithClv,
        RevenueTop,
        PeriodNew,
        PeriodActive,
        PeriodChurned,
        WonBack,
        Surveyed
    };
    Kind kind = Kind::Segment;
    QString key;  ///< segment key, class, flag; for RfCell the R score; for bins the bin index
    QString key2; ///< SegmentChurn: the flag; RfCell: the F score
    QDate from;   ///< period and survey kinds: first day (invalid = open)
    QDate to;     ///< period and survey kinds: last day (invalid = open)
};

} // namespace kehu
