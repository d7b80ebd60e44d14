#include "commands/setownertargetcommand.h"

#include "salestargets.h"
#include "workspace.h"

#include <QCoreApplication>

namespace kehu {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(KehuSetOwnerTargetCommand)
};

} // namespace

SetOwnerTargetCommand::SetOwnerTargetCommand(Workspace &workspace, std::optional<OwnerTarget> before, OwnerTarget after)
    : m_workspace(workspace), m_before(std::move(before)), m_after(std::move(after))
{
    setText(Text::tr("Set the %1 target of %2").arg(m_after.quarter, m_after.owner));
}

void SetOwnerTargetCommand::redo()
{
    m_failed = !m_workspace.targets().set(m_after);
    setOutcome(!m_failed);
    m_workspace.notifyTargetsChanged(Workspace::ChangeOrigin::UndoCommand);
}

void SetOwnerTargetCommand::undo()
{
    SalesTargets &targets = m_workspace.targets();
    if (m_before)
        targets.set(*m_before);
    else
        targets.remove(m_after.owner, m_after.quarter);
    m_workspace.notifyTargetsChanged(Workspace::ChangeOrigin::UndoCommand);
}

bool SetOwnerTargetCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetOwnerTargetCommand *>(other);
    if (next->m_failed || next->m_after.owner != m_after.owner || next->m_after.quarter != m_after.quarter)
        return false;
    m_after = next->m_after;
    return true;
}

} // namespace kehu
