#pragma once

#include "customercounts.h"
#include "dashboarddata.h"
#include "dashboardfilter.h"

#include <QObject>
#include <QStringList>

#include <memory>
#include <optional>

namespace kehu {

class BackgroundTask;
class Workspace;

/// What the dashboard shows, for the view to draw: the Workspace's DashboardFigures (its
/// per-snapshot aggregates are cached, so a filter change re-sums a few thousand rows), the counts series and forecast
/// of the snapshot's summary, and the drill-down from a chart element to customer ids.
class DashboardSession : public QObject
{
    Q_OBJECT

public:
    /// Customer counts per period, with the model's forecast of active customers for the
    /// periods after it. Periods "YYYY-MM". The whole book's come from the snapshot's summary;
    /// with an owner, region or channel they are computed for those customers in a worker
    /// thread (pending until then, and without a forecast: the model is the whole book's).
    /// Only periods the data has: none after the data's last day (or the snapshot's), none
    /// outside the filter's date range. partialLast: the data ends before the last period does.
    struct Counts
    {
        bool quarterly = false;
        bool filtered = false;
        bool pending = false;
        bool partialLast = false;
        QDate dataEnd;       ///< the last day the counts cover
        QList<QDate> starts; ///< first day of each period
        QList<QDate> ends;   ///< last day of each period
        QStringList periods;
        QList<double> newCustomers;
        QList<double> active;
        QList<double> churned;
        QList<double> wonBack;
        QList<double> repeatRate; ///< 0..1
        QStringList forecastPeriods;
        QList<double> forecastActive;
    };

    explicit DashboardSession(Workspace &workspace, QObject *parent = nullptr);
    ~DashboardSession() override;

    DashboardFilter filter() const { return m_filter; }
    void setFilter(const DashboardFilter &filter);
    /// Reads again (after a new snapshot, or a survey was entered).
    void reload();
    const DashboardData &data() const { return m_data; }
    /// Counts of the current snapshot, the last @p periods periods.
    Counts counts(int periods = 24) const;
    /// Won-back customers in the filter's date range (all periods when none), whole book.
    qint64 wonBackInRange() const;
    /// Customer ids behind a chart element, with the current filter.
    QList<CustomerId> customers(const DashboardElement &element) const;
    /// Waits for the filtered counts being computed, if any (tests and screenshots only).
    void waitForCounts();
    QStringList owners() const;
    QStringList regions() const;
    QStringList channels() const;
    QString lastError() const { return m_error; }

signals:
    void changed();

private:
    void startCounts();

    Workspace &m_workspace;
    /// The filtered counts, for (snapshot, owner, region, channel) of m_countsKey.
    std::optional<analytics::CustomerCounts> m_filteredCounts;
    QString m_countsKey;
    BackgroundTask *m_countsTask;
    DashboardFilter m_filter;
    DashboardData m_data;
    QString m_error;
};

} // namespace kehu
