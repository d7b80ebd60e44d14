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
    /// `recorded`, when given, receives what the first redo wrote; it is only written during
    /// that first redo (inside ServiceCommand::push, which also says why a write failed).
    RecordVisitCommand(Workspace &workspace, const VisitDraft &draft, RecordedVisit *recorded = nullptr);

    const RecordedVisit &recorded() const { return m_recorded; }

protected:
    bool apply(QString *error) override;
    void notify() override;
    CustomerId customer() const override { return m_recorded.customerId; }
    bool restoreExtra(bool undoing) override;

private:
    VisitDraft m_draft;
    RecordedVisit m_recorded;
    RecordedVisit *m_result;
};

} // namespace kehu
