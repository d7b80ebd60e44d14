#include "commands/createfollowupscommand.h"

#include "followupbook.h"
#include "workspace.h"

#include <QCoreApplication>

namespace kehu {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(KehuCreateFollowUpsCommand)
};

} // namespace

CreateFollowUpsCommand::CreateFollowUpsCommand(Workspace &workspace, QList<FollowUp> followUps)
    : m_workspace(workspace), m_followUps(std::move(followUps))
{
    setText(Text::tr("Create %n follow-up(s)", nullptr, int(m_followUps.size())));
}

void CreateFollowUpsCommand::redo()
{
    QList<qint64> ids;
    QString error;
    const bool ok = m_workspace.followUps().create(m_followUps, &ids, &error);
    if (ok)
        for (qsizetype i = 0; i < ids.size() && i < m_followUps.size(); ++i)
            m_followUps[i].id = ids.at(i);
    setOutcome(ok, error);
    m_workspace.notifyFollowUpsChanged(Workspace::ChangeOrigin::UndoCommand);
}

void CreateFollowUpsCommand::undo()
{
    QList<qint64> ids;
    for (const FollowUp &f : std::as_const(m_followUps))
        ids << f.id;
    QString error;
    setOutcome(m_workspace.followUps().remove(ids, &error), error);
    m_workspace.notifyFollowUpsChanged(Workspace::ChangeOrigin::UndoCommand);
}

} // namespace kehu
