#pragma once

#include "activity.h"
#include "commands/servicecommand.h"

namespace kehu {

class Workspace;

/// Marks an open follow-up done and logs the visit (FollowUpBook::markDone); undo opens
/// the follow-up again and deletes the visit it logged.
class MarkFollowUpDoneCommand : public ServiceCommand
{
public:
    MarkFollowUpDoneCommand(Workspace &workspace, qint64 followUpId, Visit visit);

    void redo() override;
    void undo() override;

private:
    Workspace &m_workspace;
    qint64 m_followUpId;
    CustomerId m_customerId = 0;
    Visit m_visit;
    qint64 m_visitId = 0;
};

} // namespace kehu
