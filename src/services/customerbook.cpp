#include "customerbook.h"

#include "fieldlimits.h"

#include "accessguard.h"
#include "activityrepository.h"
#include "auditedwrite.h"
#include "auditlog.h"
#include "churneventrepository.h"
#include "customerlistrepository.h"
#include "customerrepository.h"
#include "dashboardrepository.h"
#include "snapshotrepository.h"
#include "workspace.h"

#include <QCoreApplication>

namespace kehu {

CustomerBook::CustomerBook(Workspace &workspace)
    : m_workspace(workspace), m_customers(std::make_unique<CustomerRepository>(workspace.database())),
      m_list(std::make_unique<CustomerListRepository>(workspace.database())),
      m_activity(std::make_unique<ActivityRepository>(workspace.database())),
      m_churn(std::make_unique<ChurnEventRepository>(workspace.database()))
{}

CustomerBook::~CustomerBook() = default;

QList<CustomerListRow> CustomerBook::page(const CustomerListQuery &query, const std::optional<CustomerListKey> &after,
                                          PageDirection direction, int limit, QString *error) const
{
    if (!m_workspace.access().require(Operation::ViewCustomers, error))
        return {};
    CustomerListQuery reached = query;
    reached.filter.reach = m_workspace.actor()->owners;
    return m_list->page(reached, after, direction, limit, error);
}

QStringList CustomerBook::distinctValues(const QString &column) const
{
    if (!m_workspace.access().require(Operation::ViewCustomers))
        return {};
    const std::optional<QStringList> &reach = m_workspace.actor()->owners;
    if (reach && column == u"owner")
        return *reach; // the other owners' names are not theirs to see
    return m_list->distinctValues(column);
}

QStringList CustomerBook::channels() const
{
    if (!m_workspace.access().require(Operation::ViewCustomers))
        return {};
    return DashboardRepository(m_workspace.database()).distinct(QStringLiteral("channel"));
}

qint64 CustomerBook::currentSnapshotId() const
{
    return m_list->currentSnapshotId();
}

std::optional<Customer> CustomerBook::get(CustomerId id) const
{
    if (!m_workspace.access().requireCustomer(Operation::ViewCustomers, id))
        return std::nullopt;
    return m_customers->findById(id);
}

std::optional<Customer> CustomerBook::findByCode(const QString &code) const
{
    if (!m_workspace.access().require(Operation::ViewCustomers))
        return std::nullopt;
    std::optional<Customer> found = m_customers->findByCode(code);
    if (found && !m_workspace.actor()->reaches(found->owner))
        return std::nullopt;
    return found;
}

CustomerId CustomerBook::insert(const Customer &customer, QString *error)
{
    Customer added = customer;
    const Actor *actor = m_workspace.actor() ? &*m_workspace.actor() : nullptr;
    if (actor && actor->owners && added.owner.isEmpty())
        added.owner = actor->name; // what staff (or a team's manager) add is theirs
    if (!m_workspace.access().requireOwner(Operation::AddCustomer, added.owner, error))
        return 0;
    if (const QString problem = FieldLimits::problem(added); !problem.isEmpty()) {
        if (error)
            *error = problem;
        return 0;
    }
    AuditedWrite write(m_workspace, {QStringLiteral("add_customer"), QStringLiteral("customer")});
    if (!write.begun(error))
        return 0;
    const CustomerId id = m_customers->insert(added, error);
    if (id <= 0)
        return 0;
    write.entry().entityId = id;
    write.entry().customerId = id;
    write.watchNew(QStringLiteral("customers"), {id});
    if (!write.commit(error))
        return 0;
    return id;
}

SaveResult CustomerBook::save(const Customer &customer, QString *error)
{
    if (!m_workspace.access().requireCustomer(Operation::EditCustomer, customer.id, error)
        || !m_workspace.access().requireOwner(Operation::EditCustomer, customer.owner, error))
        return SaveResult::Failed;
    if (const QString problem = FieldLimits::problem(customer); !problem.isEmpty()) {
        if (error)
            *error = problem;
        return SaveResult::Failed;
    }
    AuditedWrite write(m_workspace,
                       {QStringLiteral("edit_customer"), QStringLiteral("customer"), customer.id, customer.id});
    if (!write.watch(QStringLiteral("customers"), {customer.id}, error))
        return SaveResult::Failed;
    const SaveResult result = m_customers->update(customer, error);
    if (result != SaveResult::Saved)
        return result;
    return write.commit(error) ? SaveResult::Saved : SaveResult::Failed;
}

bool CustomerBook::setDeleted(CustomerId id, bool deleted, QString *error)
{
    if (!m_workspace.access().requireCustomer(Operation::DeleteCustomer, id, error))
        return false;
    AuditedWrite write(m_workspace, {deleted ? QStringLiteral("delete_customer") : QStringLiteral("restore_customer"),
                                     QStringLiteral("customer"), id, id});
    return write.watch(QStringLiteral("customers"), {id}, error) && m_customers->setDeleted(id, deleted, error)
           && write.commit(error);
}

bool CustomerBook::setWithdrawn(CustomerId id, bool withdrawn, QString *error)
{
    if (!m_workspace.access().requireCustomer(Operation::AddCustomer, id, error))
        return false;
    // Taking back is the undo of adding: only for whoever added the customer, and only while
    // it has no history. Anything else is deleting, which staff may not do.
    AuditQuery added;
    added.action = QStringLiteral("add_customer");
    added.customerId = id;
    added.limit = 1;
    const QList<AuditRecord> addedBy = AuditLog(m_workspace.database()).find(added);
    if (addedBy.isEmpty() || addedBy.first().userName != m_workspace.actor()->name) {
        if (error)
            *error = QCoreApplication::translate(
                "kehu::CustomerBook", "Only whoever added the customer can take it back: delete it instead.");
        return false;
    }
    if (withdrawn && m_activity->hasHistory(id)) {
        if (error)
            *error = QCoreApplication::translate("kehu::CustomerBook",
                                                 "The customer has a history now: delete it instead.");
        return false;
    }
    AuditedWrite write(m_workspace,
                       {withdrawn ? QStringLiteral("undo_add_customer") : QStringLiteral("redo_add_customer"),
                        QStringLiteral("customer"), id, id});
    return write.watch(QStringLiteral("customers"), {id}, error) && m_customers->setDeleted(id, withdrawn, error)
           && write.commit(error);
}

QList<DuplicateCandidate> CustomerBook::likelyDuplicates(const Customer &customer) const
{
    if (!m_workspace.access().require(Operation::ViewCustomers))
        return {};
    QList<DuplicateCandidate> found = m_customers->likelyDuplicates(customer);
    if (m_workspace.actor()->owners) {
        found.removeIf([this](const DuplicateCandidate &candidate) {
            return !m_workspace.actor()->reaches(candidate.customer.owner);
        });
    }
    return found;
}

bool CustomerBook::codeInUse(const QString &code) const
{
    if (!m_workspace.access().require(Operation::ViewCustomers))
        return false;
    return m_customers->codeInUse(code);
}

QString CustomerBook::nextCode() const
{
    if (!m_workspace.access().require(Operation::ViewCustomers))
        return {};
    return m_customers->nextCode();
}

bool CustomerBook::sameProfile(const Customer &a, const Customer &b)
{
    return a.code == b.code && a.name == b.name && a.phone == b.phone && a.email == b.email && a.company == b.company
           && a.industry == b.industry && a.companySize == b.companySize && a.region == b.region
           && a.channel == b.channel && a.owner == b.owner && a.lifecycle == b.lifecycle
           && a.personality == b.personality && a.type == b.type && a.explicitNeeds == b.explicitNeeds
           && a.implicitNeeds == b.implicitNeeds && a.budget == b.budget && a.preferences == b.preferences
           && a.tags == b.tags && a.notes == b.notes;
}

QList<Purchase> CustomerBook::purchasesOf(CustomerId id) const
{
    if (!m_workspace.access().requireCustomer(Operation::ViewCustomers, id))
        return {};
    return m_activity->purchasesOf(id);
}

QList<Visit> CustomerBook::visitsOf(CustomerId id) const
{
    if (!m_workspace.access().requireCustomer(Operation::ViewCustomers, id))
        return {};
    return m_activity->visitsOf(id);
}

QList<SurveyResponse> CustomerBook::surveysOf(CustomerId id) const
{
    if (!m_workspace.access().requireCustomer(Operation::ViewCustomers, id))
        return {};
    return m_activity->surveysOf(id);
}

QList<ChurnEvent> CustomerBook::churnEventsOf(CustomerId id) const
{
    if (!m_workspace.access().requireCustomer(Operation::ViewCustomers, id))
        return {};
    return m_churn->forCustomer(id);
}

std::optional<CustomerBook::Scores> CustomerBook::currentScores(CustomerId id) const
{
    if (!m_workspace.access().requireCustomer(Operation::ViewCustomers, id))
        return std::nullopt;
    const qint64 snapshot = currentSnapshotId();
    if (snapshot <= 0)
        return std::nullopt;
    const SnapshotRepository snapshots(m_workspace.database());
    const auto row = snapshots.row(snapshot, id);
    if (!row)
        return std::nullopt;
    const auto info = snapshots.find(snapshot);
    if (!info)
        return std::nullopt;
    return Scores{*info, *row};
}

} // namespace kehu
