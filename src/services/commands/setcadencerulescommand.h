#pragma once

#include "commands/servicecommand.h"
#include "followupcadencepolicy.h"

#include <QString>

#include <optional>

namespace kehu {

class Workspace;

/// Saves the follow-up cadence rules (FollowUpPlanner::setPolicy); undo restores exactly
/// what was stored before (nothing stored: the defaults again).
class SetCadenceRulesCommand : public ServiceCommand
{
public:
    SetCadenceRulesCommand(Workspace &workspace, FollowUpCadencePolicy after);

    void redo() override;
    void undo() override;

private:
    Workspace &m_workspace;
    std::optional<QString> m_before;
    FollowUpCadencePolicy m_after;
};

} // namespace kehu
