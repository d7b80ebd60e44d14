#include "commands/markfollowupdonecommand.h"

#include "followupbook.h"
#include "workspace.h"

#include <QCoreApplication>

namespace kehu {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(KehuMarkFollowUpDoneCommand)
};

} // namespace

MarkFollowUpDoneCommand::MarkFollowUpDoneCommand(Workspace &workspace, qint64 followUpId, Visit visit)
    : m_workspace(workspace), m_followUpId(followUpId), m_visit(std::move(visit))
{
    if (const auto followUp = workspace.followUps().find(followUpId))
        m_customerId = followUp->customerId;
    if (!m_visit.time.isValid()) // redo after undo logs the same visit
        m_visit.time = QDateTime::currentDateTime();
    setText(Text::tr("Mark a follow-up done"));
}

void MarkFollowUpDoneCommand::redo()
{
    QString error;
    setOutcome(m_workspace.followUps().markDone(m_followUpId, m_visit, &m_visitId, &error), error);
    m_workspace.notifyFollowUpsChanged(Workspace::ChangeOrigin::UndoCommand);
    if (m_customerId)
        m_workspace.notifyCustomerChanged(m_customerId, Workspace::ChangeOrigin::UndoCommand);
}

void MarkFollowUpDoneCommand::undo()
{
    QString error;
    setOutcome(m_workspace.followUps().reopen(m_followUpId, m_visitId, &error), error);
    m_visitId = 0;
    m_workspace.notifyFollowUpsChanged(Workspace::ChangeOrigin::UndoCommand);
    if (m_customerId)
        m_workspace.notifyCustomerChanged(m_customerId, Workspace::ChangeOrigin::UndoCommand);
}

} // namespace kehu
