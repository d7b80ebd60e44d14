#pragma once

#include "customer.h"

#include <QString>
#include <QUndoCommand>

#include <memory>

namespace kehu {

class RowSnapshot;
class Workspace;

/// Merges a duplicate into the customer that is kept (CustomerMerger::merge). Each redo
/// first copies both customers and the duplicate's whole history (purchases, visits,
/// surveys, follow-ups, churn events; tags are in the profile), then merges; undo writes the
/// copy back in one transaction, so both records and their history are as they were (the
/// profiles with a newer version) and the audit log notes the undo. When the first merge
/// fails the command makes itself obsolete (the stack drops it) and leaves the reason in
/// `error`.
class MergeCustomersCommand : public QUndoCommand
{
public:
    /// `error`, when given, is only written during the first redo (inside QUndoStack::push).
    MergeCustomersCommand(Workspace &workspace, const Customer &keep, const Customer &duplicate,
                          QString *error = nullptr);
    ~MergeCustomersCommand() override;

    void redo() override;
    void undo() override;
    bool failed() const { return m_failed; }

private:
    void notify();

    Workspace &m_workspace;
    CustomerId m_keep;
    CustomerId m_duplicate;
    std::unique_ptr<RowSnapshot> m_before;
    QString *m_error;
    bool m_merged = false;
    bool m_failed = false;
};

} // namespace kehu
