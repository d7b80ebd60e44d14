#include "churntracker.h"

#include "accessguard.h"
#include "auditedwrite.h"
#include "churneventrepository.h"
#include "customerlistrepository.h"
#include "segmentstatsrepository.h"
#include "workspace.h"

namespace kehu {

QList<AtRiskRow> ChurnTracker::atRisk(int limit) const
{
    if (!m_workspace.access().require(Operation::ViewFigures))
        return {};
    const qint64 snapshot = CustomerListRepository(m_workspace.database()).currentSnapshotId();
    if (snapshot <= 0)
        return {};
    return SegmentStatsRepository(m_workspace.database()).atRisk(snapshot, limit);
}

qint64 ChurnTracker::flag(const ChurnEvent &event, QString *error)
{
    if (!m_workspace.access().requireCustomer(Operation::RecordChurn, event.customerId, error))
        return 0;
    AuditedWrite write(m_workspace,
                       {QStringLiteral("record_churn"), QStringLiteral("churn_event"), std::nullopt, event.customerId});
    if (!write.begun(error))
        return 0;
    const qint64 id = ChurnEventRepository(m_workspace.database()).add(event, error);
    if (id <= 0)
        return 0;
    write.entry().entityId = id;
    write.watchNew(QStringLiteral("churn_events"), {id});
    return write.commit(error) ? id : 0;
}

bool ChurnTracker::setOutcome(qint64 eventId, ChurnOutcome outcome, QDate on, QString *error)
{
    ChurnEventRepository events(m_workspace.database());
    const std::optional<CustomerId> customer = events.customerOf(eventId);
    if (!m_workspace.access().requireCustomer(Operation::RecordChurn, customer.value_or(0), error))
        return false;
    AuditedWrite write(m_workspace,
                       {QStringLiteral("record_churn_outcome"), QStringLiteral("churn_event"), eventId, customer});
    return write.watch(QStringLiteral("churn_events"), {eventId}, error)
           && events.setOutcome(eventId, outcome, on, error) && write.commit(error);
}

QList<ChurnEvent> ChurnTracker::eventsOf(CustomerId customer) const
{
    if (!m_workspace.access().requireCustomer(Operation::ViewCustomers, customer))
        return {};
    return ChurnEventRepository(m_workspace.database()).forCustomer(customer);
}

} // namespace kehu
