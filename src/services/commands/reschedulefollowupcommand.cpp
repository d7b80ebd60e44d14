#include "commands/reschedulefollowupcommand.h"

#include "followupbook.h"
#include "workspace.h"

#include <QCoreApplication>

namespace kehu {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(KehuRescheduleFollowUpCommand)
};

} // namespace

RescheduleFollowUpCommand::RescheduleFollowUpCommand(Workspace &workspace, qint64 followUpId, QDate dueOn)
    : m_workspace(workspace), m_followUpId(followUpId), m_after(dueOn)
{
    if (const auto followUp = workspace.followUps().find(followUpId))
        m_before = followUp->dueOn;
    setText(Text::tr("Reschedule a follow-up"));
}

void RescheduleFollowUpCommand::redo()
{
    QString error;
    const bool ok = m_before.isValid() && m_workspace.followUps().reschedule(m_followUpId, m_after, &error);
    setOutcome(ok, error);
    m_workspace.notifyFollowUpsChanged(Workspace::ChangeOrigin::UndoCommand);
}

void RescheduleFollowUpCommand::undo()
{
    QString error;
    setOutcome(m_workspace.followUps().reschedule(m_followUpId, m_before, &error), error);
    m_workspace.notifyFollowUpsChanged(Workspace::ChangeOrigin::UndoCommand);
}

} // namespace kehu
