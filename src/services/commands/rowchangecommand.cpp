#include "commands/rowchangecommand.h"

#include "database.h"
#include "rowsnapshot.h"
#include "transaction.h"
#include "workspace.h"

namespace kehu {

RowChangeCommand::RowChangeCommand(Workspace &workspace)
    : m_workspace(workspace), m_before(std::make_unique<RowSnapshot>()), m_after(std::make_unique<RowSnapshot>())
{}

RowChangeCommand::~RowChangeCommand() = default;

bool RowChangeCommand::restoreExtra(bool)
{
    return true;
}

bool RowChangeCommand::restore(const RowSnapshot &rows, bool undoing)
{
    Database &database = m_workspace.database();
    Transaction transaction(database.connection());
    return rows.restore(database) && restoreExtra(undoing) && transaction.commit();
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
