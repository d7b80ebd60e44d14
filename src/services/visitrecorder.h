#pragma once

#include "activity.h"
#include "customer.h"

#include <QDate>
#include <QLatin1StringView>
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
    std::optional<int> satisfaction; ///< 1..5
    std::optional<int> nps;          ///< 0..10
    QString npsReason;
    QString note;
    std::optional<QDate> nextFollowUp;
    QString staff;
};

/// The rows one recorded visit wrote; 0 for those it did not need.
struct RecordedVisit
{
    CustomerId customerId = 0;
    bool createdCustomer = false; ///< the customer was created at the counter with the visit
    qint64 visitId = 0;
    qint64 followUpId = 0;
    qint64 surveyId = 0;
};

/// Records a visit at the store counter (or a call, on site, online): creates the customer
/// inline when the draft asks for it, writes the visit, (with a next follow-up day) the
/// follow-up, assigned to the visit's staff or else the customer's owner, and (with an NPS
/// score) a survey answer, all in one transaction. Does not tell the Workspace: the undo
/// command that calls it does (RecordVisitCommand).
class VisitRecorder
{
public:
    /// The reason stored on follow-ups a visit asked for (Labels::followUpReason shows it).
    static constexpr QLatin1StringView kFollowUpReason{"visit"};

    explicit VisitRecorder(Workspace &workspace) : m_workspace(workspace) {}

    /// Writes `draft` (validated by the caller); nullopt with `error` set when anything failed
    /// (then nothing was written).
    std::optional<RecordedVisit> record(const VisitDraft &draft, QString *error = nullptr);

private:
    /// The permission check of record(): a visit to a customer in reach, or a new customer too.
    bool mayRecord(const VisitDraft &draft, QString *error);

    Workspace &m_workspace;
};

} // namespace kehu
