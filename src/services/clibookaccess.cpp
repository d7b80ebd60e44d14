#include "clibookaccess.h"

#include "customerrepository.h"
#include "dashboardrepository.h"
#include "followuprepository.h"
#include "settingsrepository.h"
#include "snapshotrepository.h"
#include "surveyrepository.h"
#include "workspace.h"

namespace kehu {

ClassificationPolicy CliBookAccess::policy() const
{
    return SettingsRepository(m_workspace.database()).policy();
}

qint64 CliBookAccess::customerCount() const
{
    return CustomerRepository(m_workspace.database()).count();
}

std::optional<SnapshotInfo> CliBookAccess::currentSnapshot() const
{
    return SnapshotRepository(m_workspace.database()).current();
}

std::optional<SnapshotInfo> CliBookAccess::snapshot(qint64 id) const
{
    return SnapshotRepository(m_workspace.database()).find(id);
}

bool CliBookAccess::forEachSnapshotRow(qint64 snapshotId, const std::function<bool(const SnapshotRow &)> &visit) const
{
    return SnapshotRepository(m_workspace.database()).forEachRow(snapshotId, visit);
}

CliBookAccess::DashboardOverview CliBookAccess::dashboard(const DashboardFilter &filter, QString *error) const
{
    const DashboardData d = DashboardRepository(m_workspace.database()).load(filter, error);
    DashboardOverview o;
    o.snapshot = d.snapshot;
    o.customers = d.kpis.customers;
    o.active = d.kpis.active;
    o.atRisk = d.kpis.atRisk;
    o.churned = d.kpis.churned;
    o.newInRange = d.kpis.newInRange;
    o.revenue = d.kpis.revenue;
    o.averageClv = d.kpis.averageClv;
    o.nps = d.kpis.nps;
    o.csat = d.kpis.csat;
    o.npsAnswers = d.kpis.npsAnswers;
    for (const auto &g : d.segments)
        o.segments.append({g.key, g.customers});
    return o;
}

QList<CliBookAccess::OpenFollowUp> CliBookAccess::openFollowUps(const FollowUpQuery &query, QString *error) const
{
    FollowUpRepository::Query q;
    q.today = query.today;
    q.owner = query.owner;
    q.onlyOverdue = query.onlyOverdue;
    q.dueBy = query.dueBy;
    q.limit = query.limit;
    QList<OpenFollowUp> rows;
    for (const auto &r : FollowUpRepository(m_workspace.database()).open(q, error))
        rows.append({r.followUp, r.code, r.name, r.owner, r.daysOverdue});
    return rows;
}

QList<CliBookAccess::OwnerFollowUps> CliBookAccess::followUpCounts(QDate today) const
{
    QList<OwnerFollowUps> rows;
    for (const auto &c : FollowUpRepository(m_workspace.database()).countsByOwner(today))
        rows.append({c.owner, c.overdue, c.dueToday, c.later});
    return rows;
}

qint64 CliBookAccess::addFollowUps(const QList<FollowUp> &followUps, QString *error)
{
    const qint64 written = FollowUpRepository(m_workspace.database()).addAll(followUps, error);
    if (written >= 0)
        m_workspace.notifyFollowUpsChanged();
    return written;
}

bool CliBookAccess::markFollowUpDone(qint64 id, const Visit &visit, QString *error)
{
    if (!FollowUpRepository(m_workspace.database()).markDone(id, visit, error))
        return false;
    m_workspace.notifyFollowUpsChanged();
    return true;
}

analytics::SatisfactionSeries CliBookAccess::satisfaction(const DashboardFilter &filter,
                                                          analytics::CalendarPeriod period) const
{
    return SurveyRepository(m_workspace.database()).byPeriod(filter, period);
}

} // namespace kehu
