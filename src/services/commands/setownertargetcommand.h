#pragma once

#include "ownertarget.h"

#include "commands/servicecommand.h"

#include <optional>

namespace kehu {

class Workspace;

/// Sets an owner's target for a quarter; undo restores the previous target or removes the
/// one it created. Quick successive edits of the same owner and quarter merge.
class SetOwnerTargetCommand : public ServiceCommand
{
public:
    SetOwnerTargetCommand(Workspace &workspace, std::optional<OwnerTarget> before, OwnerTarget after);

    void redo() override;
    void undo() override;
    int id() const override { return 0x4b02; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    Workspace &m_workspace;
    std::optional<OwnerTarget> m_before;
    OwnerTarget m_after;
    bool m_failed = false;
};

} // namespace kehu
