#include "commands/recordvisitcommand.h"

#include "customerbook.h"
#include "customerrepository.h"
#include "rowsnapshot.h"
#include "workspace.h"

#include <QCoreApplication>

namespace kehu {

namespace {

QString customerName(Workspace &workspace, const VisitDraft &draft)
{
    if (draft.customerId <= 0)
        return draft.newName.trimmed();
    const auto customer = workspace.customers().get(draft.customerId);
    return customer ? customer->name : QString();
}

} // namespace

RecordVisitCommand::RecordVisitCommand(Workspace &workspace, const VisitDraft &draft, RecordedVisit *recorded)
    : RowChangeCommand(workspace, Operation::LogVisit, QStringLiteral("log_visit")), m_draft(draft), m_result(recorded)
{
    setText(QCoreApplication::translate("kehu::RecordVisitCommand", "Visit of %1").arg(customerName(workspace, draft)));
}

bool RecordVisitCommand::apply(QString *error)
{
    const std::optional<RecordedVisit> recorded = m_workspace.visits().record(m_draft, error);
    if (!recorded)
        return false;
    m_recorded = *recorded;
    if (m_result)
        *m_result = m_recorded;
    m_result = nullptr; // the caller's variable is gone after push()
    const std::pair<const char *, qint64> rows[] = {
        {"visits", m_recorded.visitId}, {"followups", m_recorded.followUpId}, {"surveys", m_recorded.surveyId}};
    for (const auto &[table, id] : rows) {
        if (id <= 0)
            continue;
        before().markAbsent(QLatin1StringView(table), {id});
        after().capture(m_workspace.database(), QLatin1StringView(table), {id});
    }
    return true;
}

bool RecordVisitCommand::restoreExtra(bool undoing)
{
    if (!m_recorded.createdCustomer)
        return true;
    // The customer made at the counter leaves the book with a tombstone, as undoing
    // CreateCustomerCommand does; false only when someone else already did that.
    CustomerRepository(m_workspace.database()).setDeleted(m_recorded.customerId, undoing);
    return true;
}

void RecordVisitCommand::notify()
{
    if (m_recorded.createdCustomer)
        m_workspace.notifyBookChanged(Workspace::ChangeOrigin::UndoCommand);
    m_workspace.notifyCustomerChanged(m_recorded.customerId, Workspace::ChangeOrigin::UndoCommand);
    if (m_recorded.followUpId > 0)
        m_workspace.notifyFollowUpsChanged(Workspace::ChangeOrigin::UndoCommand);
}

} // namespace kehu
