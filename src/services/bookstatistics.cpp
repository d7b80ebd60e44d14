#include "bookstatistics.h"

#include "customerrepository.h"
#include "statsrepository.h"
#include "workspace.h"

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
