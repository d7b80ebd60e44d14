#include "accessguard.h"

#include "auditlog.h"
#include "customerrepository.h"
#include "workspace.h"

#include <QCoreApplication>

namespace kehu {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kehu::AccessGuard", text);
}

} // namespace

QString AccessGuard::describe(Operation operation)
{
    switch (operation) {
    case Operation::ViewCustomers: return tr("view customers");
    case Operation::ViewFigures: return tr("view the figures");
    case Operation::ViewAudit: return tr("view the audit log");
    case Operation::AddCustomer: return tr("add customers");
    case Operation::EditCustomer: return tr("edit customers");
    case Operation::LogVisit: return tr("log visits");
    case Operation::RecordSurvey: return tr("record survey answers");
    case Operation::WorkFollowUps: return tr("work on follow-ups");
    case Operation::RecordChurn: return tr("record churn");
    case Operation::DeleteCustomer: return tr("delete customers");
    case Operation::MergeCustomers: return tr("merge customers");
    case Operation::HandOver: return tr("hand customers over");
    case Operation::PrivacyRequest: return tr("export or erase a person's data");
    case Operation::ImportData: return tr("import files");
    case Operation::ExportData: return tr("export data");
    case Operation::Classify: return tr("run or remove classifications");
    case Operation::ChangeRules: return tr("change the book's settings and rules");
    case Operation::MakeBackup: return tr("take backups");
    case Operation::RestoreBackup: return tr("restore backups");
    case Operation::ManageUsers: return tr("manage users");
    }
    return {};
}

bool AccessGuard::require(Operation operation, QString *error)
{
    const std::optional<Actor> &actor = m_workspace.actor();
    if (!actor)
        return refuse(operation, std::nullopt, tr("Sign in first: this book has users."), error);
    if (!AccessPolicy::allows(actor->role, operation))
        return refuse(operation, std::nullopt,
                      tr("%1 may not %2: ask an owner or a manager.").arg(actor->name, describe(operation)), error);
    return true;
}

bool AccessGuard::allows(Operation operation) const
{
    const std::optional<Actor> &actor = m_workspace.actor();
    return actor && AccessPolicy::allows(actor->role, operation);
}

bool AccessGuard::requireCustomer(Operation operation, CustomerId customer, QString *error)
{
    if (!require(operation, error))
        return false;
    const Actor &actor = *m_workspace.actor();
    if (!actor.owners)
        return true;
    const std::optional<QString> owner = CustomerRepository(m_workspace.database()).ownerOf(customer);
    if (owner && actor.reaches(*owner))
        return true;
    return refuse(operation, customer,
                  tr("%1 may not %2 outside their own customers.").arg(actor.name, describe(operation)), error);
}

bool AccessGuard::requireOwner(Operation operation, const QString &owner, QString *error)
{
    if (!require(operation, error))
        return false;
    const Actor &actor = *m_workspace.actor();
    if (actor.reaches(owner))
        return true;
    return refuse(operation, std::nullopt,
                  tr("%1 may not %2 for %3: only for their own customers.").arg(actor.name, describe(operation), owner),
                  error);
}

bool AccessGuard::record(const AuditEntry &entry, QString *error)
{
    const std::optional<Actor> &actor = m_workspace.actor();
    return AuditLog(m_workspace.database()).add(actor ? actor->name : QString(), entry, error);
}

bool AccessGuard::refuse(Operation operation, std::optional<CustomerId> customer, const QString &why, QString *error)
{
    AuditEntry entry;
    entry.action = QString(operationKey(operation));
    entry.entity = customer ? QStringLiteral("customer") : QString();
    entry.entityId = customer;
    entry.customerId = customer;
    entry.outcome = AuditOutcome::Refused;
    entry.detail = why;
    // Recorded on its own: the refused operation writes nothing, so there is no transaction
    // of its own to join.
    record(entry);
    if (error)
        *error = why;
    return false;
}

} // namespace kehu
