#include "customerbook.h"

#include "activityrepository.h"
#include "churneventrepository.h"
#include "customerlistrepository.h"
#include "customerrepository.h"
#include "dashboardrepository.h"
#include "snapshotrepository.h"
#include "workspace.h"

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
    return m_list->page(query, after, direction, limit, error);
}

QList<CustomerListRow> CustomerBook::page(Database &connection, const CustomerListQuery &query,
                                          const std::optional<CustomerListKey> &after, PageDirection direction,
                                          int limit, QString *error)
{
    return CustomerListRepository(connection).page(query, after, direction, limit, error);
}

QStringList CustomerBook::distinctValues(const QString &column) const
{
    return m_list->distinctValues(column);
}

QStringList CustomerBook::channels() const
{
    return DashboardRepository(m_workspace.database()).distinct(QStringLiteral("channel"));
}

qint64 CustomerBook::currentSnapshotId() const
{
    return m_list->currentSnapshotId();
}

std::optional<Customer> CustomerBook::get(CustomerId id) const
{
    return m_customers->findById(id);
}

std::optional<Customer> CustomerBook::findByCode(const QString &code) const
{
    return m_customers->findByCode(code);
}

CustomerId CustomerBook::insert(const Customer &customer, QString *error)
{
    return m_customers->insert(customer, error);
}

SaveResult CustomerBook::save(const Customer &customer, QString *error)
{
    return m_customers->update(customer, error);
}

bool CustomerBook::setDeleted(CustomerId id, bool deleted, QString *error)
{
    return m_customers->setDeleted(id, deleted, error);
}

QList<DuplicateCandidate> CustomerBook::likelyDuplicates(const Customer &customer) const
{
    return m_customers->likelyDuplicates(customer);
}

bool CustomerBook::codeInUse(const QString &code) const
{
    return m_customers->codeInUse(code);
}

QString CustomerBook::nextCode() const
{
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
    return m_activity->purchasesOf(id);
}

QList<Visit> CustomerBook::visitsOf(CustomerId id) const
{
    return m_activity->visitsOf(id);
}

QList<SurveyResponse> CustomerBook::surveysOf(CustomerId id) const
{
    return m_activity->surveysOf(id);
}

QList<ChurnEvent> CustomerBook::churnEventsOf(CustomerId id) const
{
    return m_churn->forCustomer(id);
}

std::optional<CustomerBook::Scores> CustomerBook::currentScores(CustomerId id) const
{
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
