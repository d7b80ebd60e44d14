#include "models/commands/editcustomercommand.h"

#include "services/workspace.h"
#include "storage/customerrepository.h"

#include <QCoreApplication>

namespace kehu {

EditCustomerCommand::EditCustomerCommand(Workspace &workspace, const Customer &before, const Customer &after,
                                         const QString &field, const QString &fieldLabel)
    : m_workspace(workspace), m_before(before), m_after(after), m_field(field), m_storedVersion(before.version)
{
    setText(QCoreApplication::translate("kehu::EditCustomerCommand", "Edit %1 of %2").arg(fieldLabel, after.name));
}

bool EditCustomerCommand::write(const Customer &fields)
{
    Customer customer = fields;
    customer.id = m_before.id;
    customer.version = m_storedVersion;
    const SaveResult result = CustomerRepository(m_workspace.database()).update(customer);
    if (result != SaveResult::Saved) {
        m_failed = true;
        setObsolete(true);
        m_workspace.notifySaveConflict(m_before.id);
        return false;
    }
    ++m_storedVersion;
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
    m_storedVersion = next->m_storedVersion;
    return true;
}

} // namespace kehu
