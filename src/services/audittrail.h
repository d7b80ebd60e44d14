#pragma once

#include "auditentry.h"

#include <QList>
#include <QString>

namespace kehu {

class Workspace;

/// What the audit log tells people: the managers' Audit view (filtered by user, action,
/// customer and time) and one customer's history of who changed it.
class AuditTrail
{
public:
    explicit AuditTrail(Workspace &workspace) : m_workspace(workspace) {}

    /// The newest records matching `query` (Operation::ViewAudit).
    QList<AuditRecord> find(const AuditQuery &query, QString *error = nullptr) const;
    /// The newest records about customer `id`: anyone who may see the customer may see who
    /// changed it.
    QList<AuditRecord> ofCustomer(CustomerId id, int limit = 200, QString *error = nullptr) const;

private:
    Workspace &m_workspace;
};

} // namespace kehu
