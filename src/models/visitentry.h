#pragma once

#include "core/activity.h"
#include "core/customer.h"

#include <QDate>
#include <QString>

#include <optional>

namespace kehu {

class Workspace;

/// What the fast visit entry form holds. Either `customerId` names an existing customer or
/// `newName` (and usually `newPhone`) describe one to create with the visit.
struct VisitDraft
{
    CustomerId customerId = 0;
    QString newName;
    QString newPhone;
    VisitKind kind = VisitKind::Store;
    std::optional<MinorUnits> amount;
    std::optional<int> satisfaction;  ///< 1..5
    std::optional<int> nps;           ///< 0..10
    QString npsReason;
    QString note;
    std::optional<QDate> nextFollowUp;
    QString staff;
};

/// Saves a visit from the fast entry form: validates it, creates the customer inline when
/// asked, writes the visit, (with a next follow-up day) the follow-up, assigned to the
/// visit's staff or else the customer's owner, and (with an NPS score) a survey answer, all
/// in one transaction.
class VisitEntry
{
public:
    /// The reason stored on follow-ups a visit asked for (Labels::followUpReason shows it).
    static constexpr QLatin1StringView kFollowUpReason{"visit"};

    explicit VisitEntry(Workspace &workspace) : m_workspace(workspace) {}

    /// Empty when the draft can be saved, else a translated reason.
    static QString validate(const VisitDraft &draft);

    /// Returns the customer the visit was saved for, or 0 with `error` set.
    CustomerId save(const VisitDraft &draft, QString *error);

private:
    Workspace &m_workspace;
};

} // namespace kehu
