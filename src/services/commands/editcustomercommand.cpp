#include "commands/editcustomercommand.h"

#include "customerbook.h"
#include "saveconflict.h"
#include "workspace.h"

#include <QCoreApplication>

namespace kehu {

EditCustomerCommand::EditCustomerCommand(Workspace &workspace, const Customer &before, const Customer &after,
                                         const QString &field, const QString &fieldLabel)
    : m_workspace(workspace), m_before(before), m_after(after), m_field(field), m_expected(before)
{
    setText(QCoreApplication::translate("kehu::EditCustomerCommand", "Edit %1 of %2").arg(fieldLabel, after.name));
}

bool EditCustomerCommand::write(const Customer &fields)
{
    // The stored profile must be the one this command expects: the one it was made from, or
    // the one its last redo or undo left. Any other profile means someone else saved in
    // between. The check is on the values, not the version, so that other commands of the
    // stack may change the customer in between and be undone first (a merge's undo puts
    // the profile back with a newer version); the save itself still checks the version.
    CustomerBook &book = m_workspace.customers();
    const std::optional<Customer> stored = book.get(m_before.id);
    SaveResult result = SaveResult::Conflict;
    if (stored && CustomerBook::sameProfile(*stored, m_expected)) {
        Customer customer = fields;
        customer.id = m_before.id;
        customer.version = stored->version;
        result = book.save(customer);
    }
    if (result != SaveResult::Saved) {
        m_failed = true;
        setObsolete(true);
        SaveConflict conflict;
        conflict.field = m_field;
        conflict.base = m_expected;
        conflict.yours = fields;
        conflict.theirs = book.get(m_before.id);
        conflict.currency = Currency(m_workspace.currency());
        m_workspace.notifySaveConflict(conflict);
        return false;
    }
    m_expected = book.get(m_before.id).value_or(fields);
    m_workspace.notifyCustomerChanged(m_before.id, Workspace::ChangeOrigin::UndoCommand);
    return true;
}

void EditCustomerCommand::redo()
{
    write(m_after);
}

void EditCustomerCommand::undo()
{
    write(m_before);
}

bool EditCustomerCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const EditCustomerCommand *>(other);
    if (next->m_before.id != m_before.id || next->m_field != m_field || next->m_failed || m_failed)
        return false;
    m_after = next->m_after;
    m_expected = next->m_expected;
    return true;
}

} // namespace kehu
