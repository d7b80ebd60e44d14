#include "churntracker.h"

#include "churneventrepository.h"
#include "customerlistrepository.h"
#include "segmentstatsrepository.h"
#include "workspace.h"

namespace kehu {

QList<AtRiskRow> ChurnTracker::atRisk(int limit) const
{
    const qint64 snapshot = CustomerListRepository(m_workspace.database()).currentSnapshotId();
    if (snapshot <= 0)
        return {};
    return SegmentStatsRepository(m_workspace.database()).atRisk(snapshot, limit);
}

qint64 ChurnTracker::flag(const ChurnEvent &event, QString *error)
{
    return ChurnEventRepository(m_workspace.database()).add(event, error);
}

bool ChurnTracker::setOutcome(qint64 eventId, ChurnOutcome outcome, QDate on, QString *error)
{
    return ChurnEventRepository(m_workspace.database()).setOutcome(eventId, outcome, on, error);
}

QList<ChurnEvent> ChurnTracker::eventsOf(CustomerId customer) const
{
    return ChurnEventRepository(m_workspace.database()).forCustomer(customer);
}

} // namespace kehu
