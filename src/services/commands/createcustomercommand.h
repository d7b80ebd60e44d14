#pragma once

#include "customer.h"

#include <QUndoCommand>

namespace kehu {

class Workspace;

/// Adds one customer to the book. The first redo inserts the profile through
/// CustomerBook; undo takes the customer out again with a tombstone (a visit logged for
/// it meanwhile keeps its row), and a later redo lifts the tombstone, so the same customer
/// (same id and code) comes back. When the first insert fails the command makes itself
/// obsolete (the stack drops it) and leaves the reason in `error`.
class CreateCustomerCommand : public QUndoCommand
{
public:
    /// `error`, when given, receives the reason if the first redo cannot insert; it is only
    /// written during that first redo (inside QUndoStack::push).
    CreateCustomerCommand(Workspace &workspace, const Customer &customer, QString *error = nullptr);

    void redo() override;
    void undo() override;

    /// 0 until the first redo stored the customer.
    CustomerId customerId() const { return m_id; }

private:
    Workspace &m_workspace;
    Customer m_customer;
    CustomerId m_id = 0;
    QString *m_error;
};

} // namespace kehu
