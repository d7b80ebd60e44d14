#include "salestargets.h"

#include "ownertargetrepository.h"
#include "salesteamrepository.h"
#include "workspace.h"

namespace kehu {

QList<OwnerTarget> SalesTargets::forQuarter(const QString &quarter) const
{
    return OwnerTargetRepository(m_workspace.database()).forQuarter(quarter);
}

bool SalesTargets::set(const OwnerTarget &target, QString *error)
{
    return OwnerTargetRepository(m_workspace.database()).set(target, error);
}

bool SalesTargets::remove(const QString &owner, const QString &quarter)
{
    return OwnerTargetRepository(m_workspace.database()).remove(owner, quarter);
}

QStringList SalesTargets::owners() const
{
    return SalesTeamRepository(m_workspace.database()).owners();
}

QList<OwnerActuals> SalesTargets::actuals(const QDate &from, const QDate &to) const
{
    return SalesTeamRepository(m_workspace.database()).ownerActuals(from, to);
}

} // namespace kehu
