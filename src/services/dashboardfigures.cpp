#include "dashboardfigures.h"

#include "accessguard.h"

#include "dashboardrepository.h"
#include "workspace.h"

namespace kehu {

DashboardFigures::DashboardFigures(Workspace &workspace)
    : m_workspace(workspace), m_repository(std::make_unique<DashboardRepository>(workspace.database()))
{}

DashboardFigures::~DashboardFigures() = default;

DashboardData DashboardFigures::load(const DashboardFilter &filter, QString *error) const
{
    if (!m_workspace.access().require(Operation::ViewFigures, error))
        return {};
    return m_repository->load(filter, error);
}

QList<CustomerId> DashboardFigures::customers(qint64 snapshotId, const DashboardFilter &filter,
                                              const DashboardElement &element, int limit, QString *error) const
{
    if (!m_workspace.access().require(Operation::ViewFigures))
        return {};
    return m_repository->customers(snapshotId, filter, element, limit, error);
}

analytics::CustomerCounts DashboardFigures::counts(const DashboardFilter &filter,
                                                   const analytics::CountOptions &options, QString *error) const
{
    if (!m_workspace.access().require(Operation::ViewFigures))
        return {};
    return m_repository->counts(filter, options, error);
}

QStringList DashboardFigures::owners() const
{
    if (!m_workspace.access().require(Operation::ViewFigures))
        return {};
    return m_repository->distinct(QStringLiteral("owner"));
}

QStringList DashboardFigures::regions() const
{
    if (!m_workspace.access().require(Operation::ViewFigures))
        return {};
    return m_repository->distinct(QStringLiteral("region"));
}

QStringList DashboardFigures::channels() const
{
    if (!m_workspace.access().require(Operation::ViewFigures))
        return {};
    return m_repository->distinct(QStringLiteral("channel"));
}

void DashboardFigures::clearCache()
{
    m_repository->clearCache();
}

void DashboardFigures::forgetActivitySpan()
{
    m_repository->forgetActivitySpan();
}

} // namespace kehu
