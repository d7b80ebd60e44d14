#include "commands/setcadencerulescommand.h"

#include "booksettings.h"
#include "followupplanner.h"
#include "workspace.h"

#include <QCoreApplication>

namespace kehu {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(KehuSetCadenceRulesCommand)
};

} // namespace

SetCadenceRulesCommand::SetCadenceRulesCommand(Workspace &workspace, FollowUpCadencePolicy after)
    : m_workspace(workspace), m_before(workspace.settings().value(QString(FollowUpPlanner::kSettingsKey))),
      m_after(std::move(after))
{
    setText(Text::tr("Change the follow-up rules"));
}

void SetCadenceRulesCommand::redo()
{
    setOutcome(m_workspace.followUpPlanner().setPolicy(m_after));
    m_workspace.notifySettingsChanged(Workspace::ChangeOrigin::UndoCommand);
}

void SetCadenceRulesCommand::undo()
{
    setOutcome(m_workspace.settings().setValue(QString(FollowUpPlanner::kSettingsKey), m_before));
    m_workspace.notifySettingsChanged(Workspace::ChangeOrigin::UndoCommand);
}

} // namespace kehu
