#include "commands/setsegmentactioncommand.h"

#include "segmentrules.h"
#include "workspace.h"

#include <QCoreApplication>

namespace kehu {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(KehuSetSegmentActionCommand)
};

} // namespace

SetSegmentActionCommand::SetSegmentActionCommand(Workspace &workspace, QString segment, QString action)
    : m_workspace(workspace), m_segment(std::move(segment)), m_before(workspace.segments().action(m_segment)),
      m_after(std::move(action))
{
    setText(Text::tr("Edit the action of a segment"));
}

void SetSegmentActionCommand::redo()
{
    setOutcome(m_workspace.segments().setAction(m_segment, m_after));
    m_workspace.notifySettingsChanged(Workspace::ChangeOrigin::UndoCommand);
}

void SetSegmentActionCommand::undo()
{
    setOutcome(m_workspace.segments().setAction(m_segment, m_before));
    m_workspace.notifySettingsChanged(Workspace::ChangeOrigin::UndoCommand);
}

} // namespace kehu
