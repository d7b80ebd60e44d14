#pragma once

#include "access.h"
#include "auditentry.h"
#include "customer.h"

#include <QString>

namespace kehu {

class Workspace;

/// The one permission check every service call passes, and the audit record every write
/// leaves. A service asks require() (or requireCustomer() for work on one customer) before
/// it reads or writes; a refusal is written to the audit log at once and `error` says why in
/// words for people. A write then records what it did with record(), inside its own
/// transaction, so that the record exists exactly when the change was committed. A disabled
/// button in a view is a courtesy; this is the control.
class AccessGuard
{
public:
    explicit AccessGuard(Workspace &workspace) : m_workspace(workspace) {}

    /// Whether the person working may do `operation` at all. False with `error` set (and the
    /// refusal recorded) when not signed in or when their role does not allow it.
    bool require(Operation operation, QString *error = nullptr);
    /// require(), and the customer must be within the person's reach (staff: their own; a
    /// team's manager: the team's). An unknown customer is refused like one out of reach, so
    /// that a refusal does not tell whether a customer exists.
    bool requireCustomer(Operation operation, CustomerId customer, QString *error = nullptr);
    /// require(), and customers owned by `owner` must be within reach (a new customer, or one
    /// given to `owner`).
    bool requireOwner(Operation operation, const QString &owner, QString *error = nullptr);

    /// Whether the person working may do `operation`, without recording anything: for views
    /// deciding what to offer (a hidden page, a disabled action). Services still require().
    bool allows(Operation operation) const;

    /// Writes `entry` with the working person's name, in the caller's transaction. False with
    /// `error` set when the write failed: the caller then rolls back.
    bool record(const AuditEntry &entry, QString *error = nullptr);

    /// The words for an operation as a refusal names it ("merge customers").
    static QString describe(Operation operation);

private:
    bool refuse(Operation operation, std::optional<CustomerId> customer, const QString &why, QString *error);

    Workspace &m_workspace;
};

} // namespace kehu
