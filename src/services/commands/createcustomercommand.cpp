#include "commands/createcustomercommand.h"

#include "customerbook.h"
#include "workspace.h"

#include <QCoreApplication>

namespace kehu {

CreateCustomerCommand::CreateCustomerCommand(Workspace &workspace, const Customer &customer, QString *error)
    : m_workspace(workspace), m_customer(customer), m_error(error)
{
    setText(QCoreApplication::translate("kehu::CreateCustomerCommand", "New customer %1").arg(customer.name));
}

void CreateCustomerCommand::redo()
{
    CustomerBook &book = m_workspace.customers();
    QString error;
    if (m_id == 0) {
        m_id = book.insert(m_customer, &error);
        if (m_id <= 0) {
            m_id = 0;
            if (m_error)
                *m_error = error;
            setObsolete(true);
            return;
        }
        m_error = nullptr; // the caller's string is gone after push()
    } else if (!book.setWithdrawn(m_id, false, &error)) {
        return; // already back (another program restored it): nothing to do
    }
    m_workspace.notifyBookChanged(Workspace::ChangeOrigin::UndoCommand);
    m_workspace.notifyCustomerChanged(m_id, Workspace::ChangeOrigin::UndoCommand);
}

void CreateCustomerCommand::undo()
{
    if (m_id == 0)
        return;
    if (!m_workspace.customers().setWithdrawn(m_id, true))
        return; // someone else already removed or merged it
    m_workspace.notifyBookChanged(Workspace::ChangeOrigin::UndoCommand);
    m_workspace.notifyCustomerChanged(m_id, Workspace::ChangeOrigin::UndoCommand);
}

} // namespace kehu
