#pragma once

#include "commands/servicecommand.h"
#include "handover.h"

namespace kehu {

class Workspace;

/// A handover (Handover::handOver) as one step of the undo stack: the first redo gives the
/// customers and their follow-ups to the receiver and keeps who had what; undo gives every
/// one back to whom it was taken from, a later redo to the receiver again. Each is one
/// audited transaction ("hand_over", "undo_hand_over", "redo_hand_over"), and each first checks
/// that nobody changed an owner meanwhile: then it writes nothing.
class HandOverCommand : public ServiceCommand
{
public:
    HandOverCommand(Workspace &workspace, HandoverPlan plan);

    void redo() override;
    void undo() override;
    /// How many follow-ups went along (after the first redo).
    qint64 followUpCount() const { return m_after.followUps.size(); }

private:
    void notify();

    Workspace &m_workspace;
    HandoverPlan m_plan;
    OwnerState m_before;
    OwnerState m_after;
    bool m_done = false;
    bool m_carriedOut = false;
};

} // namespace kehu
