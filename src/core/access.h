#pragma once

#include <QLatin1StringView>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace kehu {

/// What a person may do in a shared book. Stored as its key (roleKey) in users.role.
///  - Owner: everything, and the only one who manages users.
///  - Manager: the whole book, or only the customers of their team when they have one.
///  - Staff: their own customers: find, view, add, edit, log visits and surveys, their follow-ups.
///  - Viewer: reads the customers and the figures, changes nothing.
enum class Role { Owner, Manager, Staff, Viewer };

/// Every service operation, as the permission check knows it: each call into the services
/// asks AccessPolicy::allows for one of these first. The list is closed on purpose: a new
/// use case either fits one of these or adds a line here, to the policy table and to the
/// permission-matrix test.
enum class Operation {
    ViewCustomers,  ///< list, search and open customers with their history (within reach)
    ViewFigures,    ///< dashboards, segments, snapshots, the review, targets' actuals, statistics
    ViewAudit,      ///< the audit log
    AddCustomer,    ///< a new customer (staff: becomes its owner)
    EditCustomer,   ///< a customer's profile (within reach)
    LogVisit,       ///< a visit to a customer (within reach)
    RecordSurvey,   ///< a survey answer (within reach)
    WorkFollowUps,  ///< create, reschedule, close and reopen follow-ups (within reach)
    RecordChurn,    ///< churn records and their win-back outcomes
    DeleteCustomer, ///< delete a customer (recoverable) or bring one back
    MergeCustomers, ///< merge a duplicate into a customer, and undo it
    HandOver,       ///< give customers (with their open follow-ups) to another owner, in bulk
    PrivacyRequest, ///< export everything about one person, or erase them (within reach)
    ImportData,     ///< bulk import of a file
    ExportData,     ///< export customers, purchases or figures to a file
    Classify,       ///< a classification run that stores a snapshot
    ChangeRules,    ///< the book's settings: policy, segment actions, cadence rules, targets
    MakeBackup,     ///< take a backup or restore point of the book, list and prune them
    RestoreBackup,  ///< replace the book's content with a restore point or backup
    ManageUsers,    ///< add users, change their role or team, reset passwords, disable
};
inline constexpr int kOperationCount = int(Operation::ManageUsers) + 1;

/// Who is working on the book. A one-person book without users has an anonymous owner
/// (name empty); once users exist, the actor is the signed-in user.
struct Actor
{
    QString name;
    Role role = Role::Viewer;
    /// The owners whose customers this person sees and works on; nullopt for the whole book.
    /// Staff: themselves. A manager with a team: the team's members.
    std::optional<QStringList> owners;

    /// The person at the desk of a book without users: its owner, without a name.
    static Actor anonymousOwner() { return Actor{QString(), Role::Owner, std::nullopt}; }
    bool isAnonymous() const { return name.isEmpty(); }
    /// Whether `owner`'s customers are within this person's reach.
    bool reaches(const QString &owner) const { return !owners || owners->contains(owner); }
};

/// The rules of who may do what (the table in docs/security.md). Pure: the services ask it,
/// and on PostgreSQL the same rules are written as GRANTs and row-level policies.
class AccessPolicy
{
public:
    static bool allows(Role role, Operation operation);
};

QLatin1StringView roleKey(Role role);
std::optional<Role> roleFromKey(QStringView key);
/// Stable ASCII name of an operation, as the audit log stores a refusal ("merge_customers").
QLatin1StringView operationKey(Operation operation);

} // namespace kehu
