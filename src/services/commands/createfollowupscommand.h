#pragma once

#include "activity.h"
#include "commands/servicecommand.h"

#include <QList>

namespace kehu {

class Workspace;

/// Creates follow-ups (a plan from the cadence rules, a review's action list) in one
/// transaction; undo deletes them, redo puts them back with the same ids.
class CreateFollowUpsCommand : public ServiceCommand
{
public:
    CreateFollowUpsCommand(Workspace &workspace, QList<FollowUp> followUps);

    void redo() override;
    void undo() override;
    /// The follow-ups as written (with their ids after the first redo).
    const QList<FollowUp> &followUps() const { return m_followUps; }

private:
    Workspace &m_workspace;
    QList<FollowUp> m_followUps;
};

} // namespace kehu
