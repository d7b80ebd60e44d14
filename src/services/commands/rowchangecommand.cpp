#include "commands/rowchangecommand.h"

#include "accessguard.h"
#include "auditedwrite.h"
#include "database.h"
#include "rowsnapshot.h"
#include "transaction.h"
#include "workspace.h"

namespace kehu {

RowChangeCommand::RowChangeCommand(Workspace &workspace, Operation operation, const QString &action)
    : m_workspace(workspace), m_operation(operation), m_action(action), m_before(std::make_unique<RowSnapshot>()),
      m_after(std::make_unique<RowSnapshot>())
{}

RowChangeCommand::~RowChangeCommand() = default;

bool RowChangeCommand::restoreExtra(bool)
{
    return true;
}

bool RowChangeCommand::restore(const RowSnapshot &rows, bool undoing)
{
    if (!m_workspace.access().requireCustomer(m_operation, customer()))
        return false;
    AuditEntry entry{(undoing ? QStringLiteral("undo_") : QStringLiteral("redo_")) + m_action,
                     QStringLiteral("customer"), customer(), customer()};
    entry.before = (undoing ? m_after : m_before)->toJson();
    entry.after = rows.toJson();
    AuditedWrite write(m_workspace, entry);
    return write.begun() && rows.restore(m_workspace.database()) && restoreExtra(undoing) && write.commit();
}

void RowChangeCommand::redo()
{
    if (!m_applied) {
        QString error;
        const bool applied = apply(&error);
        setOutcome(applied, error);
        if (!applied)
            return;
        m_applied = true;
    } else if (!restore(*m_after, false)) {
        return;
    }
    notify();
}

void RowChangeCommand::undo()
{
    if (m_applied && restore(*m_before, true))
        notify();
}

} // namespace kehu
