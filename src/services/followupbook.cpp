#include "followupbook.h"

#include "accessguard.h"
#include "auditedwrite.h"
#include "customerrepository.h"
#include "followuprepository.h"
#include "workspace.h"

namespace kehu {

namespace {

const QString kTable = QStringLiteral("followups");

} // namespace

QList<FollowUpRow> FollowUpBook::open(const FollowUpQuery &query, QString *error) const
{
    if (!m_workspace.access().require(Operation::ViewCustomers, error))
        return {};
    FollowUpQuery reached = query;
    reached.reach = m_workspace.actor()->owners;
    return FollowUpRepository(m_workspace.database()).open(reached, error);
}

QList<FollowUpOwnerCounts> FollowUpBook::countsByOwner(QDate today) const
{
    if (!m_workspace.access().require(Operation::ViewFigures))
        return {};
    return FollowUpRepository(m_workspace.database()).countsByOwner(today);
}

std::optional<FollowUp> FollowUpBook::find(qint64 id) const
{
    std::optional<FollowUp> found = FollowUpRepository(m_workspace.database()).find(id);
    if (!m_workspace.access().requireCustomer(Operation::ViewCustomers, found ? found->customerId : 0))
        return std::nullopt;
    return found;
}

QHash<CustomerId, QString> FollowUpBook::customerNames(const QList<CustomerId> &ids) const
{
    if (!m_workspace.access().require(Operation::ViewCustomers))
        return {};
    CustomerRepository customers(m_workspace.database());
    QHash<CustomerId, QString> names;
    for (const CustomerId id : ids)
        if (const auto customer = customers.findById(id); customer && m_workspace.actor()->reaches(customer->owner))
            names.insert(id, customer->name);
    return names;
}

bool FollowUpBook::requireAll(const QList<FollowUp> &followUps, QString *error)
{
    if (followUps.isEmpty())
        return m_workspace.access().require(Operation::WorkFollowUps, error);
    for (const FollowUp &followUp : followUps) {
        if (!m_workspace.access().requireCustomer(Operation::WorkFollowUps, followUp.customerId, error))
            return false;
    }
    return true;
}

bool FollowUpBook::requireIds(const QList<qint64> &ids, QList<FollowUp> *found, QString *error)
{
    if (ids.isEmpty())
        return m_workspace.access().require(Operation::WorkFollowUps, error);
    FollowUpRepository repository(m_workspace.database());
    QList<FollowUp> followUps;
    for (const qint64 id : ids) {
        const std::optional<FollowUp> followUp = repository.find(id);
        if (!followUp) {
            if (error)
                *error = QStringLiteral("follow-up %1 is not in the book (another desk removed it?)").arg(id);
            return false;
        }
        if (!m_workspace.access().requireCustomer(Operation::WorkFollowUps, followUp->customerId, error))
            return false;
        followUps << *followUp;
    }
    if (found)
        *found = followUps;
    return true;
}

bool FollowUpBook::create(const QList<FollowUp> &followUps, QList<qint64> *ids, QString *error)
{
    if (!requireAll(followUps, error))
        return false;
    AuditedWrite write(m_workspace, {QStringLiteral("create_follow_ups"), QStringLiteral("followup")});
    if (!write.begun(error))
        return false;
    QList<qint64> written;
    if (!FollowUpRepository(m_workspace.database()).insertAll(followUps, &written, error))
        return false;
    write.watchNew(kTable, written);
    if (followUps.size() == 1) {
        write.entry().entityId = written.value(0);
        write.entry().customerId = followUps.first().customerId;
    }
    if (!write.commit(error))
        return false;
    if (ids)
        *ids = written;
    return true;
}

bool FollowUpBook::remove(const QList<qint64> &ids, QString *error)
{
    QList<FollowUp> found;
    if (!requireIds(ids, &found, error))
        return false;
    AuditedWrite write(m_workspace, {QStringLiteral("remove_follow_ups"), QStringLiteral("followup")});
    if (ids.size() == 1) {
        write.entry().entityId = ids.first();
        write.entry().customerId = found.first().customerId;
    }
    return write.watch(kTable, ids, error) && FollowUpRepository(m_workspace.database()).removeAll(ids, error)
           && write.commit(error);
}

bool FollowUpBook::markDone(qint64 id, const Visit &visit, qint64 *visitId, QString *error)
{
    QList<FollowUp> found;
    if (!requireIds({id}, &found, error))
        return false;
    AuditedWrite write(
        m_workspace, {QStringLiteral("mark_follow_up_done"), QStringLiteral("followup"), id, found.first().customerId});
    qint64 newVisit = 0;
    if (!write.watch(kTable, {id}, error)
        || !FollowUpRepository(m_workspace.database()).markDone(id, visit, error, &newVisit))
        return false;
    write.watchNew(QStringLiteral("visits"), {newVisit});
    if (!write.commit(error))
        return false;
    if (visitId)
        *visitId = newVisit;
    return true;
}

bool FollowUpBook::reopen(qint64 id, qint64 visitId, QString *error)
{
    QList<FollowUp> found;
    if (!requireIds({id}, &found, error))
        return false;
    AuditedWrite write(m_workspace,
                       {QStringLiteral("reopen_follow_up"), QStringLiteral("followup"), id, found.first().customerId});
    return write.watch(kTable, {id}, error) && write.watch(QStringLiteral("visits"), {visitId}, error)
           && FollowUpRepository(m_workspace.database()).reopen(id, visitId, error) && write.commit(error);
}

bool FollowUpBook::reschedule(qint64 id, QDate dueOn, QString *error)
{
    QList<FollowUp> found;
    if (!requireIds({id}, &found, error))
        return false;
    AuditedWrite write(m_workspace, {QStringLiteral("reschedule_follow_up"), QStringLiteral("followup"), id,
                                     found.first().customerId});
    return write.watch(kTable, {id}, error) && FollowUpRepository(m_workspace.database()).reschedule(id, dueOn, error)
           && write.commit(error);
}

} // namespace kehu
