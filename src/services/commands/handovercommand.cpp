#include "commands/handovercommand.h"

#include "workspace.h"

#include <QCoreApplication>
#include <QLocale>

namespace kehu {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(KehuHandOverCommand)
};

} // namespace

HandOverCommand::HandOverCommand(Workspace &workspace, HandoverPlan plan)
    : m_workspace(workspace), m_plan(std::move(plan))
{
    setText(Text::tr("Hand %n customer(s) over to %1", nullptr, int(m_plan.customers.size())).arg(m_plan.to));
}

void HandOverCommand::redo()
{
    QString error;
    Handover handover(m_workspace);
    if (!m_carriedOut) {
        m_carriedOut = handover.carryOut(m_plan, &m_before, &m_after, &error);
        m_done = m_carriedOut;
        setOutcome(m_done, error);
        m_plan.customers.clear(); // kept in m_before from now on
    } else {
        m_done = handover.restore(m_before, m_after, QStringLiteral("redo_hand_over"), &error);
    }
    if (m_done)
        notify();
}

void HandOverCommand::undo()
{
    if (!m_done || !Handover(m_workspace).restore(m_after, m_before, QStringLiteral("undo_hand_over")))
        return;
    m_done = false;
    notify();
}

void HandOverCommand::notify()
{
    m_workspace.notifyBookChanged(Workspace::ChangeOrigin::UndoCommand);
    m_workspace.notifyFollowUpsChanged(Workspace::ChangeOrigin::UndoCommand);
}

} // namespace kehu
