#include "bookstatistics.h"

#include "accessguard.h"

#include "customerrepository.h"
#include "statsrepository.h"
#include "workspace.h"

namespace kehu {

qint64 BookStatistics::customerCount() const
{
    if (!m_workspace.access().require(Operation::ViewCustomers))
        return 0;
    return CustomerRepository(m_workspace.database()).count();
}

ActivitySpan BookStatistics::activitySpan() const
{
    if (!m_workspace.access().require(Operation::ViewCustomers))
        return {};
    return StatsRepository(m_workspace.database()).activitySpan();
}

QList<QPair<QString, qint64>> BookStatistics::tableCounts() const
{
    if (!m_workspace.access().require(Operation::ViewFigures))
        return {};
    return StatsRepository(m_workspace.database()).tableCounts();
}

} // namespace kehu
