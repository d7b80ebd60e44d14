#include "handover.h"

#include "accessguard.h"
#include "auditedwrite.h"
#include "commands/handovercommand.h"
#include "commands/servicecommand.h"
#include "customerlistrepository.h"
#include "customerrepository.h"
#include "followuprepository.h"
#include "restorepoints.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace kehu {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kehu::Handover", text);
}

/// {"customers": {owner: [ids]}, "follow_ups": {assignee: [ids]}}: who had what, compactly
/// (a list per person, not a row per customer: 100,000 customers are ~1 MB).
QString stateJson(const OwnerState &state)
{
    QMap<QString, QJsonArray> customers;
    for (const OwnedCustomer &c : state.customers)
        customers[c.owner].append(c.id);
    QMap<QString, QJsonArray> followUps;
    for (const auto &[id, assignee] : state.followUps)
        followUps[assignee].append(id);
    QJsonObject byOwner;
    for (auto it = customers.cbegin(); it != customers.cend(); ++it)
        byOwner.insert(it.key(), it.value());
    QJsonObject byAssignee;
    for (auto it = followUps.cbegin(); it != followUps.cend(); ++it)
        byAssignee.insert(it.key(), it.value());
    return QString::fromUtf8(
        QJsonDocument(QJsonObject{{QStringLiteral("customers"), byOwner}, {QStringLiteral("follow_ups"), byAssignee}})
            .toJson(QJsonDocument::Compact));
}

QList<CustomerId> idsOf(const QList<OwnedCustomer> &customers)
{
    QList<CustomerId> ids;
    ids.reserve(customers.size());
    for (const OwnedCustomer &c : customers)
        ids << c.id;
    return ids;
}

/// Whether every customer of `expected` exists and has the owner it says.
bool ownersAre(Database &db, const QList<OwnedCustomer> &expected, QString *error)
{
    CustomerListQuery query;
    query.filter.ids = idsOf(expected);
    QString problem;
    const QList<OwnedCustomer> now = CustomerListRepository(db).matching(query, &problem);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    QHash<CustomerId, QString> owners;
    owners.reserve(now.size());
    for (const OwnedCustomer &c : now)
        owners.insert(c.id, c.owner);
    qint64 changed = 0;
    for (const OwnedCustomer &c : expected) {
        const auto found = owners.constFind(c.id);
        if (found == owners.cend() || *found != c.owner)
            ++changed;
    }
    if (changed > 0 && error)
        *error = QCoreApplication::translate("kehu::Handover",
                                             "%n customer(s) changed owner or left the book meanwhile: nothing was "
                                             "moved. Look again and hand over anew.",
                                             nullptr, int(changed));
    return changed == 0;
}

/// Gives each customer and follow-up of `state` the owner or assignee it names, one
/// statement per person.
bool apply(Database &db, const OwnerState &state, QString *error)
{
    QMap<QString, QList<CustomerId>> customers;
    for (const OwnedCustomer &c : state.customers)
        customers[c.owner] << c.id;
    CustomerRepository customerRepository(db);
    for (auto it = customers.cbegin(); it != customers.cend(); ++it) {
        if (!customerRepository.setOwner(it.value(), it.key(), error))
            return false;
    }
    QMap<QString, QList<qint64>> followUps;
    for (const auto &[id, assignee] : state.followUps)
        followUps[assignee] << id;
    FollowUpRepository followUpRepository(db);
    for (auto it = followUps.cbegin(); it != followUps.cend(); ++it) {
        if (!followUpRepository.assign(it.value(), it.key(), error))
            return false;
    }
    return true;
}

} // namespace

QMap<QString, qint64> HandoverPlan::countsByOwner() const
{
    QMap<QString, qint64> counts;
    for (const OwnedCustomer &c : customers)
        ++counts[c.owner];
    return counts;
}

