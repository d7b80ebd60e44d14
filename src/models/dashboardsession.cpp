#include "dashboardsession.h"

#include "backgroundtasks.h"
#include "classificationpolicy.h"
#include "dashboardfigures.h"
#include "workspace.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace kehu {

namespace {

template<typename T>
QList<double> tail(const QList<T> &list, qsizetype from)
{
    QList<double> values;
    for (qsizetype i = from; i < list.size(); ++i)
        values << double(list.at(i));
    return values;
}

} // namespace

DashboardSession::DashboardSession(Workspace &workspace, QObject *parent)
    : QObject(parent), m_workspace(workspace), m_countsTask(new BackgroundTask(workspace.tasks(), this))
{
    connect(&workspace, &Workspace::bookChanged, this, [this] { m_workspace.dashboard().forgetActivitySpan(); });
    connect(&workspace, &Workspace::snapshotsChanged, this, [this] {
        m_workspace.dashboard().clearCache();
        m_countsKey.clear();
        reload();
    });
    connect(m_countsTask, &BackgroundTask::finished, this, [this](const QString &error) {
        if (error.isEmpty())
            return;
        m_filteredCounts = analytics::CustomerCounts(); // the book could not be opened: no counts
        emit changed();
    });
}

DashboardSession::~DashboardSession() = default;

void DashboardSession::waitForCounts()
{
    m_countsTask->wait();
}

void DashboardSession::startCounts()
{
    const SnapshotInfo &snapshot = m_data.snapshot;
    if (!m_filter.hasCustomerFilter() || snapshot.id == 0)
        return;
    const QString key =
        QStringLiteral("%1\x1f%2\x1f%3\x1f%4").arg(snapshot.id).arg(m_filter.owner, m_filter.region, m_filter.channel);
    if (key == m_countsKey)
        return; // computed or being computed
    m_countsKey = key;
    m_filteredCounts.reset();
    const ClassificationPolicy policy = ClassificationPolicy::fromJson(snapshot.parameters);
    analytics::CountOptions options;
    options.period = policy.countsPeriod;
    options.inactivityDays = policy.inactivityDays;
    options.asOfDay = int32_t(QDate(1970, 1, 1).daysTo(snapshot.asOf));
    // A newer filter replaces a running count (its result is dropped).
    m_countsTask->start([this, filter = m_filter, options](Workspace &worker, TaskControl &) -> BackgroundTask::Apply {
        analytics::CustomerCounts counts = worker.dashboard().counts(filter, options);
        return [this, counts = std::move(counts)]() mutable {
            m_filteredCounts = std::move(counts);
            emit changed();
        };
    });
}

void DashboardSession::setFilter(const DashboardFilter &filter)
{
    m_filter = filter;
    reload();
}

void DashboardSession::reload()
{
    m_error.clear();
    m_data = m_workspace.dashboard().load(m_filter, &m_error);
    startCounts();
    emit changed();
}

DashboardSession::Counts DashboardSession::counts(int periods) const
{
    Counts c;
    const SnapshotSummary::Counts &counts = m_data.snapshot.summary.counts;
    c.quarterly = counts.period == analytics::CalendarPeriod::Quarter;
    // The whole series, from the summary or from the filtered counts.
    QList<QDate> starts;
    QList<double> fresh, active, churned, wonBack, repeatRate;
    c.filtered = m_filter.hasCustomerFilter();
    if (c.filtered) {
        if (!m_filteredCounts) {
            c.pending = m_data.snapshot.id != 0;
            return c;
        }
        const analytics::CustomerCounts &k = *m_filteredCounts;
        c.quarterly = k.period == analytics::CalendarPeriod::Quarter;
        for (size_t i = 0; i < k.periods(); ++i) {
            starts << QDate(1970, 1, 1).addDays(k.periodStartDay[i]);
            fresh << double(k.newCustomers[i]);
            active << double(k.active[i]);
            churned << double(k.churned[i]);
            wonBack << double(k.wonBack[i]);
            repeatRate << k.repeatRate[i];
        }
    } else {
        starts = counts.periodStart;
        fresh = tail(counts.newCustomers, 0);
        active = tail(counts.active, 0);
        churned = tail(counts.churned, 0);
        wonBack = tail(counts.wonBack, 0);
        repeatRate = counts.repeatRate;
    }
    // Only the periods the data has: up to its last day (a snapshot taken today of data that
    // ended last year has no periods after it), and within the date range.
    c.dataEnd = m_data.snapshot.asOf;
    if (m_data.span.isValid() && (!c.dataEnd.isValid() || m_data.span.last < c.dataEnd))
        c.dataEnd = m_data.span.last;
    QList<int> kept;
    for (int i = 0; i < starts.size(); ++i) {
        const QDate start = starts.at(i);
        const QDate end = start.addMonths(c.quarterly ? 3 : 1).addDays(-1);
        if (!start.isValid() || (c.dataEnd.isValid() && start > c.dataEnd))
            continue;
        if ((m_filter.from.isValid() && end < m_filter.from) || (m_filter.to.isValid() && start > m_filter.to))
            continue;
        kept << i;
    }
    if (kept.size() > periods)
        kept = kept.mid(kept.size() - periods);
    const auto at = [](const QList<double> &values, int i) { return i < values.size() ? values.at(i) : 0.0; };
    for (int i : std::as_const(kept)) {
        c.starts << starts.at(i);
        c.ends << starts.at(i).addMonths(c.quarterly ? 3 : 1).addDays(-1);
        c.periods << starts.at(i).toString(QStringLiteral("yyyy-MM"));
        c.newCustomers << at(fresh, i);
        c.active << at(active, i);
        c.churned << at(churned, i);
        c.wonBack << at(wonBack, i);
        c.repeatRate << at(repeatRate, i);
    }
    c.partialLast = !c.ends.isEmpty() && c.dataEnd.isValid() && c.dataEnd < c.ends.last();
    // The forecast continues the whole book's series from the snapshot's period: only when
    // that period is the last one shown.
    const bool reachesAsOf = !kept.isEmpty() && kept.last() == starts.size() - 1 && c.dataEnd.isValid()
                             && c.ends.last() >= m_data.snapshot.asOf;
    if (!c.filtered && reachesAsOf) {
        const SnapshotSummary::Forecast &forecast = m_data.snapshot.summary.forecast;
        for (const QDate &start : forecast.periodStart)
            c.forecastPeriods << start.toString(QStringLiteral("yyyy-MM"));
        c.forecastActive = forecast.expectedActive;
    }
    return c;
}

qint64 DashboardSession::wonBackInRange() const
{
    const QList<QDate> &starts = m_data.snapshot.summary.counts.periodStart;
    const QList<qint64> &wonBack = m_data.snapshot.summary.counts.wonBack;
    qint64 sum = 0;
    for (qsizetype i = 0; i < starts.size() && i < wonBack.size(); ++i) {
        const QDate start = starts.at(i);
        if (m_filter.from.isValid() && start < QDate(m_filter.from.year(), m_filter.from.month(), 1))
            continue;
        if (m_filter.to.isValid() && start > m_filter.to)
            continue;
        sum += wonBack.at(i);
    }
    return sum;
}

QList<CustomerId> DashboardSession::customers(const DashboardElement &element) const
{
    return m_workspace.dashboard().customers(m_data.snapshot.id, m_filter, element);
}

QStringList DashboardSession::owners() const
{
    return m_workspace.dashboard().owners();
}

QStringList DashboardSession::regions() const
{
    return m_workspace.dashboard().regions();
}

QStringList DashboardSession::channels() const
{
    return m_workspace.dashboard().channels();
}

} // namespace kehu
