#pragma once

#include "commands/rowchangecommand.h"
#include "visitrecorder.h"

#include <QString>

namespace kehu {

/// Records a visit (VisitRecorder): the visit, the follow-up and the survey answer it asked
/// for and, when the draft names a new customer, that customer. Undo deletes those rows and
/// takes the new customer out of the book with a tombstone (as undoing CreateCustomerCommand
/// does); a later redo writes the same rows back (same ids) and lifts the tombstone.
class RecordVisitCommand : public RowChangeCommand
{
public:
    /// `recorded` and `error`, when given, receive what the first redo wrote or why it could
    /// not; they are only written during that first redo (inside QUndoStack::push).
    RecordVisitCommand(Workspace &workspace, const VisitDraft &draft, RecordedVisit *recorded = nullptr,
                       QString *error = nullptr);

    const RecordedVisit &recorded() const { return m_recorded; }

protected:
    bool apply() override;
    void notify() override;
    bool restoreExtra(bool undoing) override;

private:
    VisitDraft m_draft;
    RecordedVisit m_recorded;
    RecordedVisit *m_result;
    QString *m_error;
};

} // namespace kehu
