#include "services/bookstatistics.h"

#include "services/workspace.h"
#include "storage/customerrepository.h"
#include "storage/statsrepository.h"

namespace kehu {

qint64 BookStatistics::customerCount() const
{
    return CustomerRepository(m_workspace.database()).count();
}

ActivitySpan BookStatistics::activitySpan() const
{
    return StatsRepository(m_workspace.database()).activitySpan();
}

QList<QPair<QString, qint64>> BookStatistics::tableCounts() const
{
    return StatsRepository(m_workspace.database()).tableCounts();
}

} // namespace kehu
