#include "customermerger.h"

#include "accessguard.h"
#include "auditedwrite.h"
#include "customerrepository.h"
#include "database.h"
#include "restorepoints.h"
#include "rowsnapshot.h"
#include "workspace.h"

#include <QSqlError>

namespace kehu {

namespace {

void fillEmpty(QString &target, const QString &source)
{
    if (target.trimmed().isEmpty())
        target = source;
}

} // namespace

bool CustomerMerger::merge(CustomerId keep, CustomerId duplicate, QString *error)
{
    if (keep == duplicate) {
        if (error)
            *error = QStringLiteral("cannot merge a customer into itself");
        return false;
    }
    AccessGuard &access = m_workspace.access();
    if (!access.requireCustomer(Operation::MergeCustomers, keep, error)
        || !access.requireCustomer(Operation::MergeCustomers, duplicate, error))
        return false;
    CustomerRepository customers(m_database);
    std::optional<Customer> kept = customers.findById(keep);
    const std::optional<Customer> other = customers.findById(duplicate);
    if (!kept || !other) {
        if (error)
            *error = QStringLiteral("customer not found");
        return false;
    }
    if (!RestorePoints(m_workspace).takeBeforeRiskyWrite(QStringLiteral("merge"), error))
        return false;
    AuditedWrite write(m_workspace, {QStringLiteral("merge"), QStringLiteral("customer"), keep, keep});
    write.entry().detail =
        QStringLiteral("merged %1 (%2) into %3 (%4)").arg(duplicate).arg(other->code).arg(keep).arg(kept->code);
    if (!write.watch(QStringLiteral("customers"), {keep, duplicate}, error)
        || !customers.moveHistory(duplicate, keep, error))
        return false;
    fillEmpty(kept->phone, other->phone);
    fillEmpty(kept->email, other->email);
    fillEmpty(kept->company, other->company);
    fillEmpty(kept->industry, other->industry);
    fillEmpty(kept->companySize, other->companySize);
    fillEmpty(kept->region, other->region);
    fillEmpty(kept->channel, other->channel);
    fillEmpty(kept->owner, other->owner);
    fillEmpty(kept->explicitNeeds, other->explicitNeeds);
    fillEmpty(kept->implicitNeeds, other->implicitNeeds);
    fillEmpty(kept->preferences, other->preferences);
    if (kept->personality == PersonalityType::Unknown)
        kept->personality = other->personality;
    if (!kept->budget)
        kept->budget = other->budget;
    for (const QString &tag : other->tags) {
        if (!kept->tags.contains(tag))
            kept->tags << tag;
    }
    if (!other->notes.isEmpty())
        kept->notes = kept->notes.isEmpty() ? other->notes : kept->notes + u"\n" + other->notes;
    if (customers.update(*kept, error) != SaveResult::Saved) {
        if (error && error->isEmpty())
            *error = QStringLiteral("the kept customer changed meanwhile");
        return false;
    }
    return customers.retireMerged(duplicate, error) && write.commit(error);
}

CustomerMerger::CustomerMerger(Workspace &workspace) : m_workspace(workspace), m_database(workspace.database()) {}

bool CustomerMerger::copyBeforeMerge(CustomerId keep, CustomerId duplicate, RowSnapshot &before, QString *error)
{
    if (!before.capture(m_database, QStringLiteral("customers"), {keep, duplicate}, error))
        return false;
    // A profile written back must not be saved over by whoever read the merged one.
    before.setVersionColumn(QStringLiteral("customers"), QStringLiteral("version"));
    for (const QString &table : CustomerRepository::historyTables()) {
        if (!before.captureWhere(m_database, table, QStringLiteral("customer_id"), duplicate, error))
            return false;
    }
    return true;
}

bool CustomerMerger::unmerge(CustomerId keep, CustomerId duplicate, const RowSnapshot &before, QString *error)
{
    if (!m_workspace.access().requireCustomer(Operation::MergeCustomers, keep, error))
        return false;
    AuditedWrite write(m_workspace, {QStringLiteral("unmerge"), QStringLiteral("customer"), keep, keep});
    write.entry().detail = QStringLiteral("took %1 out of %2 again (undo of a merge)").arg(duplicate).arg(keep);
    return write.watch(QStringLiteral("customers"), {keep, duplicate}, error) && before.restore(m_database, error)
           && write.commit(error);
}

} // namespace kehu
