#include "visitrecorder.h"

#include "accessguard.h"
#include "activitywriter.h"
#include "auditedwrite.h"
#include "customerrepository.h"
#include "database.h"
#include "followuprepository.h"
#include "transaction.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRandomGenerator>

namespace kehu {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(KehuVisitEntry)
};

/// A customer first met at the counter, as the visit's form describes them.
Customer counterCustomer(const VisitDraft &draft)
{
    Customer c;
    // The business's own code for customers created at the counter: W + time + random,
    // unique without asking the database.
    c.code = u'W' + QDateTime::currentDateTime().toString(QStringLiteral("yyMMddhhmmss"))
             + QString::number(QRandomGenerator::global()->bounded(100, 1000));
    c.name = draft.newName.trimmed();
    c.phone = draft.newPhone.trimmed();
    c.owner = draft.staff;
    c.lifecycle = LifecycleStatus::Active;
    return c;
}

} // namespace

bool VisitRecorder::mayRecord(const VisitDraft &draft, QString *error)
{
    AccessGuard &access = m_workspace.access();
    if (draft.customerId > 0)
        return access.requireCustomer(Operation::LogVisit, draft.customerId, error);
    // A customer made at the counter belongs to whoever serves them.
    return access.requireOwner(Operation::AddCustomer, draft.staff, error)
           && access.requireOwner(Operation::LogVisit, draft.staff, error);
}

std::optional<RecordedVisit> VisitRecorder::record(const VisitDraft &draft, QString *error)
{
    if (!mayRecord(draft, error))
        return std::nullopt;
    Database &database = m_workspace.database();
    AuditedWrite write(m_workspace, {QStringLiteral("log_visit"), QStringLiteral("visit")});
    if (!write.begun(error))
        return std::nullopt;
    RecordedVisit recorded;
    recorded.customerId = draft.customerId;
    recorded.createdCustomer = draft.customerId <= 0;
    if (recorded.createdCustomer) {
        recorded.customerId = CustomerRepository(database).insert(counterCustomer(draft), error);
        if (recorded.customerId <= 0)
            return std::nullopt;
        write.watchNew(QStringLiteral("customers"), {recorded.customerId});
    }
    const CustomerId customer = recorded.customerId;
    ActivityWriter writer(database);
    Visit visit;
    visit.customerId = customer;
    visit.time = QDateTime::currentDateTime();
    visit.kind = draft.kind;
    visit.staff = draft.staff;
    visit.amount = draft.amount;
    visit.satisfaction = draft.satisfaction;
    visit.note = draft.note.trimmed();
    visit.nextFollowUp = draft.nextFollowUp;
    if (writer.addVisit(visit) != ActivityWriter::Result::Inserted) {
        if (error)
            *error = writer.errorText().isEmpty() ? Text::tr("The visit could not be saved.") : writer.errorText();
        return std::nullopt;
    }
    recorded.visitId = writer.lastInsertId();
    write.watchNew(QStringLiteral("visits"), {recorded.visitId});
    // The promised next contact becomes a follow-up (回访) on the owner's list, in the same
    // transaction: a visit is never saved without the task it announced, nor the reverse.
    if (draft.nextFollowUp) {
        FollowUp followUp;
        followUp.customerId = customer;
        followUp.dueOn = *draft.nextFollowUp;
        followUp.assignee = draft.staff.trimmed();
        if (followUp.assignee.isEmpty()) {
            const auto stored = CustomerRepository(database).findById(customer);
            followUp.assignee = stored ? stored->owner : QString();
        }
        followUp.reason = QString(kFollowUpReason);
        recorded.followUpId = FollowUpRepository(database).add(followUp, error);
        if (recorded.followUpId <= 0)
            return std::nullopt;
        write.watchNew(QStringLiteral("followups"), {recorded.followUpId});
    }
    if (draft.nps) {
        SurveyResponse survey;
        survey.customerId = customer;
        survey.date = QDate::currentDate();
        survey.nps = draft.nps;
        survey.csat = draft.satisfaction;
        survey.comment = draft.npsReason.trimmed();
        if (writer.addSurvey(survey) != ActivityWriter::Result::Inserted) {
            if (error)
                *error = writer.errorText().isEmpty() ? Text::tr("The visit could not be saved.") : writer.errorText();
            return std::nullopt;
        }
        recorded.surveyId = writer.lastInsertId();
        write.watchNew(QStringLiteral("surveys"), {recorded.surveyId});
    }
    write.entry().entityId = recorded.visitId;
    write.entry().customerId = customer;
    QString commitError;
    if (!write.commit(&commitError)) {
        if (error)
            *error = Text::tr("The visit could not be saved.") + u' ' + commitError;
        return std::nullopt;
    }
    return recorded;
}

} // namespace kehu
