#pragma once

#include "customer.h"

#include <QUndoCommand>

namespace kehu {

class Workspace;

/// Changes one field of a customer's profile: stores the profile before and after, writes
/// through CustomerBook when the stored profile is still the one the command expects (the
/// one it was made from, or the one its last redo or undo left), and tells the Workspace.
/// Quick successive edits of the same field of the same customer merge into one step.
/// When the save meets another profile (someone else saved first) the command makes itself
/// obsolete, so the stack drops it, and the Workspace reports the conflict.
class EditCustomerCommand : public QUndoCommand
{
public:
    EditCustomerCommand(Workspace &workspace, const Customer &before, const Customer &after, const QString &field,
                        const QString &fieldLabel);

    void redo() override;
    void undo() override;
    int id() const override { return 0x4b01; }
    bool mergeWith(const QUndoCommand *other) override;

    bool failed() const { return m_failed; }

private:
    bool write(const Customer &fields);

    Workspace &m_workspace;
    Customer m_before;
    Customer m_after;
    QString m_field;
    Customer m_expected; ///< the stored profile the next redo or undo expects
    bool m_failed = false;
};

} // namespace kehu
