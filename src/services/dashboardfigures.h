#pragma once

#include "customercounts.h"
#include "dashboarddata.h"
#include "dashboardfilter.h"

#include <QList>
#include <QStringList>

#include <memory>

namespace kehu {

class DashboardRepository;
class Workspace;

/// What the dashboard draws: the figures of the current snapshot for a filter, the
/// customers behind a chart element, customer counts per period, and the filter choices.
/// Keeps the per-snapshot aggregates it read (a filter change re-sums a few thousand rows)
/// until clearCache().
class DashboardFigures
{
public:
    explicit DashboardFigures(Workspace &workspace);
    ~DashboardFigures();

    /// Empty snapshot (id 0) when there is no snapshot, or with `error` set on failure.
    DashboardData load(const DashboardFilter &filter, QString *error = nullptr) const;
    /// Customer ids behind `element` in snapshot `snapshotId` with the filter's owner, region
    /// and channel, by CLV descending (RevenueTop: by revenue), at most `limit`.
    QList<CustomerId> customers(qint64 snapshotId, const DashboardFilter &filter, const DashboardElement &element,
                                int limit = 10000, QString *error = nullptr) const;
    /// Customer counts per period of the filter's live customers: one scan of every purchase,
    /// so run it as background work.
    analytics::CustomerCounts counts(const DashboardFilter &filter, const analytics::CountOptions &options,
                                     QString *error = nullptr) const;
    QStringList owners() const;
    QStringList regions() const;
    QStringList channels() const;

    /// Forgets the cached aggregates (after a re-classification).
    void clearCache();
    /// Forgets the data's first and last day (after an import).
    void forgetActivitySpan();

private:
    Workspace &m_workspace;
    std::unique_ptr<DashboardRepository> m_repository;
};

} // namespace kehu
