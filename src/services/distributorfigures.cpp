#include "distributorfigures.h"

#include "accessguard.h"

#include "salesteamrepository.h"
#include "workspace.h"

namespace kehu {

QList<DistributorLine> DistributorFigures::scorecard(const QDate &from, const QDate &to, const QDate &previousFrom,
                                                     const QDate &previousTo,
                                                     const analytics::ScorecardWeights &weights) const
{
    if (!m_workspace.access().require(Operation::ViewFigures))
        return {};
    return SalesTeamRepository(m_workspace.database())
        .distributorScorecard(from, to, previousFrom, previousTo, weights);
}

} // namespace kehu
