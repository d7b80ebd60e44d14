#pragma once

#include "commands/servicecommand.h"

#include <QDate>

namespace kehu {

class Workspace;

/// Moves an open follow-up to another due day; undo moves it back.
class RescheduleFollowUpCommand : public ServiceCommand
{
public:
    RescheduleFollowUpCommand(Workspace &workspace, qint64 followUpId, QDate dueOn);

    void redo() override;
    void undo() override;

private:
    Workspace &m_workspace;
    qint64 m_followUpId;
    QDate m_before;
    QDate m_after;
};

} // namespace kehu
