#pragma once

#include "activity.h"
#include "customer.h"
#include "visitrecorder.h"

#include <QDate>
#include <QString>

#include <optional>

namespace kehu {

class Workspace;

/// Saves a visit from the fast entry form: validates it and records it (VisitRecorder: the
/// customer created inline when asked, the visit, the follow-up and the survey answer it asks
/// for, in one transaction) as one undoable step (RecordVisitCommand on the Workspace's stack).
class VisitEntry
{
public:
    /// The reason stored on follow-ups a visit asked for (Labels::followUpReason shows it).
    static constexpr QLatin1StringView kFollowUpReason = VisitRecorder::kFollowUpReason;

    explicit VisitEntry(Workspace &workspace) : m_workspace(workspace) {}

    /// Empty when the draft can be saved, else a translated reason.
    static QString validate(const VisitDraft &draft);

    /// Returns the customer the visit was saved for, or 0 with `error` set.
    CustomerId save(const VisitDraft &draft, QString *error);

private:
    Workspace &m_workspace;
};

} // namespace kehu
