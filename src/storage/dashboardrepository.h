#pragma once

#include "customer.h"
#include "customercounts.h"
#include "dashboarddata.h"
#include "dashboardfilter.h"
#include "money.h"
#include "paretocurve.h"
#include "rfheatmap.h"
#include "satisfaction.h"
#include "snapshot.h"
#include "valuehistogram.h"

#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace kehu {

class Database;

/// The dashboard's reads. load() reads the aggregates of the latest snapshot (greatest
/// as-of day) and of the one before (writing them first if a snapshot has none yet: a
/// one-off cost of seconds on a million customers). The aggregate rows of a snapshot are
/// read once and kept in memory (a few MB for a million customers), so keep one instance
/// while the dashboard is open: a filter change then only re-sums them and reads surveys.
/// customers() lists the customers behind one chart element through the snapshot rows.
class DashboardRepository
{
public:
    explicit DashboardRepository(Database &database);
    ~DashboardRepository();

    /// Empty snapshot (id 0) when there is no snapshot, or with `error` set on failure.
    DashboardData load(const DashboardFilter &filter, QString *error = nullptr) const;

    /// Customer ids behind @p element in snapshot @p snapshotId with the filter's owner,
    /// region and channel, by CLV descending (RevenueTop: by revenue), at most @p limit.
    QList<CustomerId> customers(qint64 snapshotId, const DashboardFilter &filter, const DashboardElement &element,
                                int limit = 10000, QString *error = nullptr) const;

    /// Customer counts per period (analytics::countCustomers over the stored purchases) of
    /// the live customers with the filter's owner, region and channel. One scan of every
    /// purchase (PurchaseColumnsLoader: about a second for a million customers): run it off
    /// the GUI thread. Empty series with `error` set on failure.
    analytics::CustomerCounts counts(const DashboardFilter &filter, const analytics::CountOptions &options,
                                     QString *error = nullptr) const;

    /// Distinct owners, regions and channels of live customers, for the filter choices.
    QStringList distinct(const QString &column) const;

    /// Forgets the cached aggregates (after a re-classification).
    void clearCache();
    /// Forgets the data's first and last day (after an import).
    void forgetActivitySpan() { m_span.reset(); }

private:
    struct Cache;
    DashboardKpis kpis(qint64 snapshotId, const DashboardFilter &filter, QList<DashboardData::Group> *all) const;
    const Cache *cached(qint64 snapshotId) const;

    Database &m_database;
    mutable std::unique_ptr<Cache> m_cache;
    mutable std::optional<ActivitySpan> m_span; ///< read once (a scan of every purchase), until clearCache()
};

} // namespace kehu
