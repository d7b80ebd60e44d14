#include "commands/servicecommand.h"

#include "workspace.h"

#include <QUndoStack>

namespace kehu {

bool ServiceCommand::push(Workspace &workspace, ServiceCommand *command, QString *error)
{
    bool ok = true;
    QString message;
    command->m_ok = &ok;
    command->m_error = &message;
    workspace.undoStack()->push(command); // may delete it (obsolete): not touched below
    if (error)
        *error = message;
    return ok;
}

void ServiceCommand::setOutcome(bool ok, const QString &error)
{
    if (m_ok) {
        *m_ok = ok;
        *m_error = error;
        m_ok = nullptr;
        m_error = nullptr;
    }
    if (!ok)
        setObsolete(true);
}

} // namespace kehu
