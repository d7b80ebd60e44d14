#include "models/visitentry.h"

#include "services/workspace.h"
#include "storage/activitywriter.h"
#include "storage/customerrepository.h"
#include "storage/database.h"
#include "storage/followuprepository.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRandomGenerator>

namespace kehu {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(KehuVisitEntry)
};

} // namespace

QString VisitEntry::validate(const VisitDraft &draft)
{
    if (draft.customerId <= 0 && draft.newName.trimmed().isEmpty())
        return Text::tr("Choose a customer or type a name for a new one.");
    if (draft.satisfaction && (*draft.satisfaction < 1 || *draft.satisfaction > 5))
        return Text::tr("Satisfaction is 1 to 5.");
    if (draft.nps && (*draft.nps < 0 || *draft.nps > 10))
        return Text::tr("NPS is 0 to 10.");
    if (draft.amount && *draft.amount < 0)
        return Text::tr("The amount cannot be negative.");
    if (draft.nextFollowUp && !draft.nextFollowUp->isValid())
        return Text::tr("The next follow-up needs a date.");
    return {};
}

CustomerId VisitEntry::save(const VisitDraft &draft, QString *error)
{
    const QString problem = validate(draft);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return 0;
    }
    Database &database = m_workspace.database();
    Transaction transaction(database.connection());
    CustomerId customer = draft.customerId;
    const bool created = customer <= 0;
    if (created) {
        Customer c;
        // The business's own code for customers created at the counter: W + time + random,
        // unique without asking the database.
        c.code = u'W' + QDateTime::currentDateTime().toString(QStringLiteral("yyMMddhhmmss"))
                 + QString::number(QRandomGenerator::global()->bounded(100, 1000));
        c.name = draft.newName.trimmed();
        c.phone = draft.newPhone.trimmed();
        c.owner = draft.staff;
        c.lifecycle = LifecycleStatus::Active;
        customer = CustomerRepository(database).insert(c, error);
        if (customer <= 0)
            return 0;
    }
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
    if (writer.addVisit(visit) == ActivityWriter::Result::Failed) {
        if (error)
            *error = writer.errorText();
        return 0;
    }
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
        if (FollowUpRepository(database).add(followUp, error) <= 0)
            return 0;
    }
    if (draft.nps) {
        SurveyResponse survey;
        survey.customerId = customer;
        survey.date = QDate::currentDate();
        survey.nps = draft.nps;
        survey.csat = draft.satisfaction;
        survey.comment = draft.npsReason.trimmed();
        if (writer.addSurvey(survey) == ActivityWriter::Result::Failed) {
            if (error)
                *error = writer.errorText();
            return 0;
        }
    }
    if (!transaction.commit()) {
        if (error)
            *error = Text::tr("The visit could not be saved.");
        return 0;
    }
    if (created)
        m_workspace.notifyBookChanged();
    m_workspace.notifyCustomerChanged(customer);
    if (draft.nextFollowUp)
        m_workspace.notifyFollowUpsChanged();
    return customer;
}

} // namespace kehu
