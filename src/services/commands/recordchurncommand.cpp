#include "commands/recordchurncommand.h"

#include "churntracker.h"
#include "rowsnapshot.h"
#include "workspace.h"

#include <QCoreApplication>

namespace kehu {

namespace {

const QString kTable = QStringLiteral("churn_events");

} // namespace

RecordChurnReasonCommand::RecordChurnReasonCommand(Workspace &workspace, const ChurnEvent &event,
                                                   const QString &customerName)
    : RowChangeCommand(workspace, Operation::RecordChurn, QStringLiteral("record_churn")), m_event(event)
{
    setText(QCoreApplication::translate("kehu::RecordChurnReasonCommand", "Churn reason of %1").arg(customerName));
}

bool RecordChurnReasonCommand::apply(QString *error)
{
    m_event.id = m_workspace.churn().flag(m_event);
    if (m_event.id <= 0) {
        m_event.id = 0;
        *error = QCoreApplication::translate("kehu::RecordChurnReasonCommand", "The churn reason could not be saved.");
        return false;
    }
    before().markAbsent(kTable, {m_event.id});
    after().capture(m_workspace.database(), kTable, {m_event.id});
    return true;
}

void RecordChurnReasonCommand::notify()
{
    m_workspace.notifyCustomerChanged(m_event.customerId, Workspace::ChangeOrigin::UndoCommand);
}

RecordChurnOutcomeCommand::RecordChurnOutcomeCommand(Workspace &workspace, CustomerId customer, qint64 eventId,
                                                     ChurnOutcome outcome, QDate on, const QString &customerName)
    : RowChangeCommand(workspace, Operation::RecordChurn, QStringLiteral("record_churn_outcome")), m_customer(customer),
      m_eventId(eventId), m_outcome(outcome), m_on(on)
{
    setText(QCoreApplication::translate("kehu::RecordChurnOutcomeCommand", "Churn outcome of %1").arg(customerName));
}

bool RecordChurnOutcomeCommand::apply(QString *error)
{
    if (!before().capture(m_workspace.database(), kTable, {m_eventId})
        || !m_workspace.churn().setOutcome(m_eventId, m_outcome, m_on)) {
        *error = QCoreApplication::translate("kehu::RecordChurnOutcomeCommand", "The outcome could not be saved.");
        return false;
    }
    after().capture(m_workspace.database(), kTable, {m_eventId});
    return true;
}

void RecordChurnOutcomeCommand::notify()
{
    m_workspace.notifyCustomerChanged(m_customer, Workspace::ChangeOrigin::UndoCommand);
}

} // namespace kehu
