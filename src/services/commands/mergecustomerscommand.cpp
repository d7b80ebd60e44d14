#include "commands/mergecustomerscommand.h"

#include "customermerger.h"
#include "rowsnapshot.h"
#include "workspace.h"

#include <QCoreApplication>

namespace kehu {

MergeCustomersCommand::MergeCustomersCommand(Workspace &workspace, const Customer &keep, const Customer &duplicate,
                                             QString *error)
    : m_workspace(workspace), m_keep(keep.id), m_duplicate(duplicate.id), m_error(error)
{
    setText(
        QCoreApplication::translate("kehu::MergeCustomersCommand", "Merge %1 into %2").arg(duplicate.name, keep.name));
}

MergeCustomersCommand::~MergeCustomersCommand() = default;

void MergeCustomersCommand::redo()
{
    QString error;
    auto before = std::make_unique<RowSnapshot>();
    CustomerMerger &merger = m_workspace.merger();
    m_merged = merger.copyBeforeMerge(m_keep, m_duplicate, *before, &error)
               && merger.merge(m_keep, m_duplicate, &error);
    if (!m_merged) {
        if (m_error)
            *m_error = error;
        m_failed = true;
        setObsolete(true);
        return;
    }
    m_error = nullptr; // the caller's string is gone after push()
    m_before = std::move(before);
    notify();
}

void MergeCustomersCommand::undo()
{
    if (!m_merged || !m_workspace.merger().unmerge(m_keep, m_duplicate, *m_before))
        return;
    m_merged = false;
    notify();
}

void MergeCustomersCommand::notify()
{
    m_workspace.notifyBookChanged(Workspace::ChangeOrigin::UndoCommand);
    m_workspace.notifyCustomerChanged(m_keep, Workspace::ChangeOrigin::UndoCommand);
    m_workspace.notifyCustomerChanged(m_duplicate, Workspace::ChangeOrigin::UndoCommand);
    m_workspace.notifyFollowUpsChanged(Workspace::ChangeOrigin::UndoCommand);
}

} // namespace kehu
