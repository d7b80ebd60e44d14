#pragma once

#include "access.h"
#include "commands/servicecommand.h"
#include "customer.h"

#include <memory>

namespace kehu {

class RowSnapshot;
class Workspace;

/// Base of the commands whose write adds or changes a few rows (a visit, a survey answer, a
/// churn record): the first redo writes through a service and copies the rows as they were
/// before it and as it left them; undo then puts the rows of before back and a later redo
/// those of after, each in one transaction, so the same rows (same ids) come and go. The
/// first write's outcome goes to ServiceCommand::push (a failed one leaves nothing to undo).
/// An undo or a later redo is a write like the first: it needs the same permission
/// (`operation`) and leaves its own audit record ("undo_" or "redo_" + `action`).
class RowChangeCommand : public ServiceCommand
{
public:
    ~RowChangeCommand() override;

    void redo() final;
    void undo() final;

protected:
    RowChangeCommand(Workspace &workspace, Operation operation, const QString &action);

    /// The first redo: writes through a service and fills before() and after(). False with
    /// `error` set when the write failed (nothing was written).
    virtual bool apply(QString *error) = 0;
    /// Tells the Workspace what changed, with ChangeOrigin::UndoCommand; after every redo
    /// and undo.
    virtual void notify() = 0;
    /// The customer whose rows change (for the permission check and the audit record).
    virtual CustomerId customer() const = 0;
    /// Further writes of a later redo or of an undo, inside its transaction (e.g. taking a
    /// customer created with a visit out of the book again). False rolls everything back.
    virtual bool restoreExtra(bool undoing);

    RowSnapshot &before() { return *m_before; }
    RowSnapshot &after() { return *m_after; }

    Workspace &m_workspace;

private:
    bool restore(const RowSnapshot &rows, bool undoing);

    Operation m_operation;
    QString m_action;
    std::unique_ptr<RowSnapshot> m_before;
    std::unique_ptr<RowSnapshot> m_after;
    bool m_applied = false;
};

} // namespace kehu