std::optional<HandoverPlan> Handover::plan(const CustomerListQuery &query, const QString &to, QString *error)
{
    AccessGuard &access = m_workspace.access();
    if (!access.require(Operation::HandOver, error))
        return std::nullopt;
    const QString receiver = to.trimmed();
    if (receiver.isEmpty()) {
        if (error)
            *error = tr("Say who receives the customers.");
        return std::nullopt;
    }
    if (!access.requireOwner(Operation::HandOver, receiver, error))
        return std::nullopt;
    CustomerListQuery matching = query;
    matching.filter.reach = m_workspace.actor()->owners;
    CustomerListRepository list(m_workspace.database());
    if (matching.filter.usesSnapshot())
        matching.snapshotId = list.currentSnapshotId();
    QString problem;
    HandoverPlan plan;
    plan.to = receiver;
    for (const OwnedCustomer &c : list.matching(matching, &problem)) {
        if (c.owner != receiver)
            plan.customers << c;
    }
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return std::nullopt;
    }
    return plan;
}

bool Handover::handOver(const HandoverPlan &plan, QString *error, qint64 *followUps)
{
    // A plan is the caller's: the receiver and every giver must be within reach now.
    AccessGuard &access = m_workspace.access();
    if (!access.requireOwner(Operation::HandOver, plan.to, error))
        return false;
    for (const QString &owner : plan.owners()) {
        if (!access.requireOwner(Operation::HandOver, owner, error))
            return false;
    }
    if (plan.customers.isEmpty()) {
        if (error)
            *error =
                tr("No customers to hand over: the filter matches none that %1 does not already own.").arg(plan.to);
        return false;
    }
    if (!RestorePoints(m_workspace).takeBeforeRiskyWrite(QStringLiteral("hand_over"), error))
        return false;
    auto *command = new HandOverCommand(m_workspace, plan);
    const bool done = ServiceCommand::push(m_workspace, command, error);
    if (done && followUps)
        *followUps = command->followUpCount();
    return done;
}

bool Handover::carryOut(const HandoverPlan &plan, OwnerState *before, OwnerState *after, QString *error)
{
    OwnerState from{plan.customers, {}};
    OwnerState to;
    to.customers.reserve(plan.customers.size());
    for (const OwnedCustomer &c : plan.customers)
        to.customers.append({c.id, plan.to});
    if (!write(from, to, QStringLiteral("hand_over"), true, error))
        return false;
    *before = std::move(from);
    *after = std::move(to);
    return true;
}

bool Handover::restore(const OwnerState &from, const OwnerState &to, const QString &action, QString *error)
{
    OwnerState was = from;
    OwnerState becomes = to;
    return write(was, becomes, action, false, error);
}

bool Handover::write(OwnerState &from, OwnerState &to, const QString &action, bool findFollowUps, QString *error)
{
    if (!m_workspace.access().require(Operation::HandOver, error))
        return false;
    Database &db = m_workspace.database();
    AuditedWrite audited(m_workspace, {action, QStringLiteral("customer")});
    if (!audited.begun(error) || !ownersAre(db, from.customers, error))
        return false;
    if (findFollowUps && !to.customers.isEmpty()) {
        const QString receiver = to.customers.constFirst().owner;
        QSet<QString> givers;
        for (const OwnedCustomer &c : from.customers)
            givers.insert(c.owner);
        givers.remove(receiver);
        const auto assigned = FollowUpRepository(db).openAssigned(idsOf(from.customers),
                                                                  QStringList(givers.cbegin(), givers.cend()), error);
        if (!assigned)
            return false;
        from.followUps = *assigned;
        for (const auto &[id, assignee] : *assigned)
            to.followUps.append({id, receiver});
    }
    if (!apply(db, to, error))
        return false;
    audited.entry().before = stateJson(from);
    audited.entry().after = stateJson(to);
    audited.entry().detail =
        QStringLiteral("%1 customers, %2 follow-ups").arg(to.customers.size()).arg(to.followUps.size());
    return audited.commit(error);
}

} // namespace kehu
