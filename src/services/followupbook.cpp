#include "followupbook.h"

#include "customerrepository.h"
#include "followuprepository.h"
#include "workspace.h"

namespace kehu {

QList<FollowUpRow> FollowUpBook::open(const FollowUpQuery &query, QString *error) const
{
    return FollowUpRepository(m_workspace.database()).open(query, error);
}

QList<FollowUpOwnerCounts> FollowUpBook::countsByOwner(QDate today) const
{
    return FollowUpRepository(m_workspace.database()).countsByOwner(today);
}

std::optional<FollowUp> FollowUpBook::find(qint64 id) const
{
    return FollowUpRepository(m_workspace.database()).find(id);
}

QHash<CustomerId, QString> FollowUpBook::customerNames(const QList<CustomerId> &ids) const
{
    CustomerRepository customers(m_workspace.database());
    QHash<CustomerId, QString> names;
    for (const CustomerId id : ids)
        if (const auto customer = customers.findById(id))
            names.insert(id, customer->name);
    return names;
}

bool FollowUpBook::create(const QList<FollowUp> &followUps, QList<qint64> *ids, QString *error)
{
    return FollowUpRepository(m_workspace.database()).insertAll(followUps, ids, error);
}

bool FollowUpBook::remove(const QList<qint64> &ids, QString *error)
{
    return FollowUpRepository(m_workspace.database()).removeAll(ids, error);
}

bool FollowUpBook::markDone(qint64 id, const Visit &visit, qint64 *visitId, QString *error)
{
    return FollowUpRepository(m_workspace.database()).markDone(id, visit, error, visitId);
}

bool FollowUpBook::reopen(qint64 id, qint64 visitId, QString *error)
{
    return FollowUpRepository(m_workspace.database()).reopen(id, visitId, error);
}

bool FollowUpBook::reschedule(qint64 id, QDate dueOn, QString *error)
{
    return FollowUpRepository(m_workspace.database()).reschedule(id, dueOn, error);
}

} // namespace kehu
