#include "audittrail.h"

#include "accessguard.h"
#include "auditlog.h"
#include "workspace.h"

namespace kehu {

QList<AuditRecord> AuditTrail::find(const AuditQuery &query, QString *error) const
{
    if (!m_workspace.access().require(Operation::ViewAudit, error))
        return {};
    return AuditLog(m_workspace.database()).find(query, error);
}

QList<AuditRecord> AuditTrail::ofCustomer(CustomerId id, int limit, QString *error) const
{
    if (!m_workspace.access().requireCustomer(Operation::ViewCustomers, id, error))
        return {};
    AuditQuery query;
    query.customerId = id;
    query.limit = limit;
    return AuditLog(m_workspace.database()).find(query, error);
}

} // namespace kehu
